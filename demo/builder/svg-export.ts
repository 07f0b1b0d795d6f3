import { wrapText } from '../../src/exchange-chart/layout/common.js';
import { textRtl } from '../../src/exchange-chart/views/draw.js';

// The chart as one standalone SVG file, as it looks on the page: title, subtitle, the drawing,
// its key or legend, notes, sources and date. The elements colour their drawing through CSS
// custom properties and classes of their shadow DOM, which a file opened elsewhere does not
// have: every colour and font is read back with getComputedStyle and written as a
// presentation attribute, which every SVG reader (browsers, Illustrator, Inkscape) knows.

const SVG_NS = 'http://www.w3.org/2000/svg';

// Inherited properties are written only where they differ from the parent's, to keep the
// file small; `opacity` is not inherited and is written wherever it is not 1.
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'visibility',
] as const;

// Shapes that only catch the pointer or draw the keyboard focus ring: nothing to see.
const INTERACTIVE_ONLY = ['hit', 'hover-area'];

/** A computed colour as SVG 1.1 takes it: `rgb()` plus a separate opacity, or `none`. */
export function svgPaint(value: string): { paint: string; opacity: number } {
  const v = value.trim();
  if (v.startsWith('url(')) {
    const id = /#([^"')\s]+)/.exec(v)?.[1];
    return { paint: id ? `url(#${id})` : 'none', opacity: 1 };
  }
  const rgba = /^rgba\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)[\s,/]+([\d.]+%?)\s*\)$/.exec(v);
  if (rgba) {
    const alpha = rgba[4].endsWith('%') ? parseFloat(rgba[4]) / 100 : Number(rgba[4]);
    return alpha === 0 ? { paint: 'none', opacity: 1 } : { paint: `rgb(${rgba[1]}, ${rgba[2]}, ${rgba[3]})`, opacity: alpha };
  }
  if (v === 'transparent') return { paint: 'none', opacity: 1 };
  return { paint: v, opacity: 1 };
}

function writeProperty(target: Element, name: (typeof INHERITED)[number], value: string, style: CSSStyleDeclaration): void {
  if (name === 'fill' || name === 'stroke') {
    const { paint, opacity } = svgPaint(value);
    target.setAttribute(name, paint);
    const own = Number(style.getPropertyValue(`${name}-opacity`)) || 1;
    if (opacity !== 1) target.setAttribute(`${name}-opacity`, String(+(opacity * own).toFixed(3)));
    return;
  }
  if (name === 'fill-opacity' || name === 'stroke-opacity') {
    // Written with the paint above when the colour carries its own alpha.
    const paintValue = style.getPropertyValue(name === 'fill-opacity' ? 'fill' : 'stroke');
    if (svgPaint(paintValue).opacity !== 1) return;
  }
  target.setAttribute(name, value);
}

function stripAttributes(el: Element): void {
  for (const { name, value } of [...el.attributes]) {
    if (name === 'class' || name === 'part' || name === 'tabindex' || name === 'role' || name === 'style') el.removeAttribute(name);
    else if (name.startsWith('aria-') || name.startsWith('data-') || name.startsWith('@') || value.includes('var(')) el.removeAttribute(name);
  }
}

function removeComments(el: Element): void {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
}

/**
 * A copy of a rendered SVG drawing that looks the same without the page's CSS: computed
 * colours, strokes and fonts written as attributes; classes, ARIA and interaction-only shapes
 * removed.
 */
export function inlineStyles(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const visit = (src: Element, dst: Element, parent: Record<string, string> | undefined): void => {
    const style = getComputedStyle(src);
    if (style.display === 'none' || INTERACTIVE_ONLY.some((c) => src.classList.contains(c))) {
      dst.remove();
      return;
    }
    const values: Record<string, string> = {};
    for (const name of INHERITED) values[name] = style.getPropertyValue(name);
    stripAttributes(dst);
    for (const name of INHERITED) {
      if (!parent || parent[name] !== values[name]) writeProperty(dst, name, values[name], style);
    }
    if (style.opacity !== '1') dst.setAttribute('opacity', style.opacity);
    if (src.localName === 'text' && style.fontVariantNumeric !== 'normal') dst.setAttribute('style', `font-variant-numeric: ${style.fontVariantNumeric}`);
    // Pairs first: removing a child while walking would shift the others.
    const pairs = [...src.children].map((child, i) => [child, dst.children[i]] as const);
    for (const [s, d] of pairs) visit(s, d, values);
  };
  visit(source, clone, undefined);
  removeComments(clone);
  return clone;
}

export interface ExportedSvg {
  /** The SVG file's text. */
  svg: string;
  /** Its size in CSS px. */
  width: number;
  height: number;
}

export interface ExportOptions {
  /** Space around everything, in px. */
  padding?: number;
}

interface TextStyle {
  font: string;
  size: number;
  lineHeight: number;
  color: string;
  weight: string;
  family: string;
  italic: boolean;
}

