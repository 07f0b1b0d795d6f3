// The colours of a theme as literal values: a file opened elsewhere has no CSS custom
// properties. Each is the default of a token in src/internal/base.styles.ts (a Node test reads
// that stylesheet and compares, so the two cannot drift apart).

/** The colours of one theme, by the name of their token in base.styles.ts (`--_side-1` is `side-1`). */
export interface Palette {
  text: string;
  muted: string;
  background: string;
  rule: string;
  link: string;
  'side-1': string;
  'side-2': string;
  'side-1-faded': string;
  'side-2-faded': string;
  track: string;
  'track-stroke': string;
  grid: string;
  'axis-text': string;
  reference: string;
  'status-confirmed': string;
  'status-in-talks': string;
  'status-supporting': string;
  'status-declined': string;
  land: string;
  'land-stroke': string;
  'focus-marker': string;
}

export type StaticTheme = 'light' | 'dark';

export const PALETTES: Readonly<Record<StaticTheme, Readonly<Palette>>> = Object.freeze({
  light: Object.freeze({
    text: '#1a1a1a',
    muted: '#595959',
    background: '#ffffff',
    rule: '#d4d4d4',
    link: '#0b57a4',
    'side-1': '#5b4a9e',
    'side-2': '#b35806',
    'side-1-faded': '#cdc6e6',
    'side-2-faded': '#f0cfae',
    track: '#ececec',
    'track-stroke': '#8a8a8a',
    grid: '#e4e4e4',
    'axis-text': '#595959',
    reference: '#1a1a1a',
    'status-confirmed': '#1a6fb0',
    'status-in-talks': '#c05a00',
    'status-supporting': '#5b4a9e',
    'status-declined': '#555555',
    land: '#e3e1dc',
    'land-stroke': '#ffffff',
    'focus-marker': '#1a1a1a',
  }),
  dark: Object.freeze({
    text: '#ececec',
    muted: '#b0b0b0',
    background: '#16181d',
    rule: '#43464d',
    link: '#8cc4ff',
    'side-1': '#b3a6ea',
    'side-2': '#f2a65a',
    'side-1-faded': '#5a5277',
    'side-2-faded': '#7a5634',
    track: '#2c2f36',
    'track-stroke': '#8d9099',
    grid: '#34373e',
    'axis-text': '#b0b0b0',
    reference: '#ececec',
    'status-confirmed': '#6cb6f0',
    'status-in-talks': '#f2a65a',
    'status-supporting': '#b3a6ea',
    'status-declined': '#c4c4c4',
    land: '#33363d',
    'land-stroke': '#16181d',
    'focus-marker': '#ececec',
  }),
});

/** `a` mixed with `b` in sRGB, `share` of `a`: CSS color-mix(in srgb, a share%, b). */
export function mix(a: string, b: string, share: number): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [x, y] = [rgb(a), rgb(b)];
  return `#${x.map((v, i) => Math.round(v * share + y[i] * (1 - share)).toString(16).padStart(2, '0')).join('')}`;
}
