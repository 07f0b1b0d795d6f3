/// <reference types="node" />
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PALETTES, type StaticTheme } from './palette.js';
import type { RenderedSvg } from './svg.js';
import { woffToSfnt } from './woff.js';

// The PNG, drawn by resvg (no browser) in fonts the package depends on, with the machine's
// own fonts turned off: the same pixels on every machine. Latin texts in Arimo, whose advance
// widths are Arial's (the fixed metrics the layout measured with); texts with Arabic or Hebrew
// letters in DejaVu Sans (see measure.ts), which resvg shapes (joined Arabic letters) and
// orders by the Unicode bidirectional algorithm, right to left.

/** Arimo's WOFF files, unpacked for resvg: Latin and Latin Extended, regular and bold. */
const WOFF_FILES = ['latin-400', 'latin-700', 'latin-ext-400', 'latin-ext-700'].map((s) => `@fontsource/arimo/files/arimo-${s}-normal.woff`);
const TTF_FILES = ['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'];

let fontPaths: string[] | undefined;

/**
 * The fonts as TrueType files resvg can load, unpacked once from the packages' WOFF files
 * into the system's temporary folder (named by their content, so never stale).
 */
export function fontFiles(): string[] {
  if (fontPaths) return fontPaths;
  const require = createRequire(import.meta.url);
  const unpacked = WOFF_FILES.map((file) => {
    const woff = readFileSync(require.resolve(file));
    const hash = createHash('sha256').update(woff).digest('hex').slice(0, 16);
    const target = join(tmpdir(), 'exchange-charts-fonts', `${hash}.ttf`);
    if (!existsSync(target)) {
      mkdirSync(dirname(target), { recursive: true });
      // Written aside, then renamed: another process reading at the same time never sees half a font.
      const partial = `${target}.${process.pid}.part`;
      writeFileSync(partial, woffToSfnt(woff));
      renameSync(partial, target);
    }
    return target;
  });
  return (fontPaths = [...unpacked, ...TTF_FILES.map((file) => require.resolve(file))]);
}

export interface PngOptions {
  /** Pixels per px. */
  scale: number;
  /** A 1200×630 link-preview card instead. */
  social: boolean;
  background: StaticTheme;
}

/** The 1200×630 card: the whole image scaled to fit, centred on the theme's background. */
export const SOCIAL = { width: 1200, height: 630 };

function socialCard(image: RenderedSvg, background: string): RenderedSvg {
  const margin = 24;
  const scale = Math.min((SOCIAL.width - 2 * margin) / image.width, (SOCIAL.height - 2 * margin) / image.height);
  const x = (SOCIAL.width - image.width * scale) / 2;
  const y = (SOCIAL.height - image.height * scale) / 2;
  const inner = image.svg.replace(/^<\?xml[^>]*>\s*/, '');
  return {
    width: SOCIAL.width,
    height: SOCIAL.height,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL.width}" height="${SOCIAL.height}" viewBox="0 0 ${SOCIAL.width} ${SOCIAL.height}"><rect width="100%" height="100%" fill="${background}"/><g transform="translate(${x.toFixed(2)} ${y.toFixed(2)}) scale(${scale.toFixed(4)})">${inner}</g></svg>`,
  };
}

/** An SVG from writeSvg() as PNG bytes. */
export async function svgToPng(image: RenderedSvg, options: PngOptions): Promise<{ data: Uint8Array; width: number; height: number }> {
  const source = options.social ? socialCard(image, PALETTES[options.background].background) : image;
  const scale = options.social ? 1 : options.scale;
  const resvg = new Resvg(source.svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: 'Arimo', sansSerifFamily: 'Arimo' },
    logLevel: 'off',
  });
  const rendered = resvg.render();
  return { data: new Uint8Array(rendered.asPng()), width: rendered.width, height: rendered.height };
}
