import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { message } from '../data/messages.js';
import { REFRESH, refreshInterval, refreshTimers } from './data-controller.js';

/**
 * A polite live region: screen readers read its text when it changes ("Remains returned: now
 * 9 of 28") without moving focus. Visually hidden; keep it in the template from the first
 * render, so that a later change is announced.
 */
export function renderLiveRegion(text: string): TemplateResult {
  return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${text}</div>`;
}

/** Something drawn, as an announcement names it: its id, its name and its value in the reader's words. */
export interface Said {
  id: string;
  label: string;
  value: string;
}

const valuesOf = (items: readonly Said[]) => new Map(items.map((s) => [s.id, s.value]));

/** What to announce when data changes: "Remains returned: now 9 of 28", for each thing whose words changed. */
export function announceChanges(before: ReadonlyMap<string, string>, items: readonly Said[], locale: string): string {
  return items
    .filter((s) => before.has(s.id) && before.get(s.id) !== s.value)
    .map((s) => message(locale, 'announceNow', { label: s.label, value: s.value }))
    .join('. ');
}

/**
 * Says what changed when new data is drawn, at most once per refresh interval (15 s without
 * one): a source that flips between two answers is heard once, then its latest state once the
 * interval is over, not every time. The first data drawn is remembered, not said.
 */
export class ChangeAnnouncer implements ReactiveController {
  /** The live region's text. */
  text = '';
  private heard?: Map<string, string>;
  private latest?: { items: Said[]; locale: string };
  private data?: unknown;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost & { refresh?: number }) {
    host.addController(this);
  }

  /** The data being drawn, and what it says; false when it is the data already noted. */
  note(data: unknown, items: () => Said[], locale: string): boolean {
    if (data === this.data) return false;
    this.data = data;
    this.latest = { items: items(), locale };
    if (!this.heard) this.heard = valuesOf(this.latest.items);
    else this.announce();
    return true;
  }

  private announce(): void {
    if (this.timer !== undefined || !this.latest || !this.heard) return;
    const { items, locale } = this.latest;
    const text = announceChanges(this.heard, items, locale);
    this.heard = valuesOf(items);
    if (!text) return;
    this.text = text;
    this.timer = refreshTimers.set(() => {
      this.timer = undefined;
      const before = this.text;
      this.announce();
      if (this.text !== before) this.host.requestUpdate();
    }, refreshInterval(this.host.refresh) ?? REFRESH.min);
  }

  /** The live region, in the template from the first render. */
  render(): TemplateResult {
    return renderLiveRegion(this.text);
  }

  hostDisconnected(): void {
    refreshTimers.clear(this.timer);
    this.timer = undefined;
  }
}