function textStyle(el: Element): TextStyle {
  const s = getComputedStyle(el);
  const size = parseFloat(s.fontSize) || 14;
  const lineHeight = parseFloat(s.lineHeight) || size * 1.35;
  return {
    font: `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`,
    size,
    lineHeight,
    color: s.color,
    weight: s.fontWeight,
    family: s.fontFamily,
    italic: s.fontStyle === 'italic',
  };
}

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * An element's text on one line. Dataset texts inside it that the page isolates (`<bdi>`,
 * `dir="auto"`, `unicode-bidi: isolate`) are wrapped in Unicode isolates, so an English source name in an Arabic
 * sources line keeps its own order, as on the page.
 */
export function plainText(el: Element | null | undefined): string {
  if (!el) return '';
  const collect = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return '';
    const inner = [...node.childNodes].map(collect).join('');
    // A source with its date is isolated by CSS (unicode-bidi), not by its tag.
    const isolated =
      node !== el && (node.localName === 'bdi' || node.getAttribute('dir') === 'auto' || getComputedStyle(node).unicodeBidi === 'isolate');
    return isolated ? `${FSI}${inner.trim()}${PDI}` : inner;
  };
  const text = collect(el).replace(/\s+/g, ' ').trim();
  // A paragraph that is one dataset text (a title in its <bdi>) takes that text's own direction
  // below, aligned to the chart's side: it needs no isolate of its own.
  const whole = new RegExp(`^${FSI}([^${FSI}${PDI}]*)${PDI}$`).exec(text);
  return whole ? whole[1] : text;
}

/** Lines cut from one text: an isolate open at the end of a line is closed, and reopened on the next. */
export function balanceIsolates(lines: string[]): string[] {
  let open = 0;
  return lines.map((line) => {
    const text = FSI.repeat(open) + line;
    for (const char of line) {
      if (char === FSI) open++;
      else if (char === PDI && open > 0) open--;
    }
    return text + PDI.repeat(open);
  });
}

let canvasContext: CanvasRenderingContext2D | null = null;
function measure(text: string, font: string): number {
  canvasContext ??= document.createElement('canvas').getContext('2d');
  if (!canvasContext) return text.length * 7;
  canvasContext.font = font;
  return canvasContext.measureText(text).width;
}

/**
 * The element's current chart as a standalone SVG file: the drawing with its colours inlined,
 * and the title, subtitle, key or legend, notes, sources and as-of date as SVG text, wrapped to
 * the drawing's width, in the element's language and direction.
 *
 * @example
 * const { svg } = exportSvg(document.querySelector('exchange-chart'));
 */
