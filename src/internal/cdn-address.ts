/**
 * Where the CDN script was loaded from, for the files it loads from next to itself on demand
 * (a UI language, the structured-data writer). Read here, at the top level, `import.meta.url`
 * is the CDN module's own address; in the classic script it is `document.currentScript.src`
 * (rollup.config.mjs), which is only set while the script first runs, hence the constant.
 * It is resolved when a file is asked for, so an address that cannot hold a relative one (a
 * `blob:` copy of the script) fails that load, not the script. A classic script may
 * `import()` a module, so both CDN builds load the same files. Only the CDN builds import
 * this module.
 */
const SCRIPT = import.meta.url;

/** Imports the CDN file at `path`, relative to the script. */
export const importBesideScript = (path: string): Promise<unknown> =>
  import(/* @vite-ignore */ new URL(path, SCRIPT).href);
