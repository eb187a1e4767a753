/**
 * The shape of a reading rule. Rules are data, one table per kind and language
 * (`rules/en/metrics.ts`, `rules/zh/qualifiers.ts`…); `rules/index.ts` builds the combined
 * patterns from them. Every rule carries examples, and tests/rules.test.ts reads each example with
 * the combined pattern of its table: a rule without a passing example cannot exist.
 */

/** A word or phrase that names something: a metric, a qualifier, a direction, a basis. */
export interface LexiconRule<T extends string = string> {
  /** What the phrase means (`revenue`, `about`, `up`, `yoy`). */
  name: T;
  /** A regular-expression source, without anchors or flags; no capturing groups. */
  pattern: string;
  /** Text in which the combined table finds this rule's name. */
  examples: string[];
}

/** A cue: a word that marks the text around it (a forecast, a reporter, a place) with no value of its own. */
export interface CueRule {
  name: string;
  pattern: string;
  examples: string[];
}

/** What a period rule is read against: the bulletin's date and the year the sentence is about. */
export interface PeriodContext {
  bulletinDate: string | null;
  /** The year the sentence or the item states, if any. */
  yearHint: number | null;
  /** The sentence and where the match starts, for rules that look at what comes before. */
  sentence: string;
  index: number;
}

/**
 * A period expression: its pattern with named groups (unique across all period rules), and how to
 * read a match into `YYYY`, `YYYY-Qn`, `YYYY-Hn`, `YYYY-MM`, `FYYYYY` or `A/B`.
 */
export interface PeriodRule {
  name: string;
  pattern: string;
  read: (groups: Record<string, string | undefined>, context: PeriodContext) => string | null;
  /** `[text, bulletin date, expected period]`. */
  examples: Array<[string, string | null, string | null]>;
}

/** One language's tables. A third language is a new folder exporting one of these. */
export interface Language {
  code: string;
  metrics: LexiconRule[];
  qualifiersBefore: LexiconRule<'about' | 'nearly' | 'over' | 'under' | 'at_least' | 'up_to'>[];
  qualifiersAfter: LexiconRule<'about' | 'nearly' | 'over' | 'under' | 'at_least' | 'up_to'>[];
  directionsBefore: LexiconRule<'up' | 'down'>[];
  directionsAfter: LexiconRule<'up' | 'down'>[];
  /** Verbs that move a level to a new value (`rose 5% to`, `narrowed to`, `由1万元提高至`), read before {@link levelTo}. */
  movesTo: LexiconRule<'up' | 'down'>[];
  /** The word between such a verb and the level it reaches (`to`, `至`), or the size of the move (`by`). */
  levelTo: CueRule[];
  bases: LexiconRule<'yoy' | 'qoq' | 'mom' | 'wow'>[];
  forecastBefore: CueRule[];
  forecastAfter: CueRule[];
  periods: PeriodRule[];
}
