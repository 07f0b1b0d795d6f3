import { css } from 'lit';

// Public custom properties (--exchange-chart-*) map onto private ones (--_*) on :host, so a
// page themes every element with one set of names and the internals stay free to change.
// Light is the default. Marks keep 3:1 against the background and text 4.5:1 in both themes;
// the hues (purple / orange, blue / orange / purple / grey) stay apart for colour-blind readers,
// and no status or side is told by colour alone.
const darkTokens = css`
  --_text: var(--exchange-chart-text-color, #ececec);
  --_muted: var(--exchange-chart-muted-color, #b0b0b0);
  --_background: var(--exchange-chart-background, #16181d);
  --_rule: var(--exchange-chart-rule-color, #43464d);
  --_link: var(--exchange-chart-link-color, #8cc4ff);
  --_focus: var(--exchange-chart-focus-color, #8cc4ff);
  --_error-text: var(--exchange-chart-error-color, #ffb4ab);
  --_error-background: var(--exchange-chart-error-background, #3b1512);
  --_side-1: var(--exchange-chart-side-1-color, #b3a6ea);
  --_side-2: var(--exchange-chart-side-2-color, #f2a65a);
  --_side-1-faded: var(--exchange-chart-side-1-faded-color, #5a5277);
  --_side-2-faded: var(--exchange-chart-side-2-faded-color, #7a5634);
  --_track: var(--exchange-chart-track-color, #2c2f36);
  --_track-stroke: var(--exchange-chart-track-stroke-color, #8d9099);
  --_grid: var(--exchange-chart-grid-color, #34373e);
  --_axis-text: var(--exchange-chart-axis-text-color, #b0b0b0);
  --_reference: var(--exchange-chart-reference-color, #ececec);
  --_status-confirmed: var(--exchange-chart-status-confirmed-color, #6cb6f0);
  --_status-in-talks: var(--exchange-chart-status-in-talks-color, #f2a65a);
  --_status-supporting: var(--exchange-chart-status-supporting-color, #b3a6ea);
  --_status-declined: var(--exchange-chart-status-declined-color, #c4c4c4);
  --_land: var(--exchange-chart-land-color, #33363d);
  --_land-stroke: var(--exchange-chart-land-stroke-color, #16181d);
  --_water: var(--exchange-chart-water-color, transparent);
  --_focus-marker: var(--exchange-chart-focus-marker-color, #ececec);
  color-scheme: dark;
`;

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
    --_side-1: var(--exchange-chart-side-1-color, #5b4a9e);
    --_side-2: var(--exchange-chart-side-2-color, #b35806);
    --_side-1-faded: var(--exchange-chart-side-1-faded-color, #cdc6e6);
    --_side-2-faded: var(--exchange-chart-side-2-faded-color, #f0cfae);
    --_track: var(--exchange-chart-track-color, #ececec);
    --_track-stroke: var(--exchange-chart-track-stroke-color, #8a8a8a);
    --_grid: var(--exchange-chart-grid-color, #e4e4e4);
    --_axis-text: var(--exchange-chart-axis-text-color, #595959);
    --_reference: var(--exchange-chart-reference-color, #1a1a1a);
    --_status-confirmed: var(--exchange-chart-status-confirmed-color, #1a6fb0);
    --_status-in-talks: var(--exchange-chart-status-in-talks-color, #c05a00);
    --_status-supporting: var(--exchange-chart-status-supporting-color, #5b4a9e);
    --_status-declined: var(--exchange-chart-status-declined-color, #555555);
    --_land: var(--exchange-chart-land-color, #e3e1dc);
    --_land-stroke: var(--exchange-chart-land-stroke-color, #ffffff);
    --_water: var(--exchange-chart-water-color, transparent);
    --_focus-marker: var(--exchange-chart-focus-marker-color, #1a1a1a);
    --_min-height: var(--exchange-chart-min-height, 12rem);
    /* Inside the painted background, so that no word touches its edge nor an iframe's frame. */
    --_padding: var(--exchange-chart-padding, 0.75rem);
    display: block;
    padding: var(--_padding);
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
  /* The element's own drawing (Lit renders it before what the shadow root held) waits behind
     the HTML fallback until it replaces it (see updated()). */
  .base:has(~ [data-static]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /*
   * Inherited text properties are reset here, inside the shadow root, where a host page's
   * rules cannot reach: a page that centres or upper-cases its text (Vite's template centres
   * #app) would otherwise centre the titles and push list bullets away from their items.
   * Font family and size still come from the page, on purpose.
   */
  .base {
    padding: 0;
    overflow-wrap: break-word;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    line-height: 1.4;
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    text-shadow: none;
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
  /*
   * The indent that holds each bullet is the item's own, on its start side: the chart's
   * direction (an English note in an Arabic chart is isolated in a <bdi> inside a right-to-left
   * item, so its bullet stays on the right, inside the element).
   */
  .notes {
    padding: 0;
  }
  .notes li {
    margin-inline-start: 1.1em;
  }
  /* A source with its date, a country with its status: one piece of a list, kept apart from
     its neighbours so that an English entry in an Arabic list does not borrow their order. */
  .source,
  .listed {
    unicode-bidi: isolate;
  }
  /* "(15 באוק׳ 2025)" broken over two lines reads as two pieces in the wrong order. */
  .source .date {
    white-space: nowrap;
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
  .stale {
    margin: 0.25rem 0 0.5rem;
    font-size: 0.85em;
    color: var(--_muted);
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
    .stale {
    margin: 0.25rem 0 0.5rem;
    font-size: 0.85em;
    color: var(--_muted);
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
