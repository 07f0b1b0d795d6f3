import { expect, fixture, html } from '@open-wc/testing';
import { css, LitElement, render } from 'lit';
import { renderLiveRegion } from '../../src/internal/announcer.js';
import { renderDataTable, rowsOf, toCsv } from '../../src/internal/data-table.js';
import { measureText } from '../../src/internal/measure.js';
import { nextMarkIndex } from '../../src/internal/navigation.js';
import { SizeController } from '../../src/internal/size-controller.js';
import { renderTooltip } from '../../src/internal/tooltip.js';
import '../../src/exchange-chart/exchange-chart.js';
import { validDataset } from '../helpers/fixtures.js';

let tagCount = 0;
/** A fresh tag per test element, so that definitions never collide. */
function uniqueTag(name: string): string {
  return `test-${name}-${++tagCount}`;
}

describe('nextMarkIndex()', () => {
  it('moves with the arrows, stops at the ends, and jumps with Home and End', () => {
    expect(nextMarkIndex('ArrowRight', 0, 3)).to.equal(1);
    expect(nextMarkIndex('ArrowDown', 1, 3)).to.equal(2);
    expect(nextMarkIndex('ArrowRight', 2, 3)).to.equal(2);
    expect(nextMarkIndex('ArrowLeft', 0, 3)).to.equal(0);
    expect(nextMarkIndex('ArrowUp', 2, 3)).to.equal(1);
    expect(nextMarkIndex('Home', 2, 3)).to.equal(0);
    expect(nextMarkIndex('End', 0, 3)).to.equal(2);
    expect(nextMarkIndex('Enter', 0, 3)).to.equal(null);
    expect(nextMarkIndex('ArrowRight', 0, 0)).to.equal(null);
  });

  it('mirrors left and right in a right-to-left chart', () => {
    expect(nextMarkIndex('ArrowLeft', 0, 3, true)).to.equal(1);
    expect(nextMarkIndex('ArrowRight', 1, 3, true)).to.equal(0);
    expect(nextMarkIndex('ArrowDown', 0, 3, true)).to.equal(1);
  });
});

