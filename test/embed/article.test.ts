import { expect } from '@open-wc/testing';
import { until } from '../helpers/until.js';

/** Loads a page in an iframe of a given width and waits until `flag` is set in it. */
async function page(url: string, width: number, flag: string): Promise<{ win: Window & Record<string, any>; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & Record<string, any>;
  // The page sets the flag once its elements have loaded and drawn.
  await until(() => win[flag], `${url}: ${flag}`);
  return { win, frame };
}

describe('a news article with three embeds loading from src', () => {
  it('has no layout shift: each reserves its height (height-hint) before its data arrives', async () => {
    const { win, frame } = await page('/test/pages/article.html', 712, 'articleReady');
    const doc = frame.contentDocument!;
    const elements = [...doc.querySelectorAll('exchange-chart, contributor-map')] as HTMLElement[];
    expect(elements.map((el) => Boolean(el.shadowRoot!.querySelector('svg[role="graphics-document"]')))).to.deep.equal([true, true, true]);
    expect(win.layoutShifts, 'layout-shift entries').to.deep.equal([]);
    frame.remove();
  });
});

describe('a live blog with 50 embeds', () => {
  it('fetches and draws only the embeds near the viewport, and the rest as the reader scrolls', async () => {
    const { win, frame } = await page('/test/pages/live-blog.html', 712, 'blogReady');
    const doc = frame.contentDocument!;
    await new Promise((r) => setTimeout(r, 1500));
    const elements = [...doc.querySelectorAll('exchange-chart, contributor-map')] as (HTMLElement & { near: boolean })[];
    expect(elements).to.have.length(50);
    const drawn = () => elements.filter((el) => el.shadowRoot?.querySelector('svg[role="graphics-document"]')).length;
    // 520 px reserved each: the first screen and the next one hold four or five of them.
    expect(drawn()).to.be.within(2, 6);
    expect(elements.slice(10).every((el) => !el.near), 'the far ones wait').to.equal(true);
    elements[30].scrollIntoView();
    await new Promise((r) => setTimeout(r, 1500));
    expect(elements[30].shadowRoot!.querySelector('svg[role="graphics-document"]'), 'drawn once scrolled to').to.not.equal(null);
    expect(drawn()).to.be.lessThan(20);
    void win;
    frame.remove();
  });
});
