import '../src/index.js';

// The controls set the same attributes an embed would, on every element of the page.
const form = document.querySelector<HTMLFormElement>('#controls')!;
const elements = () => document.querySelectorAll('exchange-chart, contributor-map');

function apply(): void {
  const values = new FormData(form);
  for (const el of elements()) {
    for (const name of ['src', 'locale', 'theme']) el.setAttribute(name, String(values.get(name)));
    if (el.localName === 'exchange-chart') el.setAttribute('view', String(values.get('view')));
    if (el.localName === 'contributor-map') {
      for (const name of ['projection', 'region']) el.setAttribute(name, String(values.get(name)));
    }
  }
  document.body.classList.toggle('dark', values.get('theme') === 'dark');
}

// Settings live in the address, so a preview can be shared or reloaded as it is.
const params = new URLSearchParams(location.search);
for (const [name, value] of params) {
  const field = form.elements.namedItem(name);
  if (field instanceof HTMLSelectElement) field.value = value;
}
form.addEventListener('change', () => {
  history.replaceState(null, '', `?${new URLSearchParams(new FormData(form) as unknown as Record<string, string>)}`);
  apply();
});
apply();
