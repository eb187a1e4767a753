/** The library API: pure functions over plain, JSON-safe objects. */
export type * from './model.js';
export { parseBulletin, type ParseOptions } from './parse/bulletin.js';
export { extractFigures } from './figures/extract.js';
