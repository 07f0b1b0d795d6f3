import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { until } from '../helpers/until.js';

// The builder's snippets as an editor pastes them: made by the builder page with its base
// address set to this server's dist/, then put into an article page served by the test server
// (/__test__/html), at the column widths of phones and desktops. What a reader then sees.

const WIDTHS = [320, 390, 768, 1280];
// The three embeds of the article: the bars, the progress of the remains, the map.
const CONFIGS = ['view=bars', 'view=progress&series=remains-returned', 'element=contributor-map'];
// The font of the builder's page, where the heights are measured; a page in another font has
// other heights (the builder says so).
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', sans-serif";

const TALL = 3600;

type Codes = { script: string; iframe: string };

/** The builder's two snippets for a configuration, with the base address of this server's dist/. */
async function builderSnippets(query: string): Promise<Codes> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 900px; border: 0';
  frame.src = `/demo/index.html?${query}&base=${encodeURIComponent(`${location.origin}/dist/`)}`;
  document.body.append(frame);
  const doc = () => frame.contentDocument;
  const code = (kind: string) => doc()?.querySelector<HTMLTextAreaElement>(`#snippet-${kind}`)?.value ?? '';
  await until(() => /height-hint="\d+"/.test(code('script')) && code('iframe').includes('<iframe'), `the snippets for ${query}`);
  const codes = { script: code('script'), iframe: code('iframe') };
  frame.remove();
  return codes;
}

