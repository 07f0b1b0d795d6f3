import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { hintFor } from '../../src/internal/height-hint.js';
import { until } from '../helpers/until.js';

// The builder page itself, in an iframe: what an editor does, and what they get.

type Chart = HTMLElementTagNameMap['exchange-chart'];


interface Builder {
  win: Window & typeof globalThis;
  doc: Document;
  preview: () => Chart;
  script: () => string;
  iframeCode: () => string;
  problems: () => string;
  select: (name: string, value: string) => void;
  type: (text: string) => void;
}

async function open(query = '', width = 1200): Promise<Builder> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: 1600px; border: 0`;
  iframe.src = `/demo/index.html${query}`;
  document.body.append(iframe);
  await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  const win = iframe.contentWindow as Window & typeof globalThis;
  const doc = iframe.contentDocument!;
  const builder: Builder = {
    win,
    doc,
    preview: () => doc.querySelector('#stage > *') as Chart,
    script: () => doc.querySelector<HTMLTextAreaElement>('#snippet-script')!.value,
    iframeCode: () => doc.querySelector<HTMLTextAreaElement>('#snippet-iframe')!.value,
    problems: () => doc.querySelector('#problems')!.textContent!.replace(/\s+/g, ' '),
    select: (name, value) => {
      const field = doc.querySelector<HTMLSelectElement>(`#controls [name="${name}"]`)!;
      field.value = value;
      field.dispatchEvent(new win.Event('change', { bubbles: true }));
    },
    type: (text) => {
      const json = doc.querySelector<HTMLTextAreaElement>('#json')!;
      json.value = text;
      json.dispatchEvent(new win.Event('input', { bubbles: true }));
    },
  };
  await until(() => builder.preview()?.currentDataset && /height-hint="\d+"/.test(builder.script()), 'the first preview and its snippet');
  return builder;
}

const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
const title = (el: Element) => el.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim();

