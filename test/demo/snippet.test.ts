import { expect } from '@open-wc/testing';
import { escapeAttribute, jsonForScript } from '../../demo/builder/escape.js';
import { DEFAULT_BASE, embedUrl, frameHeightCss, iframeSnippet, normalizeBase, scriptSnippet, slug, type EmbedConfig } from '../../demo/builder/snippet.js';
import { createEmbedded } from '../../src/embed/frame.js';

// The version the snippets must pin: package.json's, as served.
const pkg = (await (await fetch('/package.json')).json()) as { version: string };

const HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');

const base = (patch: Partial<EmbedConfig> = {}): EmbedConfig => ({
  element: 'exchange-chart',
  src: 'https://example.org/data/exchange.json',
  view: 'bars',
  theme: 'light',
  locale: 'en',
  heights: new Map([
    [320, 560],
    [360, 520],
    [390, 520],
    [600, 470],
  ]),
  title: 'The exchange',
  ...patch,
});

describe('embed builder: escaping', () => {
  it('escapeAttribute() leaves nothing that can end the attribute or open a tag', () => {
    expect(escapeAttribute(HOSTILE)).to.equal('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(escapeAttribute('a & b')).to.equal('a &amp; b');
  });

  it('jsonForScript() reads back as the same JSON and holds no "<"', () => {
    const value = { title: '</script><script>alert(1)</script>', note: '<!--<script>', line: 'a\u2028b' };
    const safe = jsonForScript(JSON.stringify(value));
    expect(safe).not.to.include('<');
    expect(JSON.parse(safe)).to.deep.equal(value);
  });
});

describe('embed builder: the script-tag snippet', () => {
  it('loads this version of the chart’s own bundle and the stylesheet, then the element with its attributes and a height for each width', () => {
    const doc = parse(scriptSnippet(base()));
    const scripts = [...doc.querySelectorAll('script')];
    // exchange-chart.js: the chart without the map's world (exchange-charts.js holds both).
    expect(scripts.map((s) => [s.type, s.getAttribute('src')])).to.deep.equal([['module', `https://unpkg.com/exchange-charts@${pkg.version}/dist/exchange-chart.js`]]);
    expect(doc.querySelector('link[rel=stylesheet]')!.getAttribute('href')).to.equal(`https://unpkg.com/exchange-charts@${pkg.version}/dist/exchange-charts.css`);
    const el = doc.querySelector('exchange-chart')!;
    expect(Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]))).to.deep.equal({
      src: 'https://example.org/data/exchange.json',
      view: 'bars',
      theme: 'light',
      locale: 'en',
      // 560 below 360 px, 520 from 360 (the same at 390 and 414, measured at 390), 470 from 600 on.
      'height-hint': '560',
      'height-hint-360': '520',
      'height-hint-600': '470',
    });
  });

  it('loads from the base address it is given, self-hosted or another CDN', () => {
    const doc = parse(scriptSnippet(base(), 'https://news.example.org/static/exchange-charts/'));
    expect(doc.querySelector('script')!.getAttribute('src')).to.equal('https://news.example.org/static/exchange-charts/exchange-chart.js');
    expect(doc.querySelector('link')!.getAttribute('href')).to.equal('https://news.example.org/static/exchange-charts/exchange-charts.css');
  });

  it('normalizeBase() takes an http(s) folder, with or without its last slash, and nothing else', () => {
    expect(normalizeBase(' https://cdn.example.org/ec/dist ')).to.equal('https://cdn.example.org/ec/dist/');
    expect(normalizeBase('https://cdn.example.org/ec/dist/?x=1#y')).to.equal('https://cdn.example.org/ec/dist/');
    expect(normalizeBase('javascript:alert(1)')).to.equal(undefined);
    expect(normalizeBase('dist/')).to.equal(undefined);
    expect(DEFAULT_BASE).to.equal(`https://unpkg.com/exchange-charts@${pkg.version}/dist/`);
  });

  it('leaves the stylesheet out when asked, and the height hint when nothing was measured', () => {
    const text = scriptSnippet(base({ stylesheet: false, heights: undefined }));
    expect(text).not.to.include('<link');
    expect(text).not.to.include('height-hint');
  });

  it('keeps hostile attribute values inside their attribute', () => {
    const doc = parse(scriptSnippet(base({ src: `https://example.org/a.json?x=${HOSTILE}`, series: HOSTILE })));
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(doc.querySelectorAll('img')).to.have.length(0);
    const el = doc.querySelector('exchange-chart')!;
    expect(el.getAttribute('series')).to.equal(HOSTILE);
    expect(el.getAttribute('src')).to.equal(`https://example.org/a.json?x=${HOSTILE}`);
  });

  it('puts pasted JSON inside the element, where "</script>" in a text cannot end it', () => {
    const dataset = { title: 'Title </script><script>alert(1)</script>', notes: ['<!--<script>', '</SCRIPT >'], figures: [] };
    const doc = parse(scriptSnippet(base({ src: undefined, json: JSON.stringify(dataset) })));
    const el = doc.querySelector('exchange-chart')!;
    expect(el.hasAttribute('src')).to.equal(false);
    const scripts = [...doc.querySelectorAll('script')];
    // The bundle and the JSON child: nothing the texts could have opened.
    expect(scripts.map((s) => s.type)).to.deep.equal(['module', 'application/json']);
    const child = el.querySelector('script[type="application/json"]')!;
    expect(JSON.parse(child.textContent!)).to.deep.equal(dataset);
  });

  it('writes the map with its own bundle and attributes, not the chart’s', () => {
    const doc = parse(scriptSnippet(base({ element: 'contributor-map', projection: 'mercator', region: 'middle-east' })));
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('src'))).to.deep.equal([`https://unpkg.com/exchange-charts@${pkg.version}/dist/contributor-map.js`]);
    // The one stylesheet serves both elements.
    expect(doc.querySelector('link[rel=stylesheet]')!.getAttribute('href')).to.equal(`https://unpkg.com/exchange-charts@${pkg.version}/dist/exchange-charts.css`);
    const el = doc.querySelector('contributor-map')!;
    expect([el.getAttribute('projection'), el.getAttribute('region'), el.hasAttribute('view')]).to.deep.equal(['mercator', 'middle-east', false]);
  });
});

