import { formatDate } from '../data/format.js';
import { FSI, PDI, isolate, joinList } from '../data/list.js';
import { isRtl } from '../data/locale.js';
import { message } from '../data/messages.js';
import type { Dataset } from '../data/schema.js';
import { headingFor, notesFor, sourcesFor } from '../data/scope.js';
import { localText } from '../data/text.js';
import { wrapText } from '../exchange-chart/layout/common.js';
import { textRtl, withoutIsolates } from '../exchange-chart/views/draw.js';
import type { Block, StaticBody, Swatch } from './body.js';
import { staticTextWidth } from './measure.js';
import { fileText, paintSvg } from './paint.js';
import { PALETTES, type Palette, type StaticTheme } from './palette.js';
import { escapeXml } from './serialize.js';

// The standalone SVG file: the heading, the drawing, its key or legend, notes, sources and
// date, as the element lays them out (its CSS sizes, in px at a 16 px root), in the theme's
// colours, with the words as text. Read by screen readers as one image named by its title
// and described by its summary.

/**
 * The fonts a static render names: Arimo (Arial's widths, the fixed metrics the layout was
 * measured with), Noto Sans Arabic, then the same metrics under other names, for a file opened
 * where those are not installed. The PNG draws in Arimo, and texts with Arabic or Hebrew
 * letters (or arrows) in DejaVu Sans, named on those texts (see paint.ts fileText).
 */
export const FONT_FAMILY = "Arimo, 'Noto Sans Arabic', Arial, 'Liberation Sans', Helvetica, sans-serif";

/** The element's padding (0.75rem). */
export const PADDING = 12;

interface TextStyle {
  size: number;
  line: number;
  weight?: number;
  fill: keyof Palette;
  italic?: boolean;
}

// The element's text styles (base.styles.ts and the elements' styles) at a 16 px root.
const TITLE: TextStyle = { size: 18.4, line: 23, weight: 700, fill: 'text' };
const SUBTITLE: TextStyle = { size: 16, line: 22.4, fill: 'muted' };
const SMALL: TextStyle = { size: 13.6, line: 19.04, fill: 'muted' };
const FOOTER: TextStyle = { size: 12.8, line: 17.92, fill: 'muted' };

export interface SvgOptions {
  locale: string;
  rtl: boolean;
  theme: StaticTheme;
  /** The whole image's width in px, padding included: the element's width. */
  width: number;
}

const fontOf = (style: TextStyle) => `${style.weight ?? 400} ${style.size}px sans-serif`;
const round = (n: number) => Math.round(n * 100) / 100;
// Left-to-right and right-to-left isolates (FSI and PDI come from list.ts).
const LRI = '\u2066';
const RLI = '\u2067';

/** Whether the isolate opened at `at` in a text runs right to left: RLI, or FSI by its first strong character outside inner isolates (up to its PDI). */
function isolateRtl(text: string, at: number): boolean {
  if (text[at] !== FSI) return text[at] === RLI;
  const inside = withoutIsolates(text.slice(at + 1));
  const end = inside.indexOf(PDI);
  return textRtl(end < 0 ? inside : inside.slice(0, end), false);
}

/**
 * Lines cut from one text: an isolate open at the end of a line is closed, and reopened on the
 * next in the direction it had (an FSI would take it from the words left on that line).
 */
function balanceIsolates(lines: string[]): string[] {
  const whole = lines.join(' ');
  const open: string[] = [];
  let offset = 0;
  return lines.map((line) => {
    const text = open.join('') + line;
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (char === FSI || char === LRI || char === RLI) open.push(isolateRtl(whole, offset + i) ? RLI : LRI);
      else if (char === PDI) open.pop();
    }
    offset += line.length + 1;
    return text + PDI.repeat(open.length);
  });
}

class Writer {
  y = PADDING;
  out: string[] = [];
  constructor(
    readonly options: SvgOptions,
    readonly palette: Palette,
  ) {}

  get inner(): number {
    return this.options.width - 2 * PADDING;
  }

  /** The x of the chart's start edge, `indent` px in. */
  start(indent = 0): number {
    return this.options.rtl ? this.options.width - PADDING - indent : PADDING + indent;
  }

