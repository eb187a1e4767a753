/**
 * The package's own files. This module sits one level under the package root both as compiled
 * (`dist/paths.js`) and inlined into the bundled CLI (`dist/newsdigest.cjs`), so one relative URL
 * serves both.
 */
export const PACKAGE_ROOT = new URL('../', import.meta.url);
