/**
 * The CDN builds' loader for the schema.org writer: `structured-data.js` next to the script
 * (see internal/cdn-address.ts). The CDN build puts this module in place of
 * ./load-structured-data.ts.
 */

import { importBesideScript } from '../../../internal/cdn-address.js';
import type { StructuredDataModule } from './load-structured-data.js';

export const loadStructuredData = (): Promise<StructuredDataModule> =>
  importBesideScript('structured-data.js') as Promise<StructuredDataModule>;