describe('embed builder page (demo/index.html)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('measures the chart at every common column width and writes the heights into both snippets', async () => {
    const version = ((await (await fetch('/package.json')).json()) as { version: string }).version;
    const b = await open('?width=600&view=units');
    const el = b.preview();
    expect(el.getBoundingClientRect().width).to.equal(600);
    const height = Math.ceil(el.getBoundingClientRect().height);
    expect(height).to.be.greaterThan(200);
    const script = parse(b.script()).querySelector('exchange-chart')!;
    // The preview is one of the widths measured: its hint is its height.
    expect(hintFor((name) => script.getAttribute(name), 600)).to.equal(height);
    // Units wrap into more rows on a phone: the hints differ by width.
    expect(Number(script.getAttribute('height-hint'))).to.be.greaterThan(height);
    expect(script.getAttribute('src')).to.equal(`https://unpkg.com/exchange-charts@${version}/data/gaza-exchange-2025-10-16.json`);
    const iframe = parse(b.iframeCode()).querySelector('iframe')!;
    // The tallest of them, with the embed page's 2 px.
    const hints = [...script.attributes].filter((a) => a.name.startsWith('height-hint')).map((a) => Number(a.value));
    expect(iframe.getAttribute('height')).to.equal(String(Math.max(...hints) + 2));
    expect(iframe.title).to.equal('The October 2025 Gaza ceasefire exchange');
    expect(b.doc.querySelector('#size')!.textContent).to.equal(`600 × ${height} px`);
  });

  it('writes the base address it is given into every address of the snippets', async () => {
    const b = await open(`?base=${encodeURIComponent('https://news.example.org/static/ec/')}`);
    const doc = parse(b.script());
    expect(doc.querySelector('script')!.getAttribute('src')).to.equal('https://news.example.org/static/ec/exchange-chart.js');
    expect(doc.querySelector('exchange-chart')!.getAttribute('src')).to.equal('https://news.example.org/static/data/gaza-exchange-2025-10-16.json');
    const iframe = parse(b.iframeCode());
    expect(iframe.querySelector('iframe')!.getAttribute('src')).to.match(/^https:\/\/news\.example\.org\/static\/ec\/embed\.html\?/);
    expect(iframe.querySelector('script')!.getAttribute('src')).to.equal('https://news.example.org/static/ec/embed.js');
    const base = b.doc.querySelector<HTMLInputElement>('#base')!;
    base.value = 'not an address';
    base.dispatchEvent(new b.win.Event('input', { bubbles: true }));
    expect(b.doc.querySelector<HTMLElement>('#base-problem')!.hidden).to.equal(false);
    expect(b.script()).to.include('https://unpkg.com/exchange-charts@');
  });

  it('switches between the script tag and the iframe, and leaves the stylesheet out on request', async () => {
    const b = await open();
    const panel = (id: string) => b.doc.querySelector<HTMLElement>(`#panel-${id}`)!;
    expect([panel('script').hidden, panel('iframe').hidden]).to.deep.equal([false, true]);
    b.doc.querySelector<HTMLInputElement>('input[name="kind"][value="iframe"]')!.click();
    expect([panel('script').hidden, panel('iframe').hidden]).to.deep.equal([true, false]);
    expect(b.doc.querySelector<HTMLButtonElement>('[data-copy="snippet-iframe"]')!.disabled).to.equal(false);
    expect(b.script()).to.include('exchange-charts.css');
    b.doc.querySelector<HTMLInputElement>('input[name="stylesheet"]')!.click();
    expect(b.script()).not.to.include('exchange-charts.css');
    expect(parse(b.script()).querySelector('exchange-chart[height-hint]')).to.not.equal(null);
  });

  it('updates the preview, the snippets and the address when view, theme and language change', async () => {
    const b = await open();
    b.select('view', 'units');
    b.select('theme', 'dark');
    b.select('locale', 'ar');
    const el = b.preview();
    expect([el.getAttribute('view'), el.getAttribute('theme'), el.getAttribute('locale')]).to.deep.equal(['units', 'dark', 'ar']);
    await until(() => el.shadowRoot!.querySelector('[part="base"]')?.getAttribute('dir') === 'rtl', 'the Arabic preview');
    await until(() => el.shadowRoot!.querySelector('[part="key"]'), 'the units key');
    const tag = await until(() => parse(b.script()).querySelector('exchange-chart[locale="ar"]'), 'the new snippet');
    expect([tag.getAttribute('view'), tag.getAttribute('theme'), tag.getAttribute('locale')]).to.deep.equal(['units', 'dark', 'ar']);
    // Units are much taller than bars: the hint follows (the preview is 600 px wide).
    expect(hintFor((name) => tag.getAttribute(name), 600)).to.equal(Math.ceil(el.getBoundingClientRect().height));
    const url = new URL(parse(b.iframeCode()).querySelector('iframe')!.getAttribute('src')!);
    expect([url.searchParams.get('view'), url.searchParams.get('theme'), url.searchParams.get('locale')]).to.deep.equal(['units', 'dark', 'ar']);
    const address = new URLSearchParams(b.win.location.search);
    expect([address.get('view'), address.get('theme'), address.get('locale')]).to.deep.equal(['units', 'dark', 'ar']);

    b.select('element', 'contributor-map');
    b.select('region', 'middle-east');
    const map = await until(() => b.doc.querySelector('#stage > contributor-map') as HTMLElementTagNameMap['contributor-map'] | null, 'the map');
    expect(map.getAttribute('region')).to.equal('middle-east');
    const mapSnippet = await until(() => parse(b.script()).querySelector('contributor-map[region="middle-east"][locale="ar"]')?.ownerDocument, 'the map snippet');
    // The map's own file, not the chart's.
    expect([...mapSnippet.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!.split('/').at(-1))).to.deep.equal(['contributor-map.js']);
    expect(b.doc.querySelector<HTMLElement>('[name="view"]')!.closest('label')!.hidden).to.equal(true);
  });

  it('shows invalid JSON’s problems with their paths and keeps the last good preview', async () => {
    const b = await open();
    const el = b.preview();
    const before = b.script();
    const good = JSON.parse(b.doc.querySelector<HTMLTextAreaElement>('#json')!.value);

    b.type('{ "title": "Broken", ');
    await until(() => b.problems().includes('dataset: is not valid JSON'), 'the JSON syntax problem');
    expect(b.doc.querySelector('#json')!.getAttribute('aria-invalid')).to.equal('true');

    const bad = structuredClone(good);
    bad.title = 'Edited but invalid';
    bad.figures[2].value = '12a';
    delete bad.asOf;
    b.type(JSON.stringify(bad, null, 2));
    await until(() => b.problems().includes('figures[2].value'), 'the problem at its path');
    const items = [...b.doc.querySelectorAll('#problems li')].map((li) => li.textContent);
    expect(items).to.include('figures[2].value: must be a number ≥ 0, got "12a"');
    expect(items.some((t) => t!.startsWith('asOf:'))).to.equal(true);
    expect(b.doc.querySelector('#problems code')!.textContent).to.match(/^(figures\[2\]\.value|asOf)$/);
    // The last valid data stays on screen and in the codes, marked as such.
    expect(title(el)).to.equal('The October 2025 Gaza ceasefire exchange');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(b.script()).to.equal(before);
    expect(b.doc.querySelector<HTMLElement>('#snippet-status')!.hidden).to.equal(false);

    // Pasted text is never markup.
    const hostile = structuredClone(good);
    hostile.figures[0].value = '<img src=x onerror="window.pwned=1">';
    b.type(JSON.stringify(hostile));
    await until(() => b.problems().includes('figures[0].value'), 'the hostile problem');
    expect(b.doc.querySelector('#problems img')).to.equal(null);
    expect((b.win as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('previews edited JSON and puts it inside the script snippet; the iframe then needs an address', async () => {
    const b = await open();
    const data = JSON.parse(b.doc.querySelector<HTMLTextAreaElement>('#json')!.value);
    data.title = 'Edited </script><script>alert(1)</script>';
    b.type(JSON.stringify(data, null, 2));
    await until(() => title(b.preview()) === data.title, 'the edited preview');
    expect(b.doc.querySelector<HTMLSelectElement>('[name="src"]')!.value).to.equal('custom');
    await until(() => b.script().includes('application/json'), 'the inline snippet');
    const doc = parse(b.script());
    const tag = doc.querySelector('exchange-chart')!;
    expect(tag.hasAttribute('src')).to.equal(false);
    expect([...doc.querySelectorAll('script')].map((s) => s.type)).to.deep.equal(['module', 'application/json']);
    expect(JSON.parse(tag.querySelector('script')!.textContent!)).to.deep.equal(data);
    expect(b.iframeCode()).to.equal('');
    const note = b.doc.querySelector<HTMLElement>('#iframe-note')!;
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.include('Hosted at');

    const hosted = b.doc.querySelector<HTMLInputElement>('[name="hosted"]')!;
    hosted.value = 'https://example.org/data/edited.json?v=2&x=1';
    hosted.dispatchEvent(new b.win.Event('input', { bubbles: true }));
    const iframe = parse(b.iframeCode()).querySelector('iframe')!;
    expect(new URL(iframe.getAttribute('src')!).searchParams.get('src')).to.equal('https://example.org/data/edited.json?v=2&x=1');
    expect(iframe.title).to.equal(data.title);
    expect(parse(b.script()).querySelector('exchange-chart')!.getAttribute('src')).to.equal('https://example.org/data/edited.json?v=2&x=1');
  });

  it('exports the preview as SVG, PNG and CSV files', async () => {
    const b = await open('?view=bars');
    const saved: { name: string; blob: Blob }[] = [];
    // Catch the downloads instead of saving them.
    b.win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const href = this.href;
      const name = this.download;
      void fetch(href).then(async (r) => saved.push({ name, blob: await r.blob() }));
    };
    const click = (kind: string) => b.doc.querySelector<HTMLButtonElement>(`[data-export="${kind}"]`)!.click();

    click('svg');
    const svg = await until(() => saved.find((f) => f.name.endsWith('.svg')), 'the SVG file');
    expect(svg.name).to.equal('the-october-2025-gaza-ceasefire-exchange-bars-en.svg');
    const text = await svg.blob.text();
    expect(text).to.include('The October 2025 Gaza ceasefire exchange');
    // The bars cite one source; the map's (Reuters) is not about them.
    expect(text).to.include('Source: ');
    expect(text).not.to.include('Reuters');
    expect(text).not.to.include('var(--');

    click('png');
    const png = await until(() => saved.find((f) => f.name.endsWith('.png')), 'the PNG file');
    expect(png.blob.type).to.equal('image/png');
    expect(png.blob.size).to.be.greaterThan(2000);

    click('csv');
    const csv = await until(() => saved.find((f) => f.name.endsWith('.csv')), 'the CSV file');
    const rows = (await csv.blob.text()).replace(/^\ufeff/, '').split('\r\n');
    expect(rows[0]).to.equal('id,label,side,value,qualifier,approximation,total,unit,as shown,sources,source urls,as of,note');
    expect(rows[3]).to.include('detainees-released,Palestinian detainees released,Palestinian detainees held by Israel,2000,approximate,nearly,');
    expect(b.doc.querySelector('#export-status')!.textContent).to.equal('Saved CSV.');
  });
});

describe('embed builder page: pasted JSON, the bad line, the views, a phone, a dark system', () => {
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    localStorage.removeItem('exchange-charts-builder:json');
    await emulateMedia({ colorScheme: 'light' });
  });

  it('keeps pasted JSON across a reload, and goes back to the shipped datasets on request', async () => {
    let b = await open();
    const data = JSON.parse(b.doc.querySelector<HTMLTextAreaElement>('#json')!.value);
    data.title = 'Pasted and kept';
    b.type(JSON.stringify(data, null, 2));
    await until(() => title(b.preview()) === 'Pasted and kept', 'the pasted preview');
    const query = b.win.location.search;
    expect(new URLSearchParams(query).get('src')).to.equal('custom');
    document.querySelector('iframe')!.remove();

    b = await open(query);
    await until(() => title(b.preview()) === 'Pasted and kept', 'the pasted JSON after the reload');
    expect(JSON.parse(b.doc.querySelector<HTMLTextAreaElement>('#json')!.value).title).to.equal('Pasted and kept');
    // Looking at a shipped dataset keeps it too.
    b.select('src', '/data/gaza-remains-timeline.json');
    await until(() => title(b.preview()) !== 'Pasted and kept', 'the shipped dataset');
    b.select('src', 'custom');
    await until(() => title(b.preview()) === 'Pasted and kept', 'the pasted JSON again');
    const forget = b.doc.querySelector<HTMLButtonElement>('#forget-json')!;
    expect(forget.hidden).to.equal(false);
    forget.click();
    await until(() => title(b.preview()) === 'The October 2025 Gaza ceasefire exchange', 'the default dataset');
    expect(localStorage.getItem('exchange-charts-builder:json')).to.equal(null);
    expect(forget.hidden).to.equal(true);
  });

  it('marks the line of a syntax error behind the text, and names it in the problem the field describes itself by', async () => {
    const b = await open();
    b.type('{\n  "title": "Broken",\n  "asOf": "2025-10-16"\n  "figures": []\n}');
    await until(() => b.problems().includes('line 4'), 'the line in the problem');
    const json = b.doc.querySelector<HTMLTextAreaElement>('#json')!;
    expect(json.getAttribute('aria-invalid')).to.equal('true');
    expect(json.getAttribute('aria-describedby')).to.equal('problems');
    const mark = b.doc.querySelector<HTMLElement>('#json-mark')!;
    expect(mark.hidden).to.equal(false);
    // The band lies over the fourth line of the text.
    const style = b.win.getComputedStyle(json);
    const lineHeight = parseFloat(style.lineHeight);
    const firstLine = json.getBoundingClientRect().top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    expect(mark.getBoundingClientRect().top).to.be.closeTo(firstLine + 3 * lineHeight, 1);
    expect(mark.getBoundingClientRect().height).to.be.closeTo(lineHeight, 0.5);
    b.type(json.value.replace('"2025-10-16"\n', '"2025-10-16",\n'));
    await until(() => !b.problems().includes('not valid JSON'), 'the fixed JSON');
    expect(mark.hidden).to.equal(true);
  });

  it('offers only the views the data can draw, and says why the others are not', async () => {
    const b = await open();
    const data = JSON.parse(b.doc.querySelector<HTMLTextAreaElement>('#json')!.value);
    delete data.events;
    for (const figure of data.figures) delete figure.total;
    delete data.contributors;
    b.type(JSON.stringify(data));
    const note = b.doc.querySelector<HTMLElement>('#views-note')!;
    await until(() => note.textContent!.includes('Progress'), 'the note on the new data');
    const option = (name: string, v: string) => b.doc.querySelector<HTMLOptionElement>(`[name="${name}"] option[value="${v}"]`)!;
    expect([option('view', 'bars').disabled, option('view', 'units').disabled, option('view', 'progress').disabled, option('view', 'timeline').disabled]).to.deep.equal([false, false, true, true]);
    expect(option('element', 'contributor-map').disabled).to.equal(true);
    expect(note.textContent).to.include('Timeline: no figure has dated events.');
    expect(note.textContent).to.include('Progress: no figure is part of a known total.');
    expect(note.textContent).to.include('The map: the dataset lists no contributors.');
  });

  it('moves off a view that the new data cannot draw', async () => {
    const b = await open('?view=timeline&src=%2Fdata%2Fgaza-remains-timeline.json');
    await until(() => b.preview().getAttribute('view') === 'timeline', 'the timeline');
    b.select('src', '/data/gaza-exchange-2025-10-16.json');
    await until(() => title(b.preview()) === 'The October 2025 Gaza ceasefire exchange', 'the other dataset');
    // That dataset has no dated events.
    expect(b.preview().currentDataset!.events ?? []).to.have.length(0);
    await until(() => b.preview().getAttribute('view') === 'bars', 'the bars');
    expect(b.doc.querySelector<HTMLSelectElement>('[name="view"]')!.value).to.equal('bars');
  });

  for (const setting of [320, 400]) {
    it(`is usable in a 390 px window: nothing overflows it, and the ${setting} px preview is not clipped`, async () => {
      const b = await open(`?width=${setting}`, 390);
      const root = b.doc.documentElement;
      expect(root.scrollWidth, 'page width').to.be.at.most(390);
      const stage = b.doc.querySelector('.stage-scroll')!;
      if (setting <= 320) expect(stage.scrollWidth, 'preview width').to.be.at.most(stage.clientWidth);
      for (const el of b.doc.querySelectorAll('textarea, input, select, button:not([hidden])')) {
        const box = el.getBoundingClientRect();
        if (box.width) expect(box.right, el.outerHTML.slice(0, 60)).to.be.at.most(390);
      }
    });
  }

  it('follows a dark system scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const b = await open();
    const style = b.win.getComputedStyle(b.doc.body);
    expect(style.colorScheme).to.equal('dark');
    const [r, g, bl] = style.backgroundColor.match(/\d+/g)!.map(Number);
    expect(r + g + bl, style.backgroundColor).to.be.lessThan(3 * 60);
    const panel = b.win.getComputedStyle(b.doc.querySelector('.controls')!);
    expect(panel.color).not.to.equal(panel.backgroundColor);
    const ink = panel.color.match(/\d+/g)!.map(Number);
    expect(ink[0] + ink[1] + ink[2], panel.color).to.be.greaterThan(3 * 180);
  });
});
