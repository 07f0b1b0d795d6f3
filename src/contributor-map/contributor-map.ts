import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { countryName } from '../data/countries.js';
import { isRtl } from '../data/locale.js';
import { message } from '../data/messages.js';
import type { ContributorStatus, Dataset } from '../data/schema.js';
import type { DrawnScope } from '../data/scope.js';
import { resolveText } from '../data/text.js';
import { ChangeAnnouncer } from '../internal/announcer.js';
import { dataTableStyles, renderDataTable, rowsOf } from '../internal/data-table.js';
import type { Update } from '../internal/frame.js';
import { defineElement } from '../internal/define.js';
import { ExchangeElement } from '../internal/exchange-element.js';
import { InteractionController } from '../internal/interaction.js';
import { textWidthOf } from '../internal/measure.js';
import { SizeController } from '../internal/size-controller.js';
import { tooltipStyles } from '../internal/tooltip.js';
import { fontWarmUp, WARM_UPS } from '../internal/warm.js';
import { textZoom } from '../internal/zoom.js';
import { contributorMapStyles } from './contributor-map.styles.js';
import { indexWorld, layoutMap, mapFont, prepareMap, worldOf, type MapLayout, type WorldIndex } from './layout.js';
import {
  contributorDetails,
  contributorNameText,
  contributorsSaid,
  contributorTable,
  contributorUpdates,
  incompleteNote,
  keyedStatuses,
  mapPlaces,
  type MapPlaces,
  mapSummary,
  markDescription,
  markName,
  statusText,
} from './model.js';
import { maybeProjection, maybeRegion, type CountriesTopology, type ProjectionName, type RegionName } from './options.js';
import { TopologyController } from './topology-controller.js';
import { renderMap } from './views/map.js';
import { renderCalloutKey, renderDetails, renderIncomplete, renderLegend, renderNotVisible } from './views/key.js';
import { world110m } from './world-110m.js';

// The types of the element's API, importable from the element's own module (editors and the
// manifest's validator look for them here).
export type { Dataset } from '../data/schema.js';
export type { Theme } from '../internal/exchange-element.js';
export type { CountriesTopology, ProjectionName, RegionName } from './options.js';
export { ExchangeLoadEvent, ExchangeErrorEvent, type ExchangeLoadDetail, type ExchangeErrorDetail } from '../internal/events.js';
export { contributorName } from './model.js';
export { MAX_TOPOLOGY_BYTES } from './topology-controller.js';

// Before the first layout the element has no width yet; this draws something sensible meanwhile.
const FALLBACK_WIDTH = 640;
let instances = 0;

/**
 * A world map of the countries reported as contributors to an international force (or in
 * talks), coloured and patterned by status, with the focus point marked. Each country shows
 * its name, status, figure, note and source on hover, keyboard focus or tap; a legend, a
 * summary and a "Show data" table carry the same facts without the map.
 *
 * @example
 * <contributor-map src="gaza-exchange-2025-10-16.json" projection="natural-earth" region="contributors"></contributor-map>
 *
 * @tagname contributor-map
 * @csspart map - The map: the SVG and its tooltip.
 * @csspart country - One listed country's shape (and marker, when it is small).
 * @csspart focus - The marker and label of a point of focus.
 * @csspart legend - The key to the statuses.
 * @csspart tooltip - The box with a country's details.
 * @csspart incomplete - The note that the list is incomplete.
 * @csspart data - The "Show data" toggle and table.
 * @csspart empty - The sentence shown when the dataset lists no contributors.
 * @csspart topology-failed - The note that `topology-src` failed and the bundled world is drawn.
 */
export class ContributorMap extends ExchangeElement {
  static override styles = [...ExchangeElement.styles, tooltipStyles, dataTableStyles, contributorMapStyles];

