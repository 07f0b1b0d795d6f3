import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/contributor-map/contributor-map.js';
import { ContributorMap } from '../../src/contributor-map/contributor-map.js';
import { PROJECTIONS, REGIONS } from '../../src/contributor-map/geometry.js';
import type { Dataset } from '../../src/data/schema.js';
import { clone, validDataset } from '../helpers/fixtures.js';

/** The element's padding on both sides, 0.75rem each (--exchange-chart-padding). */
const PADDING = 24;

const texts = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const $ = <T extends Element = Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = Element>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** The six contributors of the shipped dataset, with the small Qatar among them. */
function gulfDataset(): Dataset {
  const dataset = validDataset();
  dataset.contributors!.countries = [
    { country: 'IDN', status: 'in-talks', sources: ['a'] },
    { country: 'ARE', status: 'in-talks', sources: ['a'] },
    { country: 'EGY', status: 'in-talks', sources: ['a'] },
    { country: 'QAT', status: 'in-talks', note: 'Named among others.', sources: ['a'] },
    { country: 'AZE', status: 'in-talks', sources: ['a'] },
    { country: 'USA', status: 'supporting', figure: { value: 200, qualifier: 'up-to', unit: 'troops' }, note: 'Not deploying in Gaza.', sources: ['b'] },
  ];
  return dataset;
}

/** A map in a column of the given width, drawn at that width. */
async function mapAt(width: number, attributes = '', data: Dataset = validDataset()): Promise<ContributorMap> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  box.innerHTML = `<contributor-map ${attributes}></contributor-map>`;
  const el = box.firstElementChild as ContributorMap;
  el.data = data;
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return el;
}

/** A point in the viewport where the pointer hits the given country, found on a grid over its box. */
function pointOn(el: ContributorMap, country: string): [number, number] {
  const target = $(el, `.country[data-country="${country}"]`)!;
  const box = target.getBoundingClientRect();
  for (let fy = 0.1; fy < 1; fy += 0.1) {
    for (let fx = 0.1; fx < 1; fx += 0.1) {
      const [x, y] = [Math.round(box.x + box.width * fx), Math.round(box.y + box.height * fy)];
      if (target.contains(el.shadowRoot!.elementFromPoint(x, y))) return [x, y];
    }
  }
  throw new Error(`no point on ${country}`);
}

const svgOf = (el: ContributorMap) => $<SVGSVGElement>(el, 'svg[role="graphics-document"]')!;
const symbols = (el: ContributorMap) => $$<SVGGElement>(el, '[role="graphics-symbol"].country');
const tooltip = (el: ContributorMap) => $<HTMLElement>(el, '[role="tooltip"]');