describe('toCsv()', () => {
  it('quotes cells with commas, quotes and line breaks, with CRLF line ends', () => {
    const csv = toCsv([{ label: 'Figure' }, { label: 'Value', numeric: true }], [['A, "quoted"', 'nearly 2,000'], ['Line\nbreak', '7 of 28']]);
    expect(csv).to.equal('Figure,Value\r\n"A, ""quoted""","nearly 2,000"\r\n"Line\nbreak",7 of 28\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas, but not negative numbers', () => {
    expect(toCsv([{ label: 'x' }], [['=HYPERLINK("http://evil")'], ['@SUM(A1)'], ['+1'], ['-5']])).to.equal(
      'x\r\n"\'=HYPERLINK(""http://evil"")"\r\n\'@SUM(A1)\r\n\'+1\r\n-5\r\n',
    );
  });
});

describe('renderDataTable()', () => {
  const draw = (open: boolean, onToggle = () => {}) => {
    const host = document.createElement('div');
    render(
      renderDataTable({
        id: 'panel',
        locale: 'en',
        open,
        onToggle,
        caption: 'Figures',
        columns: [{ label: 'Figure' }, { label: 'Value', numeric: true }],
        rows: rowsOf([['Living captives released', '20']]),
        page: 0,
        onPage: () => {},
        filename: 'figures',
      }),
      host,
    );
    return host;
  };

  it('shows a toggle that controls a hidden panel while closed', () => {
    const host = draw(false);
    const button = host.querySelector('button')!;
    expect([button.textContent!.trim(), button.getAttribute('aria-expanded'), button.getAttribute('aria-controls')]).to.deep.equal([
      'Show data',
      'false',
      'panel',
    ]);
    expect(host.querySelector<HTMLElement>('#panel')!.hidden).to.equal(true);
  });

  it('reveals a real table with a caption, header cells and a CSV download when open', () => {
    let toggled = 0;
    const host = draw(true, () => toggled++);
    expect(host.querySelector('#panel')!.hasAttribute('hidden')).to.equal(false);
    expect(host.querySelector('caption')!.textContent).to.equal('Figures');
    expect([...host.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
    expect(host.querySelector('tbody th')!.textContent).to.equal('Living captives released');
    expect(host.querySelector('tbody td')!.className).to.equal('numeric');
    expect(host.querySelector('.download')!.textContent!.trim()).to.equal('Download CSV');
    host.querySelector<HTMLButtonElement>('.data-toggle')!.click();
    expect(toggled).to.equal(1);
  });
});

describe('renderTooltip()', () => {
  const styleOf = (x: number, y: number) => {
    const host = document.createElement('div');
    render(renderTooltip({ id: 't', x, y, containerWidth: 400, content: 'Hi' }), host);
    return host.querySelector<HTMLElement>('[role="tooltip"]')!.style;
  };

  it('shifts by the anchor’s share of the width, so it never leaves the container', () => {
    expect(styleOf(0, 200).transform).to.equal('translate(0%, calc(-100% - 12px))');
    expect(styleOf(200, 200).transform).to.equal('translate(-50%, calc(-100% - 12px))');
    expect(styleOf(400, 200).transform).to.equal('translate(-100%, calc(-100% - 12px))');
  });

  it('goes below an anchor in the upper half of the container, above one in the lower half', () => {
    const host = document.createElement('div');
    render(renderTooltip({ id: 't', x: 0, y: 140, containerWidth: 400, containerHeight: 300, content: 'Hi' }), host);
    expect(host.querySelector<HTMLElement>('[role="tooltip"]')!.style.transform).to.equal('translate(0%, 12px)');
    render(renderTooltip({ id: 't', x: 0, y: 160, containerWidth: 400, containerHeight: 300, content: 'Hi' }), host);
    expect(host.querySelector<HTMLElement>('[role="tooltip"]')!.style.transform).to.equal('translate(0%, calc(-100% - 12px))');
  });

  it('clears the whole span of its anchor, on the side with more room counting the room around', () => {
    const host = document.createElement('div');
    const tip = () => host.querySelector<HTMLElement>('[role="tooltip"]')!.style;
    const span = { top: 100, bottom: 180 };
    render(renderTooltip({ id: 't', x: 0, y: 140, containerWidth: 400, containerHeight: 300, span, content: 'Hi' }), host);
    // 120 px below the span, 100 above: below, from its bottom edge.
    expect([tip().top, tip().transform]).to.deep.equal(['180px', 'translate(0%, 12px)']);
    render(renderTooltip({ id: 't', x: 0, y: 140, containerWidth: 400, containerHeight: 300, span, room: { above: 60, below: 0 }, content: 'Hi' }), host);
    // A title's 60 px above makes the upper side roomier: above, from its top edge.
    expect([tip().top, tip().transform]).to.deep.equal(['100px', 'translate(0%, calc(-100% - 12px))']);
  });

  it('goes below the anchor near the top edge, and renders nothing without options', () => {
    expect(styleOf(100, 20).transform).to.equal('translate(-25%, 12px)');
    const host = document.createElement('div');
    render(renderTooltip(undefined), host);
    expect(host.children.length).to.equal(0);
  });
});

describe('renderLiveRegion()', () => {
  it('is a polite, atomic status region', () => {
    const host = document.createElement('div');
    render(renderLiveRegion('Remains returned: now 9 of 28'), host);
    const region = host.querySelector('[role="status"]')!;
    expect([region.getAttribute('aria-live'), region.getAttribute('aria-atomic'), region.textContent]).to.deep.equal([
      'polite',
      'true',
      'Remains returned: now 9 of 28',
    ]);
  });
});

describe('measureText()', () => {
  it('measures longer text as wider, and larger fonts as wider', () => {
    const short = measureText('20', '14px sans-serif');
    expect(short).to.be.greaterThan(0);
    expect(measureText('nearly 2,000', '14px sans-serif')).to.be.greaterThan(short);
    expect(measureText('20', '28px sans-serif')).to.be.closeTo(short * 2, 1);
  });
});

describe('SizeController', () => {
  class Sized extends LitElement {
    static override styles = css`
      :host {
        display: block;
      }
    `;
    size = new SizeController(this);
    renders: number[] = [];
    protected override render() {
      this.renders.push(this.size.width);
      return html`<div></div>`;
    }
  }
  const tag = uniqueTag('sized');
  customElements.define(tag, Sized);

  it('knows its own width from the first render, and redraws when its container resizes', async () => {
    const box = await fixture<HTMLDivElement>(`<div style="width: 320px"><${tag}></${tag}></div>`);
    const el = box.firstElementChild as Sized;
    await el.updateComplete;
    expect(el.size.width).to.equal(320);
    box.style.width = '1000px';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    expect(el.size.width).to.equal(1000);
    expect(el.renders.at(-1)).to.equal(1000);
  });

  /** What the element has drawn in the frame that first lays out each width: read by an observer called after its own. */
  async function drawnInFrame(el: Sized & { drawn(): unknown }, box: HTMLElement, widths: number[]): Promise<unknown[]> {
    const seen: unknown[] = [];
    const after = new ResizeObserver(() => seen.push(el.drawn()));
    after.observe(el);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    seen.length = 0;
    for (const width of widths) {
      box.style.width = `${width}px`;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    after.disconnect();
    return seen;
  }

  it('redraws in the frame that lays out the new width: no frame shows the old drawing', async () => {
    class Drawn extends Sized {
      drawn = () => this.renders.at(-1);
    }
    const drawnTag = uniqueTag('drawn');
    customElements.define(drawnTag, Drawn);
    const box = await fixture<HTMLDivElement>(`<div style="width: 320px"><${drawnTag}></${drawnTag}></div>`);
    const el = box.firstElementChild as Drawn;
    await el.updateComplete;
    expect(await drawnInFrame(el, box, [500, 700, 400])).to.deep.equal([500, 700, 400]);
  });

  it('redraws in that frame when the drawing changes its height too, without a ResizeObserver loop error', async () => {
    // Its height follows its width: the case that makes Chrome report "ResizeObserver loop
    // completed with undelivered notifications" to the page's error monitoring.
    class Tall extends Sized {
      drawn = () => this.renderRoot.querySelector('div')?.style.height;
      protected override render() {
        this.renders.push(this.size.width);
        return html`<div style="height: ${this.size.width / 4}px"></div>`;
      }
    }
    const tallTag = uniqueTag('tall');
    customElements.define(tallTag, Tall);
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => {
      errors.push(e.message);
      e.preventDefault();
    };
    window.addEventListener('error', onError);
    try {
      const box = await fixture<HTMLDivElement>(`<div style="width: 320px"><${tallTag}></${tallTag}></div>`);
      const el = box.firstElementChild as Tall;
      await el.updateComplete;
      expect(await drawnInFrame(el, box, [500, 700, 400])).to.deep.equal(['125px', '175px', '100px']);
      box.style.width = '800px';
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(el.getBoundingClientRect().height).to.equal(200);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('height-hint', () => {
  it('reserves that height before the data arrives, and after', async () => {
    const el = await fixture<HTMLElement & { data: unknown; updateComplete: Promise<unknown> }>(
      html`<exchange-chart height-hint="480"></exchange-chart>`,
    );
    expect(el.getBoundingClientRect().height).to.equal(480);
    el.data = validDataset();
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.be.at.least(480);
  });
});
