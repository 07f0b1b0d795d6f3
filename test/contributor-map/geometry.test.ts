import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { formatNumber } from '../../src/data/format.js';
import { decodeArcs, decodeGeometries } from '../../src/contributor-map/decode-arcs.js';
import {
  boxOutline,
  countryFeatures,
  directPath,
  drawCountry,
  frameMap,
  globeFacing,
  isCountriesTopology,
  maybeProjection,
  maybeRegion,
  normalizeCountryId,
  pathFor,
  projectPoint,
  PROJECTIONS,
  REGIONS,
  SMALL_COUNTRY_PX,
  type CountriesTopology,
  type CountryFeature,
  type LonLat,
} from '../../src/contributor-map/geometry.js';
import { geoPath } from 'd3-geo';
import { summarizeContributors } from '../../src/contributor-map/summary.js';
import { world110m } from '../../src/contributor-map/world-110m.js';

const GAZA: LonLat = [34.37, 31.42];
const features = countryFeatures(world110m);
const byId = new Map(features.map((f) => [f.id, f]));
const country = (numeric: string) => byId.get(numeric)!;
// The contributors of the shipped dataset: Indonesia, UAE, Egypt, Qatar, Azerbaijan, United States.
const CONTRIBUTORS = ['360', '784', '818', '634', '031', '840'].map(country);

const inside = ([x, y]: [number, number], width: number, height: number) => x >= 0 && x <= width && y >= 0 && y <= height;

describe('world-110m (the bundled world)', () => {
  it('has the 177 countries of Natural Earth 1:110m but Antarctica, 173 of them with a unique ISO numeric id', () => {
    expect(isCountriesTopology(world110m)).to.equal(true);
    expect(features).to.have.length(176);
    const ids = features.map((f) => f.id).filter(Boolean);
    expect(ids).to.have.length(173);
    expect(new Set(ids).size).to.equal(173);
    expect(ids).to.not.include('010');
    for (const id of ids) expect(id).to.match(/^\d{3}$/);
    for (const f of CONTRIBUTORS) expect(f, 'every contributor of the shipped dataset').to.not.equal(undefined);
  });

  it('carries no names: the element names countries in the reader’s language', () => {
    for (const g of world110m.objects.countries.geometries) expect(g.properties).to.equal(undefined);
  });

  it('is exactly what scripts/build-world.js makes of world-atlas countries-110m.json', async () => {
    const source = await (await fetch('/node_modules/world-atlas/countries-110m.json')).json();
    const { buildWorld, encodeArcs, encodeGeometries } = await import(String('/scripts/build-world.js'));
    const built = buildWorld(source);
    expect(world110m).to.deep.equal(built);
    expect(decodeArcs(encodeArcs(built.arcs))).to.deep.equal(built.arcs);
    expect(decodeGeometries(encodeGeometries(built.objects.countries.geometries))).to.deep.equal(built.objects.countries.geometries);
  });

  it('keeps most points inside the Middle East box and about a third elsewhere', async () => {
    const source = await (await fetch('/node_modules/world-atlas/countries-110m.json')).json();
    const { FOCUS_BOX } = await import(String('/scripts/build-world.js'));
    const [[west, south], [east, north]] = FOCUS_BOX as [[number, number], [number, number]];
    // [inside, outside] the box, from the delta-encoded, quantized arcs.
    const count = (t: CountriesTopology) => {
      const [kx, ky] = t.transform!.scale;
      const [tx, ty] = t.transform!.translate;
      let inside = 0;
      let outside = 0;
      for (const arc of t.arcs) {
        let x = 0;
        let y = 0;
        for (const [dx, dy] of arc) {
          x += dx;
          y += dy;
          const [lon, lat] = [x * kx + tx, y * ky + ty];
          if (lon >= west && lon <= east && lat >= south && lat <= north) inside++;
          else outside++;
        }
      }
      return [inside, outside];
    };
    const [sourceIn, sourceOut] = count(source);
    const [keptIn, keptOut] = count(world110m);
    expect(keptIn / sourceIn).to.be.within(0.65, 0.85);
    expect(keptOut / sourceOut).to.be.within(0.25, 0.45);
  });

  it('adds at most 15 KB gzip to what readers download (lib/, built by npm run build)', async () => {
    const size = async (path: string) => executeServerCommand<number, { path: string }>('gzip-size', { path });
    const world = (await size('lib/contributor-map/world-110m.js')) + (await size('lib/contributor-map/decode-arcs.js'));
    expect(world).to.be.greaterThan(5 * 1024);
    expect(world).to.be.at.most(15 * 1024);
  });
});

