import { until } from './until.js';

// test/pages/bundles.html as a test loads it: the files of dist/ it names, in an iframe of its
// own (so a custom element registry of its own), and what the page then reports.

export interface BundlesReport {
  definedBy: Record<string, string | undefined>;
  exports: Record<string, string[]>;
  shown: Record<string, { drawn: boolean; error?: string; text: string }>;
}
export interface PageProblems {
  errors: string[];
  warnings: string[];
  violations: string[];
}

/** Loads test/pages/bundles.html with `load` (and `query`) in an iframe, and returns what it reports once drawn. */
export async function bundlesPage(load: string[], query = ''): Promise<BundlesReport & PageProblems> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1600px; border: 0';
  frame.src = `/test/pages/bundles.html?load=${load.join(',')}${query}`;
  document.body.append(frame);
  try {
    const win = () => frame.contentWindow as (Window & { bundlesReport?: BundlesReport; pageProblems?: PageProblems }) | null;
    const report = await until(() => win()?.bundlesReport, `the report of ${load.join(' + ')}`);
    return { ...report, ...win()!.pageProblems! };
  } finally {
    frame.remove();
  }
}
