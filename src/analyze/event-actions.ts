// What an article says happened: the lemmas of the main verbs of its headline and lead sentence.
import { foldCase } from "./content-terms.js";
import { isKnownOrganisation } from "./entity-cues.js";
import { placeForName } from "./entity-names.js";
import { isLexiconName } from "./name-lexicon.js";
import type { TextToken } from "./text-tokens.js";

/** Verbs that report, link or hedge rather than say what happened; every kind of event is "said" and "has". */
const LIGHT_VERBS: ReadonlySet<string> = new Set(
  `be have do say tell report claim add make get go come take give see know think want need seem become let
use try begin start continue keep include expect plan may might will would could should can must`.split(/\s+/),
);
const MAX_ACTIONS = 8;

const CAPITALISED = /^\p{Lu}/u;

/** "Fed" read as the verb "feed": a capitalised word known as a name is the name. */
function isKnownNameWord(value: string): boolean {
  if (!CAPITALISED.test(value)) return false;
  const folded = foldCase(value);
  return isKnownOrganisation(folded) || placeForName(value) !== undefined || isLexiconName(folded);
}

function isAction(token: TextToken): boolean {
  return (
    token.pos === "VERB" &&
    token.type === "word" &&
    token.lemma.length >= 3 &&
    !LIGHT_VERBS.has(token.lemma) &&
    !isKnownNameWord(token.value)
  );
}

/** The tokens of a text's first sentence: the lede, where a report states its event. */
function firstSentence(tokens: readonly TextToken[]): readonly TextToken[] {
  const end = tokens.findIndex((token, index) => index > 0 && token.sentenceStart);
  return end < 0 ? tokens : tokens.slice(0, end);
}

/**
 * Look-alike events share their actors and differ in what was done (a coach fired, then one hired). Headline verbs
 * come first; `headline` should be POS-tagged in sentence case (title case makes every word a name) with each
 * word as written.
 */
export function eventActions(headline: readonly TextToken[], body: readonly TextToken[]): string[] {
  const actions: string[] = [];
  for (const token of [...headline, ...firstSentence(body)]) {
    if (isAction(token) && !actions.includes(token.lemma)) actions.push(token.lemma);
    if (actions.length >= MAX_ACTIONS) break;
  }
  return actions;
}
