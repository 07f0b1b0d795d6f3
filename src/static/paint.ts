import { RTL_FAMILY, RTL_SCRIPT } from './measure.js';
import { mix, type Palette } from './palette.js';
import { escapeXml } from './serialize.js';

// The element colours its drawing with classes and CSS custom properties of its shadow DOM; a
// file has neither. This pass writes, on each shape and text, the presentation attributes the
// element's stylesheets (exchange-chart.styles.ts, contributor-map.styles.ts) give it in a
// theme, as literal colours, which every SVG reader knows (browsers, resvg, Illustrator), and
// which a strict Content-Security-Policy allows where a <style> would not be. Shapes that only
// catch the pointer go, and so do classes, parts, tab stops and data attributes.

interface Element {
  name: string;
  classes: Set<string>;
}

type Attributes = Record<string, string | number>;

/** What an element's ancestors (or itself) say about its colour: its side's, or its status's. */
interface Context {
  mark?: string;
  faded?: string;
  status?: string;
  pattern: boolean;
}

const LABEL = { 'paint-order': 'stroke', 'stroke-linejoin': 'round' };

/** The presentation attributes of one element: the element's CSS, rule by rule, in a theme. */
function paint(el: Element, p: Palette, c: Context): Attributes {
  const has = (name: string) => el.classes.has(name);
  const a: Attributes = {};
  if (el.name === 'text') a.fill = p.text;
  if (has('t-label')) a['font-size'] = 13;
  if (has('t-strong')) Object.assign(a, { 'font-size': 14, 'font-weight': 700 });
  if (has('t-axis')) Object.assign(a, { 'font-size': 12, fill: p['axis-text'] });
  if (has('group-text')) a.fill = p.muted;
  if (has('reference-label')) a.fill = p.reference;
  if (has('note-updated')) Object.assign(a, { fill: p.text, 'font-weight': 600 });
  const mark = c.mark ?? p['side-1'];
  const faded = c.faded ?? p['side-1-faded'];
  if (has('bar') || has('cell-filled') || has('dot')) a.fill = mark;
  if (has('bar-faded') || has('cell-faded')) Object.assign(a, { fill: faded, stroke: mark, 'stroke-width': 1 });
  if (has('track') || has('cell-track')) Object.assign(a, { fill: p.track, stroke: p['track-stroke'], 'stroke-width': 1 });
  if (c.pattern && has('solid')) {
    a.stroke = 'none';
    if (has('cell-track')) a.fill = p['track-stroke'];
    if (has('cell-faded')) a.fill = mix(mark, p.background, 0.78);
  }
  if (has('line')) Object.assign(a, { fill: 'none', stroke: mark, 'stroke-width': 2.5, 'stroke-linejoin': 'round' });
  if (has('dot')) Object.assign(a, { stroke: p.background, 'stroke-width': 1.5 });
  if (has('grid')) Object.assign(a, { stroke: p.grid, 'stroke-width': 1 });
  if (has('baseline') || has('tick')) Object.assign(a, { stroke: p['axis-text'], 'stroke-width': 1 });
  if (has('reference')) Object.assign(a, { stroke: p.reference, 'stroke-width': 1.5, 'stroke-dasharray': '5 4' });
  if (has('annotation-rule')) Object.assign(a, { stroke: p['axis-text'], 'stroke-width': 1, 'stroke-dasharray': '2 2' });
  // The map.
  if (has('sphere')) Object.assign(a, { fill: 'none', stroke: p.rule, 'stroke-width': 1 });
  if (has('land')) Object.assign(a, { fill: p.land, stroke: p['land-stroke'], 'stroke-width': 0.5, 'stroke-linejoin': 'round' });
  if (has('pattern-fill')) a.fill = c.status ?? p.text;
  if (has('pattern-line')) Object.assign(a, { stroke: p.background, 'stroke-width': 1.2, 'stroke-linecap': 'square' });
  if (has('pattern-dot')) a.fill = p.background;
  if (has('shape')) Object.assign(a, { stroke: p['land-stroke'], 'stroke-width': 0.5, 'stroke-linejoin': 'round' });
  if (has('marker')) Object.assign(a, { stroke: c.status ?? p.text, 'stroke-width': 1 });
  if (has('swatch-shape')) a.stroke = p['land-stroke'];
  if (has('focus-ring')) Object.assign(a, { fill: 'none', stroke: p['focus-marker'], 'stroke-width': 1.5 });
  if (has('focus-dot')) a.fill = p['focus-marker'];
  if (has('focus-label')) Object.assign(a, LABEL, { fill: p.text, 'font-size': 12, 'font-weight': 600, stroke: p.background, 'stroke-width': 3 });
  if (has('country-label')) Object.assign(a, LABEL, { fill: p.text, 'font-size': 11, stroke: p.background, 'stroke-width': 3 });
  if (has('callout-text')) Object.assign(a, { fill: p.text, 'font-size': 10, 'font-weight': 600 });
  if (has('callout-badge')) Object.assign(a, { fill: p.background, stroke: p.text });
  if (has('callout-leader')) a.stroke = p.text;
  return a;
}

