// Runs inside test/pages/bundles.html?load=exchange-chart,contributor-map (names of dist/ files,
// in the order a page's script tags would run them): loads them, waits until every element whose
// tag is defined has drawn or shown an error, and leaves in window.bundlesReport what each
// element shows and which bundle's class defined each tag.
const names = (new URLSearchParams(location.search).get('load') ?? '').split(',').filter(Boolean);
const modules = [];
for (const name of names) modules.push(await import(`/dist/${name}.js`));

const CLASSES = { 'exchange-chart': 'ExchangeChart', 'contributor-map': 'ContributorMap' };
const definedBy = {};
for (const [tag, className] of Object.entries(CLASSES)) {
  const defined = customElements.get(tag);
  definedBy[tag] = defined ? names[modules.findIndex((m) => m[className] === defined)] ?? 'another copy' : undefined;
}
const elements = [...document.querySelectorAll('exchange-chart, contributor-map')].filter((el) => definedBy[el.localName]);
const done = (el) => el.shadowRoot?.querySelector('svg[role="graphics-document"], [part="error"]');
while (!elements.every(done)) await new Promise((resolve) => setTimeout(resolve, 50));
await Promise.all(elements.map((el) => el.updateComplete));
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

window.bundlesReport = {
  definedBy,
  exports: Object.fromEntries(names.map((name, i) => [name, Object.keys(modules[i]).sort()])),
  shown: Object.fromEntries(
    [...document.querySelectorAll('exchange-chart, contributor-map')].map((el) => [
      el.localName,
      {
        drawn: Boolean(el.shadowRoot?.querySelector('svg[role="graphics-document"]')),
        error: el.shadowRoot?.querySelector('[part="error"]')?.textContent.trim(),
        text: el.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '',
      },
    ]),
  ),
};
