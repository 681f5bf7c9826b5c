// Which content terms state an event's arguments (quantities, ranks, years, weekdays, months), in one spelling.

/** Time words a report pins its event to; "may" and "march" are left out, being verbs as often as months. */
const TIME_WORDS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february april june july august september october
november december`.split(/\s+/),
);

/**
 * Counts and ranks written as words, from five and fifth on: "first", "two" or "third" are said of everything, while
 * "six people", "the seventh round" or "the twelfth Doctor" state the event. Indexed by value, from zero.
 */
const CARDINAL_WORDS = `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty`.split(/\s+/);
const ORDINAL_WORDS =
  `zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth`.split(/\s+/);
const FIRST_SPECIFIC_NUMBER = 5;

const TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TENS_ORDINALS = [
  "twentieth",
  "thirtieth",
  "fortieth",
  "fiftieth",
  "sixtieth",
  "seventieth",
  "eightieth",
  "ninetieth",
];
/** "twenty" → 20: alone, or the first word of a compound ("twenty-five"). */
const TENS: ReadonlyMap<string, number> = new Map(TENS_WORDS.map((word, index) => [word, 20 + 10 * index]));

/**
 * "sixth" → "6th", as the ordinal is written in digits; "six" → "6", a spelling content terms never give; "thirty"
 * → "30" and "thirtieth" → "30th" alike.
 */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ...CARDINAL_WORDS.flatMap((cardinal, value): [string, string][] => {
    // From five to twenty every ordinal ends in "th".
    if (value < FIRST_SPECIFIC_NUMBER) return [];
    return [
      [cardinal, String(value)],
      [ORDINAL_WORDS[value] ?? "", `${value}th`],
    ];
  }),
  ...[...TENS].flatMap(([tens, value], index): [string, string][] => [
    [tens, String(value)],
    [TENS_ORDINALS[index] ?? "", `${value}th`],
  ]),
]);

/** The second word of a compound, with the suffix the digits take: "five" → 5, "first" → 1 and "st". */
const UNITS: ReadonlyMap<string, { value: number; suffix: string }> = new Map([
  ...CARDINAL_WORDS.slice(1, 10).map((word, index) => [word, { value: index + 1, suffix: "" }] as const),
  ...ORDINAL_WORDS.slice(1, 10).map(
    (word, index) => [word, { value: index + 1, suffix: ["st", "nd", "rd"][index] ?? "th" }] as const,
  ),
]);

/**
 * A hyphenated number written as words, spelled as its digits: "twenty" and "five" (of "twenty-five") give "25",
 * "thirty" and "first" give "31st". Null when the two words are no such compound. Lower-case words.
 */
export function compoundNumber(tens: string, unit: string): string | null {
  const tensValue = TENS.get(tens);
  const unitValue = UNITS.get(unit);
  if (tensValue === undefined || unitValue === undefined) return null;
  return `${tensValue + unitValue.value}${unitValue.suffix}`;
}

const STARTS_WITH_DIGIT = /^\d/;

/**
 * Two reports of one event give the same death toll, magnitude, score, round, age, year and weekday; a look-alike
 * event (another quake, another fight) gives others. The content terms keep numbers of two or more digits, ordinals
 * and decimals ("24", "6th", "6.1", "2004"); a number written as a word is given the digits' spelling, so "sixth"
 * and "6th" agree. Null for a term that is no argument.
 */
export function eventArgumentKey(term: string): string | null {
  if (STARTS_WITH_DIGIT.test(term) || TIME_WORDS.has(term)) return term;
  return NUMBER_WORDS.get(term) ?? null;
}
