// The course builder page (dist/builder/): one bundled classic script with the four elements,
// lit, ical.js and the zone table inlined, plus its HTML and CSS copied beside it. A classic
// script, not a module, so the page also works opened straight from the file system (module
// scripts are refused from file: URLs). Nothing of it reaches the widget bundles: only
// src/builder/main.ts imports src/builder/ (rollup.config.mjs never does).
// Kept apart from rollup.config.mjs; scripts/build.mjs runs both.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import ts from 'typescript';
import { TERSER_OPTIONS } from './scripts/bundle-entry.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const OUT = `${process.env.COURSE_WIDGETS_OUT_DIR || 'dist'}/builder`;

/** `import data from './x.json' with { type: 'json' }`: the JSON as the module's default export. */
function jsonModules() {
  return {
    name: 'json-modules',
    transform(code, id) {
      if (!id.endsWith('.json')) return null;
      return { code: `export default ${JSON.stringify(JSON.parse(code))};`, map: null };
    },
  };
}

/**
 * TypeScript to JavaScript file by file (`transpileModule`, no type check: `npm run typecheck`
 * does that), so this build adds seconds, not the minute a whole-program check of the
 * repository costs. Sources import each other as `./x.js`, which means `./x.ts`.
 */
function transpileTypeScript() {
  const compilerOptions = {
    ...ts.convertCompilerOptionsFromJson(
      JSON.parse(readFileSync(new URL('./tsconfig.json', import.meta.url), 'utf8')).compilerOptions,
      '.',
    ).options,
    sourceMap: false,
    declaration: false,
    declarationMap: false,
  };
  return {
    name: 'transpile-typescript',
    resolveId(source, importer) {
      if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js'))
        return null;
      const candidate = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(candidate) ? candidate : null;
    },
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const output = ts.transpileModule(code, { compilerOptions, fileName: id });
      return { code: output.outputText, map: null };
    },
  };
}

/** The page and its stylesheet, beside the script. */
function pageFiles(files) {
  return {
    name: 'builder-page-files',
    generateBundle() {
      for (const [from, to] of Object.entries(files)) {
        this.addWatchFile(from);
        this.emitFile({ type: 'asset', fileName: to, source: readFileSync(from, 'utf8') });
      }
    },
  };
}

const banner = `/*! ${pkg.name} ${pkg.version} course builder | ${pkg.license} | includes lit (BSD-3-Clause, Google LLC), ical.js (MPL-2.0), @vvo/tzdb (MIT) */`;

/** @type {import('rollup').RollupOptions} */
export default {
  input: 'src/builder/main.ts',
  output: {
    file: `${OUT}/builder.js`,
    format: 'iife',
    // The preview's language menu offers every language: the modules the elements load on
    // demand are part of this one file, so the page works offline from any static host.
    inlineDynamicImports: true,
    banner,
    plugins: [terser({ module: false, ...TERSER_OPTIONS })],
  },
  onwarn(warning, warn) {
    if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
  },
  plugins: [
    jsonModules(),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    transpileTypeScript(),
    pageFiles({
      'src/builder/index.html': 'index.html',
      'src/builder/builder.css': 'builder.css',
    }),
  ],
};
