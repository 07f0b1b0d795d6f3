import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { countryByAlpha3, countryName } from '../data/countries.js';
import { formatQuantity } from '../data/format.js';
import { isRtl } from '../data/locale.js';
import { message } from '../data/messages.js';
import { CONTRIBUTOR_STATUSES, type Contributor, type ContributorStatus, type Dataset } from '../data/schema.js';
import { fetchDatasetText, LoadError } from '../data/load.js';
import { joinList } from '../data/list.js';
import type { DrawnScope } from '../data/scope.js';
import { sourceName } from '../data/sources.js';
import { localText, resolveText, type LocalText } from '../data/text.js';
import type { Problem } from '../data/validate.js';
import { sanitizeTimeout } from '../internal/data-controller.js';
import { ExchangeErrorEvent } from '../internal/events.js';
import { dataTableStyles, renderDataTable, rowsOf } from '../internal/data-table.js';
import { defineElement } from '../internal/define.js';
import { ExchangeElement } from '../internal/exchange-element.js';
import { textWidthOf } from '../internal/measure.js';
import { WARM_UPS } from '../internal/warm.js';
import { textZoom } from '../internal/zoom.js';
import { cssom } from '../internal/cssom.js';
import { nextMarkIndex } from '../internal/navigation.js';
import { SizeController } from '../internal/size-controller.js';
import { renderList, renderMessage, renderText } from '../internal/text.js';
import { renderTooltip, tooltipStyles } from '../internal/tooltip.js';
import { contributorMapStyles } from './contributor-map.styles.js';
import { placeLabels, spreadMarkers, type Box, type LabelRequest, type PlacedLabel } from './labels.js';
import {
  countryFeatures,
  drawCountry,
  frameMap,
  isCountriesTopology,
  outlinePath,
  preproject,
  pathFor,
  projectPoint,
  type CountryDrawing,
  type CountryFeature,
  type LonLat,
} from './geometry.js';
import { maybeProjection, maybeRegion, type CountriesTopology, type ProjectionName, type RegionName } from './options.js';
import { summarizeContributors } from './summary.js';
import { world110m } from './world-110m.js';

// The types of the element's API, importable from the element's own module (editors and the
// manifest's validator look for them here).
export type { Dataset } from '../data/schema.js';
export type { Theme } from '../internal/exchange-element.js';
export type { CountriesTopology, ProjectionName, RegionName } from './options.js';
export { ExchangeLoadEvent, ExchangeErrorEvent, type ExchangeLoadDetail, type ExchangeErrorDetail } from '../internal/events.js';

/** A contributor's name: the dataset's own, else the country's name in the locale. */
export function contributorName(contributor: Contributor, dataset: Dataset, locale: string): string {
  return contributorNameText(contributor, dataset, locale).text;
}

/** A contributor's name with its language: the dataset's may be in another than the reader's. */
function contributorNameText(contributor: Contributor, dataset: Dataset, locale: string): LocalText {
  return contributor.name ? localText(contributor.name, locale, dataset.lang) : { text: countryName(contributor.country, locale) };
}

// Before the first layout the element has no width yet; this draws something sensible meanwhile.
const FALLBACK_WIDTH = 640;
/**
 * The largest `topology-src` read, in bytes: a 1:50m world (world-atlas countries-50m.json,
 * 0.75 MB) fits; a larger one would hold the reader's page for seconds while it is projected.
 */
export const MAX_TOPOLOGY_BYTES = 2 * 1024 * 1024;
const LABEL_FONT_SIZE = 12;
const COUNTRY_LABEL_FONT_SIZE = 11;
// A label's box: its font's ascent and descent, which are taller in Arabic and Hebrew faces.
const LINE_HEIGHT = 1.4;
const FOCUS_RADIUS = 7.5;
const FOCUS_GAP = 10;

interface WorldIndex {
  features: CountryFeature[];
  byId: Map<string, CountryFeature>;
}

interface Mark {
  /** Position in the dataset's list. */
  index: number;
  contributor: Contributor;
  drawing: CountryDrawing;
  /** The marker's centre, moved apart from its neighbours' (Qatar and the UAE at 320 px). */
  marker: [number, number] | null;
  label: PlacedLabel;
  /** What the label or callout key says: the name, and the figure with its qualifier. */
  text: LocalText;
}