/** An article made of pasted snippets, served by the test server, in a frame `width` px wide. */
async function article(snippets: string[], width: number) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="${location.origin}/test/pages/shifts.js"></script>
<style>body { margin: 0; font-family: ${FONT}; line-height: 1.4 } p, h1 { margin: 1rem }</style></head>
<body><main><h1>The exchange, in figures</h1><p>The article's first paragraph.</p>
${snippets.map((s, i) => `${s}\n<p>Paragraph ${i + 1} after an embed.</p>`).join('\n')}
</main></body></html>`;
  // Tall enough to show all three embeds and what follows them: a shift is counted only where
  // it can be seen.
  await setViewport({ width, height: TALL });
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; top: 0; left: 0; width: ${width}px; height: ${TALL}px; border: 0`;
  frame.src = `/__test__/html?body=${encodeURIComponent(html)}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as Window & { layoutShifts: string[]; frameHeights: number[][] } };
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const drawn = (el: Element | null | undefined) => !!el?.shadowRoot?.querySelector('svg[role="graphics-document"]');

/** The title and a figure of each drawn element, as text, and whether each title has a box. */
function whatShows(elements: Element[]) {
  return elements.map((el) => {
    const title = el.shadowRoot!.querySelector('[part="title"]')!;
    return { title: title.textContent!.trim(), titleShown: title.getBoundingClientRect().height > 0, text: el.shadowRoot!.textContent! };
  });
}

describe('the builder’s snippets pasted into a page', () => {
  let codes: Codes[];
  before(async () => {
    codes = [];
    for (const query of CONFIGS) codes.push(await builderSnippets(query));
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));
  after(() => setViewport({ width: 800, height: 600 }));

  it('pin this version’s files under the base address given, each script snippet the file of its own element', async () => {
    const scripts = (code: string) => [...code.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
    expect(codes.map((c) => scripts(c.script))).to.deep.equal([
      [`${location.origin}/dist/exchange-chart.js`],
      [`${location.origin}/dist/exchange-chart.js`],
      [`${location.origin}/dist/contributor-map.js`],
    ]);
    for (const { iframe } of codes) expect(scripts(iframe)).to.deep.equal([`${location.origin}/dist/embed.js`]);
  });

  it('a chart’s script snippet, pasted into a page under a strict Content-Security-Policy, draws with no violation', async () => {
    // No inline style or script on this page: the policy would block them, not the snippet.
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="${location.origin}/test/pages/problems.js"></script></head>
<body><p>An article.</p>\n${codes[0].script}\n<p>After the embed.</p></body></html>`;
    const url = `/__test__/html?body=${encodeURIComponent(html)}&strict-csp`;
    expect((await fetch(url)).headers.get('content-security-policy')).to.contain("script-src 'self';");
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 1200px; border: 0';
    frame.src = url;
    document.body.append(frame);
    const win = () => frame.contentWindow as (Window & { pageProblems?: { errors: string[]; warnings: string[]; violations: string[] } }) | null;
    const el = await until(() => {
      const chart = frame.contentDocument?.querySelector('exchange-chart');
      return drawn(chart) && chart;
    }, 'the pasted chart drawn under the policy');
    await frames();
    expect(el.shadowRoot!.textContent).to.include('nearly 2,000');
    // Loaded from the chart's own file: the map's tag stays undefined on this page.
    expect(win()!.customElements.get('contributor-map')).to.equal(undefined);
    const { errors, warnings, violations } = win()!.pageProblems!;
    expect({ errors, warnings, violations }).to.deep.equal({ errors: [], warnings: [], violations: [] });
  });

  for (const width of WIDTHS) {
    it(`three script-tag embeds loading from src draw with no layout shift at ${width} px`, async () => {
      const { doc, win } = await article(
        codes.map((c) => c.script),
        width,
      );
      const elements = await until(() => {
        const all = [...doc.querySelectorAll('exchange-chart, contributor-map')];
        return all.length === 3 && all.every(drawn) && all;
      }, `three drawn embeds at ${width} px`);
      await frames();
      const shown = whatShows(elements);
      expect(shown.map((s) => s.title)).to.deep.equal([
        'The October 2025 Gaza ceasefire exchange',
        'The October 2025 Gaza ceasefire exchange',
        // The map's heading is its own (what it shows).
        'Contributors to the proposed international stabilization force for Gaza',
      ]);
      expect(shown.every((s) => s.titleShown)).to.equal(true);
      expect(shown[0].text).to.include('nearly 2,000');
      expect(shown[1].text).to.include('7 of 28');
      expect(shown[2].text).to.include('Azerbaijan');
      expect(win.layoutShifts, `layout shifts at ${width} px`).to.deep.equal([]);
    });

    it(`an iframe embed takes its drawn height in one change at ${width} px, and draws`, async () => {
      const { doc, win } = await article([codes[0].iframe, codes[2].iframe], width);
      const iframes = [...doc.querySelectorAll<HTMLIFrameElement>('iframe[data-exchange-charts]')];
      const inner = (f: HTMLIFrameElement) => f.contentDocument?.querySelector('exchange-chart, contributor-map');
      const contentHeight = (f: HTMLIFrameElement) => Math.ceil(f.contentDocument!.documentElement.getBoundingClientRect().height);
      await until(() => iframes.every((f, i) => drawn(inner(f)) && win.frameHeights[i]?.at(-1) === contentHeight(f)), `frames at ${width} px at their drawn height`);
      await frames();
      for (const [i, f] of iframes.entries()) {
        expect(win.frameHeights[i].at(-1), 'the drawn height').to.equal(contentHeight(f));
        // Its first height, then the drawn one (none if the first was right already).
        expect(win.frameHeights[i].length, `heights of frame ${i}: ${win.frameHeights[i]}`).to.be.at.most(2);
        expect(whatShows([inner(f)!])[0].titleShown).to.equal(true);
      }
      expect(whatShows([inner(iframes[0])!])[0].text).to.include('nearly 2,000');
    });

    it(`an iframe embed without the resizer script cuts nothing off at ${width} px`, async () => {
      const bare = [codes[0].iframe, codes[1].iframe, codes[2].iframe].map((c) => c.split('\n').filter((line) => !line.includes('embed.js')).join('\n'));
      const { doc } = await article(bare, width);
      const iframes = [...doc.querySelectorAll<HTMLIFrameElement>('iframe[data-exchange-charts]')];
      await until(() => iframes.every((f) => drawn(f.contentDocument?.querySelector('exchange-chart, contributor-map'))), `drawn frames at ${width} px`);
      await frames();
      for (const f of iframes) {
        const inner = f.contentDocument!.documentElement;
        expect(inner.scrollHeight, `${f.src}: content in a ${f.clientHeight} px frame`).to.be.at.most(f.clientHeight);
      }
    });
  }
});