/** Pointer targets and hover areas: nothing to see. */
const INTERACTIVE = ['hit', 'hover-area'];
/** Attributes of the page's DOM only: styling hooks, tab stops, the element's own data. */
const DROPPED = /^(class|part|tabindex|data-[\w-]+|aria-describedby|style)$/;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };
const unescapeXml = (text: string) => text.replace(/&(amp|lt|gt|quot);/g, (e) => ENTITIES[e]);

const TAG = /<(\/?)([\w:-]+)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>/g;
const ATTRIBUTE = /\s+([^\s=>/]+)(?:="([^"]*)")?/g;

export interface PaintOptions {
  /** Keep ARIA roles and names (the HTML fallback, read by screen readers); else drop them (a file, read as one image). */
  aria?: boolean;
  /**
   * Write each text's direction into the text itself (for a file): resvg, like some other SVG
   * readers, orders letters by the Unicode bidirectional algorithm but anchors text as if every
   * text ran left to right. So a right-to-left text is wrapped in a right-to-left isolate
   * (U+2067 … U+2069) and its logical anchor turned physical (`start` is its right end), which
   * every reader, browsers included, draws the same.
   */
  physical?: boolean;
  /** The chart's direction: a text's own when it sets none (the map's labels inherit it in the element). */
  rtl?: boolean;
}

const RLE = '\u202b';
const PDF = '\u202c';

/**
 * A text's words as a file writes them (see PaintOptions.physical), and the family to draw
 * them in. The library's isolates (U+2066 … U+2069: a dataset's English name in an Arabic
 * list, a date in the reader's format inside an English note) stay: resvg orders by them as a
 * browser does, and draws nothing for them. (Turned into embeddings, a number after an English
 * name would take the name's direction: "returned: 27" in an Arabic line.)
 */
export function fileText(text: string, rtl: boolean): { text: string; family?: string } {
  const family = RTL_SCRIPT.test(text) ? RTL_FAMILY : undefined;
  // Embedded right to left: the one way resvg and browsers both order a text right to left
  // without a `direction` attribute, which resvg does not anchor by. (resvg's paragraphs run
  // left to right, so a left-to-right text needs nothing.)
  return { text: rtl ? `${RLE}${text}${PDF}` : text, family };
}

/** A text's attributes with its anchor made physical, and whether its words run right to left. */
export function physicalText(attributes: [string, string | undefined][], inherited = false): { attributes: [string, string | undefined][]; rtl: boolean } {
  const direction = attributes.find(([n]) => n === 'direction')?.[1];
  const rtl = direction ? direction === 'rtl' : inherited;
  const flip: Record<string, string> = { start: 'end', end: 'start', middle: 'middle' };
  return {
    rtl,
    attributes: attributes
      .filter(([n]) => n !== 'direction')
      .map(([n, v]) => (n === 'text-anchor' && rtl ? [n, flip[v ?? 'start']] : [n, v])),
  };
}

/**
 * An SVG fragment written by the element's templates, with the element's colours as
 * attributes in a theme's palette and what serves only the page's interaction removed.
 */
