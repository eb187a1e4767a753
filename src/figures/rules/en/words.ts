import type { CueRule, LexiconRule } from '../rule.js';

type Q = 'about' | 'nearly' | 'over' | 'under' | 'at_least' | 'up_to';

/** Qualifiers written before the figure (`about US$58 billion`); the words end where the figure starts. */
export const qualifiersBefore: LexiconRule<Q>[] = [
  { name: 'nearly', pattern: '\\b(?:nearly|almost|close to|just (?:under|shy of)|approaching)', examples: ['nearly $4 billion', 'close to 20%'] },
  { name: 'about', pattern: '\\b(?:approximately|about|around|roughly|some|an estimated|circa)|~', examples: ['about $250 million', 'roughly 100 jobs', '~$5bn'] },
  { name: 'over', pattern: '\\b(?:more than|over|above|exceeding|in excess of|upwards of|north of|tops|topped|surpass(?:ed|es)?|exceed(?:ed|s)?|cross(?:ed|es)?|passe[sd])', examples: ['more than 100%', 'topped $24 billion', 'passes RMB 300 billion'] },
  { name: 'under', pattern: '\\b(?:less than|under|below|fewer than)', examples: ['under 300,000 yuan', 'fewer than 50 stores'] },
  { name: 'at_least', pattern: '\\b(?:at least|no less than)', examples: ['at least 1,000 sellers'] },
  { name: 'up_to', pattern: '\\b(?:up to(?<!\\b(?:add|adds|added|adding|sum|sums|summed)\\sup to)|as much as|as many as|as high as|at most|no more than)', examples: ['up to $100m', 'as much as $1.5 billion'] },
];

/** Qualifiers written after the figure (`32,000 or more`). */
export const qualifiersAfter: LexiconRule<Q>[] = [
  { name: 'over', pattern: 'or (?:more|higher|above)\\b', examples: ['$5 billion or more'] },
  { name: 'under', pattern: 'or (?:less|lower|fewer|below)\\b', examples: ['most items priced at $20 or less'] },
];

/** A direction word right before a change (`up 70%`, `an increase of 8.35%`, `fell 35%`). */
export const directionsBefore: LexiconRule<'up' | 'down'>[] = [
  {
    name: 'up',
    pattern:
      '\\b(?:up(?<!\\b(?:mak(?:e|es|ing)|made|add(?:s|ed|ing)?|end(?:s|ed|ing)?|sum(?:s|med|ming)?|set(?:s|ting)?|tak(?:e|es|ing)|took|pick(?:s|ed|ing)?|sign(?:s|ed|ing)?|snapp?(?:s|ed|ing)?)\\sup)|rose|rises|rising|rise|risen|increased?|increasing|grew|grown|grows|growing|growth|gain(?:ed|s)?|jump(?:ed|s)?|soar(?:ed|s)?|surg(?:ed|es)|climb(?:ed|s)?|higher|advanced?|expanded|boost(?:ed)?|raised?|rais(?:ing)|widen(?:ed|s|ing)?|add(?:ed|s|ing)?|an? (?:[\\w-]+ )?(?:increase|rise|growth|gain|jump) of)(?:\\s+by)?',
    examples: ['revenue rose 5%', 'up 70%', 'an increase of 8.35%', 'climbed 5 basis points'],
  },
  {
    name: 'down',
    pattern:
      '\\b(?:down|fell|falls?|falling|fallen|declined?|declines|declining|decreased?|decreasing|dropp?(?:ed|s)?|slid|slides?|slipp(?:ed|ing)|slips?|dipp(?:ed|ing)|dips?|eas(?:ed|es|ing)|slump(?:ed|s)?|plung(?:ed|es)|plummet(?:ed|s)?|tumbl(?:ed|es)|sank|shrank|shrunk|contracted|cut|cuts|cutting|slash(?:ed|es|ing)?|lower|reduced?|narrow(?:ed|s|ing)?|lost|loses|losing|shed(?:ding|s)?|an? (?:[\\w-]+ )?(?:decrease|decline|drop|fall|reduction|cut) of)(?:\\s+by)?',
    examples: ['net income fell 77%', 'a decline of 3%', 'cut about 1,000 jobs', 'its shares slipped 3.1%', 'the yield dipped 4 basis points'],
  },
];

/** A direction noun right after the figure (`a 5% increase`). */
export const directionsAfter: LexiconRule<'up' | 'down'>[] = [
  { name: 'up', pattern: '(?:(?:year|month|quarter|week)[- ](?:on|over)[- ](?:year|month|quarter|week) )?(?:increase|rise|growth|gain|jump|hike|surge|higher)\\b', examples: ['a 5% increase', 'a 0.1% month-on-month rise', 'stocks opened 0.2% higher'] },
  { name: 'down', pattern: '(?:(?:year|month|quarter|week)[- ](?:on|over)[- ](?:year|month|quarter|week) )?(?:decrease|decline|drop|fall|cut|slump|reduction|lower)\\b', examples: ['a 5% drop', 'shares closed 2% lower'] },
];