describe('<contributor-map>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('is defined by importing its module, and typed in HTMLElementTagNameMap', () => {
    expect(document.createElement('contributor-map')).to.be.instanceOf(ContributorMap);
  });

  describe('drawing', () => {
    for (const projection of PROJECTIONS) {
      for (const region of REGIONS) {
        for (const width of [320, 1000]) {
          it(`draws projection="${projection}" region="${region}" at ${width} px, as wide as its column inside its padding`, async () => {
            const el = await mapAt(width, `projection="${projection}" region="${region}"`, gulfDataset());
            const svg = svgOf(el);
            expect(svg.getAttribute('width')).to.equal(String(width - PADDING));
            expect(svg.getBoundingClientRect().width).to.be.closeTo(width - PADDING, 1);
            const height = Number(svg.getAttribute('height'));
            expect(height).to.be.within((width - PADDING) * 0.35 - 1, Math.min(width - PADDING, 600));
            expect($(el, 'path.land')!.getAttribute('d')!.length).to.be.greaterThan(1000);
            // Egypt and the Gaza marker are in every view; the rest depends on the frame.
            expect(symbols(el).map((s) => s.dataset.country)).to.include('EGY');
            expect(texts(el, '.focus-label')).to.deep.equal(['Gaza Strip']);
            const drawn = symbols(el).length;
            const hidden = $(el, '.not-visible');
            expect(drawn + (hidden ? hidden.textContent!.split(';').length : 0)).to.equal(6);
          });
        }
      }
    }

    it('redraws at the new width when its column narrows', async () => {
      const el = await mapAt(1000);
      // The redraw changes the element's height inside the ResizeObserver's frame, which Chrome
      // reports as this (benign) error; SizeController could defer its update to stop it.
      const onerror = window.onerror;
      window.onerror = (message, ...rest) =>
        /ResizeObserver loop completed/.test(String(message)) ? true : onerror?.call(window, message, ...rest);
      try {
        el.parentElement!.style.width = '400px';
        await frame();
        await el.updateComplete;
        expect(svgOf(el).getAttribute('width')).to.equal(String(400 - PADDING));
      } finally {
        window.onerror = onerror;
      }
    });

    it('falls back to Equal Earth and the world for unknown names', async () => {
      const el = await mapAt(1000, 'projection="robinson" region="europe"');
      const reference = await mapAt(1000);
      expect($(el, 'path.land')!.getAttribute('d')).to.equal($(reference, 'path.land')!.getAttribute('d'));
    });

    it('gives Qatar a marker on a world map, so that it is never lost', async () => {
      const el = await mapAt(1000, '', gulfDataset());
      expect($$(el, '.country[data-country="QAT"] circle.marker')).to.have.length(1);
      expect($$(el, '.country[data-country="EGY"] circle.marker')).to.have.length(0);
    });

    it('lists what the frame leaves out, and keys only the statuses drawn', async () => {
      const el = await mapAt(1000, 'region="middle-east"', gulfDataset());
      expect(symbols(el).map((s) => s.dataset.country).sort()).to.deep.equal(['ARE', 'AZE', 'EGY', 'QAT']);
      expect(texts(el, '.not-visible')).to.deep.equal(['Not visible on this map: Indonesia (In talks); United States (Supporting, not deploying)']);
      expect($$<HTMLElement>(el, '.legend-item').map((li) => li.dataset.status)).to.deep.equal(['in-talks']);
    });

    it('draws a finer topology given as a property instead of the bundled world', async () => {
      const el = await mapAt(1000);
      const bundled = $(el, 'path.land')!.getAttribute('d')!;
      el.topology = await (await fetch('/node_modules/world-atlas/countries-110m.json')).json();
      await el.updateComplete;
      const finer = $(el, 'path.land')!.getAttribute('d')!;
      expect(finer).to.not.equal(bundled);
      expect(finer.length).to.be.greaterThan(bundled.length);
    });

    it('fetches topology-src, and keeps the bundled world when it is not a countries topology', async () => {
      const el = await mapAt(1000);
      const bundled = $(el, 'path.land')!.getAttribute('d')!;
      const failed = new Promise<CustomEvent>((r) => el.addEventListener('exchange-error', r as EventListener, { once: true }));
      el.setAttribute('topology-src', '/package.json');
      const { detail } = await failed;
      await el.updateComplete;
      expect(detail.problems).to.deep.equal([{ path: 'topology-src', message: 'is not a TopoJSON topology with a "countries" GeometryCollection' }]);
      expect($(el, 'path.land')!.getAttribute('d')).to.equal(bundled);
      expect(texts(el, '[part="topology-failed"]')).to.deep.equal(['The detailed map could not be loaded; this is the standard world map.']);
      el.setAttribute('topology-src', '/node_modules/world-atlas/countries-110m.json');
      for (let i = 0; i < 200 && $(el, 'path.land')!.getAttribute('d') === bundled; i++) await new Promise((r) => setTimeout(r, 50));
      expect($(el, 'path.land')!.getAttribute('d')).to.not.equal(bundled);
      expect($(el, '[part="topology-failed"]'), 'the note goes once the finer map is drawn').to.equal(null);
    });

    it('is not blank: drawn to a canvas, land and status colours cover the map', async () => {
      const el = await mapAt(1000, '', gulfDataset());
      const svg = svgOf(el);
      // The styles live in the shadow root; a standalone copy carries them inline.
      const copy = svg.cloneNode(true) as SVGSVGElement;
      const originals = [svg, ...svg.querySelectorAll('*')];
      [copy, ...copy.querySelectorAll('*')].forEach((node, i) => {
        const style = getComputedStyle(originals[i]);
        for (const name of ['fill', 'stroke', 'stroke-width', 'opacity', 'font']) (node as SVGElement).style.setProperty(name, style.getPropertyValue(name));
      });
      copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
      const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = Number(svg.getAttribute('width'));
      canvas.height = Number(svg.getAttribute('height'));
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      URL.revokeObjectURL(url);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const inTalks = getComputedStyle(el).getPropertyValue('--_status-in-talks').trim(); // #c05a00 in light
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(inTalks.slice(i, i + 2), 16));
      let painted = 0;
      let status = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] > 0) painted++;
        if (Math.abs(data[i] - r) < 8 && Math.abs(data[i + 1] - g) < 8 && Math.abs(data[i + 2] - b) < 8) status++;
      }
      const pixels = data.length / 4;
      expect(painted / pixels, 'share of painted pixels').to.be.within(0.2, 0.9);
      expect(status, 'pixels in the in-talks colour').to.be.greaterThan(200);
    });
  });

  describe('status', () => {
    it('is told by colour and by pattern, different for each status', async () => {
      const data = gulfDataset();
      data.contributors!.countries.push({ country: 'FRA', status: 'confirmed', sources: ['a'] }, { country: 'BRA', status: 'declined', sources: ['a'] });
      const el = await mapAt(1000, '', data);
      const patternOf = (country: string) => {
        const fill = $(el, `.country[data-country="${country}"] .shape`)!.getAttribute('fill')!;
        return $<SVGPatternElement>(el, fill.replace(/^url\((#.+)\)$/, '$1'))!;
      };
      const colour = (pattern: SVGPatternElement) => getComputedStyle(pattern.querySelector('.pattern-fill')!).fill;
      const texture = (pattern: SVGPatternElement) => [...pattern.querySelectorAll('.pattern-line, .pattern-dot')].map((n) => n.outerHTML.replace(/<!--.*?-->/g, '')).join();
      const patterns = ['IDN', 'USA', 'FRA', 'BRA'].map(patternOf);
      expect(new Set(patterns.map(colour)).size).to.equal(4);
      expect(new Set(patterns.map(texture)).size).to.equal(4);
      expect(patternOf('EGY')).to.equal(patterns[0]);
      expect(colour(patterns[0])).to.equal('rgb(192, 90, 0)'); // --_status-in-talks, light
      // The key shows the same patterns, with the words.
      expect($$<HTMLElement>(el, '.legend-item').map((li) => [li.dataset.status, li.textContent!.trim()])).to.deep.equal([
        ['confirmed', 'Confirmed'],
        ['in-talks', 'In talks'],
        ['supporting', 'Supporting, not deploying'],
        ['declined', 'Declined'],
      ]);
      expect($(el, '.legend-item[data-status="in-talks"] rect')!.getAttribute('fill')).to.equal(`url(#${patterns[0].id})`);
    });

    it('mutes the other countries, in light and in dark', async () => {
      const light = await mapAt(600);
      const dark = await mapAt(600, 'theme="dark"');
      const landLight = getComputedStyle($(light, 'path.land')!).fill;
      const landDark = getComputedStyle($(dark, 'path.land')!).fill;
      expect(landLight).to.equal('rgb(227, 225, 220)');
      expect(landDark).to.equal('rgb(51, 54, 61)');
      const talks = (el: ContributorMap) => getComputedStyle($(el, '.pattern.status-in-talks .pattern-fill')!).fill;
      expect(talks(light)).to.not.equal(talks(dark));
      expect(talks(light)).to.not.equal(landLight);
    });

    it('follows the public custom properties', async () => {
      const el = await mapAt(600);
      el.style.setProperty('--exchange-chart-status-in-talks-color', 'rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '.pattern.status-in-talks .pattern-fill')!).fill).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('tooltip', () => {
    it('shows name, status, figure with its qualifier, note and source on keyboard focus', async () => {
      const el = await mapAt(1000, '', gulfDataset());
      expect(tooltip(el)).to.equal(null);
      const usa = $<SVGGElement>(el, '.country[data-country="USA"]')!;
      usa.focus();
      await el.updateComplete;
      expect([...tooltip(el)!.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'United States',
        'Supporting, not deploying',
        'up to 200 troops',
        'Not deploying in Gaza.',
        'Source: Source B',
      ]);
      expect(usa.getAttribute('aria-describedby')).to.equal(tooltip(el)!.id);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tooltip(el)).to.equal(null);
      usa.blur();
      await el.updateComplete;
      expect(usa.hasAttribute('aria-describedby')).to.equal(false);
    });

    it('shows on hover and hides when the pointer leaves', async () => {
      const el = await mapAt(1000, '', gulfDataset());
      await sendMouse({ type: 'move', position: pointOn(el, 'QAT') });
      await el.updateComplete;
      expect(tooltip(el)?.querySelector('strong')?.textContent).to.equal('Qatar');
      await sendMouse({ type: 'move', position: [2, 2] });
      await el.updateComplete;
      expect(tooltip(el)).to.equal(null);
    });

    it('shows on tap, and a tap on the sea closes it', async () => {
      const el = await mapAt(1000, '', gulfDataset());
      const svgBox = svgOf(el).getBoundingClientRect();
      await sendMouse({ type: 'click', position: pointOn(el, 'IDN') });
      await el.updateComplete;
      // Hover and focus both point at Indonesia; move away so that only the tap keeps it open.
      await sendMouse({ type: 'move', position: [Math.round(svgBox.x + 5), Math.round(svgBox.y + svgBox.height / 2)] });
      await el.updateComplete;
      expect(tooltip(el)?.querySelector('strong')?.textContent).to.equal('Indonesia');
      await sendMouse({ type: 'click', position: [Math.round(svgBox.x + svgBox.width * 0.3), Math.round(svgBox.y + svgBox.height * 0.55)] });
      await el.updateComplete;
      expect(tooltip(el)).to.equal(null);
    });

    it('stays inside the map near its edges', async () => {
      const el = await mapAt(320, '', gulfDataset());
      for (const country of ['USA', 'IDN']) {
        $<SVGGElement>(el, `.country[data-country="${country}"]`)!.focus();
        await el.updateComplete;
        const map = $(el, '.map')!.getBoundingClientRect();
        const box = tooltip(el)!.getBoundingClientRect();
        expect(box.left, country).to.be.at.least(map.left - 0.5);
        expect(box.right, country).to.be.at.most(map.right + 0.5);
      }
    });
  });

  describe('keyboard', () => {
    it('is one tab stop; the arrow keys, Home and End move between countries from west to east', async () => {
      const el = await mapAt(1000, '', gulfDataset());
      const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
      el.parentElement!.before(before);
      expect(symbols(el).filter((s) => s.getAttribute('tabindex') === '0')).to.have.length(1);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const focused = () => (el.shadowRoot!.activeElement as SVGGElement | null)?.dataset.country;
      expect(focused()).to.equal('USA');
      await sendKeys({ press: 'ArrowRight' });
      expect(focused()).to.equal('EGY');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal('AZE');
      await sendKeys({ press: 'End' });
      expect(focused()).to.equal('IDN');
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(), 'stops at the end').to.equal('IDN');
      await sendKeys({ press: 'Home' });
      expect(focused()).to.equal('USA');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused()).to.equal('USA');
      // The tab stop follows the country last focused.
      await sendKeys({ press: 'End' });
      expect(symbols(el).filter((s) => s.getAttribute('tabindex') === '0').map((s) => s.dataset.country)).to.deep.equal(['IDN']);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.classList.contains('country') ?? false).to.equal(false);
      before.remove();
    });

    it('in right-to-left, ArrowLeft goes forward', async () => {
      const el = await mapAt(1000, 'locale="ar"', gulfDataset());
      $<SVGGElement>(el, '.country[data-country="USA"]')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect((el.shadowRoot!.activeElement as SVGGElement).dataset.country).to.equal('EGY');
      expect($(el, '.base')!.getAttribute('dir')).to.equal('rtl');
    });
  });

  describe('words', () => {
    it('names countries in English, French and Arabic, with status and figure', async () => {
      const el = await mapAt(1000);
      const labels = () => symbols(el).map((s) => s.getAttribute('aria-label'));
      expect(labels()).to.deep.equal(['United States; Supporting, not deploying; up to 200 troops', 'Indonesia; In talks']);
      el.locale = 'fr';
      await el.updateComplete;
      expect(labels()).to.deep.equal(['États-Unis ; Soutien sans déploiement ; jusqu’à 200 troops', 'Indonésie ; En discussion']);
      el.locale = 'ar';
      await el.updateComplete;
      expect(labels()).to.deep.equal(['الولايات المتحدة؛ دعم دون انتشار؛ ما يصل إلى 200 troops', 'إندونيسيا؛ قيد المحادثات']);
      expect(texts(el, '.incomplete')).to.deep.equal(['ودول أخرى لم تُذكر أسماؤها']);
    });

    it('names the map by its summary, which does not repeat the title or the note read below it', async () => {
      const el = await mapAt(1000, '', gulfDataset());
      const svg = svgOf(el);
      expect(svg.getAttribute('aria-label')).to.equal('Map: Countries named: 6. In talks: 5; Supporting, not deploying: 1. Marked on the map: ⁨Gaza Strip⁩.');
      expect(svg.hasAttribute('aria-describedby')).to.equal(false);
      expect(svg.querySelector('desc')).to.equal(null);
      const described = clone(gulfDataset());
      described.description = 'A hand-written summary.';
      el.data = described;
      await el.updateComplete;
      expect(svg.getAttribute('aria-label')).to.equal('Map: A hand-written summary.');
    });

    it('says when the list is incomplete, in the dataset’s words or its own', async () => {
      const el = await mapAt(600);
      expect(texts(el, '.incomplete')).to.deep.equal(['and others not named']);
      const noted = clone(validDataset());
      noted.contributors!.note = { en: 'among others', fr: 'entre autres' };
      el.data = noted;
      el.locale = 'fr';
      await el.updateComplete;
      expect(texts(el, '.incomplete')).to.deep.equal(['entre autres']);
      const complete = clone(validDataset());
      complete.contributors!.complete = true;
      el.data = complete;
      await el.updateComplete;
      expect(texts(el, '.incomplete')).to.deep.equal([]);
    });
  });

  describe('"Show data"', () => {
    it('lists every contributor with status, figure, note and source', async () => {
      const el = await mapAt(1000, 'region="middle-east"', gulfDataset());
      const toggle = $<HTMLButtonElement>(el, '.data-toggle')!;
      expect(toggle.textContent!.trim()).to.equal('Show data');
      expect($<HTMLElement>(el, '.data-panel')!.hidden).to.equal(true);
      toggle.click();
      await el.updateComplete;
      expect($<HTMLElement>(el, '.data-panel')!.hidden).to.equal(false);
      expect(texts(el, 'thead th')).to.deep.equal(['Country', 'Status', 'Figure', 'Note', 'Sources']);
      const rows = $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
      // Every contributor, those off this region's map included, in the dataset's order.
      expect(rows.map((r) => r[0])).to.deep.equal(['Indonesia', 'United Arab Emirates', 'Egypt', 'Qatar', 'Azerbaijan', 'United States']);
      expect(rows[3]).to.deep.equal(['Qatar', 'In talks', '', 'Named among others.', 'Source A']);
      expect(rows[5]).to.deep.equal(['United States', 'Supporting, not deploying', 'up to 200 troops', 'Not deploying in Gaza.', 'Source B']);
    });

    it('is in the element’s language', async () => {
      const el = await mapAt(600, 'locale="ar"');
      $<HTMLButtonElement>(el, '.data-toggle')!.click();
      await el.updateComplete;
      expect(texts(el, 'thead th')).to.deep.equal(['الدولة', 'الحالة', 'الرقم', 'ملاحظة', 'المصادر']);
      expect(texts(el, 'tbody th')).to.deep.equal(['إندونيسيا', 'الولايات المتحدة']);
    });
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await mapAt(1000, '', gulfDataset());
      await expect(el).to.be.accessible();
    });

    it('passes axe with a tooltip and the table open, in Arabic and dark', async () => {
      const el = await mapAt(320, 'locale="ar" theme="dark" projection="orthographic"', gulfDataset());
      symbols(el)[0].focus();
      $<HTMLButtonElement>(el, '.data-toggle')!.click();
      await el.updateComplete;
      expect(tooltip(el)).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
