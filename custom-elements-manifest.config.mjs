// cem analyze --litelement lists Lit's internal reactive state (`static properties = { x: {
// state: true } }`) as attributes. They are not: this plugin takes them out of the manifest
// (and so out of editors' completion and the README reference).
const states = new Map();

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
  ],
};
