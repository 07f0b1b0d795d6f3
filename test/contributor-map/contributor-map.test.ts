import { expect, fixture, html } from '@open-wc/testing';
import '../../src/contributor-map/contributor-map.js';
import { ContributorMap } from '../../src/contributor-map/contributor-map.js';
import { clone, validDataset } from '../helpers/fixtures.js';

const texts = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

describe('<contributor-map>', () => {
  it('is defined by importing its module, and typed in HTMLElementTagNameMap', () => {
    expect(document.createElement('contributor-map')).to.be.instanceOf(ContributorMap);
  });

  it('lists each contributor with its name, status and figure with qualifier', async () => {
    const el = await fixture<ContributorMap>(html`<contributor-map .data=${validDataset()}></contributor-map>`);
    expect(texts(el, '.country-name')).to.deep.equal(['Indonesia', 'United States']);
    expect(texts(el, '.status')).to.deep.equal(['In talks', 'Supporting, not deploying · up to 200 troops']);
    expect(texts(el, '.country-meta')).to.deep.equal(['Source: Source A', 'Source: Source B']);
  });

  it('says when the list is incomplete, in the dataset’s words or its own', async () => {
    const el = await fixture<ContributorMap>(html`<contributor-map .data=${validDataset()}></contributor-map>`);
    expect(texts(el, '.incomplete')).to.deep.equal(['and others not named']);
    const complete = clone(validDataset());
    complete.contributors!.complete = true;
    el.data = complete;
    await el.updateComplete;
    expect(texts(el, '.incomplete')).to.deep.equal([]);
  });

  it('names countries in the element’s language', async () => {
    const el = await fixture<ContributorMap>(html`<contributor-map locale="fr" .data=${validDataset()}></contributor-map>`);
    expect(texts(el, '.country-name')).to.deep.equal(['Indonésie', 'États-Unis']);
    el.locale = 'ar';
    await el.updateComplete;
    expect(texts(el, '.country-name')).to.deep.equal(['إندونيسيا', 'الولايات المتحدة']);
    expect(texts(el, '.incomplete')).to.deep.equal(['ودول أخرى لم تُذكر أسماؤها']);
  });

  it('passes axe', async () => {
    const el = await fixture<ContributorMap>(html`<contributor-map .data=${validDataset()}></contributor-map>`);
    await expect(el).to.be.accessible();
  });
});
