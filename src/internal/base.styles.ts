import { css } from 'lit';

// Public custom properties (--exchange-chart-*) map onto private ones (--_*) on :host, so a
// page themes every element with one set of names and the internals stay free to change.
export const baseStyles = css`
  :host {
    --_font: var(--exchange-chart-font, inherit);
    --_text: var(--exchange-chart-text-color, #1a1a1a);
    --_muted: var(--exchange-chart-muted-color, #595959);
    --_background: var(--exchange-chart-background, #ffffff);
    --_rule: var(--exchange-chart-rule-color, #d4d4d4);
    --_link: var(--exchange-chart-link-color, #0b57a4);
    --_focus: var(--exchange-chart-focus-color, #0b57a4);
    --_error-text: var(--exchange-chart-error-color, #a1120a);
    --_error-background: var(--exchange-chart-error-background, #fdf0ef);
    --_min-height: var(--exchange-chart-min-height, 12rem);
    display: block;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    line-height: 1.4;
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    --_text: var(--exchange-chart-text-color, #ececec);
    --_muted: var(--exchange-chart-muted-color, #b0b0b0);
    --_background: var(--exchange-chart-background, #16181d);
    --_rule: var(--exchange-chart-rule-color, #43464d);
    --_link: var(--exchange-chart-link-color, #8cc4ff);
    --_focus: var(--exchange-chart-focus-color, #8cc4ff);
    --_error-text: var(--exchange-chart-error-color, #ffb4ab);
    --_error-background: var(--exchange-chart-error-background, #3b1512);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_text: var(--exchange-chart-text-color, #ececec);
      --_muted: var(--exchange-chart-muted-color, #b0b0b0);
      --_background: var(--exchange-chart-background, #16181d);
      --_rule: var(--exchange-chart-rule-color, #43464d);
      --_link: var(--exchange-chart-link-color, #8cc4ff);
      --_focus: var(--exchange-chart-focus-color, #8cc4ff);
      --_error-text: var(--exchange-chart-error-color, #ffb4ab);
      --_error-background: var(--exchange-chart-error-background, #3b1512);
      color-scheme: dark;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .base {
    padding: 0.75rem 0;
    overflow-wrap: anywhere;
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.25;
  }
  .subtitle {
    margin: 0 0 0.75rem;
    color: var(--_muted);
  }
  .placeholder {
    min-height: var(--_min-height);
    color: var(--_muted);
    display: grid;
    place-items: center;
  }
  .footer {
    margin-top: 0.75rem;
    padding-top: 0.5rem;
    border-top: 1px solid var(--_rule);
    font-size: 0.8em;
    color: var(--_muted);
  }
  .footer p,
  .notes {
    margin: 0.25rem 0;
  }
  .notes {
    padding-inline-start: 1.1em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  a {
    color: var(--_link);
  }
  a:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .error {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_error-text);
    background: var(--_error-background);
    color: var(--_text);
    font-size: 0.9em;
  }
  .error-title {
    margin: 0;
    font-weight: 700;
    color: var(--_error-text);
  }
  .error-message {
    margin: 0.25rem 0;
  }
  .problems {
    margin: 0;
    padding-inline-start: 1.1em;
    text-align: start;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
    .error-title {
      color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