describe('decodeArcs()', () => {
  it('reads back zigzag varints, negative and large deltas included, one arc per comma', () => {
    // 0 → "A"; -1 → zigzag 1 → "B"; 16 → zigzag 32 → continuation 0 then 1: "gB"; 5000 → zigzag 10000.
    expect(decodeArcs('AB,gBA,')).to.deep.equal([[[0, -1]], [[16, 0]]]);
    expect(decodeArcs('w4JA,')).to.deep.equal([[[5000, 0]]]);
    expect(() => decodeArcs('A!,')).to.throw(/not an encoded arc character/);
  });
});

describe('decodeGeometries()', () => {
  it('reads ids, polygons, rings and arc indexes, an empty index being the next arc not yet used', () => {
    expect(decodeGeometries('242*/;834:,-1,5|;:-3')).to.deep.equal([
      { type: 'MultiPolygon', id: '242', arcs: [[[0]], [[1]]] },
      { type: 'Polygon', id: '834', arcs: [[2, -1, 5], [3]] },
      { type: 'Polygon', arcs: [[-3]] },
    ]);
    expect(() => decodeGeometries('242!1')).to.throw(/not an encoded geometry/);
  });
});

describe('maybeProjection() and maybeRegion()', () => {
  it('keep known names and fall back to Equal Earth and the world', () => {
    for (const p of PROJECTIONS) expect(maybeProjection(p)).to.equal(p);
    for (const r of REGIONS) expect(maybeRegion(r)).to.equal(r);
    expect(maybeProjection('robinson')).to.equal('equal-earth');
    expect(maybeProjection(undefined)).to.equal('equal-earth');
    expect(maybeRegion('europe')).to.equal('world');
  });
});

describe('normalizeCountryId()', () => {
  it('writes ISO numeric ids with 3 digits, as world-atlas does', () => {
    expect(normalizeCountryId(36)).to.equal('036');
    expect(normalizeCountryId('31')).to.equal('031');
    expect(normalizeCountryId('840')).to.equal('840');
    expect(normalizeCountryId(undefined)).to.equal(undefined);
  });
});

