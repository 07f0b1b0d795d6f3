import '../index.js';

// The page inside an iframe, for CMSs that allow only iframes:
//   embed.html?src=…&view=…&theme=…&locale=…  (element=contributor-map for the map)
// It shows one element at full width and tells the parent page its height, in the message
// formats of pym.js and of AMP's <amp-iframe resizable>, so the resizers newsrooms already
// run work unchanged; embed.js is a small resizer of our own.
//
// Anyone can write the address, so the page would otherwise draw any dataset from anywhere
// under its host's name: `?src=data:application/json,{"title":"SPOOFED…"}` on a newsroom's
// domain. It loads data only over http(s), and only from its own origin and the origins its
// host lists in the page (see ALLOWED_ORIGINS_META); otherwise it says why, and draws nothing.
// Nor may an allowed address redirect it elsewhere (guardRedirects).
//
// It reports its height once the element has drawn (or shown why not), never before: a parent
// that took a half-drawn height would shrink the frame and grow it again, moving the article
// twice. Before that report the frame keeps the height its snippet gave it.

const ELEMENTS = new Set(['exchange-chart', 'contributor-map']);
const ATTRIBUTES = ['src', 'view', 'series', 'theme', 'locale', 'time-direction', 'projection', 'region', 'refresh', 'timeout', 'topology-src'];
/** The parameters whose value the element fetches. */
const ADDRESSES = ['src', 'topology-src'];

/**
 * The `<meta>` of embed.html whose `content` lists, separated by spaces, the origins it may
 * load data from besides its own; `*` allows any https origin. Its host edits it, not the JS.
 *
 * @example
 * <meta name="exchange-charts-allowed-origins" content="https://data.example.org https://cdn.example.com" />
 */
export const ALLOWED_ORIGINS_META = 'exchange-charts-allowed-origins';

// A public npm CDN serves this same file for everyone: its address speaks for no publisher and
// no one there can edit the meta, so a page served from one loads any https origin (as the
// README's and the embed builder's snippets do: unpkg's embed.html, the newsroom's data).
const PUBLIC_CDNS = new Set(['https://unpkg.com']);

/** An address parsed against a base, or undefined (URL.canParse is too recent for some readers' browsers). */
function parse(value: string, base?: URL): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** The origins a document's allow-list names (`*` kept as is); entries that are not http(s) origins are dropped. */
export function allowedOrigins(doc: Document = document): string[] {
  const entries = [...doc.querySelectorAll<HTMLMetaElement>(`meta[name="${ALLOWED_ORIGINS_META}"]`)].flatMap((meta) =>
    meta.content.split(/[\s,]+/).filter(Boolean),
  );
  return entries.flatMap((entry) => {
    if (entry === '*') return ['*'];
    const url = parse(entry);
    if (url && (url.protocol === 'https:' || url.protocol === 'http:')) return [url.origin];
    console.warn(`embed.html: "${entry}" in <meta name="${ALLOWED_ORIGINS_META}"> is not an http(s) origin; ignored.`);
    return [];
  });
}

/**
 * Why the page refuses to load a parameter's address, or undefined when it may. Relative
 * addresses resolve against the page, as the element resolves them. The message names the
 * parameter and the scheme or origin, never the rest of the address: the page must not show
 * text that whoever wrote the address chose.
 */
export function refusal(name: string, value: string, page: URL, allowed: readonly string[]): string | undefined {
  const url = parse(value, page);
  if (!url) return `${name}: not a web address; nothing is loaded.`;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    const scheme = /^[a-z][a-z0-9+.-]{0,11}:$/.test(url.protocol) ? url.protocol : 'any other scheme';
    return `${name}: only http(s) addresses are loaded; ${scheme} is refused.`;
  }
  if (url.origin === page.origin || allowed.includes(url.origin)) return undefined;
  if (url.protocol === 'https:' && (allowed.includes('*') || PUBLIC_CDNS.has(page.origin))) return undefined;
  return `${name}: ${url.origin} is not an origin this page loads from; its host can allow it in <meta name="${ALLOWED_ORIGINS_META}">.`;
}

