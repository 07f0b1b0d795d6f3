import { fixture, html } from '@open-wc/testing';
import type { Dataset } from '../../src/data/schema.js';

/** A small valid dataset; tests copy it and break one thing at a time. */
export function validDataset(): Dataset {
  return {
    lang: 'en',
    title: 'Exchange',
    asOf: '2025-10-16',
    sources: [
      { id: 'a', name: 'Source A', url: 'https://example.org/a', date: '2025-10-16' },
      { id: 'b', name: 'Source B' },
    ],
    sides: [
      { id: 'one', label: 'Side one' },
      { id: 'two', label: 'Side two' },
    ],
    figures: [
      { id: 'living', label: 'Living captives released', value: 20, qualifier: 'exact', side: 'one', sources: ['a'] },
      { id: 'remains', label: 'Remains returned', value: 7, total: 28, qualifier: 'exact', side: 'one', sources: ['a'] },
      { id: 'detainees', label: 'Detainees released', value: 2000, qualifier: 'approximate', approximation: 'nearly', side: 'two', sources: ['a', 'b'] },
    ],
    events: [
      { date: '2025-10-13', figure: 'remains', value: 4, cumulative: 4, sources: ['a'] },
      { date: '2025-10-14', figure: 'remains', value: 3, cumulative: 7, sources: ['b'] },
    ],
    contributors: {
      complete: false,
      countries: [
        { country: 'IDN', status: 'in-talks', sources: ['a'] },
        { country: 'USA', status: 'supporting', figure: { value: 200, qualifier: 'up-to', unit: 'troops' }, sources: ['b'] },
      ],
    },
    focus: [{ name: 'Gaza Strip', longitude: 34.37, latitude: 31.42 }],
  };
}

/** A deep copy that a test may change freely. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Resolves after the element's next render, and after any pending fetch settles. */
export async function settled(el: HTMLElement & { updateComplete: Promise<boolean> }, event?: string): Promise<void> {
  if (event) await new Promise((resolve) => el.addEventListener(event, resolve, { once: true }));
  await el.updateComplete;
}

/** Two animation frames: a ResizeObserver report and the redraw it asks for. */
export const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/**
 * An element in a container `width` px wide, filled with `data` and drawn at that width (after
 * the redraw its size controller asks for in the next frame).
 */
export async function drawnAt<T extends 'exchange-chart' | 'contributor-map'>(
  tag: T,
  width: number,
  attributes: Record<string, string>,
  data: unknown = validDataset(),
  style: Record<string, string> = {},
): Promise<HTMLElementTagNameMap[T]> {
  // Through open-wc's fixture, so that the container is removed after the test.
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(style)) el.style.setProperty(name, value);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  // Drawn when it loads: a large dataset is checked in tasks, after the first update.
  const settled =
    data === undefined || data === null
      ? undefined
      : new Promise((resolve) => {
          el.addEventListener('exchange-load', resolve, { once: true });
          el.addEventListener('exchange-error', resolve, { once: true });
        });
  el.data = data;
  box.append(el);
  await settled;
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return el;
}

/**
 * An address of the test server's /__test__/seq/ route, unique per call: it answers each
 * request with the next of `bodies` (a refresh sees the next), under a name starting `key`.
 */
export const sequenceSrc = (key: string, bodies: unknown[]): string =>
  `/__test__/seq/${key}-${Math.random().toString(36).slice(2)}?bodies=${encodeURIComponent(JSON.stringify(bodies))}`;
