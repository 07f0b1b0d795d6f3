// The floor of the benchmark (issue 13): the default dataset drawn by a plain, hand-written Lit
// + d3 page, with none of the library's care: three bars with their labels, and a world map
// with six highlighted countries. No validation, no Intl, no text measurement, no qualifiers,
// no accessibility. scripts/bench.js bundles it like the library (rollup, node-resolve,
// terser) into dist/bench/floor.js and measures it beside ours in the same run.
import { css, html, LitElement, svg } from 'lit';
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { world110m } from '../../lib/contributor-map/world-110m.js';

// The contributors' ISO 3166-1 numeric codes (the topology's ids), by alpha-3.
const NUMERIC = { IDN: '360', ARE: '784', EGY: '818', QAT: '634', AZE: '031', USA: '840' };

class FloorElement extends LitElement {
  static properties = { src: {}, data: { state: true }, width: { state: true } };
  // A block, as ours is: an inline custom element is 0 px wide and would only ever say "Loading…"
  // (the floor drew nothing until round 4 of issue 13 found it).
  static styles = css`:host { display: block; }`;

  connectedCallback() {
    super.connectedCallback();
    this.width = this.clientWidth;
    // Redrawn at once, inside the observer's callback: the floor of a resize.
    this.observer = new ResizeObserver(([entry]) => {
      this.width = Math.floor(entry.contentRect.width);
    });
    this.observer.observe(this);
    fetch(this.src)
      .then((r) => r.json())
      .then((data) => {
        this.data = data;
        this.updateComplete.then(() => this.dispatchEvent(new Event('exchange-load')));
      });
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.observer.disconnect();
  }
}

class FloorBars extends FloorElement {
  render() {
    if (!this.data || !this.width) return html`<p>Loading…</p>`;
    const { figures } = this.data;
    const x = scaleLinear()
      .domain([0, Math.max(...figures.map((f) => f.total ?? f.value))])
      .range([0, this.width]);
    const row = 48;
    return html`<h2>${this.data.title}</h2>
      <svg width=${this.width} height=${figures.length * row}>
        ${figures.map(
          (f, i) => svg`<g transform="translate(0 ${i * row})">
            <text y="14" font-size="14">${f.label}: ${f.value}</text>
            <rect y="20" width=${Math.max(2, x(f.value))} height="20" fill=${f.side === 'held-by-israel' ? '#b35806' : '#1b7837'}></rect>
          </g>`,
        )}
      </svg>`;
  }
}

const countries = feature(world110m, world110m.objects.countries).features;

class FloorMap extends FloorElement {
  render() {
    if (!this.data || !this.width) return html`<p>Loading…</p>`;
    const named = new Set(this.data.contributors.countries.map((c) => NUMERIC[c.country]));
    const height = Math.round(this.width / 2);
    const path = geoPath(geoEqualEarth().fitSize([this.width, height], { type: 'Sphere' }));
    return html`<h2>${this.data.title}</h2>
      <svg width=${this.width} height=${height}>
        ${countries.map((c) => svg`<path d=${path(c)} fill=${named.has(c.id) ? '#1b7837' : '#ddd'} stroke="#fff"></path>`)}
      </svg>`;
  }
}

customElements.define('floor-bars', FloorBars);
customElements.define('floor-map', FloorMap);

/** The floor of a long timeline: a plain d3 line of `points` ([x, y]) in an SVG. */
class FloorLine extends LitElement {
  static properties = { points: { attribute: false } };
  static styles = css`:host { display: block; }`;

  render() {
    if (!this.points) return html``;
    const width = this.clientWidth || 960;
    const height = 300;
    const x = scaleLinear().domain(extent(this.points, (p) => p[0])).range([0, width]);
    const y = scaleLinear().domain(extent(this.points, (p) => p[1])).range([height, 0]);
    const d = line().x((p) => x(p[0])).y((p) => y(p[1]))(this.points);
    return html`<svg width=${width} height=${height}><path d=${d} fill="none" stroke="#1b7837"></path></svg>`;
  }
}

customElements.define('floor-line', FloorLine);