/** Every refusal for the addresses a query holds, in parameter order. */
export function refusals(params: URLSearchParams, page: URL, allowed: readonly string[]): string[] {
  return ADDRESSES.flatMap((name) => {
    const value = params.get(name);
    const problem = value === null || value === '' ? undefined : refusal(name, value, page, allowed);
    return problem ? [problem] : [];
  });
}

/** The pym.js message a child sends with its height, for the parent's pym.Parent. */
export function pymHeightMessage(childId: string, height: number): string {
  return `pymxPYMx${childId}xPYMxheightxPYMx${height}`;
}

/** The AMP message that asks an <amp-iframe resizable> for a height. */
export function ampHeightMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/**
 * Makes the page's fetch refuse an answer that came, through redirects, from an origin the
 * page does not load from (by the rules of refusal()). The elements fetch with the page's
 * fetch and follow redirects, since a newsroom's data may move; without this an allowed
 * address could lead to data from anywhere. The answer is dropped unread, and the element
 * shows the reason as a load error.
 */
export function guardRedirects(win: Window & typeof globalThis, page: URL, allowed: readonly string[]): void {
  const fetch = win.fetch.bind(win);
  win.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await fetch(input, init);
    if (response.redirected && refusal('redirect', response.url, page, allowed)) {
      void response.body?.cancel();
      throw new TypeError(`redirected to ${new URL(response.url).origin}, an origin this page does not load from`);
    }
    return response;
  };
}

/** Creates the element the query asks for, with only the attributes it knows. */
export function createEmbedded(params: URLSearchParams): HTMLElement {
  const tag = params.get('element') ?? 'exchange-chart';
  const el = document.createElement(ELEMENTS.has(tag) ? tag : 'exchange-chart');
  for (const name of ATTRIBUTES) {
    const value = params.get(name);
    if (value !== null && value !== '') el.setAttribute(name, value);
  }
  el.setAttribute('loading', 'eager');
  return el;
}

/** What the frame shows instead of a chart it will not draw: the reasons, in plain text. */
function refusalNotice(reasons: string[]): HTMLElement {
  const notice = document.createElement('div');
  notice.setAttribute('role', 'alert');
  notice.className = 'exchange-charts-refused';
  // Through the CSSOM, which a strict style-src allows, unlike a style attribute.
  Object.assign(notice.style, { margin: '0', padding: '0.5rem 0.75rem', border: '1px solid currentColor', borderRadius: '4px' });
  for (const reason of reasons) {
    const line = document.createElement('p');
    line.style.margin = '0';
    line.textContent = reason;
    notice.append(line);
    console.error(`embed.html: ${reason}`);
  }
  return notice;
}

function start(): void {
  const params = new URLSearchParams(location.search);
  const locale = params.get('locale');
  if (locale) document.documentElement.lang = locale;
  const page = new URL(location.href);
  const allowed = allowedOrigins();
  const refused = refusals(params, page, allowed);
  // Ready to report: a refusal at once; an element once it has drawn its data or its error.
  let ready: Promise<unknown>;
  if (refused.length) {
    document.body.append(refusalNotice(refused));
    ready = Promise.resolve();
  } else {
    guardRedirects(window, page, allowed);
    const el = createEmbedded(params) as HTMLElement & { updateComplete?: Promise<unknown> };
    ready = new Promise((resolve) => {
      el.addEventListener('exchange-load', resolve, { once: true });
      el.addEventListener('exchange-error', resolve, { once: true });
    }).then(() => el.updateComplete);
    document.body.append(el);
  }
  const childId = params.get('childId');
  let last = -1;
  let drawn = false;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (!drawn || height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage(pymHeightMessage(childId ?? 'exchange-charts', height), '*');
    window.parent.postMessage(ampHeightMessage(height), '*');
    window.parent.postMessage({ type: 'exchange-charts:height', height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  // A frame of its own after the last update, so that what measures its text has drawn.
  void ready.then(() =>
    requestAnimationFrame(() => {
      drawn = true;
      post();
    }),
  );
  // pym's parent asks for the height again after it learns the width.
  window.addEventListener('message', (event) => {
    if (typeof event.data === 'string' && event.data.includes('xPYMxwidthxPYMx')) {
      last = -1;
      post();
    }
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
