/**
 * What an extraction rule did, in words an analyst reads in the review details, instead
 * of the rule's id ("weekday-by-tense" → "a weekday, placed in the past or future week by
 * the verb's tense"). A composite rule ("chrono+year-by-tense") reads step by step; an id
 * not listed here (a new rule) is still shown as words, never as an id.
 */
const RULE_WORDS: Readonly<Record<string, string>> = {
  chrono: 'a calendar date written out',
  'chrono-node': 'a calendar date written out',
  'chrono-time': 'a clock time on a known day',
  time: 'with its clock time',
  year: 'a year',
  'year-by': 'an end year ("by 2030"): any time up to it',
  'year-since': 'a start year ("since 2014"): from it onwards',
  'year-range': 'a range of years',
  'year-by-tense': 'its year taken from the publication, past or future by the verb’s tense',
  decade: 'a decade',
  'decade-part': 'part of a decade ("the early 1990s")',
  'half-year': 'a half or quarter of a year',
  'month-range': 'a range of months',
  'month-by-cue': 'a month, its year taken from a word like “next” or “last”',
  'month-relative-year': 'a month of a year counted from the publication ("May next year")',
  'relative-month': 'a month counted from the publication ("last month")',
  'relative-week': 'a week counted from the publication ("next week")',
  'relative-year': 'a year counted from the publication ("last year")',
  'day-range': 'a range of days',
  'day-pair': 'two days named together',
  'day-ordinal': 'a day written as an ordinal ("the 3rd of May")',
  'day-relative-year': 'a day of a year counted from the publication',
  'weekday-by-cue': 'a weekday, its week taken from a word like “next” or “last”',
  'weekday-by-tense': 'a weekday, placed in the week before or after the publication by the verb’s tense',
  'count-from-publication': 'a count of days, weeks or years from the publication ("three days ago")',
  'vague-ref': 'a vague reference ("recently", "now"), dated by the publication',
  'date-holidays': 'a public holiday, dated for the country and year',
  anniversary: 'an anniversary: the year counted from the original event',
  'anniversary-by-cue': 'an anniversary named by a cue word',
  'anniversary-of-dated': 'an anniversary of an event the text dates',
  'anniversary-original': 'the original event of an anniversary',
  'report-at-publication': 'a report with no date of its own, dated by the publication',
  dateline: 'the dateline at the top of the article',
  'part-of-period': 'part of a period ("the end of May")',
  century: 'a century',
};

/** The rule ids that have words (the catalogues name each under `rule.<id>`). */
export const RULE_IDS: readonly string[] = Object.keys(RULE_WORDS);

/**
 * `wordOf` gives a rule's words in the interface language (English by default), `then`
 * joins the steps of a composite rule.
 */
export function ruleInWords(rule: string, wordOf: (id: string) => string | undefined = (id) => RULE_WORDS[id], then = ', then '): string {
  return rule
    .split('+')
    .map((part) => wordOf(part) ?? part.replace(/[-_]+/gu, ' '))
    .join(then);
}
