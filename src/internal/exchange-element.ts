import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { formatDate } from '../data/format.js';
import { resolveLocale, isRtl } from '../data/locale.js';
import { message } from '../data/messages.js';
import type { Dataset } from '../data/schema.js';
import type { DrawnScope } from '../data/scope.js';
import { recordChanges, withLive, liveLog, type LiveLog } from '../data/revisions.js';
import { readAfterConnect } from './connected-reads.js';
import { DataController, refreshTimers } from './data-controller.js';
import { figureUpdates, renderError, renderFooter, renderHeader, type Update } from './frame.js';
import { baseStyles } from './base.styles.js';
import { WARM_UPS, warmUp, type WarmUp } from './warm.js';
import { HINT_ATTRIBUTES, hintFor } from './height-hint.js';
import { inTaskOfItsOwn } from './first-update.js';
import { runInSlices } from './slices.js';

export type Theme = 'light' | 'dark' | 'auto';
// The types of the API, importable from the module that declares it.
export type { Dataset } from '../data/schema.js';
export type { ExchangeLoadEvent, ExchangeErrorEvent } from './events.js';

export { MAX_HEIGHT_HINT } from './height-hint.js';

/**
 * What both elements share: data from a property, a `src` URL or a JSON child; language and
 * direction; theme; title, footer and error around the drawing.
 *
 * @fires {ExchangeLoadEvent} exchange-load - A dataset loaded, validated and was drawn. `detail`: `{ dataset, warnings }`.
 * @fires {ExchangeErrorEvent} exchange-error - Data could not be loaded, parsed or validated. `detail`: `{ message, problems }`.
 * @csspart base - The wrapper around everything.
 * @csspart header - The title and subtitle.
 * @csspart title - The dataset's title.
 * @csspart subtitle - The dataset's subtitle.
 * @csspart footer - Notes, sources, as-of date and credit.
 * @csspart notes - The dataset's notes.
 * @csspart sources - The list of sources.
 * @csspart as-of - The as-of date.
 * @csspart updates - The line of the figures' last updates, when the dataset asks for it (`showUpdates`).
 * @csspart credit - The credit line.
 * @csspart error - The error box.
 * @csspart placeholder - The space reserved while data loads.
 * @csspart stale - The note that a refresh failed and older data is shown.
 * @cssprop --exchange-chart-font - Font family; inherited from the page by default.
 * @cssprop --exchange-chart-padding - Space between the element's edge (and its background) and everything inside it; 0.75rem by default, so that no text touches the edge of a painted background or an iframe. Set 0 with a transparent background to align with the page's text.
 * @cssprop --exchange-chart-text-color - Text colour.
 * @cssprop --exchange-chart-muted-color - Colour of secondary text.
 * @cssprop --exchange-chart-background - Background; set `transparent` to show the page's.
 * @cssprop --exchange-chart-rule-color - Colour of rules and tracks.
 * @cssprop --exchange-chart-link-color - Colour of source links.
 * @cssprop --exchange-chart-focus-color - Colour of the keyboard focus ring.
 * @cssprop --exchange-chart-error-color - Colour of error text.
 * @cssprop --exchange-chart-error-background - Background of the error box.
 * @cssprop --exchange-chart-min-height - Height reserved before the data arrives (see also `height-hint`).
 * @cssprop --exchange-chart-side-1-color - Marks of the first side of the exchange.
 * @cssprop --exchange-chart-side-2-color - Marks of the second side of the exchange.
 * @cssprop --exchange-chart-side-1-faded-color - The uncertain part of an approximate figure, first side.
 * @cssprop --exchange-chart-side-2-faded-color - The uncertain part of an approximate figure, second side.
 * @cssprop --exchange-chart-track-color - The track of a figure's total.
 * @cssprop --exchange-chart-track-stroke-color - The outline of a total's track.
 * @cssprop --exchange-chart-grid-color - Grid lines.
 * @cssprop --exchange-chart-axis-text-color - Axis labels.
 * @cssprop --exchange-chart-reference-color - Reference lines, such as a total.
 * @cssprop --exchange-chart-status-confirmed-color - Map: confirmed contributors.
 * @cssprop --exchange-chart-status-in-talks-color - Map: contributors in talks.
 * @cssprop --exchange-chart-status-supporting-color - Map: contributors supporting without deploying.
 * @cssprop --exchange-chart-status-declined-color - Map: countries that declined.
 * @cssprop --exchange-chart-land-color - Map: other countries.
 * @cssprop --exchange-chart-land-stroke-color - Map: borders.
 * @cssprop --exchange-chart-water-color - Map: the sea (transparent by default).
 * @cssprop --exchange-chart-focus-marker-color - Map: the focus point's marker.
 */
