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
    const chunk = output.find((o) => o.type === 'chunk');
    const modules = Object.entries(chunk.modules)
      .filter(([, m]) => m.renderedLength > 0)
      .map(([id]) => id);
    return { code: chunk.code, modules, map: chunk.map };
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
