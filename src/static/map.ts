import { nothing, svg, type SVGTemplateResult } from 'lit';
import { countryByAlpha3, countryName } from '../data/countries.js';
import { formatQuantity } from '../data/format.js';
import { joinList } from '../data/list.js';
import { message } from '../data/messages.js';
import { CONTRIBUTOR_STATUSES, type Contributor, type ContributorStatus, type Dataset } from '../data/schema.js';
import { localText, resolveText, type LocalText } from '../data/text.js';
import {
  countryFeatures,
  drawCountry,
  frameMap,
  outlinePath,
  pathFor,
  projectPoint,
  type CountryDrawing,
  type CountryFeature,
  type LonLat,
} from '../contributor-map/geometry.js';
import { placeLabels, spreadMarkers, type Box, type PlacedLabel } from '../contributor-map/labels.js';
import type { ProjectionName, RegionName } from '../contributor-map/options.js';
import { summarizeContributors } from '../contributor-map/summary.js';
import { world110m } from '../contributor-map/world-110m.js';
import type { Block, StaticBody } from './body.js';
import { staticTextWidth } from './measure.js';
import { templateToString } from './serialize.js';

// <contributor-map>'s drawing without a browser, from the map's pure pieces (geometry.ts,
// labels.ts, the bundled world) and the same constants and markup as the element: frame,
// countries with their status patterns, markers for small ones spread apart, the focus, every
// country named on the map or in a numbered callout, the legend and the note that the list is
// incomplete. Kept apart from the element's class so that the element can change inside.

const LABEL_FONT_SIZE = 12;
const COUNTRY_LABEL_FONT_SIZE = 11;
const LINE_HEIGHT = 1.4;
const FOCUS_RADIUS = 7.5;
const FOCUS_GAP = 10;

export interface MapBodyOptions {
  locale: string;
  rtl: boolean;
  width: number;
  region: RegionName;
  projection: ProjectionName;
}

const nameText = (c: Contributor, dataset: Dataset, locale: string): LocalText =>
  c.name ? localText(c.name, locale, dataset.lang) : { text: countryName(c.country, locale) };

const figureText = (c: Contributor, dataset: Dataset, locale: string): string =>
  c.figure ? formatQuantity(c.figure, locale, resolveText(c.figure.unit, locale, dataset.lang)) : '';

interface Mark {
  contributor: Contributor;
  drawing: CountryDrawing;
  marker: [number, number] | null;
  label: PlacedLabel;
  text: LocalText;
}

const patternId = (status: ContributorStatus) => `status-${status}`;

/** Status is never told by colour alone: each has a texture too (as the element's patterns). */
function pattern(status: ContributorStatus): SVGTemplateResult {
  const lines = {
    confirmed: svg``,
    'in-talks': svg`<path class="pattern-line" d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2"></path>`,
    supporting: svg`<circle class="pattern-dot" cx="3" cy="3" r="1.3"></circle>`,
    declined: svg`<path class="pattern-line" d="M0,0 L6,6 M6,0 L0,6"></path>`,
  }[status];
  return svg`<pattern id=${patternId(status)} class="pattern status-${status}" patternUnits="userSpaceOnUse" width="6" height="6"><rect class="pattern-fill" width="6" height="6"></rect>${lines}</pattern>`;
}

