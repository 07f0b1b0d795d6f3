import { html, type TemplateResult } from 'lit';

/**
 * A polite live region: screen readers read its text when it changes ("Remains returned: now
 * 9 of 28") without moving focus. Visually hidden; keep it in the template from the first
 * render, so that a later change is announced.
 */
export function renderLiveRegion(text: string): TemplateResult {
  return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${text}</div>`;
}
