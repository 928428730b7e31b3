/**
 * Loads ./structured-data.ts, the schema.org writer behind `<course-schedule
 * structured-data>`, when a page sets the attribute: most pages never do, so the JSON-LD
 * code is not in what every visitor downloads. A bundler splits this `import()` into a chunk
 * of its own; the CDN build puts ./load-structured-data-cdn.ts in place of this module.
 */

export type StructuredDataModule = typeof import('./structured-data.js');

export const loadStructuredData = (): Promise<StructuredDataModule> =>
  import('./structured-data.js');
