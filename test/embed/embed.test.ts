import { expect } from '@open-wc/testing';
import { ampHeightMessage, createEmbedded, pymHeightMessage } from '../../src/embed/frame.js';
import { heightFromMessage, resizeEmbeds } from '../../src/embed/parent.js';

const DATA = '/data/gaza-exchange-2025-10-16.json';

/** An iframe the parent resizer watches, and every message it posts. */
function embed(url: string) {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('data-exchange-charts', '');
  iframe.title = 'The October 2025 Gaza ceasefire exchange';
  iframe.style.width = '600px';
  iframe.style.height = '150px';
  iframe.style.border = '0';
  const messages: unknown[] = [];
  window.addEventListener('message', (event) => {
    if (event.source === iframe.contentWindow) messages.push(event.data);
  });
  iframe.src = url;
  document.body.append(iframe);
  return { iframe, messages };
}

async function until(check: () => boolean, ms = 10000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the iframe embed (demo/embed.html, built as dist/embed.html)', () => {
  let stop: () => void;
  before(() => (stop = resizeEmbeds()));
  after(() => stop());
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const page of ['/demo/embed.html', '/dist/embed.html']) {
    it(`${page} shows the element at full width and the parent page takes its height`, async () => {
      const { iframe, messages } = embed(`${page}?src=${DATA}&view=bars&theme=dark&locale=fr&childId=chart-1&strict-csp`);
      await until(() => messages.some((m) => typeof m === 'string' && m.startsWith('pymxPYMxchart-1xPYMxheightxPYMx')));
      const inner = iframe.contentDocument!;
      const chart = inner.querySelector('exchange-chart')!;
      expect([chart.getAttribute('theme'), chart.getAttribute('locale'), chart.getAttribute('view')]).to.deep.equal(['dark', 'fr', 'bars']);
      await until(() => chart.shadowRoot!.textContent!.includes('près de'));
      const height = Math.ceil(inner.documentElement.getBoundingClientRect().height);
      await until(() => parseInt(iframe.style.height, 10) === height);
      expect(height).to.be.greaterThan(150);
      expect(chart.getBoundingClientRect().width).to.be.closeTo(600, 2);
      expect(messages).to.deep.include(ampHeightMessage(height));
      expect(messages).to.include(pymHeightMessage('chart-1', height));
    });
  }

  it('shows the map when asked, with only the attributes it knows', () => {
    const el = createEmbedded(new URLSearchParams('element=contributor-map&region=contributors&onclick=alert(1)&src=x.json'));
    expect(el.localName).to.equal('contributor-map');
    expect([el.getAttribute('region'), el.getAttribute('src'), el.hasAttribute('onclick')]).to.deep.equal(['contributors', 'x.json', false]);
    expect(createEmbedded(new URLSearchParams('element=script')).localName).to.equal('exchange-chart');
  });

  it('reads heights from pym and its own messages, and ignores everything else', () => {
    expect(heightFromMessage('pymxPYMxabcxPYMxheightxPYMx640')).to.equal(640);
    expect(heightFromMessage({ type: 'exchange-charts:height', height: 512 })).to.equal(512);
    expect(heightFromMessage({ type: 'exchange-charts:height', height: 'x' })).to.equal(null);
    expect(heightFromMessage('pymxPYMxabcxPYMxwidthxPYMx640')).to.equal(null);
    expect(heightFromMessage(null)).to.equal(null);
  });

  it('resizes only the iframe the message came from', async () => {
    const first = embed(`/demo/embed.html?src=${DATA}`);
    const second = embed('about:blank');
    await until(() => first.messages.length > 0);
    await until(() => parseInt(first.iframe.style.height, 10) > 150);
    expect(second.iframe.style.height).to.equal('150px');
  });
});