interface Layout {
  /** The reader's text zoom the labels are sized and placed for (see textZoom()). */
  zoom: number;
  width: number;
  height: number;
  sphere: string;
  land: string;
  /** Drawn contributors, west to east (the order of the arrow keys). */
  marks: Mark[];
  /** Contributors the map cannot show: not in the topology, clipped, or on a globe's far side. */
  hidden: Contributor[];
  focus: (LocalText & { x: number; y: number; labelX: number; labelY: number })[];
  markerRadius: number;
  /** The countries whose names are keyed under the map, in the order of their numbers. */
  callouts: Mark[];
}

const worlds = new WeakMap<object, WorldIndex>();

function indexWorld(topology: CountriesTopology): WorldIndex {
  let world = worlds.get(topology);
  if (!world) {
    const features = countryFeatures(topology);
    world = { features, byId: new Map(features.filter((f) => f.id).map((f) => [f.id, f])) };
    worlds.set(topology, world);
  }
  return world;
}

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
  // Also the region names (their data loads on first use) and the bundled world's shapes.
  protected static override warmUps = [...WARM_UPS, (locale: string) => void countryName('USA', locale), () => void indexWorld(world110m)];

  static override properties: PropertyDeclarations = {
    projection: { type: String, reflect: true },
    region: { type: String, reflect: true },
    topology: { attribute: false },
    topologySrc: { type: String, attribute: 'topology-src' },
    fetchedTopology: { state: true },
    topologyFailed: { state: true },
    hovered: { state: true },
    focused: { state: true },
    dismissed: { state: true },
    rovingIndex: { state: true },
    tableOpen: { state: true },
    tablePage: { state: true },
  };

  /** `equal-earth` (default), `natural-earth`, `mercator` or `orthographic` (a globe facing the focus). */
  declare projection: ProjectionName;
  /** What the map frames: `world` (default), `contributors` (the listed countries and focus) or `middle-east`. */
  declare region: RegionName;
  /** A finer TopoJSON world (object `countries`, ids ISO 3166-1 numeric) instead of the bundled 1:110m one. */
  declare topology: CountriesTopology | undefined;
  /** URL of such a TopoJSON, fetched when set by the rules of `src` (the element's `timeout`, at most 2 MB, again when the element comes back to the page); the bundled world is drawn until it arrives, and if it fails (with a note and an `exchange-error` event). */
  declare topologySrc: string | undefined;

  private declare fetchedTopology: CountriesTopology | undefined;
  /** `topology-src` failed: the bundled world is drawn, and a note says so. */
  private declare topologyFailed: boolean;
  private declare hovered: number | undefined;
  private declare focused: number | undefined;
  private declare dismissed: boolean;
  private declare rovingIndex: number;
  private declare tableOpen: boolean;
  private declare tablePage: number;

  private readonly size = new SizeController(this);
  private readonly uid = `contributor-map-${++instances}`;
  private topologyRequest?: AbortController;
  private cached?: { key: unknown[]; layout: Layout };

  constructor() {
    super();
    this.projection = 'equal-earth';
    this.region = 'world';
    this.dismissed = false;
    this.rovingIndex = 0;
    this.tableOpen = false;
    this.tablePage = 0;
    this.topologyFailed = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('topologySrc')) void this.fetchTopology(this.topologySrc);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A fetch cut short when the element left the page starts again now that it is back.
    if (this.topologySrc && !this.fetchedTopology && !this.topologyRequest) void this.fetchTopology(this.topologySrc);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.topologyRequest?.abort();
    this.topologyRequest = undefined;
  }

  /**
   * Fetches `topology-src` by the rules of `src`: the element's `timeout`, at most
   * MAX_TOPOLOGY_BYTES, aborted when the element leaves the page and fetched again when it
   * comes back. Until it arrives, and if it fails, the bundled world is drawn; a failure also
   * shows a note and fires exchange-error.
   */
  private async fetchTopology(url: string | undefined): Promise<void> {
    this.topologyRequest?.abort();
    this.topologyRequest = undefined;
    this.fetchedTopology = undefined;
    this.topologyFailed = false;
    if (!url) return;
    const request = (this.topologyRequest = new AbortController());
    const src = new URL(url, document.baseURI).href;
    let problem: Problem;
    try {
      const text = await fetchDatasetText(src, { signal: request.signal, timeout: sanitizeTimeout(this.timeout), maxBytes: MAX_TOPOLOGY_BYTES, field: 'topology-src' });
      let topology: unknown;
      try {
        topology = JSON.parse(text);
      } catch (error) {
        throw new LoadError({ path: 'topology-src', message: `is not valid JSON (${(error as Error).message})` });
      }
      if (!isCountriesTopology(topology)) throw new LoadError({ path: 'topology-src', message: 'is not a TopoJSON topology with a "countries" GeometryCollection' });
      if (request !== this.topologyRequest) return;
      this.fetchedTopology = topology;
      this.topologyRequest = undefined;
      return;
    } catch (error) {
      if (request !== this.topologyRequest || request.signal.aborted) return;
      problem = error instanceof LoadError ? error.problem : { path: 'topology-src', message: `could not be loaded (${String(error)})` };
    }
    this.topologyRequest = undefined;
    this.topologyFailed = true;
    this.dispatchEvent(new ExchangeErrorEvent({ message: `The map at ${src} could not be loaded; the bundled world is drawn.`, problems: [problem] }));
  }

  /** The world in use: the `topology` property, else the fetched `topology-src`, else the bundled one. */
  private world(): WorldIndex {
    for (const topology of [this.topology, this.fetchedTopology]) {
      if (!topology) continue;
      try {
        return indexWorld(topology);
      } catch (error) {
        console.warn(`<contributor-map>: the topology is not used (${(error as Error).message}); drawing the bundled world.`);
      }
    }
    return indexWorld(world110m);
  }

  // Ahead of the task that draws them, in tasks of their own: the world's shapes, then the rest.
  protected override *prepare(dataset: Dataset): Generator<void> {
    if (!this.near || !dataset.contributors?.countries.length) return;
    yield preproject(this.world().features, { projection: maybeProjection(this.projection), region: maybeRegion(this.region), width: this.size.width || FALLBACK_WIDTH });
    this.layout(dataset, this.resolvedLocale);
  }

  private layout(dataset: Dataset, locale: string): Layout {
    const width = this.size.width || FALLBACK_WIDTH;
    const world = this.world();
    // Labels grow with the reader's text size (WCAG 1.4.4), and are placed at that size.
    const zoom = textZoom();
    const key = [dataset, locale, width, world, this.projection, this.region, zoom];
    if (this.cached && this.cached.key.every((k, i) => k === key[i])) return this.cached.layout;

    const contributors = dataset.contributors?.countries ?? [];
    const features = contributors.map((c) => world.byId.get(countryByAlpha3(c.country)?.numeric ?? ''));
    const focusPoints = dataset.focus ?? [];
    const frame = frameMap({
      projection: maybeProjection(this.projection),
      region: maybeRegion(this.region),
      width,
      contributors: features.filter((f): f is CountryFeature => !!f),
      focus: focusPoints.map((f): LonLat => [f.longitude, f.latitude]),
    });
    const path = pathFor(frame);
    const listed = new Set(features.map((f) => f?.id));
    const drawn: Omit<Mark, 'marker' | 'label'>[] = [];
    const hidden: Contributor[] = [];
    contributors.forEach((contributor, index) => {
      const feature = features[index];
      const drawing = feature ? drawCountry(feature, frame, path) : undefined;
      if (drawing?.d && drawing.anchor) drawn.push({ index, contributor, drawing, text: this.labelText(contributor, dataset, locale) });
      else hidden.push(contributor);
    });
    const { height } = frame;
    const rtl = isRtl(locale);
    const family = getComputedStyle(this).fontFamily || 'sans-serif';
    const focusFont = `600 ${LABEL_FONT_SIZE * zoom}px ${family}`;
    const labelFont = `${COUNTRY_LABEL_FONT_SIZE * zoom}px ${family}`;
    const points = focusPoints.flatMap((f) => {
      const point = projectPoint(frame, [f.longitude, f.latitude]);
      return point ? [{ ...localText(f.name, locale, dataset.lang), x: point[0], y: point[1] }] : [];
    });
    // 8 px across at the least (DESK: small countries are visible), 12 px on wide maps.
    const markerRadius = Math.round(Math.min(6, Math.max(4, width / 160)));
    const r = markerRadius + 1;
    const small = drawn.filter((m) => m.drawing.marker);
    const square = ([x, y]: number[], r: number): Box => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });
    const rings = points.map((f) => square([f.x, f.y], FOCUS_RADIUS));
    const lineHeight = LABEL_FONT_SIZE * zoom * LINE_HEIGHT;
    // The focus's label goes east of its marker unless it would leave the map there; the
    // markers then move off it.
    const focus = points.map((f) => {
      const w = textWidthOf(this)(f.text, focusFont) + 2;
      const x = f.x + FOCUS_GAP + w <= width - 2 ? f.x + FOCUS_GAP : f.x - FOCUS_GAP - w;
      const box = { x, y: f.y - lineHeight / 2, width: w, height: lineHeight };
      return { ...f, box, labelX: x + w / 2, labelY: f.y };
    });
    // The focus's ring and label: no label covers them, and no callout's line crosses them.
    const obstacles = [...focus.map((f) => f.box), ...rings];
    // Markers apart from each other (Qatar and the UAE at 320 px), the focus, and its label,
    // which stands in as a row of circles.
    const spread = spreadMarkers(
      small.map((m) => m.drawing.marker!),
      r,
      {
        width,
        height,
        fixed: [
          ...points.map((f) => ({ x: f.x, y: f.y, radius: FOCUS_RADIUS })),
          ...focus.flatMap(({ box: b }) => {
            const n = Math.ceil((2 * b.width) / b.height);
            return Array.from({ length: n + 1 }, (_, k) => ({ x: b.x + (b.width * k) / n, y: b.y + b.height / 2, radius: b.height / 2 }));
          }),
        ],
      },
    );
    const markers = new Map(small.map((m, i) => [m, spread[i]]));
    const requests = drawn.map((m): LabelRequest => {
      const marker = markers.get(m);
      const [[x0, y0], [x1, y1]] = m.drawing.bounds!;
      return {
        anchor: marker ?? m.drawing.anchor!,
        clearance: marker ? markerRadius + 1 : 2,
        shape: marker ? undefined : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
        full: m.text.text,
        short: contributorName(m.contributor, dataset, locale),
      };
    });
    const labels = placeLabels(requests, {
      width,
      height,
      rtl,
      measure: (text) => textWidthOf(this)(text, labelFont),
      lineHeight: COUNTRY_LABEL_FONT_SIZE * zoom * LINE_HEIGHT,
      obstacles,
      marks: spread.map((p) => square(p, r)),
      badge: 14,
    });
    const marks: Mark[] = drawn.map((m, i) => ({ ...m, marker: markers.get(m) ?? null, label: labels[i] }));
    // Callouts are numbered in the dataset's order, the order of the key under the map.
    const callouts = marks.filter((m) => m.label.kind === 'callout');
    // West to east, then north to south: the order in which the arrow keys visit countries.
    marks.sort((a, b) => a.drawing.anchor![0] - b.drawing.anchor![0] || a.drawing.anchor![1] - b.drawing.anchor![1]);
    const layout: Layout = {
      zoom,
      width: frame.width,
      height: frame.height,
      sphere: outlinePath(frame, path),
      land: world.features
        .filter((f) => !f.id || !listed.has(f.id))
        .map((f) => path(f) ?? '')
        .join(''),
      marks,
      hidden,
      focus,
      markerRadius,
      callouts,
    };
    this.cached = { key, layout };
    return layout;
  }

  protected override renderBody(dataset: Dataset, locale: string): TemplateResult {
    // No contributors: a sentence, not an empty world.
    if (!dataset.contributors?.countries.length) return html`<p class="empty" part="empty">${message(locale, 'map.none')}</p>`;
    const text = (t: Contributor['note']) => resolveText(t, locale, dataset.lang);
    const layout = this.layout(dataset, locale);
    const { width, height, marks } = layout;
    const contributors = dataset.contributors;
    const listed = contributors?.countries ?? [];
    const incomplete = contributors && !contributors.complete ? (contributors.note ? text(contributors.note) : message(locale, 'othersNotNamed')) : '';
    const tooltipId = `${this.uid}-tooltip`;
    // The key explains what is drawn: a status whose countries are all off the map has no entry.
    const statuses = CONTRIBUTOR_STATUSES.filter((s) => marks.some((m) => m.contributor.status === s));
    const { markerRadius } = layout;
    const { callouts } = layout;
    const active = this.dismissed ? undefined : (this.hovered ?? this.focused);
    const activeMark = active === undefined ? undefined : marks[active];
    const roving = Math.min(this.rovingIndex, Math.max(0, marks.length - 1));
    const summary =
      text(dataset.description) ||
      [
        // Not the note that the list is incomplete: it is read where it is shown, below the key.
        summarizeContributors(listed.map((c) => c.status), locale),
        layout.focus.length ? message(locale, 'map.focus', { label: joinList(layout.focus.map((f) => f.text), locale, 'separator') }) : '',
      ]
        .filter(Boolean)
        .join(' ');

    return html`${this.topologyFailed ? html`<p class="topology-failed" part="topology-failed" role="status">${message(locale, 'map.topologyFailed')}</p>` : nothing}
      <div class="map" part="map">
        <svg
          ${cssom({ '--_label-zoom': layout.zoom === 1 ? undefined : String(layout.zoom) })}
          role="graphics-document"
          aria-label=${message(locale, 'map.name', { label: summary || text(dataset.title) })}
          width=${width}
          height=${height}
          viewBox="0 0 ${width} ${height}"
          @pointerdown=${this.onBackgroundPointerDown}
        >
          <defs>${statuses.map((s) => this.renderPattern(s))}</defs>
          <g aria-hidden="true">
            <path class="sphere" d=${layout.sphere}></path>
            <path class="land" d=${layout.land}></path>
          </g>
          ${[...marks.entries()]
            // Small countries last, so that their markers lie above every shape.
            .sort(([, a], [, b]) => Number(!!a.drawing.marker) - Number(!!b.drawing.marker))
            .map(([i, mark]) => this.renderMark(mark, i, i === roving, active === i ? tooltipId : undefined, markerRadius, dataset, locale))}
          ${layout.focus.map((f) => this.renderFocus(f))}
          <g class="labels" aria-hidden="true">${marks.map((m) => this.renderLabel(m))}</g>
        </svg>
        ${activeMark
          ? renderTooltip({
              id: tooltipId,
              x: activeMark.drawing.anchor![0],
              y: activeMark.drawing.anchor![1],
              containerWidth: width,
              containerHeight: height,
              content: this.renderDetails(activeMark.contributor, dataset, locale),
            })
          : nothing}
      </div>
      ${callouts.length
        ? html`<ol class="callout-key" part="callout-key">
            ${callouts.map(
              (m, i) => html`<li><span class="callout-number">${i + 1}</span>\u00a0 ${renderText(m.text)}</li>`,
            )}
          </ol>`
        : nothing}
      ${statuses.length
        ? html`<ul class="legend" part="legend" aria-label=${message(locale, 'map.colStatus')}>
            ${statuses.map(
              (s) => html`<li class="legend-item" data-status=${s}>
                <svg class="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                  <rect class="swatch-shape status-${s}" x="0.5" y="0.5" width="15" height="15" fill="url(#${this.patternId(s)})"></rect>
                </svg>
                <span>${message(locale, `status.${s}`)}</span>
              </li>`,
            )}
          </ul>`
        : nothing}
      ${incomplete
        ? html`<p class="incomplete" part="incomplete">
            ${contributors?.note ? renderText(localText(contributors.note, locale, dataset.lang)) : incomplete}
          </p>`
        : nothing}
      ${layout.hidden.length
        ? html`<p class="not-visible">
            ${renderMessage(locale, 'map.notVisible', {
              label: renderList(
                layout.hidden.map((c) => html`<span class="listed">${renderText(contributorNameText(c, dataset, locale))} (${message(locale, `status.${c.status}`)})</span>`),
                locale,
                'separator',
              ),
            })}
          </p>`
        : nothing}
      ${listed.length ? this.renderTable(dataset, locale) : nothing}`;
  }

  private patternId(status: ContributorStatus): string {
    return `${this.uid}-${status}`;
  }

  /** Status is never told by colour alone: each has a texture too (solid, hatched, dotted, crossed). */
  private renderPattern(status: ContributorStatus): TemplateResult {
    const lines = {
      confirmed: svg``,
      'in-talks': svg`<path class="pattern-line" d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2"></path>`,
      supporting: svg`<circle class="pattern-dot" cx="3" cy="3" r="1.3"></circle>`,
      declined: svg`<path class="pattern-line" d="M0,0 L6,6 M6,0 L0,6"></path>`,
    }[status];
    return svg`<pattern id=${this.patternId(status)} class="pattern status-${status}" patternUnits="userSpaceOnUse" width="6" height="6">
      <rect class="pattern-fill" width="6" height="6"></rect>${lines}
    </pattern>`;
  }

  private renderMark(
    mark: Mark,
    i: number,
    tabbable: boolean,
    describedBy: string | undefined,
    markerRadius: number,
    dataset: Dataset,
    locale: string,
  ): TemplateResult {
    const { contributor, drawing } = mark;
    const name = contributorName(contributor, dataset, locale);
    const figure = contributor.figure ? formatQuantity(contributor.figure, locale, resolveText(contributor.figure.unit, locale, dataset.lang)) : '';
    // Not a comma: statuses hold commas ("Supporting, not deploying"), and Arabic writes "،".
    const label = [name, message(locale, `status.${contributor.status}`), figure].filter(Boolean).join(message(locale, 'separator'));
    const fill = `url(#${this.patternId(contributor.status)})`;
    return svg`<g
      class="country status-${contributor.status}"
      part="country"
      role="graphics-symbol"
      aria-label=${label}
      aria-describedby=${describedBy ?? nothing}
      tabindex=${tabbable ? 0 : -1}
      data-country=${contributor.country}
      data-mark=${i}
      @pointerenter=${() => this.onPointerEnter(i)}
      @pointerleave=${() => this.onPointerLeave(i)}
      @focus=${() => this.onFocus(i)}
      @blur=${() => this.onBlur(i)}
      @keydown=${(event: KeyboardEvent) => this.onKeyDown(event, i)}
    >
      <path class="shape" d=${drawing.d} fill=${fill}></path>
      ${mark.marker
        ? svg`<circle class="marker" cx=${mark.marker[0].toFixed(1)} cy=${mark.marker[1].toFixed(1)} r=${markerRadius} fill=${fill}></circle>`
        : nothing}
    </g>`;
  }

  private renderFocus(focus: Layout['focus'][number]): TemplateResult {
    const { labelX: x, labelY: y } = focus;
    return svg`<g class="focus" part="focus" role="graphics-symbol" aria-label=${focus.text} lang=${focus.lang ?? nothing}>
      <circle class="focus-ring" cx=${focus.x.toFixed(1)} cy=${focus.y.toFixed(1)} r="6.5"></circle>
      <circle class="focus-dot" cx=${focus.x.toFixed(1)} cy=${focus.y.toFixed(1)} r="2.5"></circle>
      <text class="focus-label" x=${x.toFixed(1)} y=${y.toFixed(1)} dy="0.35em" text-anchor="middle" aria-hidden="true">${focus.text}</text>
    </g>`;
  }

  /** A country's name on the map: the name, and its figure with its qualifier when it has one. */
  private labelText(contributor: Contributor, dataset: Dataset, locale: string): LocalText {
    const name = contributorNameText(contributor, dataset, locale);
    if (!contributor.figure) return name;
    const figure = formatQuantity(contributor.figure, locale, resolveText(contributor.figure.unit, locale, dataset.lang));
    return { text: message(locale, 'map.count', { label: name.text, n: figure }) };
  }

  /** A country's label, or its callout number in a badge; hidden from screen readers, as the marks carry the names. */
  private renderLabel(mark: Mark): TemplateResult {
    const { label } = mark;
    const { x, y, width, height } = label.box;
    const [cx, cy] = [(x + width / 2).toFixed(1), (y + height / 2).toFixed(1)];
    if (label.kind === 'callout') {
      const [x1, y1, x2, y2] = label.leader?.map((v) => v.toFixed(1)) ?? [];
      return svg`<g class="callout" data-country=${mark.contributor.country}>
        ${x1 ? svg`<line class="callout-leader" x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line>` : nothing}
        <circle class="callout-badge" cx=${cx} cy=${cy} r=${(width / 2).toFixed(1)}></circle>
        <text class="callout-text" x=${cx} y=${cy} dy="0.35em" text-anchor="middle">${label.number}</text>
      </g>`;
    }
    return svg`<text class="country-label" data-country=${mark.contributor.country} lang=${(label.short ? undefined : mark.text.lang) ?? nothing}
      x=${cx} y=${cy} dy="0.35em" text-anchor="middle">${label.text}</text>`;
  }

  private sourceNames(contributor: Contributor, dataset: Dataset, locale: string): LocalText[] {
    return contributor.sources.map((id) => sourceName(dataset, id, locale));
  }

  /** The tooltip: name, status, figure with its qualifier, note, source. */
  private renderDetails(contributor: Contributor, dataset: Dataset, locale: string): TemplateResult {
    const text = (t: Contributor['note']) => resolveText(t, locale, dataset.lang);
    const sources = this.sourceNames(contributor, dataset, locale);
    return html`<strong class="tooltip-name">${renderText(contributorNameText(contributor, dataset, locale))}</strong>
      <span class="tooltip-status">${message(locale, `status.${contributor.status}`)}</span>
      ${contributor.figure
        ? html`<span class="tooltip-figure">${formatQuantity(contributor.figure, locale, text(contributor.figure.unit))}</span>`
        : nothing}
      ${contributor.note ? html`<span class="tooltip-note">${renderText(localText(contributor.note, locale, dataset.lang))}</span>` : nothing}
      <span class="tooltip-source muted">${message(locale, sources.length === 1 ? 'source' : 'sources')}:
        ${renderList(sources, locale, 'separator')}</span>`;
  }

  /** The map draws the contributors: its heading, notes and sources are theirs (views.map). */
  protected override drawnScope(): DrawnScope {
    return { element: 'contributor-map', view: 'map', figures: [], contributors: true };
  }

  private renderTable(dataset: Dataset, locale: string): TemplateResult {
    const text = (t: Contributor['note']) => resolveText(t, locale, dataset.lang);
    const rows = (dataset.contributors?.countries ?? []).map((c) => [
      contributorNameText(c, dataset, locale),
      message(locale, `status.${c.status}`),
      c.figure ? formatQuantity(c.figure, locale, text(c.figure.unit)) : '',
      localText(c.note, locale, dataset.lang),
      this.sourceNames(c, dataset, locale),
    ]);
    return renderDataTable({
      id: `${this.uid}-data`,
      locale,
      open: this.tableOpen,
      onToggle: () => (this.tableOpen = !this.tableOpen),
      caption: message(locale, 'map.caption'),
      columns: [
        { label: message(locale, 'map.colCountry') },
        { label: message(locale, 'map.colStatus') },
        { label: message(locale, 'colFigure') },
        { label: message(locale, 'colNote') },
        { label: message(locale, 'sources') },
      ],
      rows: rowsOf(rows),
      page: this.tablePage,
      onPage: (page) => (this.tablePage = page),
      filename: 'contributors',
    });
  }

  private onPointerEnter(i: number): void {
    this.hovered = i;
    this.dismissed = false;
  }

  private onPointerLeave(i: number): void {
    if (this.hovered === i) this.hovered = undefined;
  }

  private onFocus(i: number): void {
    this.focused = i;
    this.rovingIndex = i;
    this.dismissed = false;
  }

  private onBlur(i: number): void {
    if (this.focused === i) this.focused = undefined;
  }

  /** A tap on the sea or on another country's land closes the tooltip a tap opened. */
  private onBackgroundPointerDown = (event: PointerEvent): void => {
    if (!(event.target as Element).closest('.country')) {
      (this.shadowRoot?.activeElement as HTMLElement | null)?.blur();
      this.hovered = undefined;
    }
  };

  private async onKeyDown(event: KeyboardEvent, i: number): Promise<void> {
    if (event.key === 'Escape') {
      this.dismissed = true;
      return;
    }
    const count = this.cached?.layout.marks.length ?? 0;
    const next = nextMarkIndex(event.key, i, count, isRtl(this.resolvedLocale));
    if (next === null) return;
    event.preventDefault();
    this.rovingIndex = next;
    await this.updateComplete;
    this.shadowRoot?.querySelector<SVGGElement>(`.country[data-mark="${next}"]`)?.focus();
  }
}

defineElement('contributor-map', ContributorMap);

declare global {
  interface HTMLElementTagNameMap {
    'contributor-map': ContributorMap;
  }
}