export class ExchangeElement extends LitElement {
  static override styles = [baseStyles];

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: { type: String, reflect: true },
    locale: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    timeout: { type: Number },
    heightHint: { type: Number, attribute: 'height-hint' },
    refresh: { type: Number },
    loading: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    near: { state: true },
  };

  /** The dataset as an object; takes precedence over `src` and a JSON child. */
  declare data: Dataset | unknown;
  /** URL of the dataset's JSON, fetched when set (and again when it changes). */
  declare src: string | undefined;
  /** Language of the library's words, numbers and dates; defaults to the nearest `lang`, else English. */
  declare locale: string | undefined;
  /** `light`, `dark`, or `auto` to follow the reader's system setting. */
  declare theme: Theme;
  /** Milliseconds to wait for `src` before showing an error (10000 by default; 100 to 300000 honoured). */
  declare timeout: number | undefined;
  /**
   * Height in px to reserve from the start, so that the page never moves when the data
   * arrives. With `height-hint-360`, `-390`, `-414`, `-600`, `-768`, `-1000`, `-1280` and
   * `-1400`, each the height from that column width up (the element's width), it holds at
   * every width: `height-hint="560" height-hint-600="480"` reserves 560 px below 600 px wide
   * and 480 px from there. The demo's embed builder measures and writes them. A value that is
   * not a number between 0 and 4000 is ignored (the next narrower one counts).
   */
  declare heightHint: number | undefined;
  /**
   * Seconds between fetches of `src` (paused while the page is hidden); unset for none. At
   * least 15 and at most 86400 (a day): values outside are brought to the nearest.
   */
  declare refresh: number | undefined;
  /**
   * `lazy` (default): an element far below the viewport fetches and draws only when it comes
   * near, so a live blog with fifty embeds stays fast. `eager`: at once.
   */
  declare loading: 'lazy' | 'eager';
  /**
   * The level of the title's heading, 1 to 6 (2 by default), to fit the outline of the page
   * it is embedded in: 3 under an article's h2 sections. Other values count as 2.
   */
  declare headingLevel: number;
  /** Whether the element is near enough to the viewport to fetch and draw. */
  declare near: boolean;
  private intersection?: IntersectionObserver;
  private approaching = false;
  /** Changes a refresh brought (see present()). */
  private live: LiveLog = liveLog();
  private presented?: { raw: Dataset; shown: Dataset };

  protected readonly dataController = new DataController(this, (dataset) => this.prepare(dataset));

  /** What to start in tasks of their own when an element connects, before its data comes (see warm.ts). */
  protected static warmUps: readonly WarmUp[] = WARM_UPS;

  constructor() {
    super();
    this.theme = 'light';
    this.loading = 'lazy';
    this.headingLevel = 2;
    this.near = true;
  }

  override connectedCallback(): void {
    // Asked before super.connectedCallback() queues lit's first update: the reads come first.
    readAfterConnect(() => this.watchNearness());
    super.connectedCallback();
    // Now rather than at the first update: the next element's position, read after it
    // connects, must already count this one's reserved height.
    this.reserveHeight();
    warmUp(this, this.resolvedLocale, (this.constructor as typeof ExchangeElement).warmUps);
  }

  // The first update in a task of its own (see first-update.ts), not in the task that defined
  // or connected the element: loading the bundle onto a page of embeds is no long task. Later
  // updates come in the microtask after their change, as lit schedules them.
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return inTaskOfItsOwn(() => super.scheduleUpdate());
  }

  /** Whether the element is near the viewport, decided before its first update; else watched until it comes near. */
  private watchNearness(): void {
    if (!this.isConnected || this.intersection || this.loading === 'eager' || typeof IntersectionObserver === 'undefined') return;
    // Decided now for an element already in view, so that it draws in its first frame.
    const margin = window.innerHeight;
    const box = this.getBoundingClientRect();
    this.near = box.top < window.innerHeight + margin && box.bottom > -margin;
    if (this.near) return;
    this.intersection = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.intersection?.disconnect();
        this.intersection = undefined;
        void this.comeNear();
      },
      { rootMargin: '100% 0px' },
    );
    this.intersection.observe(this);
  }

  /**
   * Near at last: a dataset that came while the element was far is prepared first, in short
   * tasks as one that comes near is (a timeline's layout, the map's shapes), then drawn.
   */
  private async comeNear(): Promise<void> {
    const dataset = this.dataController.dataset;
    if (dataset) {
      this.approaching = true;
      try {
        await runInSlices(this.prepare(dataset), () => this.isConnected && this.dataController.dataset === dataset);
      } finally {
        this.approaching = false;
      }
    }
    this.near = true;
  }

  /** Whether prepare() should do its work: the element draws soon (near, or coming near). */
  protected get drawsSoon(): boolean {
    return this.near || this.approaching;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.intersection?.disconnect();
    this.intersection = undefined;
  }

  /** The validated dataset now drawn, if any. */
  get currentDataset(): Dataset | undefined {
    return this.dataController.dataset;
  }

  /** The language actually in use: `locale`, else the nearest `lang`, else `en`. */
  get resolvedLocale(): string {
    return resolveLocale(this, this.locale);
  }

  // The hints by width are attributes only (see `heightHint`): watched here, not as properties.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...HINT_ATTRIBUTES.slice(1)];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name.startsWith('height-hint') && this.isConnected) this.reserveHeight();
  }

  // Every update: a column that narrows or widens updates the element (its SizeController),
  // which then takes the hint of its new width.
  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.reserveHeight();
  }

  private reserveHeight(): void {
    // The property wins over the attribute it reflects (set from script, it is the newer).
    const read = (name: string) => (name === 'height-hint' && this.heightHint != null ? String(this.heightHint) : this.getAttribute(name));
    // The border box: the column's width, as the stylesheet's container query sees it before
    // the script runs (the element has no padding of its own then).
    // Only a hint by width needs the width: a page of fifty embeds with one `height-hint` each
    // then lays nothing out while they connect (each read after the previous one's new
    // min-height would lay the page out again).
    const byWidth = this.isConnected && HINT_ATTRIBUTES.some((name, i) => i > 0 && this.hasAttribute(name));
    const hint = hintFor(read, byWidth ? this.getBoundingClientRect().width : 0);
    // Through the CSSOM, which a strict style-src Content-Security-Policy allows. A sane height
    // only: "1e7" would push the rest of the article ten million pixels down.
    if (hint !== undefined) this.style.minHeight = `${hint}px`;
    else this.style.removeProperty('min-height');
  }

  protected override render(): TemplateResult {
    const locale = this.resolvedLocale;
    const { error, loading, refreshFailed } = this.dataController;
    const dataset = this.dataController.dataset && this.present(this.dataController.dataset);
    let scope: DrawnScope | undefined;
    return html`<div part="base" class="base" lang=${locale} dir=${isRtl(locale) ? 'rtl' : 'ltr'}>
      ${dataset ? renderHeader(dataset, locale, (scope = this.drawnScope(dataset)), this.headingLevel) : nothing}
      ${error ? renderError(error, locale) : nothing}
      ${refreshFailed && dataset
        ? html`<p class="stale" part="stale" role="status">${message(locale, 'updateFailed', { date: formatDate(dataset.asOf, locale) })}</p>`
        : nothing}
      ${dataset && this.near
        ? this.renderBody(dataset, locale)
        : error
          ? nothing
          : html`<div class="placeholder" part="placeholder" aria-busy=${loading ? 'true' : 'false'}>
              ${loading ? message(locale, 'loading') : nothing}
            </div>`}
      ${dataset ? renderFooter(dataset, locale, scope!, this.updates(dataset, locale, scope!)) : nothing}
    </div>`;
  }

  protected override updated(_changed: PropertyValues<this>): void {
    // The HTML fallback (renderStatic's, in a declarative shadow root) stands until the element
    // has drawn the data or its error, then goes in the same frame: nothing flashes.
    const { dataset, error } = this.dataController;
    if ((dataset && this.near) || error) this.renderRoot.querySelector('[data-static]')?.remove();
  }

  /**
   * The dataset as drawn: when a refresh changed a figure or a contributor, the state it replaced
   * becomes one of its revisions (in memory, with the time it was seen), even if the dataset
   * lists none. Kept while the element shows data from the same `src`.
   */
  protected present(raw: Dataset): Dataset {
    const last = this.presented;
    if (last?.raw === raw) return last.shown;
    if (!last || !this.dataController.refreshed) this.live = liveLog();
    else recordChanges(last.raw, raw, this.live, refreshTimers.now());
    const shown = withLive(raw, this.live);
    this.presented = { raw, shown };
    return shown;
  }

  /** What the element draws of a dataset: its heading, notes and sources are of that only. */
  protected drawnScope(dataset: Dataset): DrawnScope {
    return { element: 'exchange-chart', view: 'bars', figures: dataset.figures.map((f) => f.id) };
  }

  /** The footer's line of updates (with `showUpdates`): the figures drawn that changed; the map, its countries. */
  protected updates(dataset: Dataset, locale: string, scope: DrawnScope): Update[] {
    return figureUpdates(dataset, locale, scope);
  }

  /** Work to do for a dataset before drawing it, in steps: a task each (see DataController). */
  protected *prepare(_dataset: Dataset): Generator<void> {}

  /** The element's own drawing of a valid dataset. */
  protected renderBody(_dataset: Dataset, _locale: string): TemplateResult | typeof nothing {
    return nothing;
  }
}
