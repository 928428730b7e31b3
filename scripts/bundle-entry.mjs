// Bundles one module of the npm build the way a user's bundler would (node resolution with
// the browser + production conditions, lit inlined, minified like the CDN script), in
// memory. `npm run size` measures with it, and the package tests use it to check that a
// single-element import stays free of the other elements' code.
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** The terser settings shared with rollup.config.mjs's CDN build. */
export const TERSER_OPTIONS = { ecma: 2020, compress: { passes: 2 }, format: { comments: /^!/ } };

/**
 * @param {string} input absolute path of an ES module (usually in dist/)
 * @returns {Promise<{ code: string, modules: string[], map: import('rollup').SourceMap }>}
 *   `modules`: every module id that kept code in the bundle.
 */
export async function bundleEntry(input) {
  const bundle = await rollup({
    input,
    // Templates minified as in the CDN build (the npm build ships them as written).
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      minifyHtmlLiterals(),
    ],
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({
      format: 'es',
      sourcemap: true,
      plugins: [terser({ module: true, ...TERSER_OPTIONS })],
    });
    // What a page downloads up front: the entry chunk and the chunks it imports statically,
    // not the ones it may `import()` later (a UI language, fetched only by pages in it).
    const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
    const entry = [...chunks.values()].find((c) => c.isEntry);
    const upFront = new Set([entry]);
    for (const chunk of upFront) for (const name of chunk.imports) upFront.add(chunks.get(name));
    const modules = [...upFront].flatMap((chunk) =>
      Object.entries(chunk.modules)
        .filter(([, m]) => m.renderedLength > 0)
        .map(([id]) => id),
    );
    const code = [...upFront].map((chunk) => chunk.code).join('\n');
    return { code, modules, map: entry.map };
  } finally {
    await bundle.close();
  }
}

/**
 * Modules of other elements in `tag`'s bundle that should not be there: anything from
 * another element's folder. Code two elements share lives outside components/ (the session
 * template of <course-schedule> and <session-card> is in src/internal/session/).
 * `modules` are paths with `/` separators.
 */
export function foreignModules(tag, modules) {
  return modules.filter((path) => {
    const match = /(?:^|\/)components\/([\w-]+)\//.exec(path);
    return match !== null && match[1] !== tag;
  });
}
