import { expect } from '@open-wc/testing';
import { escapeAttribute, jsonForScript } from '../../demo/builder/escape.js';
import { embedUrl, iframeSnippet, scriptSnippet, slug, type EmbedConfig } from '../../demo/builder/snippet.js';
import { createEmbedded } from '../../src/embed/frame.js';

const HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');

const base = (patch: Partial<EmbedConfig> = {}): EmbedConfig => ({
  element: 'exchange-chart',
  src: 'https://example.org/data/exchange.json',
  view: 'bars',
  theme: 'light',
  locale: 'en',
  height: 470,
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
  it('loads the bundle and the stylesheet, then the element with its attributes and measured height', () => {
    const doc = parse(scriptSnippet(base()));
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => [s.type, s.getAttribute('src')])).to.deep.equal([['module', 'https://unpkg.com/exchange-charts/dist/exchange-charts.js']]);
    expect(doc.querySelector('link[rel=stylesheet]')!.getAttribute('href')).to.equal('https://unpkg.com/exchange-charts/dist/exchange-charts.css');
    const el = doc.querySelector('exchange-chart')!;
    expect(Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]))).to.deep.equal({
      src: 'https://example.org/data/exchange.json',
      view: 'bars',
      theme: 'light',
      locale: 'en',
      'height-hint': '470',
    });
  });

  it('leaves the stylesheet out when asked, and the height hint when nothing was measured', () => {
    const text = scriptSnippet(base({ stylesheet: false, height: undefined }));
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

  it('writes the map with its own attributes, not the chart’s', () => {
    const doc = parse(scriptSnippet(base({ element: 'contributor-map', projection: 'mercator', region: 'middle-east' })));
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
    expect(url.origin + url.pathname).to.equal('https://unpkg.com/exchange-charts/dist/embed.html');
    expect(url.searchParams.get('src')).to.equal(src);
    expect(url.searchParams.getAll('view')).to.deep.equal(['timeline']);
    expect(url.hash).to.equal('');
    // What the embed page itself makes of the address.
    const el = createEmbedded(url.searchParams);
    expect([el.localName, el.getAttribute('src'), el.getAttribute('view'), el.getAttribute('locale')]).to.deep.equal(['exchange-chart', src, 'timeline', 'en']);
  });

  it('has the dataset’s title as its accessible name, however hostile, and the measured height', () => {
    const doc = parse(iframeSnippet(base({ title: HOSTILE, height: 463.2 }))!);
    expect(doc.querySelectorAll('iframe')).to.have.length(1);
    expect(doc.querySelectorAll('img')).to.have.length(0);
    const iframe = doc.querySelector('iframe')!;
    expect(iframe.title).to.equal(HOSTILE);
    expect(iframe.hasAttribute('data-exchange-charts')).to.equal(true);
    expect([iframe.getAttribute('width'), iframe.getAttribute('height'), iframe.getAttribute('style')]).to.deep.equal(['100%', '466', 'border:0']);
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('src'))).to.deep.equal(['https://unpkg.com/exchange-charts/dist/embed.js']);
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