  /**
   * A paragraph wrapped to the width, in the chart's direction; a dataset text in the other
   * direction (an English title on an Arabic chart) keeps its own, aligned to the chart's side.
   */
  paragraph(text: string, style: TextStyle, options: { indent?: number; lang?: string } = {}): void {
    if (!text) return;
    const { rtl } = this.options;
    const indent = options.indent ?? 0;
    const lines = balanceIsolates(wrapText(text, this.inner - indent, (t) => staticTextWidth(t, fontOf(style))));
    const own = textRtl(text, rtl);
    lines.forEach((line) => {
      this.text(line, this.start(indent), style, { own, lang: options.lang });
      this.y += style.line;
    });
  }

  text(text: string, x: number, style: TextStyle, options: { own?: boolean; lang?: string; anchor?: 'start' | 'end' | 'middle' } = {}): void {
    const { rtl } = this.options;
    const own = options.own ?? rtl;
    const anchor = options.anchor ?? (own === rtl ? 'start' : 'end');
    // Physical anchors, and the direction in the words: see paintSvg's `physical`.
    const physical = own ? ({ start: 'end', end: 'start', middle: 'middle' } as const)[anchor] : anchor;
    const attributes = [
      `x="${round(x)}"`,
      `y="${round(this.y + style.line / 2)}"`,
      `dominant-baseline="central"`,
      `text-anchor="${physical}"`,
      options.lang ? `lang="${escapeXml(options.lang)}"` : '',
      `font-size="${style.size}"`,
      style.weight && style.weight !== 400 ? `font-weight="${style.weight}"` : '',
      style.italic ? 'font-style="italic"' : '',
      `fill="${this.palette[style.fill]}"`,
    ].filter(Boolean);
    const words = fileText(text, own);
    if (words.family) attributes.push(`font-family="${words.family}"`);
    this.out.push(`<text ${attributes.join(' ')}>${escapeXml(words.text)}</text>`);
  }

  swatch(swatch: Swatch, x: number, size: number): void {
    const p = this.palette;
    const y = round(this.y + (SMALL.line - size) / 2);
    if (swatch.kind === 'pattern') {
      this.out.push(`<rect x="${x + 0.5}" y="${y + 0.5}" width="${size - 1}" height="${size - 1}" fill="url(#${swatch.id})" stroke="${p['land-stroke']}"/>`);
      return;
    }
    const side = swatch.side === 1 ? 'side-2' : 'side-1';
    const fill = swatch.kind === 'faded' ? p[`${side}-faded`] : p[side];
    const stroke = swatch.kind === 'faded' ? ` stroke="${p[side]}"` : '';
    this.out.push(`<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="1" fill="${fill}"${stroke}/>`);
  }

  /** A key's entries flowing like the element's flex row: a swatch and its words each, 16 px apart. */
  key(block: Extract<Block, { kind: 'key' }>): void {
    const gap = block.size === 16 ? 5.6 : 6.4;
    let offset = 0;
    for (const entry of block.entries) {
      const w = block.size + gap + staticTextWidth(entry.text, fontOf(SMALL));
      if (offset > 0 && offset + w > this.inner) {
        offset = 0;
        this.y += SMALL.line + 4;
      }
      const { rtl } = this.options;
      const x0 = rtl ? this.start(offset) - block.size : this.start(offset);
      this.swatch(entry.swatch, x0, block.size);
      this.text(entry.text, this.start(offset + block.size + gap), { ...SMALL, fill: block.size === 16 ? 'text' : 'muted' }, { lang: entry.lang });
      offset += w + 16;
    }
    this.y += SMALL.line;
  }

  block(block: Block): void {
    if (block.kind === 'key') this.key(block);
    else this.paragraph(block.text, { ...SMALL, fill: block.muted ? 'muted' : 'text', italic: block.italic }, { lang: block.lang });
  }
}

