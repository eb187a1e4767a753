import type { Language } from '../rule.js';
import { METRICS } from './metrics.js';
import { PERIODS } from './periods.js';
import * as words from './words.js';

/** Chinese: the tables that read text in Han script. */
export const zh: Language = { code: 'zh', metrics: METRICS, periods: PERIODS, ...words };
