import '../src/index.js';
import { cases, renderCase } from '../test/snapshots/index.js';

// Each case is drawn live, then its golden is shown beside it: a gallery of every snapshot.
const gallery = document.querySelector<HTMLElement>('#gallery')!;
for (const c of cases) {
  const section = document.createElement('section');
  section.className = 'case';
  section.id = c.name;
  const title = document.createElement('h2');
  title.textContent = c.name;
  const pair = document.createElement('div');
  pair.className = 'pair';
  const live = document.createElement('figure');
  const liveCaption = document.createElement('figcaption');
  liveCaption.textContent = `live, ${c.width} px`;
  live.append(liveCaption);
  const golden = document.createElement('figure');
  const goldenCaption = document.createElement('figcaption');
  goldenCaption.textContent = 'golden (SVG only)';
  const img = document.createElement('img');
  img.className = 'golden';
  img.alt = `Golden snapshot ${c.name}`;
  img.src = `/test/output/${c.name}.svg`;
  img.addEventListener('error', () => img.replaceWith('no golden yet'));
  golden.append(goldenCaption, img);
  pair.append(live, golden);
  section.append(title, pair);
  gallery.append(section);
  await renderCase(c, live).catch((error: Error) => live.append(`failed: ${error.message}`));
}