export function exportSvg(element: HTMLElement, options: ExportOptions = {}): ExportedSvg {
  const root = element.shadowRoot;
  const drawing = root?.querySelector<SVGSVGElement>('svg[role="graphics-document"]');
  if (!root || !drawing) throw new Error('There is no chart to export yet.');
  const padding = options.padding ?? 20;
  const base = root.querySelector<HTMLElement>('[part="base"]');
  const rtl = base?.dir === 'rtl';
  const lang = base?.lang || 'en';
  const width = Number(drawing.getAttribute('width')) || drawing.getBoundingClientRect().width;
  const drawingHeight = Number(drawing.getAttribute('height')) || drawing.getBoundingClientRect().height;
  const host = getComputedStyle(element);

  const out = document.createElementNS(SVG_NS, 'svg');
  const body = document.createElementNS(SVG_NS, 'g');
  let y = padding;

  const make = (name: string, attributes: Record<string, string | number>): SVGElement => {
    const el = document.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
    return el;
  };

  const startX = rtl ? padding + width : padding;
  /** A paragraph of text wrapped to `maxWidth`, starting `indent` px in from the start edge. */
  const paragraph = (text: string, styleOf: Element, after = 0, indent = 0): void => {
    if (!text) return;
    const st = textStyle(styleOf);
    const lines = balanceIsolates(wrapText(text, width - indent, (t) => measure(t, st.font)));
    // One direction for the paragraph, from its first strong letter, as dir="auto" decides.
    const own = textRtl(text.replace(new RegExp(`${FSI}[^${PDI}]*${PDI}`, 'g'), ''), rtl);
    for (const line of lines) {
      const t = make('text', {
        x: rtl ? startX - indent : startX + indent,
        // The alphabetic baseline of a line box centred on the font's em box.
        y: +(y + (st.lineHeight - st.size) / 2 + st.size * 0.8).toFixed(2),
        'text-anchor': own === rtl ? 'start' : 'end',
        direction: own ? 'rtl' : 'ltr',
        fill: svgPaint(st.color).paint,
        'font-family': st.family,
        'font-size': st.size,
        'font-weight': st.weight,
      });
      if (st.italic) t.setAttribute('font-style', 'italic');
      t.textContent = line;
      body.append(t);
      y += st.lineHeight;
    }
    y += after;
  };

  const title = root.querySelector('[part="title"]');
  paragraph(plainText(title), title ?? element, 4);
  const subtitle = root.querySelector('[part="subtitle"]');
  if (subtitle) paragraph(plainText(subtitle), subtitle, 8);
  y += 4;

  // The key: each entry's swatch (its fill and outline, as on the page), then its words, a line each.
  const key = root.querySelector('[part="key"]');
  for (const entry of key ? [...key.querySelectorAll<HTMLElement>('.key-entry')] : []) {
    const swatch = entry.querySelector('.key-swatch');
    const st = textStyle(entry);
    const side = 10;
    if (swatch) {
      const style = getComputedStyle(swatch);
      const fill = svgPaint(style.backgroundColor);
      const stroke = style.borderTopWidth !== '0px' ? svgPaint(style.borderTopColor).paint : 'none';
      body.append(make('rect', { x: rtl ? startX - side : startX, y: y + (st.lineHeight - side) / 2, width: side, height: side, fill: fill.paint, stroke }));
    }
    paragraph(plainText(entry), entry, 4, swatch ? side + 6 : 0);
  }
  if (key) y += 2;
  const empty = root.querySelector('.empty');
  if (empty) paragraph(plainText(empty), empty, 6);

  const inlined = inlineStyles(drawing);
  inlined.setAttribute('x', String(padding));
  inlined.setAttribute('y', String(y));
  inlined.setAttribute('width', String(width));
  inlined.setAttribute('height', String(drawingHeight));
  inlined.setAttribute('overflow', getComputedStyle(drawing).overflow === 'visible' ? 'visible' : 'hidden');
  body.append(inlined);
  y += drawingHeight + 8;

  // The map's legend: each status's swatch (its pattern, from the drawing's defs) and name,
  // flowing to the next line when the row is full.
  const items = [...root.querySelectorAll('[part="legend"] li')];
  if (items.length) {
    const st = textStyle(items[0]);
    const box = 14;
    let offset = 0;
    for (const item of items) {
      const label = plainText(item);
      const shape = item.querySelector('rect');
      const itemWidth = box + 6 + measure(label, st.font);
      if (offset > 0 && offset + itemWidth > width) {
        offset = 0;
        y += st.lineHeight + 4;
      }
      const x0 = rtl ? startX - offset - box : startX + offset;
      const fill = shape?.getAttribute('fill') ?? 'none';
      const stroke = shape ? svgPaint(getComputedStyle(shape).stroke).paint : 'none';
      body.append(make('rect', { x: x0 + 0.5, y: y + (st.lineHeight - box) / 2 + 0.5, width: box - 1, height: box - 1, fill, stroke }));
      const t = make('text', {
        x: rtl ? x0 - 6 : x0 + box + 6,
        y: +(y + (st.lineHeight - st.size) / 2 + st.size * 0.8).toFixed(2),
        'text-anchor': 'start',
        direction: rtl ? 'rtl' : 'ltr',
        fill: svgPaint(st.color).paint,
        'font-family': st.family,
        'font-size': st.size,
        'font-weight': st.weight,
      });
      t.textContent = label;
      body.append(t);
      offset += itemWidth + 16;
    }
    y += st.lineHeight + 6;
  }
  for (const selector of ['[part="incomplete"]', '.not-visible']) {
    const el = root.querySelector(selector);
    if (el) paragraph(plainText(el), el, 4);
  }

  const footer = root.querySelector('[part="footer"]');
  if (footer) {
    y += 6;
    const rule = svgPaint(getComputedStyle(footer).borderTopColor);
    body.append(make('line', { x1: padding, x2: padding + width, y1: y + 0.5, y2: y + 0.5, stroke: rule.paint, 'stroke-width': 1 }));
    y += 8;
    for (const note of footer.querySelectorAll('[part="notes"] li')) paragraph(`• ${plainText(note)}`, note, 2);
    const sources = footer.querySelector('[part="sources"]');
    if (sources) paragraph(plainText(sources), sources, 2);
    const meta = [footer.querySelector('[part="as-of"]'), footer.querySelector('[part="credit"]')].filter((e): e is Element => !!e);
    if (meta.length) paragraph(meta.map(plainText).join(' · '), meta[0], 0);
  }

  const totalWidth = Math.ceil(width + 2 * padding);
  const totalHeight = Math.ceil(y + padding);
  out.setAttribute('width', String(totalWidth));
  out.setAttribute('height', String(totalHeight));
  out.setAttribute('viewBox', `0 0 ${totalWidth} ${totalHeight}`);
  out.setAttribute('role', 'img');
  out.setAttribute('lang', lang);
  const titleText = plainText(title);
  if (titleText) {
    out.setAttribute('aria-label', titleText);
    const t = document.createElementNS(SVG_NS, 'title');
    t.textContent = titleText;
    out.append(t);
  }
  const background = svgPaint(host.backgroundColor);
  if (background.paint !== 'none') out.append(make('rect', { width: totalWidth, height: totalHeight, fill: background.paint }));
  out.append(body);
  const text = new XMLSerializer().serializeToString(out);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${text}`, width: totalWidth, height: totalHeight };
}

/** Draws an SVG file onto a canvas at `scale` times its size and returns it as a PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The SVG could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob as a file through a temporary link. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Later, not at once: the download starts after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
