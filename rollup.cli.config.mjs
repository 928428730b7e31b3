// The `course-widgets` command (package.json "bin"): src/cli/bin.ts and everything it
// imports, ical.js and windows-iana included, in one Node ES module, so the published
// package needs no runtime dependency for it and the widget bundles never see that code.
// Run by scripts/build.mjs after rollup.config.mjs, into the same scratch dist/.
import { readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { TERSER_OPTIONS } from './scripts/bundle-entry.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const OUT = process.env.COURSE_WIDGETS_OUT_DIR || 'dist';

const banner = `#!/usr/bin/env node
/*! ${pkg.name} ${pkg.version} command | ${pkg.license} | includes ical.js (MPL-2.0, source:
 * https://github.com/kewisch/ical.js, unmodified) and windows-iana (MIT, Copyright Rubén Illodo Brea) */`;

/** @type {import('rollup').RollupOptions} */
export default {
  input: 'src/cli/bin.ts',
  // Node's own modules stay imports; everything else is inlined.
  external: (id) => id.startsWith('node:'),
  // Minified like the CDN script: the package stays under its size budget (458 kB unminified).
  output: {
    file: `${OUT}/cli/course-widgets.js`,
    format: 'es',
    banner,
    plugins: [terser({ module: true, ...TERSER_OPTIONS })],
  },
  plugins: [
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    typescript({
      tsconfig: './tsconfig.cli.json',
      outDir: `${OUT}/cli`,
      declaration: false,
      declarationMap: false,
      sourceMap: false,
    }),
  ],
};
