/**
 * This copy's version (kept equal to package.json's by a test); shown when two copies meet on a
 * page.
 */
export const VERSION = '0.1.0';