  // Also the region names (in a language other than plain English, their data loads on first
  // use), the bundled world's shapes (its arcs decoded, its countries' rings, then their
  // features) and the fonts of the map's labels (a task each, none long).
  protected static override warmUps = [
    ...WARM_UPS,
    (locale: string) => void countryName('USA', locale),
    () => void world110m.arcs,
    () => void world110m.objects.countries.geometries,
    () => void indexWorld(world110m),
    fontWarmUp((family) => mapFont('focus', family, textZoom())),
    fontWarmUp((family) => mapFont('country', family, textZoom())),
  ];

  static override properties: PropertyDeclarations = {
    projection: { type: String, reflect: true },
    region: { type: String, reflect: true },
    topology: { attribute: false },
    topologySrc: { type: String, attribute: 'topology-src' },
  };

  /** `equal-earth` (default), `natural-earth`, `mercator` or `orthographic` (a globe facing the focus). */
  declare projection: ProjectionName;
  /** What the map frames: `world` (default), `contributors` (the listed countries and focus) or `middle-east`. */
  declare region: RegionName;
  /** A finer TopoJSON world (object `countries`, ids ISO 3166-1 numeric) instead of the bundled 1:110m one. */
  declare topology: CountriesTopology | undefined;
  /** URL of such a TopoJSON, fetched when set by the rules of `src` (the element's `timeout`, at most 2 MB, again when the element comes back to the page); the bundled world is drawn until it arrives, and if it fails (with a note and an `exchange-error` event). */
  declare topologySrc: string | undefined;

  private readonly size = new SizeController(this);
  private readonly fetched = new TopologyController(this);
  /** What the reader is doing: the country holding the tab stop, the tooltip, the table and its page. */
  private readonly ui = new InteractionController(this, {
    count: () => this.cached?.layout.marks.length ?? 0,
    reversed: () => isRtl(this.resolvedLocale),
    closeOffMark: true,
  });
  /** Says which countries a refresh changed ("Qatar: now Confirmed"). */
  private readonly announcer = new ChangeAnnouncer(this);
  private readonly uid = `contributor-map-${++instances}`;
  private cached?: { key: unknown[]; layout: MapLayout };
  private placesOf?: { dataset: Dataset; locale: string; places: MapPlaces };

