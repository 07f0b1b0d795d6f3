import { expect } from '@open-wc/testing';
import { ampHeightMessage, createEmbedded, pymHeightMessage } from '../../src/embed/frame.js';
import * as frame from '../../src/embed/frame.js';
import { heightFromMessage, resizeEmbeds } from '../../src/embed/parent.js';
import { validDataset } from '../helpers/fixtures.js';
import { until } from '../helpers/until.js';

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

/** The frame's document once it shows either a refusal or an element. */
async function shown(iframe: HTMLIFrameElement): Promise<Document> {
  await until(() => !!iframe.contentDocument?.querySelector('[role="alert"], exchange-chart, contributor-map'));
  return iframe.contentDocument!;
}

/** Waits until the frame shows a refusal, or a chart that has drawn `text` (before the guard, it drew any data). */
async function refusedOrDrawn(iframe: HTMLIFrameElement, text: string): Promise<Document> {
  const doc = await shown(iframe);
  await until(() => !!doc.querySelector('[role="alert"]') || !!doc.querySelector('exchange-chart')?.shadowRoot?.textContent?.includes(text));
  return doc;
}

describe('the iframe embed loads data only from where its host allows', () => {
  let stop: () => void;
  before(() => (stop = resizeEmbeds()));
  after(() => stop());
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  const spoofed = JSON.stringify({ ...validDataset(), title: 'SPOOFED: 9,999 killed' });
  // The test server answers as localhost and as 127.0.0.1: two origins, one server.
  const otherOrigin = () => location.origin.replace('//localhost:', '//127.0.0.1:');

  for (const page of ['/demo/embed.html', '/dist/embed.html']) {
    it(`${page} refuses a data: src with a visible reason naming the parameter, and draws no chart`, async () => {
      const { iframe, messages } = embed(`${page}?src=${encodeURIComponent(`data:application/json,${spoofed}`)}&childId=spoof&strict-csp`);
      const doc = await refusedOrDrawn(iframe, 'SPOOFED');
      expect(doc.querySelectorAll('exchange-chart').length, 'charts drawn').to.equal(0);
      const alert = doc.querySelector('[role="alert"]');
      expect(alert?.textContent).to.equal('src: only http(s) addresses are loaded; data: is refused.');
      expect(doc.body.textContent).not.to.contain('SPOOFED');
      expect(alert!.getBoundingClientRect().height).to.be.greaterThan(0);
      // Styled through the CSSOM, which the page's strict style-src allows.
      expect(getComputedStyle(alert!).borderTopStyle).to.equal('solid');
      // The parent still learns the frame's height, so the reason is not cut off.
      await until(() => messages.some((m) => heightFromMessage(m) !== null));
    });
  }

  it('refuses a blob: src made on its own origin', async () => {
    const blob = URL.createObjectURL(new Blob([spoofed], { type: 'application/json' }));
    try {
      const { iframe } = embed(`/dist/embed.html?src=${encodeURIComponent(blob)}`);
      const doc = await refusedOrDrawn(iframe, 'SPOOFED');
      expect(doc.querySelectorAll('exchange-chart').length, 'charts drawn').to.equal(0);
      expect(doc.querySelector('[role="alert"]')?.textContent).to.equal('src: only http(s) addresses are loaded; blob: is refused.');
    } finally {
      URL.revokeObjectURL(blob);
    }
  });

  it('refuses a map whose topology-src is not http(s), even when its src is fine', async () => {
    const { iframe } = embed(`/dist/embed.html?element=contributor-map&src=${DATA}&topology-src=${encodeURIComponent('data:application/json,{}')}`);
    const doc = await shown(iframe);
    expect(doc.querySelectorAll('contributor-map').length, 'maps drawn').to.equal(0);
    expect(doc.querySelector('[role="alert"]')?.textContent).to.equal('topology-src: only http(s) addresses are loaded; data: is refused.');
  });

  it('refuses an origin it does not list, naming that origin and where to allow it', async () => {
    const { iframe } = embed(`/dist/embed.html?src=${otherOrigin()}${DATA}`);
    const doc = await shown(iframe);
    expect(doc.querySelectorAll('exchange-chart').length, 'charts drawn').to.equal(0);
    expect(doc.querySelector('[role="alert"]')?.textContent).to.equal(
      `src: ${otherOrigin()} is not an origin this page loads from; its host can allow it in <meta name="exchange-charts-allowed-origins">.`,
    );
  });

  it('draws data from its own origin, by a relative or an absolute address', async () => {
    for (const src of [DATA, `${location.origin}${DATA}`]) {
      const { iframe } = embed(`/dist/embed.html?src=${encodeURIComponent(src)}`);
      const doc = await shown(iframe);
      const chart = doc.querySelector('exchange-chart')!;
      await until(() => !!chart.shadowRoot?.textContent?.includes('nearly 2,000'));
      expect(doc.querySelectorAll('[role="alert"]').length, 'refusals').to.equal(0);
      iframe.remove();
    }
  });

  for (const page of ['/demo/embed.html', '/dist/embed.html']) {
    it(`${page} refuses data that an allowed address redirects to from an origin it does not load from`, async () => {
      // Same origin, so allowed; it answers with a redirect to the other origin, which serves the data with CORS.
      const elsewhere = `${otherOrigin()}/__test__/echo?cors&body=${encodeURIComponent(spoofed)}`;
      const src = `/__test__/redirect?to=${encodeURIComponent(elsewhere)}`;
      const { iframe } = embed(`${page}?src=${encodeURIComponent(src)}`);
      const doc = await shown(iframe);
      const chart = doc.querySelector('exchange-chart') as HTMLElementTagNameMap['exchange-chart'];
      await until(() => chart.shadowRoot?.querySelector('[part="error"], [part="title"]'), 'an error or the data');
      // Nothing of the data is drawn (the address in the error holds the word, the heading does not).
      expect(chart.shadowRoot!.querySelector('[part="title"]'), 'a drawn title').to.equal(null);
      expect(chart.currentDataset).to.equal(undefined);
      expect(chart.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(`redirected to ${otherOrigin()}, an origin this page does not load from`);
    });
  }

  it('follows a redirect within the origins it loads from', async () => {
    const src = `/__test__/redirect?to=${encodeURIComponent(DATA)}`;
    const { iframe } = embed(`/dist/embed.html?src=${encodeURIComponent(src)}`);
    const doc = await shown(iframe);
    const chart = doc.querySelector('exchange-chart')!;
    await until(() => chart.shadowRoot?.textContent?.includes('nearly 2,000'), 'the data');
  });

  it('hands an origin its host lists in the meta to the element', async () => {
    const { iframe } = embed(`/test/pages/embed-allowed.html?src=${otherOrigin()}${DATA}`);
    const doc = await shown(iframe);
    expect(doc.querySelectorAll('[role="alert"]').length, 'refusals').to.equal(0);
    // The element fetches it: the test server sends no CORS headers, so it then reports a network
    // error of its own, which is not the frame's refusal.
    expect(doc.querySelector('exchange-chart')?.getAttribute('src')).to.equal(`${otherOrigin()}${DATA}`);
  });
});

describe('the embed page’s address policy: refusal(), allowedOrigins()', () => {
  const page = new URL('https://news.example.com/embeds/embed.html?src=x');
  const refusal = (value: string, allowed: string[] = [], at = page) => frame.refusal('src', value, at, allowed);

  it('refuses every scheme but http(s), naming the scheme and nothing else of the address', () => {
    expect(refusal('data:application/json,{"title":"SPOOFED"}')).to.equal('src: only http(s) addresses are loaded; data: is refused.');
    expect(refusal('blob:https://news.example.com/0d9f')).to.equal('src: only http(s) addresses are loaded; blob: is refused.');
    expect(refusal('javascript:alert(1)', ['*'])).to.equal('src: only http(s) addresses are loaded; javascript: is refused.');
    expect(refusal(' JavaScript:alert(1)')).to.equal('src: only http(s) addresses are loaded; javascript: is refused.');
    expect(refusal('file:///etc/passwd')).to.equal('src: only http(s) addresses are loaded; file: is refused.');
    expect(refusal('spoofed-nine-thousand-nine-hundred-killed:x')).to.equal('src: only http(s) addresses are loaded; any other scheme is refused.');
    expect(frame.refusal('topology-src', 'data:,{}', page, [])).to.match(/^topology-src: /);
    expect(refusal('http://[bad')).to.equal('src: not a web address; nothing is loaded.');
  });

  it('loads its own origin, relative addresses included, and refuses others unless listed', () => {
    for (const own of ['/data/a.json', 'a.json', '../a.json', '//news.example.com/a.json', 'https://news.example.com/a.json']) expect(refusal(own), own).to.equal(undefined);
    expect(refusal('https://evil.example/a.json')).to.equal(
      'src: https://evil.example is not an origin this page loads from; its host can allow it in <meta name="exchange-charts-allowed-origins">.',
    );
    expect(refusal('http://news.example.com/a.json')).to.match(/http:\/\/news\.example\.com is not an origin/);
    expect(refusal('https://data.example.org/a.json', ['https://data.example.org'])).to.equal(undefined);
    expect(refusal('https://data.example.org:8443/a.json', ['https://data.example.org'])).to.match(/is not an origin/);
  });

  it('takes * as any https origin, never http nor another scheme', () => {
    expect(refusal('https://anywhere.example/a.json', ['*'])).to.equal(undefined);
    expect(refusal('http://anywhere.example/a.json', ['*'])).to.match(/is not an origin/);
    expect(refusal('data:application/json,{}', ['*'])).to.match(/data: is refused/);
  });

  it('on the public CDN, whose address speaks for no publisher, loads any https origin', () => {
    const unpkg = new URL('https://unpkg.com/exchange-charts/dist/embed.html');
    expect(refusal('https://example.org/data.json', [], unpkg)).to.equal(undefined);
    expect(refusal('http://example.org/data.json', [], unpkg)).to.match(/is not an origin/);
    expect(refusal('data:application/json,{}', [], unpkg)).to.match(/data: is refused/);
  });

  it('reads the origins from every allow-list meta, as origins, and drops what is not one', () => {
    const doc = document.implementation.createHTMLDocument();
    doc.head.innerHTML = `<meta name="exchange-charts-allowed-origins" content="https://data.example.org/path/  https://CDN.example.com:443, *">
      <meta name="exchange-charts-allowed-origins" content="http://127.0.0.1:8000 ftp://files.example.org nonsense">
      <meta name="description" content="https://not.a.list.example">`;
    const warn = console.warn;
    const warned: unknown[] = [];
    console.warn = (...args: unknown[]) => warned.push(args[0]);
    try {
      expect(frame.allowedOrigins(doc)).to.deep.equal(['https://data.example.org', 'https://cdn.example.com', '*', 'http://127.0.0.1:8000']);
    } finally {
      console.warn = warn;
    }
    expect(warned.filter((w) => String(w).startsWith('embed.html:')), String(warned)).to.have.length(2);
    expect(frame.allowedOrigins(document.implementation.createHTMLDocument())).to.deep.equal([]);
  });
});
