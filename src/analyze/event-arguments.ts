// Which content terms state an event's arguments rather than its kind: quantities, years, weekdays and months.

/** Time words a report pins its event to; "may" and "march" are left out, being verbs as often as months. */
const TIME_WORDS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february april june july august september october
november december`.split(/\s+/),
);

const STARTS_WITH_DIGIT = /^\d/;

/**
 * Two reports of one event give the same death toll, magnitude, score, age, year and weekday; a look-alike event
 * (another quake, another firing) gives others. The content terms keep numbers of two or more digits and
 * decimals ("24", "6.1", "2004"), so the arguments are a subset of the terms.
 */
export function isEventArgument(term: string): boolean {
  return STARTS_WITH_DIGIT.test(term) || TIME_WORDS.has(term);
}
