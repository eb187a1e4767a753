import type { Language } from '../rule.js';
import { METRICS } from './metrics.js';
import { PERIODS } from './periods.js';
import * as words from './words.js';

/** English: the tables that read text in Latin script. */
export const en: Language = { code: 'en', metrics: METRICS, periods: PERIODS, ...words };
