// Two rollup plugins that keep bytes that do nothing for readers out of the bundle.
//
// minifyTemplates() collapses the whitespace inside lit's css``, html`` and svg`` templates
// in the bundle: the indentation of templates is a tenth of the library's bytes, and terser
// leaves template text alone. Only the static text between ${} is touched, found through
// rollup's own parser (so nested templates and backticks in expressions are safe).
//
// html and svg: a run of whitespace that holds a line break becomes one space (never nothing:
// a space between two inline elements is visible). css: comments go, whitespace runs become
// one space, spaces next to { } ; , and after : are dropped, and so are a last ; and the 0 of 0.5.

import MagicString from 'magic-string';

const TAGS = new Set(['css', 'html', 'svg']);

export function collapseCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    // Whitespace after a colon is never needed: "fill: red", "(forced-colors: active)". (The
    // library's CSS holds no strings, where it would be.)
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // 0.4rem is .4rem.
    .replace(/([:\s,(-])0\.(\d)/g, '$1.$2');
}

export function collapseMarkup(text) {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const s = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
        const collapse = node.tag.name === 'css' ? collapseCss : collapseMarkup;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const out = collapse(raw);
          if (out !== raw) s.overwrite(quasi.start, quasi.end, out);
        }
      });
      if (!s.hasChanged()) return null;
      // A map of the edit: the collapsed templates take lines out, and without it every
      // position after them in dist/*.map would point lines too early in the source.
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}

/**
 * Drops valibot's v.description(…) and v.title(…) from the pipes of src/data/schema.ts in the
 * bundle. They document the dataset's JSON Schema, which is generated from lib/ (where they
 * stay); validation in the browser never reads them. Like comments, they stay in the source
 * beside the fields they describe.
 */
export function stripSchemaDocs() {
  return {
    name: 'strip-schema-docs',
    transform(code, id) {
      if (!/[\\/]src[\\/]data[\\/]schema\.ts$/.test(id)) return null;
      const isDoc = (node) =>
        node?.type === 'CallExpression' &&
        node.callee.type === 'MemberExpression' &&
        node.callee.object.type === 'Identifier' &&
        node.callee.object.name === 'v' &&
        ['description', 'title'].includes(node.callee.property.name);
      const s = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'CallExpression') return;
        node.arguments.forEach((arg, i) => {
          if (i > 0 && isDoc(arg)) s.remove(node.arguments[i - 1].end, arg.end);
        });
      });
      if (!s.hasChanged()) return null;
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