export function paintSvg(markup: string, palette: Palette, options: PaintOptions = {}): string {
  const stack: { el: Element; context: Context }[] = [];
  let out = '';
  let last = 0;
  /** The depth at which an interactive-only element was skipped, until its end tag. */
  let skip = -1;
  /** The direction of the text being written, for the tspans inside it. */
  let textDirection: boolean | undefined;
  for (const match of markup.matchAll(TAG)) {
    const [whole, closing, name, attributeText, selfClosing] = match;
    if (skip < 0) out += markup.slice(last, match.index);
    last = match.index + whole.length;
    if (closing) {
      stack.pop();
      if (skip === stack.length) skip = -1;
      else if (skip < 0) out += whole;
      continue;
    }
    let attributes: [string, string | undefined][] = [...attributeText.matchAll(ATTRIBUTE)].map(([, n, v]) => [n, v]);
    let rtl: boolean | undefined;
    // A text's words, and those of a tspan inside it (a map label's "Updated" line), each written
    // with their own marks; a tspan takes its text's direction.
    if (options.physical && name === 'text') ({ attributes, rtl } = physicalText(attributes, options.rtl));
    if (options.physical && name === 'tspan') ({ attributes, rtl } = physicalText(attributes, textDirection ?? options.rtl));
    if (name === 'text') textDirection = rtl;
    const classes = new Set((attributes.find(([n]) => n === 'class')?.[1] ?? '').split(/\s+/).filter(Boolean));
    const el = { name, classes };
    const parent = stack[stack.length - 1]?.context ?? { pattern: false };
    const side = ['side-1', 'side-2'].find((s) => classes.has(s));
    const status = [...classes].find((s) => s.startsWith('status-'))?.slice('status-'.length);
    const context: Context = {
      mark: side ? palette[side as 'side-1'] : parent.mark,
      faded: side ? palette[`${side}-faded` as 'side-1-faded'] : parent.faded,
      status: status ? palette[`status-${status}` as 'status-confirmed'] : parent.status,
      pattern: parent.pattern || name === 'pattern',
    };
    if (!selfClosing) stack.push({ el, context });
    if (skip >= 0) continue;
    if (INTERACTIVE.some((c) => classes.has(c))) {
      if (!selfClosing) skip = stack.length - 1;
      continue;
    }
    const painted = paint(el, palette, context);
    let content = '';
    if (rtl !== undefined) {
      // The words up to the next tag (the end tag, or a tspan's), written here with their
      // marks; the loop goes on from that tag.
      const end = markup.indexOf('<', last);
      const raw = unescapeXml(markup.slice(last, end));
      if (raw) {
        const words = fileText(raw, rtl);
        content = escapeXml(words.text);
        if (words.family) painted['font-family'] = words.family;
      }
      last = end;
      // A shift of the baseline in em (the map's labels, dy="0.35em") moved onto y: resvg
      // shifts by dy only the first character in the words' order, which a right-to-left
      // text draws at its other end (an Arabic or Hebrew name's first letter sat low).
      const dy = attributes.find(([n]) => n === 'dy')?.[1];
      const y = attributes.find(([n]) => n === 'y');
      const em = dy && /^(-?[\d.]+)em$/.exec(dy);
      if (em && y) {
        const size = Number(painted['font-size'] ?? attributes.find(([n]) => n === 'font-size')?.[1] ?? 16);
        y[1] = String(Math.round((Number(y[1]) + Number(em[1]) * size) * 100) / 100);
        attributes = attributes.filter(([n]) => n !== 'dy');
      }
    }
    const kept = attributes.filter(([n]) => !DROPPED.test(n) && !(n in painted) && (options.aria || !/^(role|aria-[\w-]+)$/.test(n)));
    const written = [...kept.map(([n, v]) => (v === undefined ? ` ${n}` : ` ${n}="${v}"`)), ...Object.entries(painted).map(([n, v]) => ` ${n}="${v}"`)];
    out += `<${name}${written.join('')}${selfClosing ? '/' : ''}>${content}`;
  }
  if (skip < 0) out += markup.slice(last);
  return out;
}
