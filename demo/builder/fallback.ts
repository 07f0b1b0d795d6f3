import { renderStatic, type StaticOptions } from '../../src/static/index.js';
import { DEFAULT_BASE, scriptTag, type EmbedConfig } from './snippet.js';

// The third embed code: the element with its drawing inside as HTML (renderStatic's fallback),
// for readers without JavaScript (AMP, apps, blocked scripts); the script, when it runs, takes
// it over. Kept apart from snippet.ts, whose two codes need no renderer.

/** The script tag of the element's bundle and the element with its static drawing, at `width` px. */
export async function fallbackSnippet(config: EmbedConfig, dataset: unknown, width: number, base = DEFAULT_BASE): Promise<string> {
  const { data } = await renderStatic(dataset, {
    element: config.element,
    view: config.view as StaticOptions['view'],
    series: config.series || undefined,
    region: config.region as StaticOptions['region'],
    projection: config.projection as StaticOptions['projection'],
    locale: config.locale || undefined,
    theme: config.theme === 'dark' ? 'dark' : 'light',
    width,
    format: 'html',
    src: config.src,
  });
  return `${scriptTag(config, base)}\n${data}`;
}
