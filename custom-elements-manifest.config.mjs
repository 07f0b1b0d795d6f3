// custom-elements.json as the package's users and their tools need it. `cem analyze
// --litelement` reads src/; the plugins below correct what it cannot know:
// - Lit's internal reactive state (`static properties = { x: { state: true } }`) is not an
//   attribute: taken out of the manifest (and so out of editors' completion and the README).
// - Our elements are defined through `defineElement(tag, Class)` (src/internal/define.ts), so
//   the analyzer sees only that helper's own `customElements.define(tag, constructor)` and
//   records a bogus `tag → constructor` definition. The real calls are found in the source and
//   declared as `custom-element-definition` exports of the element modules.
// - Exported type aliases and interfaces (`ExchangeChartView`, `Dataset`…) are part of a
//   module's API but the analyzer lists only values: they are added to the module's exports.
// - An event dispatched as `new ExchangeErrorEvent(…)` is listed without a name beside the one
//   that `@fires {ExchangeErrorEvent} exchange-error` declares: the nameless copy is dropped.
// - Users import lib/…/*.js (the exports map), not src/…/*.ts: every path is rewritten.
// - The manifest follows schema 2.1.0 (what the analyzer writes is a subset of it; 2.x only
//   added optional fields), the version tools such as @wc-toolkit/cem-validator expect.
const states = new Map();
const definitions = new Map(); // module path → [{ tag, className }]
const typeExports = new Map(); // module path → [name]

const libPath = (path) => path.replace(/^\.?\//, '').replace(/^src\//, 'lib/').replace(/\.ts$/, '.js');
const resolveFrom = (modulePath, specifier) => {
  if (!specifier.startsWith('.')) return libPath(specifier);
  const parts = modulePath.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return libPath(parts.join('/'));
};

export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  plugins: [
    {
      name: 'lit-state-is-not-an-attribute',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const names = [];
        for (const member of node.members) {
          if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
          if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
          for (const property of member.initializer.properties) {
            if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
            const isState = property.initializer.properties.some(
              (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
            );
            if (isState) names.push(property.name.getText());
          }
        }
        if (names.length) states.set(node.name.getText(), new Set(names));
      },
      moduleLinkPhase({ moduleDoc }) {
        for (const declaration of moduleDoc.declarations ?? []) {
          const names = states.get(declaration.name);
          if (!names) continue;
          declaration.attributes = (declaration.attributes ?? []).filter((a) => !names.has(a.fieldName ?? a.name));
          for (const member of declaration.members ?? []) if (names.has(member.name)) delete member.attribute;
        }
      },
    },
    {
      name: 'define-element-calls',
      analyzePhase({ ts, node, moduleDoc }) {
        if (ts.isSourceFile(node)) {
          // Type aliases and interfaces exported by this module.
          const names = node.statements
            .filter((s) => (ts.isTypeAliasDeclaration(s) || ts.isInterfaceDeclaration(s)) && s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
            .map((s) => s.name.getText());
          if (names.length) typeExports.set(moduleDoc.path, names);
          return;
        }
        if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
        const [tag, constructor] = node.arguments;
        if (!tag || !constructor || !ts.isStringLiteral(tag) || !ts.isIdentifier(constructor)) return;
        const list = definitions.get(moduleDoc.path) ?? [];
        list.push({ tag: tag.text, className: constructor.getText() });
        definitions.set(moduleDoc.path, list);
      },
      moduleLinkPhase({ moduleDoc }) {
        const path = moduleDoc.path;
        moduleDoc.exports = (moduleDoc.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && path.endsWith('internal/define.ts')));
        for (const name of typeExports.get(path) ?? []) {
          if (!moduleDoc.exports.some((e) => e.name === name)) moduleDoc.exports.push({ kind: 'js', name, declaration: { name, module: path } });
        }
        for (const { tag, className } of definitions.get(path) ?? []) {
          moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: path } });
        }
        for (const declaration of moduleDoc.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events.filter((e) => e.name);
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.schemaVersion = '2.1.0';
        // Every `module` of a reference (exports, superclass, inheritedFrom…), wherever it sits.
        const fix = (value, from) => {
          if (Array.isArray(value)) for (const item of value) fix(item, from);
          else if (value && typeof value === 'object') {
            for (const [key, item] of Object.entries(value)) {
              if (key === 'module' && typeof item === 'string') value.module = item.startsWith('.') ? resolveFrom(from, item) : libPath(item);
              else fix(item, from);
            }
          }
        };
        for (const moduleDoc of customElementsManifest.modules) {
          const from = moduleDoc.path;
          fix(moduleDoc.exports, from);
          fix(moduleDoc.declarations, from);
          moduleDoc.path = libPath(from);
        }
      },
    },
  ],
};