/** The map's drawing, legend, callout key and notes for a dataset, as <contributor-map> lays them out. */
export function mapBody(dataset: Dataset, options: MapBodyOptions): StaticBody {
  const { locale, rtl, width } = options;
  const contributors = dataset.contributors?.countries ?? [];
  const scope = { element: 'contributor-map' as const, view: 'map' as const, figures: [], contributors: true };
  if (!contributors.length) {
    return { width, height: 0, markup: '', summary: '', scope, above: [{ kind: 'text', text: message(locale, 'map.none'), muted: true }], below: [] };
  }
  const features = countryFeatures(world110m);
  const byId = new Map(features.filter((f) => f.id).map((f) => [f.id, f]));
  const shapes = contributors.map((c) => byId.get(countryByAlpha3(c.country)?.numeric ?? ''));
  const focusPoints = dataset.focus ?? [];
  const frame = frameMap({
    projection: options.projection,
    region: options.region,
    width,
    contributors: shapes.filter((f): f is CountryFeature => !!f),
    focus: focusPoints.map((f): LonLat => [f.longitude, f.latitude]),
  });
  const path = pathFor(frame);
  const { height } = frame;
  const drawn: Omit<Mark, 'marker' | 'label'>[] = [];
  const hidden: Contributor[] = [];
  contributors.forEach((contributor, i) => {
    const feature = shapes[i];
    const drawing = feature ? drawCountry(feature, frame, path) : undefined;
    const name = nameText(contributor, dataset, locale);
    const figure = figureText(contributor, dataset, locale);
    const text = figure ? { text: message(locale, 'map.count', { label: name.text, n: figure }) } : name;
    if (drawing?.d && drawing.anchor) drawn.push({ contributor, drawing, text });
    else hidden.push(contributor);
  });
  const measure = (size: number, weight: number) => (text: string) => staticTextWidth(text, `${weight} ${size}px sans-serif`);
  const points = focusPoints.flatMap((f) => {
    const point = projectPoint(frame, [f.longitude, f.latitude]);
    return point ? [{ ...localText(f.name, locale, dataset.lang), x: point[0], y: point[1] }] : [];
  });
  const markerRadius = Math.round(Math.min(6, Math.max(4, width / 160)));
  const r = markerRadius + 1;
  const small = drawn.filter((m) => m.drawing.marker);
  const square = ([x, y]: number[], radius: number): Box => ({ x: x - radius, y: y - radius, width: 2 * radius, height: 2 * radius });
  const lineHeight = LABEL_FONT_SIZE * LINE_HEIGHT;
  const focus = points.map((f) => {
    const w = measure(LABEL_FONT_SIZE, 600)(f.text) + 2;
    const x = f.x + FOCUS_GAP + w <= width - 2 ? f.x + FOCUS_GAP : f.x - FOCUS_GAP - w;
    return { ...f, box: { x, y: f.y - lineHeight / 2, width: w, height: lineHeight }, labelX: x + w / 2, labelY: f.y };
  });
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
  const labels = placeLabels(
    drawn.map((m) => {
      const marker = markers.get(m);
      const [[x0, y0], [x1, y1]] = m.drawing.bounds!;
      return {
        anchor: marker ?? m.drawing.anchor!,
        clearance: marker ? markerRadius + 1 : 2,
        shape: marker ? undefined : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
        full: m.text.text,
        short: nameText(m.contributor, dataset, locale).text,
      };
    }),
    {
      width,
      height,
      rtl,
      measure: measure(COUNTRY_LABEL_FONT_SIZE, 400),
      lineHeight: COUNTRY_LABEL_FONT_SIZE * LINE_HEIGHT,
      obstacles: [...focus.map((f) => f.box), ...points.map((f) => square([f.x, f.y], FOCUS_RADIUS))],
      marks: spread.map((p) => square(p, r)),
      badge: 14,
    },
  );
  const marks: Mark[] = drawn.map((m, i) => ({ ...m, marker: markers.get(m) ?? null, label: labels[i] }));
  const listed = new Set(shapes.map((f) => f?.id));
  const land = features
    .filter((f) => !f.id || !listed.has(f.id))
    .map((f) => path(f) ?? '')
    .join('');
  const statuses = CONTRIBUTOR_STATUSES.filter((s) => marks.some((m) => m.contributor.status === s));
  const markName = (c: Contributor) =>
    [nameText(c, dataset, locale).text, message(locale, `status.${c.status}`), figureText(c, dataset, locale)].filter(Boolean).join(message(locale, 'separator'));

  const drawing = svg`<defs>${statuses.map(pattern)}</defs>
    <g aria-hidden="true"><path class="sphere" d=${outlinePath(frame, path)}></path><path class="land" d=${land}></path></g>
    ${[...marks]
      .sort((a, b) => Number(!!a.drawing.marker) - Number(!!b.drawing.marker))
      .map((m) => {
        const fill = `url(#${patternId(m.contributor.status)})`;
        return svg`<g class="country status-${m.contributor.status}" role="graphics-symbol" aria-label=${markName(m.contributor)}>
          <path class="shape" d=${m.drawing.d} fill=${fill}></path>
          ${m.marker ? svg`<circle class="marker" cx=${m.marker[0].toFixed(1)} cy=${m.marker[1].toFixed(1)} r=${markerRadius} fill=${fill}></circle>` : nothing}
        </g>`;
      })}
    ${focus.map(
      (f) => svg`<g class="focus" role="graphics-symbol" aria-label=${f.text} lang=${f.lang ?? nothing}>
        <circle class="focus-ring" cx=${f.x.toFixed(1)} cy=${f.y.toFixed(1)} r="6.5"></circle>
        <circle class="focus-dot" cx=${f.x.toFixed(1)} cy=${f.y.toFixed(1)} r="2.5"></circle>
        <text class="focus-label" x=${f.labelX.toFixed(1)} y=${f.labelY.toFixed(1)} dy="0.35em" text-anchor="middle" aria-hidden="true">${f.text}</text>
      </g>`,
    )}
    <g class="labels" aria-hidden="true">${marks.map(({ label, text, contributor }) => {
      const { x, y, width: w, height: h } = label.box;
      const [cx, cy] = [(x + w / 2).toFixed(1), (y + h / 2).toFixed(1)];
      if (label.kind === 'callout') {
        const [x1, y1, x2, y2] = label.leader?.map((v) => v.toFixed(1)) ?? [];
        return svg`<g class="callout">${x1 ? svg`<line class="callout-leader" x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line>` : nothing}<circle class="callout-badge" cx=${cx} cy=${cy} r=${(w / 2).toFixed(1)}></circle><text class="callout-text" x=${cx} y=${cy} dy="0.35em" text-anchor="middle">${label.number}</text></g>`;
      }
      const lang = label.short ? nameText(contributor, dataset, locale).lang : text.lang;
      return svg`<text class="country-label" lang=${lang ?? nothing} x=${cx} y=${cy} dy="0.35em" text-anchor="middle">${label.text}</text>`;
    })}</g>`;

  const below: Block[] = [];
  const callouts = marks.filter((m) => m.label.kind === 'callout');
  for (const [i, m] of callouts.entries()) below.push({ kind: 'text', text: `${i + 1}\u00a0 ${m.text.text}`, lang: m.text.lang });
  if (statuses.length) {
    below.push({
      kind: 'key',
      size: 16,
      entries: statuses.map((s) => ({ swatch: { kind: 'pattern', status: s, id: patternId(s) }, text: message(locale, `status.${s}`) })),
    });
  }
  const list = dataset.contributors!;
  if (!list.complete) {
    const note = list.note ? localText(list.note, locale, dataset.lang) : { text: message(locale, 'othersNotNamed') };
    below.push({ kind: 'text', text: note.text, lang: note.lang, italic: true, muted: true });
  }
  if (hidden.length) {
    const names = hidden.map((c) => `${nameText(c, dataset, locale).text} (${message(locale, `status.${c.status}`)})`);
    below.push({ kind: 'text', text: message(locale, 'map.notVisible', { label: joinList(names, locale, 'separator') }), muted: true });
  }
  const summary =
    resolveText(dataset.description, locale, dataset.lang) ||
    [
      summarizeContributors(contributors.map((c) => c.status), locale),
      focus.length ? message(locale, 'map.focus', { label: joinList(focus.map((f) => f.text), locale, 'separator') }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  return { width: frame.width, height, markup: templateToString(drawing), summary, scope, above: [], below };
}
