// Compares the bundled world with world-atlas's unsimplified 1:110m countries, for looking at
// coastlines before changing scripts/build-world.js. Parameters: simplified=0|1 (default 1),
// weight and quantization (rebuild live with other settings), projection, region, width.
import { frameMap, maybeProjection, maybeRegion, countryFeatures, outlinePath, pathFor, type CountriesTopology } from '../src/contributor-map/geometry.js';
import { world110m } from '../src/contributor-map/world-110m.js';

const params = new URLSearchParams(location.search);
const width = Number(params.get('width') ?? 1000);
let topology: CountriesTopology = world110m;
let label = 'bundled (src/contributor-map/world-110m.ts)';
if (params.get('simplified') === '0' || params.has('weight') || params.has('quantization') || params.has('boost')) {
  const source = await (await fetch('/node_modules/world-atlas/countries-110m.json')).json();
  topology = source;
  label = 'world-atlas countries-110m.json, unsimplified';
  if (params.has('weight') || params.has('quantization') || params.has('boost')) {
    // @ts-expect-error a plain JS build script without types
    const { buildWorld } = await import('../scripts/build-world.js');
    const options: Record<string, number> = {};
    if (params.has('weight')) options.minWeight = Number(params.get('weight'));
    if (params.has('quantization')) options.quantization = Number(params.get('quantization'));
    if (params.has('boost')) options.boost = Number(params.get('boost'));
    topology = buildWorld(source, options);
    label = `rebuilt with ${JSON.stringify(options)}`;
  }
}
const frame = frameMap({ projection: maybeProjection(params.get('projection')), region: maybeRegion(params.get('region')), width, focus: [[34.37, 31.42]] });
const path = pathFor(frame);
const svg = document.querySelector('#map')!;
svg.setAttribute('width', String(frame.width));
svg.setAttribute('height', String(frame.height));
svg.innerHTML =
  `<path class="outline" d="${outlinePath(frame, path)}"/>` +
  countryFeatures(topology).map((f) => `<path class="land" d="${path(f) ?? ''}"/>`).join('');
let points = 0;
for (const arc of topology.arcs) points += arc.length;
document.querySelector('#caption')!.textContent = `${label}: ${points} points`;
