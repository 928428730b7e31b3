// The language modules (src/locales/<code>.ts) as the CDN serves them, next to the script in
// locales/<code>.js: one file of plain data each (`export default {...}`), minified like the
// CDN script, so `lang="ko"` costs exactly one request. Also measures them:
//
//   node scripts/locale-bundles.mjs    min, gzip and brotli bytes of each, against the budget
//
// In the npm build a language module registers itself when imported (`defineLanguage` from
// core/i18n/language-store.ts, shared with the elements), which is what makes
// `import 'course-widgets/locales/vi'` a preload. A CDN file has no library module to share,
// and inlining the store costs about 110 bytes gzip per language (Russian would pass the
// 1.5 kB budget), so here `defineLanguage` is replaced by a function that returns the data,
// which terser folds away; the CDN loader registers the default export
// (core/i18n/languages.ts `loadLanguage`). A CDN page preloads with
// `<link rel="modulepreload" href=".../locales/vi.js">`.
//
// Each language is bundled on its own, so no chunk is shared between them. Types are
// stripped file by file (TypeScript's transpileModule: no type check); `npm run typecheck`
// and the npm build check the types.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';
import ts from 'typescript';
import { TERSER_OPTIONS } from './bundle-entry.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOCALES = join(ROOT, 'src/locales');

/** Issue 13: each language module at most 1.5 kB min+gzip. */
export const LOCALE_BUDGET = 1_500;

/** The language codes with a module: `es`, `zh-Hans`, ... (not the loaders). */
export const LOCALE_CODES = readdirSync(LOCALES)
  .filter((file) => /^[a-z]{2,3}(-[A-Z][a-z]{3})?\.ts$/.test(file))
  .map((file) => file.slice(0, -3))
  .sort();

/** Resolves `./x.js` imports to `./x.ts` and strips the types. */
export function stripTypes() {
  return {
    name: 'strip-types',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const file = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(file) ? file : null;
    },
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          verbatimModuleSyntax: true,
          sourceMap: true,
        },
      });
      return { code: out.outputText, map: out.sourceMapText };
    },
  };
}

const DATA_ONLY = '\0language-data-only';

/** Gives the language modules a `defineLanguage` that only returns the data. */
export function dataOnly() {
  return {
    name: 'language-data-only',
    resolveId(source, importer) {
      return importer?.startsWith(LOCALES) && source.endsWith('/language-store.js')
        ? DATA_ONLY
        : null;
    },
    load(id) {
      return id === DATA_ONLY ? 'export const defineLanguage = (code, data) => data;' : null;
    },
  };
}

/** Rollup options for one language's CDN file, `<outDir>/<code>.js`. */
export const localeBuild = (code, outDir) => ({
  input: join(LOCALES, `${code}.ts`),
  output: {
    file: join(outDir, `${code}.js`),
    format: 'es',
    plugins: [terser({ module: true, ...TERSER_OPTIONS })],
  },
  plugins: [dataOnly(), stripTypes()],
});

/** One language's CDN file, in memory. */
export async function bundleLocale(code) {
  const options = localeBuild(code, 'unused');
  const bundle = await rollup(options);
  try {
    const { output } = await bundle.generate(options.output);
    if (output.length !== 1) throw new Error(`${code}: ${output.length} files, expected one`);
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const br = (text) =>
  brotliCompressSync(Buffer.from(text), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;

/** `{ code, min, gz, br }` for every language module. */
export async function measureLocales() {
  const rows = [];
  for (const code of LOCALE_CODES) {
    const text = await bundleLocale(code);
    rows.push({ code, min: Buffer.byteLength(text), gz: gz(text), br: br(text) });
  }
  return rows;
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  const rows = await measureLocales();
  console.log('language module       min     gzip   brotli   budget (gzip)');
  for (const row of rows)
    console.log(
      `${`locales/${row.code}.js`.padEnd(18)} ${String(row.min).padStart(7)} ${String(row.gz).padStart(7)} ${String(row.br).padStart(7)}   ${row.gz <= LOCALE_BUDGET ? 'ok' : 'OVER'} (${LOCALE_BUDGET})`,
    );
  if (rows.some((row) => row.gz > LOCALE_BUDGET)) process.exitCode = 1;
}
