// JSX types for React 19, generated from custom-elements.json so that they follow the
// elements' API: `npm run build` writes them to lib/react.d.ts (with an empty lib/react.js),
// and apps add them with one line, `import type {} from 'exchange-charts/react';`.
// React 19 sets a prop as a property when the element has one (so `data={dataset}` passes the
// object) and as an attribute otherwise; `onexchange-load` listens to the `exchange-load` event.
// Plain JavaScript with no Node APIs, like scripts/reference.js.
//
// (@wc-toolkit/jsx-types writes the same from a manifest, but its file imports every export of
// each module, so shared names such as `Dataset` collide, and it augments eight JSX frameworks,
// which fails type-checking in an app that lacks them.)

const PRIMITIVE = /^(string|number|boolean|undefined|null|'[^']*'|\s|\|)+$/;
const camel = (name) => name.replace(/-./g, (m) => m[1].toUpperCase());
const pascal = (tag) => camel(`-${tag}`);
const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');

/** The text of lib/react.d.ts for the elements a manifest declares. */
export function renderJsxTypes(manifest) {
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
  const eventTypes = new Set();
  const interfaces = elements.map((el) => {
    const lines = [];
    for (const a of el.attributes ?? []) {
      lines.push(doc(a.description, '  ') + `  '${a.name}'?: ${a.fieldName ? `${el.name}['${a.fieldName}']` : 'string'};`);
    }
    const attributeFields = new Set((el.attributes ?? []).map((a) => a.fieldName));
    // An object can only be passed as a property: those fields without an attribute.
    for (const m of el.members ?? []) {
      if (m.kind !== 'field' || m.static || m.readonly || (m.privacy ?? 'public') !== 'public' || attributeFields.has(m.name)) continue;
      if (!m.type?.text || PRIMITIVE.test(m.type.text)) continue;
      lines.push(doc(m.description, '  ') + `  ${m.name}?: ${el.name}['${m.name}'];`);
    }
    for (const e of el.events ?? []) {
      const type = e.type?.text ?? 'Event';
      if (type !== 'Event') eventTypes.add(type);
      lines.push(doc(e.description, '  ') + `  'on${e.name}'?: (event: ${type}) => void;`);
    }
    return (
      doc(`Props of \`<${el.tagName}>\` in JSX: its attributes, object properties and events.`, '') +
      `export interface ${pascal(el.tagName)}Props extends HTMLAttributes<${el.name}>, RefAttributes<${el.name}> {\n${lines.join('\n')}\n}`
    );
  });
  const imports = [...elements.map((el) => el.name), ...eventTypes].sort();
  return `// Generated from custom-elements.json by scripts/jsx-types.js; do not edit.
import type { HTMLAttributes, RefAttributes } from 'react';
import type { ${imports.join(', ')} } from './index.js';

${interfaces.join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      '${el.tagName}': ${pascal(el.tagName)}Props;`).join('\n')}
    }
  }
}
`;
}
