// Recognises the author's bio and card that close many posts: "Jane Doe is a staff writer at …", a name over a role.
import { type LineFeatures, PARAGRAPH_WORDS } from "./line-features.js";
import { isKnownFirstName, looksLikePersonName } from "./person-name.js";

/** "Jane Doe is a staff writer at …", "I'm Sam, a content editor at …": the author's bio under the article. */
const AUTHOR_BIO =
  /^(?:(?:i['’]m|i am)\s+\p{Lu}[\p{L}'’-]+,?\s+(?:a|an|the)\s|\p{Lu}[\p{L}.'’-]+(?:\s+\(?\p{Lu}[\p{L}.'’()-]+){1,3},?\s+(?:is|was)\s+(?:a|an|the|our)\s)/u;
const BIO_ROLE =
  /\b(?:writer|editor|reporter|journalist|author|contributor|columnist|correspondent|freelancer?|copywriter|blogger|photographer|director|manager|specialist|strategist|founder|analyst|expert|coach|consultant)\b/i;
/** The role comes early in a bio: further on, a job title is the article's subject. */
const ROLE_REACH = 160;
/**
 * Whether a line reads as the author's bio: it opens by naming a person ("Jane Doe is a…", "I'm Sam, a…") and
 * gives them a writer's or a trade's role within its first words.
 */
export function readsLikeAuthorBio(text: string): boolean {
  return AUTHOR_BIO.test(text) && BIO_ROLE.test(text.slice(0, ROLE_REACH));
}

/** A name line is two to four capitalised words ("Jane Porter", "Dr. Ann Lee-Smith"), nothing after them. */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** The card's role line is short ("Staff Writer, Example Daily"); its bio paragraph names the person early. */
const MAX_ROLE_WORDS = 8;
const NAME_MENTION_CHARS = 80;

/**
 * Whether line `i` opens an author card: a bare name right above the person's role, or above a bio that names
 * them. Articles do not print a person's name alone on a line and follow it with their job title.
 */
export function opensAuthorCard(features: readonly LineFeatures[], i: number): boolean {
  const line = features[i];
  if (line === undefined || line.words < 2 || line.words > 4 || line.stopWordRatio > 0) return false;
  if (!NAME_LINE.test(line.text)) return false;
  const nameParts = line.text
    .split(/\s+/)
    .filter((part) => part.length > 2)
    .map((part) => part.toLowerCase());
  for (let j = i + 1; j <= i + 2; j += 1) {
    const next = features[j];
    if (next === undefined) return false;
    const head = next.text.slice(0, NAME_MENTION_CHARS).toLowerCase();
    const isRole = next.words <= MAX_ROLE_WORDS && BIO_ROLE.test(next.text);
    const isBio =
      next.words >= PARAGRAPH_WORDS && nameParts.some((part) => head.includes(part)) && BIO_ROLE.test(next.text);
    // The name tests last: they are the costly ones. A bio mentions its subject, but a section's paragraph may
    // repeat its heading's first word too, so a bio needs the name to start with a known first name.
    if (isRole) return looksLikePersonName(line.text);
    if (isBio) return line.text.split(/\s+/, 2).some((word) => isKnownFirstName(word.replace(/\.$/, "")));
  }
  return false;
}
