// The custom-elements manifest (custom-elements.json, package.json `customElements`): what
// editors, Storybook autodocs and the docs read. Generated from the elements' JSDoc by
// `npm run analyze` (part of `npm run build`); test/package/manifest.test.ts checks it.
//
// Only the public surface is analysed: the elements, their base classes (for inherited
// members: CourseElement, and an element's own internal base such as SessionElement) and
// the event classes; internal modules keep only their classes. The analyzer drops
// `#private` members and anything tagged `@internal`/`@ignore`; the plugin below also drops
// what TypeScript itself calls non-public (protected/private members, Lit's static
// plumbing), so render hooks never show up as Storybook controls or editor completions, and
// it points module paths at the published files (dist/*.js) instead of sources that are not
// in the package.
const LIT_PLUMBING = new Set([
  'styles',
  'properties',
  'observedAttributes',
  'shadowRootOptions',
  'elementStyles',
]);

const isPublic = (m) =>
  !m.name.startsWith('#') &&
  !m.name.startsWith('_') &&
  m.privacy !== 'private' &&
  m.privacy !== 'protected' &&
  !(m.static && LIT_PLUMBING.has(m.name));

const published = (path) => path.replace(/^\/?src\/(.*)\.ts$/, 'dist/$1.js');

function relinkPaths(node) {
  if (Array.isArray(node)) node.forEach(relinkPaths);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'module' || k === 'path') && typeof v === 'string') node[k] = published(v);
      else relinkPaths(v);
    }
  }
}

/**
 * A type as a designer's control needs it. Storybook picks a control from the type text, and
 * `string | undefined` (an optional property) got a "Set object" control: drop `undefined`
 * (optional is implied). An attribute's value is always text in HTML, so an attribute whose
 * property also takes a number or a Date (`now`) is typed `string`, and `lang` gets `string`.
 */
function controlType(type, { attribute }) {
  const parts = (type?.text ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined');
  if (attribute && (parts.length === 0 || (parts.includes('string') && parts.length > 1)))
    return { text: 'string' };
  return parts.length ? { ...type, text: parts.join(' | ') } : type;
}

/** Declarations by class name, to find what a member overrides. */
const byName = (manifest) =>
  new Map(manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => [d.name, d]));

/** The description of `name` in `list` (members, attributes) up the superclass chain, as JSDoc inheritance gives it. */
function inheritedDescription(classes, decl, list, name) {
  for (
    let base = classes.get(decl.superclass?.name);
    base;
    base = classes.get(base.superclass?.name)
  ) {
    const found = (base[list] ?? []).find((x) => x.name === name && x.description);
    if (found) return found.description;
  }
  return undefined;
}

function publicApiOnly() {
  return {
    name: 'course-widgets-public-api',
    packageLinkPhase({ customElementsManifest }) {
      const classes = byName(customElementsManifest);
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          // An override without its own JSDoc (`static override tagName = 'x'`) keeps the
          // base member's description.
          for (const list of ['members', 'attributes']) {
            for (const x of decl[list] ?? [])
              if (!x.description) x.description = inheritedDescription(classes, decl, list, x.name);
          }
          if (decl.members) decl.members = decl.members.filter(isPublic);
          for (const member of decl.members ?? [])
            if (member.kind === 'field' && member.type)
              member.type = controlType(member.type, { attribute: false });
          for (const attribute of decl.attributes ?? [])
            attribute.type = controlType(attribute.type, { attribute: true });
          if (decl.attributes) {
            const fields = new Map((decl.members ?? []).map((m) => [m.name, m]));
            decl.attributes = decl.attributes.filter((a) => {
              if (!a.fieldName) return true;
              const field = fields.get(a.fieldName);
              // An attribute whose backing field was removed above goes with it.
              if (!field) return false;
              // An inline `@attr session-id` in a field's comment makes the analyzer 0.11 list
              // the property name (`sessionId`) as a second attribute; the field knows the
              // real one.
              if (field.attribute && a.name !== field.attribute) return false;
              if (a.attribute && a.attribute !== a.name) a.attribute = a.name;
              return true;
            });
          }
          // House style writes `@fires name - {EventClass} description`; the schema wants the
          // class in `type`.
          for (const ev of decl.events ?? []) {
            const m = /^\s*\{([^}]+)\}\s*(.*)$/s.exec(ev.description ?? '');
            if (m) {
              ev.type ??= { text: m[1].trim() };
              ev.description = m[2];
            }
          }
        }
      }
      // `components/<tag>/define.ts` re-exports its class and registers it through
      // `Class.define()`, which the analyzer does not see: point the export at the class's
      // module and record the definition, so tools know which module registers which tag.
      const elementsByTag = new Map();
      for (const mod of customElementsManifest.modules)
        for (const d of mod.declarations ?? [])
          if (d.customElement && d.tagName)
            elementsByTag.set(d.tagName, { name: d.name, module: mod.path });
      for (const mod of customElementsManifest.modules) {
        const tag = /components\/([\w-]+)\/define\.ts$/.exec(mod.path)?.[1];
        const element = tag && elementsByTag.get(tag);
        if (!element) continue;
        mod.exports = [
          { kind: 'js', name: element.name, declaration: element },
          { kind: 'custom-element-definition', name: tag, declaration: element },
        ];
      }

      // Internal helper modules were read for their base classes only.
      for (const mod of customElementsManifest.modules) {
        if (!/\/internal\//.test(mod.path) || mod.path.endsWith('internal/course-element.ts'))
          continue;
        mod.declarations = (mod.declarations ?? []).filter((d) => d.kind === 'class');
        const kept = new Set(mod.declarations.map((d) => d.name));
        mod.exports = (mod.exports ?? []).filter((e) => kept.has(e.declaration?.name));
      }
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (m) => m.declarations?.length || m.exports?.length,
      );
      relinkPaths(customElementsManifest.modules);
    },
  };
}

export default {
  globs: [
    'src/components/**/*.ts',
    'src/internal/course-element.ts',
    'src/internal/session/session-element.ts',
    'src/events/*.ts',
  ],
  // Barrels (events/index.ts) are flattened by rollup and not published as files.
  exclude: [
    'src/**/index.ts',
    'src/**/*.styles.ts',
    'src/**/*.test.ts',
    'src/**/*.stories.ts',
    'src/**/*.d.ts',
  ],
  outdir: '.',
  litelement: true,
  // package.json already carries "customElements"; the analyzer must not rewrite that file.
  packagejson: false,
  dependencies: false,
  plugins: [publicApiOnly()],
};
