import '../index.js';

// The page inside an iframe, for CMSs that allow only iframes:
//   embed.html?src=…&view=…&theme=…&locale=…  (element=contributor-map for the map)
// It shows one element at full width and tells the parent page its height, in the message
// formats of pym.js and of AMP's <amp-iframe resizable>, so the resizers newsrooms already
// run work unchanged; embed.js is a small resizer of our own.

const ELEMENTS = new Set(['exchange-chart', 'contributor-map']);
const ATTRIBUTES = ['src', 'view', 'series', 'theme', 'locale', 'time-direction', 'projection', 'region', 'refresh', 'timeout', 'topology-src'];

/** The pym.js message a child sends with its height, for the parent's pym.Parent. */
export function pymHeightMessage(childId: string, height: number): string {
  return `pymxPYMx${childId}xPYMxheightxPYMx${height}`;
}

/** The AMP message that asks an <amp-iframe resizable> for a height. */
export function ampHeightMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
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

function start(): void {
  const params = new URLSearchParams(location.search);
  const locale = params.get('locale');
  if (locale) document.documentElement.lang = locale;
  const el = createEmbedded(params);
  document.body.append(el);
  const childId = params.get('childId');
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage(pymHeightMessage(childId ?? 'exchange-charts', height), '*');
    window.parent.postMessage(ampHeightMessage(height), '*');
    window.parent.postMessage({ type: 'exchange-charts:height', height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
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
