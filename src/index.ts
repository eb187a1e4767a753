/**
 * The library API: pure functions over plain, JSON-safe objects. Importing it reads no argv,
 * environment or terminal and writes nothing; the CLI (bin/newsdigest.js) is the only part that does.
 */
export type * from './model.js';
export { parseBulletin, type ParseOptions } from './parse/bulletin.js';
export { extractFigures } from './figures/extract.js';
export { summarize, figureType, type StatsOptions, type StatsRow, type FigureType, type GroupBy } from './stats/summarize.js';
export { trend, type DatedFigure, type TrendOptions, type TrendRow, type Trend } from './stats/trend.js';
export { checkFigures, type Finding, type CheckName, type CheckStatus } from './stats/check.js';
export { parseRates, convertFigures, RatesError, type Rates } from './stats/rates.js';
export { metricVocabulary, type MetricWords } from './figures/rules/index.js';
