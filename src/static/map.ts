import { html, type TemplateResult } from 'lit';
import { joinList } from '../data/list.js';
import { message } from '../data/messages.js';
import type { ContributorStatus, Dataset } from '../data/schema.js';
import { resolveText } from '../data/text.js';
import { layoutMap, indexWorld, mapFont, type MapLayout } from '../contributor-map/layout.js';
import { contributorNameText, contributorUpdates, incompleteNote, keyedStatuses, mapPlaces, mapSummary, markDescription, markName, statusText } from '../contributor-map/model.js';
import type { ProjectionName, RegionName } from '../contributor-map/options.js';
import { drawMap } from '../contributor-map/views/map.js';
import { renderCalloutKey, renderIncomplete, renderLegend, renderNotVisible } from '../contributor-map/views/key.js';
import { world110m } from '../contributor-map/world-110m.js';
import type { Block, StaticBody } from './body.js';
import { staticTextWidth } from './measure.js';
import { templateToString } from './serialize.js';

// <contributor-map>'s drawing without a browser: the element's own pipeline (model.ts for the
// words, layoutMap() for the frame, markers and labels, views/ for the markup), measured with
// the fixed font metrics. Nothing of the map's layout is repeated here, so a label sits where
// the element puts it for the same width and the same text widths.

export interface MapBodyOptions {
  locale: string;
  rtl: boolean;
  width: number;
  region: RegionName;
  projection: ProjectionName;
}

/** A status's pattern id: one map per file or fallback, so the status alone is unique. */
const patternId = (status: ContributorStatus) => `status-${status}`;

/** The map laid out as the element lays it out at a text zoom of 1, with the fixed metrics. */
export function staticMapLayout(dataset: Dataset, options: MapBodyOptions): MapLayout {
  return layoutMap({
    world: indexWorld(world110m),
    projection: options.projection,
    region: options.region,
    width: options.width,
    rtl: options.rtl,
    zoom: 1,
    ...mapPlaces(dataset, options.locale),
    measure: (text, kind) => staticTextWidth(text, mapFont(kind, 'sans-serif')),
  });
}

/** The map's drawing, legend, callout key and notes for a dataset, as <contributor-map> lays them out. */
export function mapBody(dataset: Dataset, options: MapBodyOptions): StaticBody {
  const { locale, width } = options;
  const scope = { element: 'contributor-map' as const, view: 'map' as const, figures: [], contributors: true };
  if (!dataset.contributors?.countries.length) {
    return { width, height: 0, markup: '', summary: '', scope, updates: contributorUpdates(dataset, locale), above: [{ kind: 'text', text: message(locale, 'map.none'), muted: true }], below: [] };
  }
  const layout = staticMapLayout(dataset, options);
  const statuses = keyedStatuses(layout.marks.map((m) => m.contributor));
  const drawing = drawMap(layout, { active: 0, statuses, patternId, name: (m) => markName(m.contributor, dataset, locale), describe: (m) => markDescription(m.contributor, dataset, locale) });
  const note = incompleteNote(dataset, locale);
  const hidden = layout.hidden.map((c) => ({ name: contributorNameText(c, dataset, locale), status: statusText(c.status, locale) }));
  const summary = mapSummary(
    dataset,
    layout.focus.map((f) => f.text),
    locale,
  );

  // The same words for the file, which lays them out itself, line by line.
  const below: Block[] = layout.callouts.map((m, i) => ({ kind: 'text', text: `${i + 1}\u00a0 ${m.text.text}${m.updated ? ` · ${m.updated}` : ''}`, lang: m.text.lang }));
  if (statuses.length) {
    below.push({
      kind: 'key',
      size: 16,
      entries: statuses.map((s) => ({ swatch: { kind: 'pattern', status: s, id: patternId(s) }, text: statusText(s, locale) })),
    });
  }
  if (note) below.push({ kind: 'text', ...(typeof note === 'string' ? { text: note } : note), italic: true, muted: true });
  if (hidden.length) {
    const names = hidden.map((c) => `${c.name.text} (${c.status})`);
    below.push({ kind: 'text', text: message(locale, 'map.notVisible', { label: joinList(names, locale, 'separator') }), muted: true });
  }
  // And for the HTML fallback, the element's own templates of them.
  const belowHtml: TemplateResult = html`${renderCalloutKey(layout.callouts)} ${renderLegend(statuses, patternId, locale)}
  ${renderIncomplete(note)} ${renderNotVisible(hidden, locale)}`;

  return {
    width: layout.width,
    height: layout.height,
    markup: templateToString(drawing),
    summary,
    label: message(locale, 'map.name', { label: summary || resolveText(dataset.title, locale, dataset.lang) }),
    scope,
    updates: contributorUpdates(dataset, locale),
    above: [],
    below,
    belowHtml,
  };
}
