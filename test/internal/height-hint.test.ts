import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { HINT_WIDTHS, hintAttributes, hintFor } from '../../src/internal/height-hint.js';
import { until } from '../helpers/until.js';

const ATTRS = { 'height-hint': '560', 'height-hint-360': '520', 'height-hint-600': '480' };
const reader = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;

describe('height hints by column width: hintFor(), hintAttributes()', () => {
  it('hintFor() takes the hint of the widest width reached, else height-hint', () => {
    const at = (w: number) => hintFor(reader(ATTRS), w);
    expect([280, 359, 360, 414, 599, 600, 1400].map(at)).to.deep.equal([560, 560, 520, 520, 520, 480, 480]);
  });

  it('hintFor() skips a bad value for the next narrower one, and gives none when none is sane', () => {
    expect(hintFor(reader({ ...ATTRS, 'height-hint-600': 'x' }), 700)).to.equal(520);
    expect(hintFor(reader({ ...ATTRS, 'height-hint-600': '5000' }), 700)).to.equal(520);
    for (const bad of ['', ' ', '0', '-5', '1e7', 'abc', '4001']) expect(hintFor(reader({ 'height-hint': bad }), 500), bad).to.equal(undefined);
    expect(hintFor(reader({ 'height-hint': '4000' }), 500)).to.equal(4000);
  });

  it('hintAttributes() writes the narrowest height, then only the widths where it changes', () => {
    expect(hintAttributes(new Map([[320, 559.2], [360, 520], [390, 520], [414, 520], [600, 480], [768, 480], [1000, 470], [1280, 470], [1400, 470]]))).to.deep.equal([
      ['height-hint', '560'],
      ['height-hint-360', '520'],
      ['height-hint-600', '480'],
      ['height-hint-1000', '470'],
    ]);
    expect(hintAttributes(new Map([[320, 400]]))).to.deep.equal([['height-hint', '400']]);
    expect(hintAttributes(new Map())).to.deep.equal([]);
  });
});

/** A frame `width` px wide holding `html`, after its stylesheets have loaded. */
async function frame(html: string, width: number): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: 600px; border: 0`;
  iframe.srcdoc = `<!doctype html><body style="margin:0">${html}`;
  document.body.append(iframe);
  await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  return iframe;
}

const tag = (name: string, attrs: Record<string, string>) =>
  `<${name} ${Object.entries(attrs)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ')}></${name}>`;

describe('an element with height hints by width', () => {
  afterEach(() => document.querySelectorAll('iframe, .hint-column').forEach((el) => el.remove()));

  it('reserves the hint for its own width before it draws, and the new width’s when its column changes', async () => {
    const column = document.createElement('div');
    column.className = 'hint-column';
    column.style.width = '390px';
    column.innerHTML = tag('exchange-chart', { ...ATTRS, src: '/__test__/hang' });
    document.body.append(column);
    const el = column.firstElementChild as HTMLElement;
    expect(el.getBoundingClientRect().height).to.equal(520);
    column.style.width = '320px';
    await until(() => el.getBoundingClientRect().height === 560, 'the 320 px hint');
    column.style.width = '800px';
    await until(() => el.getBoundingClientRect().height === 480, 'the 600 px hint');
    el.setAttribute('height-hint-768', '700');
    expect(el.getBoundingClientRect().height).to.equal(700);
    el.setAttribute('height-hint-768', 'nonsense');
    expect(el.getBoundingClientRect().height).to.equal(480);
  });

  for (const width of [320, 390, 600, 1000]) {
    it(`reserves the same height from the stylesheet before the script runs as the script does, at ${width} px`, async () => {
      const attrs = { 'height-hint': '610', 'height-hint-390': '555', 'height-hint-414': 'bad', 'height-hint-768': '490', 'height-hint-1000': '450' };
      const html = `${tag('exchange-chart', attrs)}${tag('contributor-map', attrs)}<p id="after">After</p>`;
      // No script in the frame: the elements are unknown tags there, sized by the stylesheet alone.
      const css = await frame(`<link rel="stylesheet" href="${location.origin}/src/exchange-charts.css">${html}`, width);
      const doc = css.contentDocument!;
      await until(() => doc.styleSheets.length === 1, 'the stylesheet');
      const before = [...doc.querySelectorAll('exchange-chart, contributor-map')].map((el) => el.getBoundingClientRect().height);
      expect(css.contentWindow!.customElements.get('exchange-chart'), 'defined in the frame').to.equal(undefined);
      // The same markup where the elements are defined (this page), in a column as wide.
      const column = document.createElement('div');
      column.className = 'hint-column';
      column.style.width = `${width}px`;
      column.innerHTML = html.replaceAll('<exchange-chart', '<exchange-chart src="/__test__/hang"').replaceAll('<contributor-map', '<contributor-map src="/__test__/hang"');
      document.body.append(column);
      const after = [...column.querySelectorAll('exchange-chart, contributor-map')].map((el) => el.getBoundingClientRect().height);
      const expected = hintFor(reader(attrs), width)!;
      expect(before).to.deep.equal([expected, expected]);
      expect(after).to.deep.equal([expected, expected]);
    });
  }

  it('the stylesheet has a container query for each width the element reads', async () => {
    const css = await (await fetch('/src/exchange-charts.css')).text();
    const queried = [...css.matchAll(/@container \(min-width: (\d+)px\)/g)].map((m) => Number(m[1]));
    expect(queried).to.deep.equal([...HINT_WIDTHS]);
  });

  it('a table child for readers without the script shows in full under the stylesheet, the hint only as its least height', async () => {
    const iframe = await frame(`<link rel="stylesheet" href="${location.origin}/src/exchange-charts.css"><exchange-chart height-hint="50"><table><tr><td style="height: 200px">Row</td></tr></table></exchange-chart>`, 400);
    const doc = iframe.contentDocument!;
    await until(() => doc.styleSheets.length === 1, 'the stylesheet');
    const el = doc.querySelector('exchange-chart')!;
    const table = doc.querySelector('table')!;
    expect(table.getBoundingClientRect().top).to.equal(el.getBoundingClientRect().top);
    expect(el.getBoundingClientRect().height).to.be.closeTo(table.getBoundingClientRect().height, 1);
  });
});
