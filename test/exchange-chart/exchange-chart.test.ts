import { expect, fixture, html } from '@open-wc/testing';
import '../../src/exchange-chart/exchange-chart.js';
import { ExchangeChart, groupBySide, selectFigures } from '../../src/exchange-chart/exchange-chart.js';
import { validDataset } from '../helpers/fixtures.js';

const texts = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

describe('<exchange-chart>', () => {
  it('is defined by importing its module, and typed in HTMLElementTagNameMap', () => {
    const el: ExchangeChart = document.createElement('exchange-chart');
    expect(el).to.be.instanceOf(ExchangeChart);
    expect(el.view).to.equal('bars');
    expect(el.theme).to.equal('light');
  });

  it('shows the title, subtitle and each figure with its qualifier', async () => {
    const data = { ...validDataset(), subtitle: 'Sub' };
    const el = await fixture<ExchangeChart>(html`<exchange-chart .data=${data}></exchange-chart>`);
    expect(texts(el, '[part="title"]')).to.deep.equal(['Exchange']);
    expect(texts(el, '[part="subtitle"]')).to.deep.equal(['Sub']);
    expect(texts(el, '[part="label"]')).to.deep.equal(['Living captives released', 'Remains returned', 'Detainees released']);
    expect(texts(el, '[part="value"]')).to.deep.equal(['20', '7 of 28', 'nearly 2,000']);
  });

  it('groups figures by side of the exchange, with the sides’ labels', async () => {
    const el = await fixture<ExchangeChart>(html`<exchange-chart .data=${validDataset()}></exchange-chart>`);
    expect(texts(el, '.group-label')).to.deep.equal(['Side one', 'Side two']);
    expect(groupBySide(validDataset(), validDataset().figures).map((g) => g.figures.length)).to.deep.equal([2, 1]);
  });

  it('shows each figure’s source and as-of date, and the footer’s sources as links', async () => {
    const el = await fixture<ExchangeChart>(html`<exchange-chart .data=${validDataset()}></exchange-chart>`);
    expect(texts(el, '.figure-meta')[2]).to.equal('Sources: Source A; Source B · As of October 16, 2025');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="sources"] a')!;
    expect([link.textContent, link.href, link.rel]).to.deep.equal(['Source A', 'https://example.org/a', 'noopener noreferrer']);
    expect(texts(el, '[part="as-of"]')).to.deep.equal(['As of October 16, 2025']);
  });

  it('shows only the figures `series` names, in its order within each side', async () => {
    const el = await fixture<ExchangeChart>(html`<exchange-chart series="remains, living" .data=${validDataset()}></exchange-chart>`);
    expect(texts(el, '[part="label"]')).to.deep.equal(['Remains returned', 'Living captives released']);
    expect(selectFigures(validDataset(), '').map((f) => f.id)).to.deep.equal(['living', 'remains', 'detainees']);
  });

  it('speaks the `locale`, else the page’s lang, and mirrors right-to-left languages', async () => {
    const data = { ...validDataset(), title: { en: 'Exchange', ar: 'التبادل' } };
    const wrapper = document.createElement('div');
    wrapper.lang = 'ar';
    const chart = document.createElement('exchange-chart');
    chart.data = data;
    wrapper.append(chart);
    document.body.append(wrapper);
    await chart.updateComplete;
    const base = chart.shadowRoot!.querySelector('[part="base"]')!;
    expect([base.getAttribute('lang'), base.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    expect(texts(chart, '[part="title"]')).to.deep.equal(['التبادل']);
    expect(texts(chart, '[part="value"]')[1]).to.contain('من أصل');
    chart.locale = 'fr';
    await chart.updateComplete;
    expect(base.getAttribute('dir')).to.equal('ltr');
    expect(texts(chart, '[part="value"]')[2].replace(/[\u00a0\u202f]/g, ' ')).to.equal('près de 2 000');
    wrapper.remove();
  });

  it('passes axe in light and dark themes, with and without an error', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<ExchangeChart>(html`<exchange-chart theme=${theme} .data=${validDataset()}></exchange-chart>`);
      await expect(el).to.be.accessible();
      el.data = { title: 'broken' };
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });
});