describe('frameMap()', () => {
  for (const projection of PROJECTIONS) {
    for (const region of REGIONS) {
      for (const width of [320, 1000]) {
        it(`${projection}, ${region}, ${width} px: fills the width, keeps Gaza in the frame, draws land`, () => {
          const frame = frameMap({ projection, region, width, contributors: CONTRIBUTORS, focus: [GAZA] });
          expect(frame.width).to.equal(width);
          expect(frame.height).to.be.within(Math.round(width * 0.35), Math.min(width, 600));
          const gaza = projectPoint(frame, GAZA);
          expect(gaza, 'Gaza is drawn').to.not.equal(null);
          expect(inside(gaza!, frame.width, frame.height)).to.equal(true);
          const path = pathFor(frame);
          const drawn = features.filter((f) => path(f));
          expect(drawn.length).to.be.greaterThan(region === 'middle-east' ? 15 : 60);
          // Egypt, next to the focus, is drawn everywhere.
          expect(drawCountry(country('818'), frame, path).d).to.not.equal('');
        });
      }
    }
  }

  it('frames the whole Equal Earth world at its own aspect (about 1 : 2.05)', () => {
    const { width, height } = frameMap({ projection: 'equal-earth', region: 'world', width: 1000 });
    expect(width).to.equal(1000);
    expect(height).to.be.within(480, 495);
  });

  it('keeps Mercator finite by framing 57° S to 84° N', () => {
    const frame = frameMap({ projection: 'mercator', region: 'world', width: 1000 });
    expect(frame.height).to.be.within(500, 800);
  });

  it('region "contributors" puts every listed country inside the frame, with padding', () => {
    const frame = frameMap({ projection: 'equal-earth', region: 'contributors', width: 1000, contributors: [country('818'), country('634'), country('784')], focus: [GAZA] });
    const path = pathFor(frame);
    for (const f of [country('818'), country('634'), country('784')]) {
      const [[x0, y0], [x1, y1]] = path.bounds(f);
      expect(x0).to.be.at.least(7.9);
      expect(y0).to.be.at.least(7.9);
      expect(x1).to.be.at.most(frame.width - 7.9);
      expect(y1).to.be.at.most(frame.height - 7.9);
    }
    // Zoomed in: Egypt is far wider than on the world map.
    expect(path.bounds(country('818'))[1][0] - path.bounds(country('818'))[0][0]).to.be.greaterThan(200);
  });

  it('region "middle-east" leaves the United States and Indonesia out of the frame', () => {
    const frame = frameMap({ projection: 'equal-earth', region: 'middle-east', width: 1000 });
    expect(drawCountry(country('840'), frame).d).to.equal('');
    expect(drawCountry(country('360'), frame).d).to.equal('');
    expect(drawCountry(country('634'), frame).d).to.not.equal('');
  });

  it('turns an orthographic globe to face the focus, and hides its far side', () => {
    const frame = frameMap({ projection: 'orthographic', region: 'world', width: 600, focus: [GAZA] });
    const [x, y] = projectPoint(frame, GAZA)!;
    expect(x).to.be.closeTo(300, 1);
    expect(y).to.be.closeTo(frame.height / 2, 1);
    expect(projectPoint(frame, [GAZA[0] - 180, -GAZA[1]])).to.equal(null);
  });

  it('turns a globe of the contributors to show Gaza and five of the six listed countries, not three', () => {
    const listed = ['360', '784', '818', '634', '031', '840'].map(country);
    for (const region of ['contributors', 'world'] as const) {
      const frame = frameMap({ projection: 'orthographic', region, width: 600, contributors: listed, focus: [GAZA] });
      expect(projectPoint(frame, GAZA), `${region}: Gaza`).to.not.equal(null);
      const seen = listed.filter((c) => drawCountry(c, frame).d !== '');
      expect(seen.map((c) => c.id), region).to.have.length.at.least(5);
    }
  });

  it('globeFacing(): the focus first, then as many places as one hemisphere holds', () => {
    expect(globeFacing([GAZA], [])).to.deep.equal(GAZA);
    expect(globeFacing([], [])).to.deep.equal([0, 0]);
    // Two places on opposite sides and the focus beside one: the focus's side.
    const [lon] = globeFacing([[10, 0]], [[0, 0], [180, 0]]);
    expect(Math.abs(lon)).to.be.below(60);
  });

  it('writes path data with at most one decimal', () => {
    const frame = frameMap({ projection: 'equal-earth', region: 'world', width: 1000 });
    const d = pathFor(frame)(country('360'))!;
    expect(d).to.match(/^M/);
    expect(d).to.not.match(/\.\d\d/);
  });
});

describe('directPath()', () => {
  for (const projection of ['equal-earth', 'natural-earth'] as const) {
    it(`${projection}, world: writes d3's path of each country it draws, at every width from 200 to 1600 px, and draws nearly all of them`, () => {
      let direct = 0;
      let all = 0;
      for (let width = 200; width <= 1600; width += 9) {
        const frame = frameMap({ projection, region: 'world', width });
        expect(frame.whole).to.equal(true);
        const d3 = geoPath(frame.projection).digits(1);
        for (const feature of features) {
          const d = directPath(feature, frame);
          all++;
          if (d === undefined) continue;
          direct++;
          expect(d, `${feature.id} at ${width} px`).to.equal(d3(feature));
        }
      }
      // Russia (across the antimeridian) and the few that d3 resamples at some widths are left to d3.
      expect(direct / all).to.be.above(0.98);
    });
  }

  it('leaves Russia, which crosses the antimeridian, to d3; and every frame that cuts the world', () => {
    expect(directPath(country('643'), frameMap({ projection: 'equal-earth', region: 'world', width: 1000 }))).to.equal(undefined);
    for (const [projection, region] of [['mercator', 'world'], ['orthographic', 'world'], ['equal-earth', 'middle-east'], ['equal-earth', 'contributors']] as const) {
      expect(frameMap({ projection, region, width: 640, contributors: CONTRIBUTORS, focus: [GAZA] }).whole, `${projection} ${region}`).to.equal(false);
    }
  });

  it('pathFor() draws the whole world as d3 does, Russia included', () => {
    const frame = frameMap({ projection: 'equal-earth', region: 'world', width: 777 });
    const d3 = geoPath(frame.projection).digits(1);
    for (const feature of features) expect(pathFor(frame)(feature), feature.id).to.equal(d3(feature));
  });
});

