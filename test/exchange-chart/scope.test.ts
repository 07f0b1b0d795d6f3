import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { drawnAt } from '../helpers/fixtures.js';

// The shipped default dataset, drawn as a reader sees it: each view's footer holds the notes
// and sources of what that view draws, nothing else.

const DATA = '/data/gaza-exchange-2025-10-16.json';
const TIMELINE = '/data/gaza-remains-timeline.json';
const load = async (url: string) => (await fetch(url)).json();
const text = (el: Element, part: string) => el.shadowRoot!.querySelector(`[part="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

describe('headings, notes and sources of what is drawn (shipped datasets)', () => {
  it('bars of all three figures: the subtitle, the detainee note, the article as the one source', async () => {
    const el = await drawnAt('exchange-chart', 600, { view: 'bars' }, await load(DATA));
    expect(text(el, 'subtitle')).to.equal('Captives released and remains returned from Gaza; Palestinian detainees released by Israel');
    expect(text(el, 'notes')).to.contain('detainees released is approximate');
    expect(text(el, 'sources')).to.match(/^Source: News article/);
    expect(text(el, 'sources')).not.to.contain('Reuters');
  });

  it('progress ("7 of 28" alone): no note or subtitle about detainees, and a table of that figure only', async () => {
    const el = await drawnAt('exchange-chart', 600, { view: 'progress' }, await load(DATA));
    expect(text(el, 'subtitle')).to.equal(null);
    expect(text(el, 'notes')).to.equal(null);
    expect(text(el, 'sources')).not.to.contain('Reuters');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="data-toggle"]')!.click();
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('[part="data-table"] tbody tr')].map((r) => r.querySelector('th')!.textContent);
    expect(rows).to.deep.equal(['Remains of deceased captives returned']);
    expect(el.shadowRoot!.querySelector('#summary')!.textContent).not.to.contain('detainees');
  });

  it('series without the detainees: neither their note nor the subtitle that names them', async () => {
    const el = await drawnAt('exchange-chart', 600, { view: 'bars', series: 'living-captives-released,remains-returned' }, await load(DATA));
    expect(text(el, 'subtitle')).to.equal(null);
    expect(text(el, 'notes')).to.equal(null);
  });

  it('the map: its own title and subtitle, the contributors\' source, no note about detainees', async () => {
    const el = await drawnAt('contributor-map', 600, {}, await load(DATA));
    expect(text(el, 'title')).to.equal('Contributors to the proposed international stabilization force for Gaza');
    expect(text(el, 'subtitle')).to.contain('Countries the United States has spoken to about contributing');
    expect(text(el, 'notes')).to.equal(null);
    expect(text(el, 'sources')).to.match(/^Source: Two unnamed senior US advisers speaking to Reuters/);
  });

  it('the timeline dataset: its running-total subtitle over the timeline only, the bars under their own title', async () => {
    const data = await load(TIMELINE);
    const timeline = await drawnAt('exchange-chart', 600, { view: 'timeline' }, data);
    expect(text(timeline, 'subtitle')).to.equal('Running total by reported date of handover, out of 28');
    const bars = await drawnAt('exchange-chart', 600, { view: 'bars' }, data);
    expect(text(bars, 'subtitle')).to.equal(null);
    expect(text(bars, 'title')).to.equal('The Gaza ceasefire exchange: figures reported by 29 January 2026');
  });
});
