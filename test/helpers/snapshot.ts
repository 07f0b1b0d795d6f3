import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// Normalised so that a golden changes only when the drawing does: lit's marker comments go,
// ids are renumbered in order of appearance (and every reference to them follows), numbers
// are rounded to 3 decimals, and the markup is pretty-printed one element per line.

const NUMBER = /-?\d+\.\d+(?:e-?\d+)?/g;

function roundNumbers(value: string): string {
  return value.replace(NUMBER, (n) => String(Math.round(Number(n) * 1000) / 1000));
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** The normalised, pretty-printed text of an SVG element, as stored in a golden. */
export function normalizeSvg(svg: Element): string {
  const ids = new Map<string, string>();
  for (const el of svg.querySelectorAll('[id]')) ids.set(el.id, `id-${ids.size + 1}`);
  const renumber = (value: string) =>
    value
      .replace(/url\(#([^)]+)\)/g, (all, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : all))
      .replace(/^#(.+)$/, (all, id: string) => (ids.has(id) ? `#${ids.get(id)}` : all));
  const idRefs = new Set(['id', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-activedescendant']);

  const lines: string[] = [];
  const walk = (node: Node, depth: number) => {
    const pad = '  '.repeat(depth);
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      if (text) lines.push(`${pad}${escapeText(text)}`);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return; // comments (lit's markers) and the like
    const el = node as Element;
    const attributes = [...el.attributes]
      .map((a) => {
        let value = a.value;
        if (idRefs.has(a.name)) value = value.split(/\s+/).map((id) => ids.get(id) ?? id).join(' ');
        else value = roundNumbers(renumber(value));
        return ` ${a.name}="${escapeAttribute(value)}"`;
      })
      .join('');
    const children = [...el.childNodes].filter(
      (c) => c.nodeType === Node.ELEMENT_NODE || (c.nodeType === Node.TEXT_NODE && c.textContent!.trim()),
    );
    const tag = el.tagName;
    if (!children.length) lines.push(`${pad}<${tag}${attributes}/>`);
    else if (children.length === 1 && children[0].nodeType === Node.TEXT_NODE) {
      lines.push(`${pad}<${tag}${attributes}>${escapeText(children[0].textContent!.replace(/\s+/g, ' ').trim())}</${tag}>`);
    } else {
      lines.push(`${pad}<${tag}${attributes}>`);
      for (const child of children) walk(child, depth + 1);
      lines.push(`${pad}</${tag}>`);
    }
  };
  walk(svg, 0);
  let out = lines.join('\n');
  if (!/^<svg[^>]* xmlns=/.test(out)) out = out.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return `${out}\n`;
}

/**
 * Compares an SVG with its golden test/output/<name>.svg. A missing golden is written (never
 * in CI, where it fails); a mismatch writes <name>-changed.svg to compare, and fails.
 */
export async function assertSnapshot(name: string, svg: Element | null | undefined): Promise<void> {
  expect(svg, `${name}: an <svg> to snapshot`).to.be.instanceOf(SVGSVGElement);
  const result = await executeServerCommand<{ status: string }, { name: string; svg: string }>('snapshot', {
    name,
    svg: normalizeSvg(svg!),
  });
  if (result.status === 'missing') expect.fail(`${name}: no golden test/output/${name}.svg (run the tests locally to write it, then commit it)`);
  if (result.status === 'changed') expect.fail(`${name}: differs from test/output/${name}.svg; see test/output/${name}-changed.svg`);
  expect(['match', 'written']).to.include(result.status);
}
