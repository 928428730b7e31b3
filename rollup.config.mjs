// Two builds, as the package layout promises:
//  - npm (dist/): unbundled ES modules, one file per source module, with .d.ts and source
//    maps. Every bare import stays an import; each must be a `dependencies` entry (checked
//    below), so lit and @lit/task are shared with the page's own copy, not inlined.
//  - CDN (dist/cdn/): everything inlined and minified, lit and @lit/task included, in their
//    production builds: course-widgets.js, an ES module for <script type="module">, and
//    course-widgets.iife.js, a classic script for CMSs that only allow <script src>.
//    Beside them, cdn/locales/<code>.js: each UI language as one file of plain data, which
//    both scripts load from next to themselves when a page asks for that language; and
//    cdn/structured-data.js, loaded the same way by a <course-schedule structured-data>.
// The entry list follows src/components/<tag>/define.ts, so a new element needs no edit here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { TERSER_OPTIONS } from './scripts/bundle-entry.mjs';
import { LOCALE_CODES, localeBuild } from './scripts/locale-bundles.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// scripts/build.mjs builds into a scratch folder and swaps it in as dist/ when complete, so
// a test or size run reading dist/ never sees a half-written build.
const OUT = process.env.COURSE_WIDGETS_OUT_DIR || 'dist';

/** The element folders that have a registering entry. */
export const TAGS = existsSync('src/components')
  ? readdirSync('src/components')
      .filter((tag) => existsSync(`src/components/${tag}/define.ts`))
      .sort()
  : [];

/** Public entry points of the npm build (the `exports` map points at their outputs). */
export const NPM_ENTRIES = [
  'src/index.ts',
  ...['src/define.ts', 'src/jsx.ts', 'src/react.ts'].filter((f) => existsSync(f)),
  ...TAGS.flatMap((tag) => [`src/components/${tag}/${tag}.ts`, `src/components/${tag}/define.ts`]),
  // `import 'course-widgets/locales/vi'` preloads a language (the elements import the rest).
  ...LOCALE_CODES.map((code) => `src/locales/${code}.ts`),
];

/**
 * The loaders of what the CDN scripts fetch on demand, a UI language or the structured-data
 * writer: the npm build's `import()`s of modules, which a single-file output cannot hold,
 * become imports of the CDN files next to the script (`<loader>-cdn.ts` beside each).
 */
const CDN_LOADERS = /\/(locales\/load|internal\/load-structured-data)\.js$/;

function cdnLoaders() {
  return {
    name: 'cdn-loaders',
    async resolveId(source, importer) {
      if (!CDN_LOADERS.test(source) || !importer) return null;
      const resolved = await this.resolve(source.replace(/\.js$/, '-cdn.ts'), importer, {
        skipSelf: true,
      });
      return resolved ?? null;
    },
    // The classic script's address, read while it first runs (src/internal/cdn-address.ts
    // keeps it in a top-level constant): shorter than Rollup's stand-in for `import.meta.url`.
    resolveImportMeta(property, { format }) {
      return format === 'iife' && property === 'url' ? 'document.currentScript?.src' : null;
    },
  };
}

const isBare = (id) =>
  !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[a-zA-Z]:[\\/]/.test(id);
const packageOf = (id) =>
  id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0];

/** Fails the npm build when an import would need a package users do not get installed. */
function onlyDeclaredDependencies() {
  const declared = new Set(Object.keys(pkg.dependencies ?? {}));
  return {
    name: 'only-declared-dependencies',
    buildEnd() {
      const missing = new Set();
      for (const id of this.getModuleIds()) {
        if (this.getModuleInfo(id)?.isExternal && !declared.has(packageOf(id)))
          missing.add(packageOf(id));
      }
      if (missing.size)
        this.error(`imported but not in package.json dependencies: ${[...missing].join(', ')}`);
    },
  };
}

// One notice for the inlined lit and @lit/task too (their per-file @license comments are minified away).
const banner = `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | includes lit and @lit/task: BSD-3-Clause, Copyright Google LLC */`;

const minify = (module) => terser({ module, ...TERSER_OPTIONS });

/** TypeScript for the CDN files: no declarations, source maps carrying their sources. */
const cdnTypescript = () =>
  typescript({
    tsconfig: './tsconfig.build.json',
    outDir: `${OUT}/cdn`,
    declaration: false,
    declarationMap: false,
    sourceMap: true,
    inlineSources: true,
  });

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: NPM_ENTRIES,
    external: isBare,
    output: {
      dir: OUT,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [
      // Source maps carry their sources (src/ is not published); declaration maps would point
      // into that missing src/, so there are none.
      typescript({
        tsconfig: './tsconfig.build.json',
        outDir: OUT,
        declarationDir: OUT,
        declaration: true,
        declarationMap: false,
        sourceMap: true,
        inlineSources: true,
      }),
      onlyDeclaredDependencies(),
    ],
  },
  {
    input: existsSync('src/define.ts') ? 'src/define.ts' : 'src/index.ts',
    output: [
      {
        file: `${OUT}/cdn/course-widgets.js`,
        format: 'es',
        sourcemap: true,
        banner,
        plugins: [minify(true)],
      },
      // `CourseWidgets` on window: the classes, for `CourseWidgets.SessionCardElement.define('x')`.
      {
        file: `${OUT}/cdn/course-widgets.iife.js`,
        format: 'iife',
        name: 'CourseWidgets',
        sourcemap: true,
        banner,
        plugins: [minify(false)],
      },
    ],
    plugins: [
      cdnLoaders(),
      // `browser` + `production`: lit's production files, never its dev build with warnings.
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      cdnTypescript(),
      // The source writes html`` and css`` templates laid out for people; this squeezes their
      // whitespace before terser (which leaves template text alone).
      minifyHtmlLiterals(),
    ],
  },
  // cdn/structured-data.js: the schema.org writer, which both scripts load from next to
  // themselves for a <course-schedule structured-data>.
  {
    input: 'src/components/course-schedule/internal/structured-data.ts',
    output: {
      file: `${OUT}/cdn/structured-data.js`,
      format: 'es',
      sourcemap: true,
      banner,
      plugins: [minify(true)],
    },
    plugins: [cdnTypescript()],
  },
  ...LOCALE_CODES.map((code) => localeBuild(code, `${OUT}/cdn/locales`)),
];
