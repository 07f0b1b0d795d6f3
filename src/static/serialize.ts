import { noChange, nothing } from 'lit';

// The elements' own Lit templates (views, header, footer, key) written out as markup, in Node,
// without a DOM: the static SVG and HTML are the same templates the element renders, not a
// copy of them. Our templates bind only text, attributes and event listeners (no directives in
// the drawing), so a walk over a template's strings and values is all it takes; a directive
// is refused loudly rather than written wrong. @lit-labs/ssr would also do it, with parse5, a
// module loader and hydration comments we would strip again.

interface Template {
  strings: TemplateStringsArray;
  values: unknown[];
}

const isTemplate = (value: unknown): value is Template =>
  typeof value === 'object' && value !== null && '_$litType$' in value && 'strings' in value && 'values' in value;

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text escaped for an element's content or a double-quoted attribute. */
export const escapeXml = (value: string): string => value.replace(/[&<>"]/g, (c) => TEXT[c]);

function child(value: unknown): string {
  if (value === nothing || value === noChange || value === null || value === undefined || value === false) return '';
  if (isTemplate(value)) return templateToString(value);
  if (Array.isArray(value)) return value.map(child).join('');
  if (typeof value === 'object') throw new Error(`A static render cannot write this template value: ${String(value)}`);
  return escapeXml(String(value));
}

/** A Lit template result as markup: attributes bound to `nothing` left out, listeners and properties dropped. */
export function templateToString(template: unknown): string {
  if (!isTemplate(template)) return child(template);
  const { strings, values } = template;
  let out = '';
  // Where the text so far stands: inside a tag, and inside a quoted attribute value.
  let inTag = false;
  let quote = '';
  for (let i = 0; i < strings.length; i++) {
    let s = strings[i];
    for (const c of s) {
      if (quote) {
        if (c === quote) quote = '';
      } else if (inTag) {
        if (c === '"' || c === "'") quote = c;
        else if (c === '>') inTag = false;
      } else if (c === '<') inTag = true;
    }
    if (i === values.length) {
      out += s;
      break;
    }
    const value = values[i];
    if (!inTag) {
      out += s + child(value);
      continue;
    }
    if (quote) {
      // One of several values in a quoted attribute ("mark ${side}").
      out += s + (value === nothing || value === undefined || value === null ? '' : escapeXml(String(value)));
      continue;
    }
    const binding = /\s([.?@]?)([^\s=>]+)=$/.exec(s);
    if (!binding) throw new Error('A static render cannot write an element directive.');
    s = s.slice(0, binding.index);
    const [, prefix, name] = binding;
    if (prefix === '@' || prefix === '.') out += s;
    else if (prefix === '?') out += value ? `${s} ${name}` : s;
    else if (value === nothing || value === undefined || value === null) out += s;
    else if (typeof value === 'object') throw new Error(`A static render cannot write the value of ${name}.`);
    else out += `${s} ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}
