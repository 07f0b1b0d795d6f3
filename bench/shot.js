// /bench/shot.html?element=…&view=…&locale=…&theme=…&src=…[&state=table|tooltip[&mark=n]]: one element drawn
// from the built bundle, for scripts/shots.js. Sets window.shotReady once drawn (and opened).
import '/dist/exchange-charts.js';

const q = new URLSearchParams(location.search);
const theme = q.get('theme') ?? 'light';
if (theme === 'dark') document.body.classList.add('dark');
document.documentElement.lang = q.get('locale') ?? 'en';
const el = document.createElement(q.get('element') ?? 'exchange-chart');
for (const name of ['view', 'locale', 'series', 'region', 'projection']) if (q.get(name)) el.setAttribute(name, q.get(name));
el.setAttribute('theme', theme);
el.setAttribute('loading', 'eager');
el.setAttribute('src', q.get('src') ?? '/data/gaza-exchange-2025-10-16.json');
const settled = new Promise((resolve) => {
  el.addEventListener('exchange-load', resolve, { once: true });
  el.addEventListener('exchange-error', resolve, { once: true });
});
document.querySelector('#box').append(el);
await settled;
await el.updateComplete;
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
await el.updateComplete;
const state = q.get('state');
if (state === 'table') {
  el.shadowRoot.querySelector('[part~="data-toggle"]')?.click();
  await el.updateComplete;
} else if (state === 'tooltip') {
  // The first mark, or the nth with `mark` (keyboard: arrow keys from the first).
  const mark = el.shadowRoot.querySelector('[role="graphics-symbol"][tabindex="0"], [part~="country"][tabindex="0"]');
  mark?.focus();
  for (let i = 0; i < Number(q.get('mark') ?? 0); i++) {
    await el.updateComplete;
    el.shadowRoot.querySelector('[role="graphics-symbol"][tabindex="0"]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
  }
  await el.updateComplete;
}
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
window.shotReady = true;