describe('embed builder: the iframe snippet', () => {
  it('encodes the data address so that its own query cannot change the embed’s settings', () => {
    const src = 'https://example.org/data/a b.json?token=1&view=units#frag';
    const doc = parse(iframeSnippet(base({ src, view: 'timeline' }))!);
    const iframe = doc.querySelector('iframe')!;
    const url = new URL(iframe.getAttribute('src')!);
    expect(url.origin + url.pathname).to.equal(`https://unpkg.com/exchange-charts@${pkg.version}/dist/embed.html`);
    expect(url.searchParams.get('src')).to.equal(src);
    expect(url.searchParams.getAll('view')).to.deep.equal(['timeline']);
    expect(url.hash).to.equal('');
    // What the embed page itself makes of the address.
    const el = createEmbedded(url.searchParams);
    expect([el.localName, el.getAttribute('src'), el.getAttribute('view'), el.getAttribute('locale')]).to.deep.equal(['exchange-chart', src, 'timeline', 'en']);
  });

  it('has the dataset’s title as its accessible name, however hostile, and a height for every width', () => {
    const doc = parse(iframeSnippet(base({ title: HOSTILE, heights: new Map([[320, 463.2], [1000, 400]]) }))!);
    expect(doc.querySelectorAll('iframe')).to.have.length(1);
    expect(doc.querySelectorAll('img')).to.have.length(0);
    const iframe = doc.querySelector('iframe')!;
    expect(iframe.title).to.equal(HOSTILE);
    expect(iframe.hasAttribute('data-exchange-charts')).to.equal(true);
    // The tallest, with the embed page's 2 px; the style's height is the same at every width here.
    expect([iframe.getAttribute('width'), iframe.getAttribute('height'), iframe.getAttribute('style')]).to.deep.equal(['100%', '466', 'border:0;width:100%;height:466px']);
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('src'))).to.deep.equal([`https://unpkg.com/exchange-charts@${pkg.version}/dist/embed.js`]);
  });

  it('frameHeightCss() gives at each window width the tallest height measured up to it', () => {
    // A map: taller as it widens.
    const css = frameHeightCss(new Map([[320, 400], [390, 430], [600, 420], [1000, 600]]))!;
    const probe = document.createElement('iframe');
    document.body.append(probe);
    try {
      const heightAt = (vw: number) => {
        // 100vw inside the probe's document is its own width.
        probe.style.width = `${vw}px`;
        const div = probe.contentDocument!.createElement('div');
        div.style.height = css;
        probe.contentDocument!.body.append(div);
        const h = div.getBoundingClientRect().height;
        div.remove();
        return h;
      };
      expect([320, 389, 390, 599, 600, 999, 1000, 1400].map(heightAt)).to.deep.equal([402, 402, 432, 432, 432, 432, 602, 602]);
    } finally {
      probe.remove();
    }
  });

  it('asks for the map by name', () => {
    const url = new URL(embedUrl(base({ element: 'contributor-map', region: 'contributors', view: 'units' }))!);
    expect(url.searchParams.get('element')).to.equal('contributor-map');
    expect(url.searchParams.get('region')).to.equal('contributors');
    expect(url.searchParams.has('view')).to.equal(false);
  });

  it('is not offered for data that has no address', () => {
    expect(iframeSnippet(base({ src: undefined, json: '{}' }))).to.equal(undefined);
  });
});

describe('embed builder: slug()', () => {
  it('makes a file name of any title', () => {
    expect(slug('The October 2025 Gaza ceasefire exchange')).to.equal('the-october-2025-gaza-ceasefire-exchange');
    expect(slug('تبادل الأسرى / 2025')).to.equal('تبادل-الأسرى-2025');
    expect(slug('../../etc')).to.equal('etc');
    expect(slug('***')).to.equal('chart');
  });
});
