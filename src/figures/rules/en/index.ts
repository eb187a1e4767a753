import type { Language } from '../rule.js';
import { METRICS } from './metrics.js';
import { PERIODS } from './periods.js';
import { BASES, DIRECTIONS_AFTER, DIRECTIONS_BEFORE, FORECAST_AFTER, FORECAST_BEFORE, QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from './words.js';

/** English: the tables that read text in Latin script. */
export const en: Language = {
  code: 'en',
  metrics: METRICS,
  qualifiersBefore: QUALIFIERS_BEFORE,
  qualifiersAfter: QUALIFIERS_AFTER,
  directionsBefore: DIRECTIONS_BEFORE,
  directionsAfter: DIRECTIONS_AFTER,
  bases: BASES,
  forecastBefore: FORECAST_BEFORE,
  forecastAfter: FORECAST_AFTER,
  periods: PERIODS,
};