/** The heading's, notes' and sources' words of what is drawn, in the reader's language. */
export function frameWords(dataset: Dataset, body: StaticBody, locale: string) {
  const text = (t: Dataset['title'] | undefined) => localText(t, locale, dataset.lang);
  const { title, subtitle } = headingFor(dataset, body.scope);
  const sources = sourcesFor(dataset, body.scope);
  // As the element's source entries and list items (.source, .listed): each isolated in the
  // chart's direction, the dataset's name isolated inside it, so that "(16 באוק׳ 2025)" stays
  // after the English name it belongs to; a date's spaces unbreakable (its parts in the wrong
  // order on two lines), as the element's `white-space: nowrap`.
  const entry = (words: string) => `${isRtl(locale) ? RLI : LRI}${words}${PDI}`;
  const date = (day: string) => formatDate(day, locale, 'medium').replace(/ /g, '\u00a0');
  const entries = sources.map((s) => entry(`${isolate(text(s.name).text)}${s.date ? ` (${date(s.date)})` : ''}`));
  // When the dataset asks: the last change of each figure (or country) drawn, as the element's footer says it first.
  const updates = body.updates.map((u) => entry(`${isolate(u.name.text)}: ${u.change}`));
  return {
    title: text(title),
    subtitle: subtitle !== undefined ? text(subtitle) : undefined,
    updates: updates.length ? `${message(locale, 'updates')}: ${joinList(updates, locale, 'separator')}` : '',
    notes: notesFor(dataset, body.scope).map(text),
    sources: sources.length ? `${message(locale, sources.length === 1 ? 'source' : 'sources')}: ${joinList(entries, locale, 'separator')}` : '',
    asOf: message(locale, 'asOf', { date: formatDate(dataset.asOf, locale) }),
    credit: dataset.credit !== undefined ? text(dataset.credit) : undefined,
  };
}

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * A static body in its frame as one SVG file.
 *
 * @example
 * const { svg } = writeSvg(dataset, chartBody(dataset, { view: 'bars', locale: 'en', rtl: false, width: 616 }), { locale: 'en', rtl: false, theme: 'light', width: 640 });
 */
export function writeSvg(dataset: Dataset, body: StaticBody, options: SvgOptions): RenderedSvg {
  const palette = PALETTES[options.theme];
  const w = new Writer(options, palette);
  const words = frameWords(dataset, body, options.locale);
  w.paragraph(words.title.text, TITLE, { lang: words.title.lang });
  w.y += words.subtitle ? 4 : 8;
  if (words.subtitle) {
    w.paragraph(words.subtitle.text, SUBTITLE, { lang: words.subtitle.lang });
    w.y += 12;
  }
  for (const block of body.above) {
    w.block(block);
    w.y += 8;
  }
  const drawingTop = w.y;
  w.y += body.height;
  for (const block of body.below) {
    w.y += 8;
    w.block(block);
  }
  // The footer: a rule, then notes, sources, date and credit.
  w.y += 12;
  w.out.push(`<line x1="${PADDING}" x2="${options.width - PADDING}" y1="${round(w.y + 0.5)}" y2="${round(w.y + 0.5)}" stroke="${palette.rule}" stroke-width="1"/>`);
  w.y += 1 + 8 + 4;
  w.paragraph(words.updates, FOOTER);
  if (words.updates) w.y += 4;
  for (const note of words.notes) {
    // The list marker, at the chart's start edge, before the note's first line.
    w.text('•', w.start(6), FOOTER, { anchor: 'middle' });
    w.paragraph(note.text, FOOTER, { indent: 17.6, lang: note.lang });
  }
  if (words.notes.length) w.y += 4;
  w.paragraph(words.sources, FOOTER);
  if (words.sources) w.y += 4;
  const meta = [words.asOf, words.credit?.text].filter(Boolean).join(' · ');
  w.paragraph(meta, FOOTER);
  w.y += 4 + PADDING;

  const width = options.width;
  const height = Math.ceil(w.y);
  const drawing = paintSvg(body.markup, palette, { physical: true, rtl: options.rtl });
  const title = escapeXml(words.title.text);
  const desc = escapeXml([body.summary, words.sources, words.asOf].filter(Boolean).join(' '));
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc" lang="${escapeXml(options.locale)}" font-family="${FONT_FAMILY}" fill="${palette.text}">`,
    `<title id="title">${title}</title>`,
    `<desc id="desc">${desc}</desc>`,
    `<rect width="${width}" height="${height}" fill="${palette.background}"/>`,
    ...w.out,
    `<svg x="${PADDING}" y="${round(drawingTop)}" width="${body.width}" height="${body.height}" viewBox="0 0 ${body.width} ${body.height}" overflow="visible">${drawing}</svg>`,
    '</svg>',
  ].join('\n');
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width, height };
}