describe('drawCountry()', () => {
  const world1000 = frameMap({ projection: 'equal-earth', region: 'world', width: 1000 });
  const world320 = frameMap({ projection: 'equal-earth', region: 'world', width: 320 });

  it(`gives a country smaller than ${SMALL_COUNTRY_PX} px a marker at its centre (Qatar on a world map)`, () => {
    const qatar = drawCountry(country('634'), world1000);
    expect(qatar.d).to.not.equal('');
    expect(qatar.marker).to.not.equal(null);
    const [[x0, y0], [x1, y1]] = pathFor(world1000).bounds(country('634'));
    expect(qatar.marker![0]).to.be.within(x0, x1);
    expect(qatar.marker![1]).to.be.within(y0, y1);
  });

  it('draws a large country as its shape alone, and anchors it on its main part', () => {
    const usa = drawCountry(country('840'), world1000);
    expect(usa.marker).to.equal(null);
    // The contiguous states, not a point between Alaska and Hawaii.
    const kansas = projectPoint(world1000, [-98, 39])!;
    expect(Math.hypot(usa.anchor![0] - kansas[0], usa.anchor![1] - kansas[1])).to.be.lessThan(30);
  });

  it('adds markers as the map narrows: the UAE is a shape at 1000 px and a marker too at 320 px', () => {
    expect(drawCountry(country('784'), world1000).marker).to.equal(null);
    expect(drawCountry(country('784'), world320).marker).to.not.equal(null);
  });

  it('leaves out a country on the far side of a globe', () => {
    const globe = frameMap({ projection: 'orthographic', region: 'world', width: 600, focus: [GAZA] });
    // Chile, from a globe facing Gaza.
    expect(drawCountry(country('152') as CountryFeature, globe)).to.deep.include({ d: '', marker: null, anchor: null });
  });
});

describe('summarizeContributors()', () => {
  const statuses = ['in-talks', 'in-talks', 'in-talks', 'in-talks', 'in-talks', 'supporting'] as const;

  it('counts the countries by status without plural forms, in every language', () => {
    expect(summarizeContributors(statuses, 'en')).to.equal('Countries named: 6. In talks: 5; Supporting, not deploying: 1.');
    expect(summarizeContributors(statuses, 'fr')).to.equal('Pays cités : 6. En discussion : 5 ; Soutien sans déploiement : 1.');
    const n = (value: number) => formatNumber(value, 'ar');
    expect(summarizeContributors(statuses, 'ar')).to.equal(`الدول المذكورة: ${n(6)}. قيد المحادثات: ${n(5)}؛ دعم دون انتشار: ${n(1)}.`);
    expect(summarizeContributors(['declined', 'confirmed'], 'de')).to.equal('Genannte Länder: 2. Bestätigt: 1; Abgelehnt: 1.');
    expect(summarizeContributors([], 'en')).to.equal('');
  });
});

describe('boxOutline()', () => {
  it('frames the same box as d3’s graticule outline', async () => {
    const { geoGraticule, geoBounds } = await import('d3-geo');
    const box: [[number, number], [number, number]] = [
      [24, 10],
      [62, 43],
    ];
    const ours = boxOutline(box) as { type: 'Polygon'; coordinates: [number, number][][] };
    const d3 = geoGraticule().extent(box).outline();
    expect(ours.coordinates).to.deep.equal(d3.coordinates);
    expect(geoBounds(ours as never)).to.deep.equal(geoBounds(d3));
    const frame = frameMap({ projection: 'mercator', region: 'middle-east', width: 1000 });
    const path = pathFor(frame);
    expect(path.area(ours as never)).to.be.closeTo(path.area(d3), path.area(d3) * 0.001);
  });
});
