import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { resolveText } from '../../src/data/text.js';
import type { ExchangeElement } from '../../src/internal/exchange-element.js';
import { HOSTILE_STRINGS } from '../helpers/arbitraries.js';
import { validDataset } from '../helpers/fixtures.js';

// Hostile strings in every text field of a dataset, in the attributes, in a table child:
// nothing runs, no javascript: (or other non-web) link is rendered, no style leaves the
// element, and the text is shown as text rather than dropped.

declare global {
  interface Window {
    __pwned?: number;
  }
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FORBIDDEN = 'script, img, iframe, object, embed, foreignObject, style, link, meta, base, form, input, textarea, video, audio, use[href^="javascript"]';
/** CSS that would show if an injected rule escaped: anything setting these on the page. */
const CSS_FRAGMENTS = ['display: none', 'display:none', 'background', 'url(', 'javascript', 'expression('];

/** Every text field of the dataset set to `text` (or to a translation map holding it). */
function hostileDataset(text: string, asMap: boolean): Record<string, unknown> {
  const t = asMap ? { en: text, ar: `${text} ع`, he: `${text} ע` } : text;
  const css = `red; } :host { display: none } * { background: url(javascript:window.__pwned=1) } {`;
  const d = validDataset() as unknown as Record<string, any>;
  Object.assign(d, { title: t, subtitle: t, notes: [t, t], credit: t, color: css, style: css, class: text, onclick: 'window.__pwned=1' });
  // description replaces the summary read by screen readers; it is a dataset text too.
  d.description = t;
  for (const s of d.sources) Object.assign(s, { name: t, note: t });
  d.sources[0].url = `https://example.org/"onmouseover="window.__pwned=1"'><img/src=x/onerror=window.__pwned=1>`;
  for (const s of d.sides) Object.assign(s, { label: t, color: css, style: css });
  for (const f of d.figures) Object.assign(f, { label: t, unit: t, note: t, color: css, style: css, part: 'x', href: 'javascript:window.__pwned=1' });
  for (const e of d.events) Object.assign(e, { note: t });
  Object.assign(d.contributors, { note: t });
  for (const c of d.contributors.countries) Object.assign(c, { name: t, note: t, color: css });
  d.contributors.countries[1].figure.unit = t;
  for (const f of d.focus) Object.assign(f, { name: t });
  return d;
}

/** Everything rendered in a shadow root, nested shadow roots included. */
function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

/** What would be wrong in an element's shadow root: injected elements, handlers, links, styles. */
function injected(el: Element): string[] {
  const problems: string[] = [];
  const root = el.shadowRoot!;
  for (const node of root.querySelectorAll(FORBIDDEN)) problems.push(`<${node.tagName.toLowerCase()}> in the shadow root`);
  for (const node of allElements(root)) {
    for (const attr of node.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`${node.tagName}[${attr.name}]`);
      if (attr.name === 'style' && CSS_FRAGMENTS.some((f) => attr.value.includes(f))) problems.push(`${node.tagName}[style="${attr.value}"]`);
      if (/^(href|xlink:href|src|action|formaction)$/.test(attr.name)) {
        const url = new URL(attr.value, location.href);
        if (!/^(https?|blob):$/.test(url.protocol) && !attr.value.startsWith('#')) problems.push(`${node.tagName}[${attr.name}="${attr.value}"]`);
      }
    }
  }
  for (const name of ['class', 'part']) {
    for (const node of root.querySelectorAll(`[${name}]`)) {
      if (/[<>"'{}]/.test(node.getAttribute(name)!)) problems.push(`${node.tagName}[${name}="${node.getAttribute(name)}"]`);
    }
  }
  if (el.getAttribute('style') && CSS_FRAGMENTS.some((f) => el.getAttribute('style')!.includes(f))) problems.push(`host style="${el.getAttribute('style')}"`);
  return problems;
}

/** The page's own look, which no dataset may change. */
function pageLook(probe: HTMLElement): string {
  const body = getComputedStyle(document.body);
  const p = getComputedStyle(probe);
  return [body.backgroundColor, body.display, p.display, p.color, p.backgroundColor, document.styleSheets.length, document.adoptedStyleSheets.length].join('|');
}

/** Opens what only shows on demand: a tooltip and the "Show data" table. */
async function openEverything(el: ExchangeElement): Promise<void> {
  const root = el.shadowRoot!;
  const mark = root.querySelector('.mark, .country');
  if (mark) {
    mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    mark.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(root.querySelector('[part="tooltip"]'), 'a tooltip opened').to.not.equal(null);
  }
  const toggle = root.querySelector<HTMLButtonElement>('.data-toggle');
  if (toggle) {
    toggle.click();
    await el.updateComplete;
    expect(root.querySelector('.data-panel[hidden]'), 'the table opened').to.equal(null);
  }
}

describe('hostile strings (nothing executes, links and styles stay inside)', () => {
  let probe: HTMLElement;
  let look: string;
  before(() => {
    probe = document.createElement('p');
    probe.textContent = 'page text';
    document.body.append(probe);
    look = pageLook(probe);
  });
  afterEach(() => {
    // A failed test leaves no element behind to push the next one out of view (lazy drawing).
    for (const el of document.querySelectorAll('exchange-chart, contributor-map')) el.remove();
    expect(window.__pwned, 'no injected script ran').to.equal(undefined);
  });
  after(() => probe.remove());

  const cases: [string, string, Record<string, string>][] = [
    ...(['bars', 'units', 'progress', 'timeline'] as const).map((view): [string, string, Record<string, string>] => ['exchange-chart', view, { view }]),
    ['exchange-chart', 'bars, Arabic', { view: 'bars', locale: 'ar' }],
    ['contributor-map', 'world', {}],
    ['contributor-map', 'contributors, orthographic, Hebrew', { region: 'contributors', projection: 'orthographic', locale: 'he' }],
  ];
  for (const [tag, name, attributes] of cases) {
    it(`${tag} (${name}) shows every hostile text as text`, async () => {
      for (const [i, text] of HOSTILE_STRINGS.entries()) {
        const el = document.createElement(tag) as ExchangeElement;
        for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
        const errors: unknown[] = [];
        el.addEventListener('exchange-error', (e) => errors.push(e.detail));
        el.data = hostileDataset(text, i % 2 === 1);
        document.body.append(el);
        await el.updateComplete;
        expect(errors, 'the dataset is valid').to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('svg[role="graphics-document"]'), 'drawn').to.not.equal(null);
        await openEverything(el);
        const shown = el.shadowRoot!.querySelector('[part="title"]')!.textContent;
        const title = resolveText((el.data as { title: string }).title, el.resolvedLocale);
        expect(title.startsWith(text)).to.equal(true);
        expect(shown, 'the title is the text itself, escaped, not dropped').to.equal(title);
        await wait(i === 0 ? 100 : 5); // an <img onerror> would have fired by now
        expect(injected(el), text).to.deep.equal([]);
        expect(getComputedStyle(el).display, 'the element is not hidden by its own data').to.not.equal('none');
        expect(pageLook(probe), 'the page looks the same').to.equal(look);
        el.remove();
      }
    });
  }

  it('refuses javascript:, data: and other non-web source links, naming the field, and renders none', async () => {
    const el = document.createElement('exchange-chart');
    el.data = validDataset();
    document.body.append(el);
    await el.updateComplete;
    const links = () => [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).protocol);
    expect(links()).to.deep.equal(['https:']);
    for (const url of [
      'javascript:window.__pwned=1',
      'JaVaScRiPt:window.__pwned=1',
      ' javascript:window.__pwned=1',
      'java\tscript:window.__pwned=1',
      '\u0001javascript:window.__pwned=1',
      'https://example.org/\njavascript:window.__pwned=1',
      'data:text/html,<script>window.__pwned=1</script>',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      'https:javascript:window.__pwned=1',
    ]) {
      const bad = validDataset();
      bad.sources[0].url = url;
      const failed = new Promise<CustomEvent>((r) => el.addEventListener('exchange-error', r as EventListener, { once: true }));
      el.data = bad;
      const { detail } = await failed;
      await el.updateComplete;
      expect(detail.problems.map((p: { path: string }) => p.path), url).to.deep.equal(['sources[0].url']);
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent, url).to.contain('sources[0].url');
      expect(links(), `${url}: only the last good link stays`).to.deep.equal(['https:']);
    }
    el.remove();
  });

  it('a table child with a javascript: link and hostile data attributes is an error naming the fields', async () => {
    const el = document.createElement('exchange-chart');
    el.innerHTML = `<table>
      <caption>&lt;img src=x onerror="window.__pwned=1"&gt;</caption>
      <tr><th>Figure</th><th>Value</th><th>Source</th><th>As of</th></tr>
      <tr data-id="&quot;&gt;&lt;img src=x onerror=window.__pwned=1&gt;"><th>x</th><td data-value="1" data-qualifier="exact">1</td>
        <td><a href="javascript:window.__pwned=1">Article</a></td><td>2025-10-16</td></tr>
    </table>`;
    const failed = new Promise<CustomEvent>((r) => el.addEventListener('exchange-error', r as EventListener, { once: true }));
    document.body.append(el);
    const { detail } = await failed;
    await el.updateComplete;
    const paths = detail.problems.map((p: { path: string }) => p.path);
    expect(paths).to.include.members(['figures[0].id', 'sources[0].url']);
    await wait(50);
    expect(injected(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('<img src=x onerror=window.__pwned=1>');
    el.remove();
  });

  it('hostile values in an error message are shown as text', async () => {
    const el = document.createElement('contributor-map');
    const bad = validDataset() as any;
    bad.figures[0].value = HOSTILE_STRINGS[0];
    bad.contributors.countries[0].country = HOSTILE_STRINGS[1];
    bad[HOSTILE_STRINGS[2]] = 1;
    el.data = bad;
    document.body.append(el);
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(box.textContent).to.contain('figures[0].value').and.contain('contributors.countries[0].country');
    expect(box.textContent).to.contain('<img src=x onerror=');
    await wait(50);
    expect(injected(el)).to.deep.equal([]);
    el.remove();
  });

  it('hostile attribute values fall back to defaults and style nothing', async () => {
    for (const tag of ['exchange-chart', 'contributor-map']) {
      const el = document.createElement(tag) as ExchangeElement;
      const css = 'dark"] , :host { display: none } [x="';
      for (const name of ['view', 'series', 'locale', 'theme', 'projection', 'region', 'time-direction', 'loading']) el.setAttribute(name, css);
      el.setAttribute('height-hint', '100px; background: red');
      el.setAttribute('timeout', 'Infinity');
      el.setAttribute('refresh', '-1; javascript:alert(1)');
      el.data = validDataset();
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg[role="graphics-document"]'), `${tag}: ${el.shadowRoot!.textContent}`).to.not.equal(null);
      expect(el.getAttribute('style'), tag).to.equal(null);
      expect(el.resolvedLocale).to.equal('en');
      expect(getComputedStyle(el).display, tag).to.not.equal('none');
      expect(injected(el), tag).to.deep.equal([]);
      expect(pageLook(probe)).to.equal(look);
      el.remove();
    }
  });
});