  constructor() {
    super();
    this.projection = 'equal-earth';
    this.region = 'world';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('topologySrc')) this.fetched.load(this.topologySrc);
  }

  /** The world in use: the `topology` property, else the fetched `topology-src`, else the bundled world. */
  private world(): WorldIndex {
    return worldOf([this.topology, this.fetched.topology], world110m, (error) =>
      console.warn(`<contributor-map>: the topology is not used (${error.message}); drawing the bundled world.`),
    );
  }

  // Ahead of the task that draws them, in steps (DataController runs them in short tasks): the
  // frame, the world's shapes a few at a time, each listed country, then the labels.
  protected override *prepare(dataset: Dataset): Generator<void> {
    if (!this.drawsSoon || !dataset.contributors?.countries.length) return;
    const locale = this.resolvedLocale;
    yield* prepareMap({
      world: this.world(),
      projection: maybeProjection(this.projection),
      region: maybeRegion(this.region),
      width: this.size.width || FALLBACK_WIDTH,
      ...this.places(dataset, locale),
    });
    this.layout(dataset, locale);
    yield;
  }

  /** The countries' and focus's words, once per dataset and language (prepare() and layout() both need them). */
  private places(dataset: Dataset, locale: string): MapPlaces {
    if (this.placesOf?.dataset !== dataset || this.placesOf.locale !== locale) this.placesOf = { dataset, locale, places: mapPlaces(dataset, locale) };
    return this.placesOf.places;
  }

  /** The layout, kept while its inputs stay the same: hovering and focusing redraw only the marks' state. */
  private layout(dataset: Dataset, locale: string): MapLayout {
    const width = this.size.width || FALLBACK_WIDTH;
    const world = this.world();
    // Labels grow with the reader's text size (WCAG 1.4.4), and are placed at that size.
    const zoom = textZoom();
    const family = getComputedStyle(this).fontFamily || 'sans-serif';
    const key = [dataset, locale, width, world, this.projection, this.region, zoom, family];
    if (this.cached?.key.every((k, i) => k === key[i])) return this.cached.layout;
    const measure = textWidthOf(this);
    const layout = layoutMap({
      world,
      projection: maybeProjection(this.projection),
      region: maybeRegion(this.region),
      width,
      rtl: isRtl(locale),
      zoom,
      ...this.places(dataset, locale),
      measure: (text, kind) => measure(text, mapFont(kind, family, zoom)),
    });
    this.cached = { key, layout };
    return layout;
  }

  private patternId = (status: ContributorStatus): string => `${this.uid}-${status}`;

  protected override renderBody(dataset: Dataset, locale: string): TemplateResult {
    // No contributors: a sentence, not an empty world.
    if (!dataset.contributors?.countries.length) return html`<p class="empty" part="empty">${message(locale, 'map.none')}</p>`;
    const layout = this.layout(dataset, locale);
    this.announcer.note(dataset, () => contributorsSaid(dataset, locale), locale);
    const { tipOpen, tableOpen, tablePage } = this.ui;
    // The tab stop stays on a drawn country when fewer are drawn (a narrower frame).
    const active = Math.min(this.ui.active, layout.marks.length - 1);
    const tipMark = tipOpen ? layout.marks[active] : undefined;
    // The key explains what is drawn: a status whose countries are all off the map has no entry.
    const statuses = keyedStatuses(layout.marks.map((m) => m.contributor));
    const summary = mapSummary(dataset, layout.focus.map((f) => f.text), locale);
    return html`${this.fetched.failed ? html`<p class="topology-failed" part="topology-failed" role="status">${message(locale, 'map.topologyFailed')}</p>` : nothing}
      ${renderMap(layout, {
        ui: this.ui,
        active,
        statuses,
        patternId: this.patternId,
        tooltipId: `${this.uid}-tooltip`,
        label: message(locale, 'map.name', { label: summary || resolveText(dataset.title, locale, dataset.lang) }),
        name: (m) => markName(m.contributor, dataset, locale),
        describe: (m) => markDescription(m.contributor, dataset, locale),
        tooltip: tipMark && renderDetails(contributorDetails(tipMark.contributor, dataset, locale), locale),
      })}
      ${renderCalloutKey(layout.callouts)}
      ${renderLegend(statuses, this.patternId, locale)}
      ${renderIncomplete(incompleteNote(dataset, locale))}
      ${renderNotVisible(layout.hidden.map((c) => ({ name: contributorNameText(c, dataset, locale), status: statusText(c.status, locale) })), locale)}
      ${renderDataTable({
        id: `${this.uid}-data`,
        locale,
        open: tableOpen,
        onToggle: () => this.ui.set({ tableOpen: !tableOpen }),
        caption: message(locale, 'map.caption'),
        // The rows only while the table is open: hovering a country redraws the rest.
        ...(tableOpen ? contributorTable(dataset, locale) : { columns: [], rows: rowsOf([]) }),
        page: tablePage,
        onPage: (page) => this.ui.set({ tablePage: page }),
        filename: 'contributors',
      })}
      ${this.announcer.render()}`;
  }

  /** The footer's line of updates (with `showUpdates`): the listed countries that changed. */
  protected override updates(dataset: Dataset, locale: string): Update[] {
    return contributorUpdates(dataset, locale);
  }

  /** The map draws the contributors: its heading, notes and sources are theirs (views.map). */
  protected override drawnScope(): DrawnScope {
    return { element: 'contributor-map', view: 'map', figures: [], contributors: true };
  }
}

defineElement('contributor-map', ContributorMap);

declare global {
  interface HTMLElementTagNameMap {
    'contributor-map': ContributorMap;
  }
}