/**
 * Verbs that move a level: the figure after `to` is where it moved (`revenue rose 5% to $2.36
 * billion`, `net loss narrowed to ¥339.5 billion`), the figure after `by` how far (`increased its
 * buyback by $25 billion`). The last such verb before the `to` decides.
 */
export const movesTo: LexiconRule<'up' | 'down'>[] = [
  {
    name: 'up',
    pattern:
      '\\b(?:r[io]se[sn]?|rising|gr[eo]w[sn]?|growing|increas(?:e[sd]?|ing)|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|soar(?:ed|s|ing)?|surg(?:e[sd]?|ing)|rais(?:e[sd]?|ing)|widen(?:ed|s|ing)?|expand(?:ed|s|ing)?|doubled|tripled|boost(?:ed|s|ing)?|lift(?:ed|s|ing)?|hik(?:e[sd]?|ing)|improv(?:e[sd]?|ing)|advanc(?:e[sd]|ing)|gain(?:ed|s)?)\\b',
    examples: ['revenue rose 5% year-on-year to 260.3 billion yuan', 'users climbed to close to 51 million', 'loss widens to $1.44 billion', 'increased its buyback program by $25 billion', 'posted a 15-fold jump in operating profit to 10.4 trillion won'],
  },
  {
    name: 'down',
    pattern:
      '\\b(?:f[ae]ll(?:s|en|ing)?|dropp?(?:ed|s|ing)?|declin(?:e[sd]?|ing)|decreas(?:e[sd]?|ing)|sl(?:id|ides?|iding)|slipp?(?:ed|s|ing)?|dipp?(?:ed|s|ing)?|sank|sinks?|shr[au]nk|shrinks?|narrow(?:ed|s|ing)?|cut(?:s|ting)?|lower(?:ed|s|ing)|reduc(?:e[sd]?|ing)|slash(?:ed|es|ing)?|tumbl(?:e[sd]?|ing)|plung(?:e[sd]?|ing)|eas(?:e[sd]|ing)|trimm?(?:ed|s|ing)?|contract(?:ed|s|ing))\\b',
    examples: ['net income fell 77% to 14.4 billion yuan', 'net loss narrowed to ¥339.5 billion', 'cut its sales forecast to between $3.76 billion and $3.81 billion', 'will cut fulfillment fees by $0.10'],
  },
];

/** Between the verb and the figure: `to` a level (where it moved), `by` a change (how far). */
export const levelTo: CueRule[] = [
  { name: 'to', pattern: '\\bto(?:\\s+between)?', examples: ['rose to', 'cut its forecast to between'] },
  { name: 'by', pattern: '\\bby', examples: ['cut fees by'] },
];

/** The comparison a change is measured against. */
export const bases: LexiconRule<'yoy' | 'qoq' | 'mom' | 'wow'>[] = [
  {
    name: 'yoy',
    pattern: 'year[- ]on[- ]year|year[- ]over[- ]year|\\byoy\\b|\\by/y\\b|from a year (?:earlier|ago|before)|than a year (?:earlier|ago)|over the same period|same period last year|a year earlier|from (?:the (?:same|comparable) period )?last year|from (?:19|20)\\d{2}\\b',
    examples: ['up 70% year-on-year', 'rose 5% y/y', 'up from a year earlier', 'up 7% from the comparable period last year', 'down 5% from 2023'],
  },
  { name: 'qoq', pattern: 'quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|\\bqoq\\b|\\bq/q\\b|sequentially|from the previous quarter', examples: ['up 3% quarter-on-quarter', 'rose 2% sequentially'] },
  { name: 'mom', pattern: 'month[- ]on[- ]month|month[- ]over[- ]month|\\bmom\\b|\\bm/m\\b|from the previous month|from (?:January|February|March|April|May|June|July|August|September|October|November|December)\\b(?! \\d)', examples: ['a 0.1% month-on-month rise', 'industrial output falls 3.6% from May'] },
  { name: 'wow', pattern: 'week[- ]on[- ]week|week[- ]over[- ]week|\\bw/w\\b|from the previous week', examples: ['down 8% week-on-week'] },
];

/** Guidance, targets, estimates and expectations: the figure is not a reported result. */
export const forecastBefore: CueRule[] = [
  {
    name: 'expectation',
    pattern:
      '\\b(?:expect(?:s|ed|ing)?|expectations?|forecasts?|forecast(?:ed|ing)|estimat(?:e|es|ed|ing)|projects?|projected|projections?|consensus|seen (?:at|rising|falling|up|down)|could (?:reach|hit|value)|is set to|will (?:reach|hit|exceed))\\b',
    examples: ['analysts expect revenue of roughly 86 billion yuan', 'payrolls seen rising by 150,000', 'a listing that could value it at about £50 billion'],
  },
  { name: 'guidance', pattern: '\\b(?:guid(?:ance|ed|es|ing)|guided to|outlook|targets?|targeting|aims? (?:for|to))\\b', examples: ['guided to third-quarter revenue of $6.4 billion', 'outlook: net sales growth of 3%'] },
];
export const forecastAfter: CueRule[] = [{ name: 'expectation', pattern: '(?:expected|forecast|estimated|projected)\\b', examples: ['$5 billion expected'] }];
