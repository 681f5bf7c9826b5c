// Bylines below the body: an author box ("Written by", a name over its role), a lone label with the name under
// it, and the sign-off that closes a piece.
import { opensAuthorCard } from "./author-bio.js";
import { BY, labelledName, opensWithKnownFirstName, unglue } from "./author-name.js";
import type { LineFeatures } from "./line-features.js";

/** A byline label alone on its line ("Written By", "By:", "Author", "Article by"): the name is on a line below. */
export const LABEL_ALONE =
  /^(?:(?:article|post|story|text|words|guide|review)\s+)?(?:(?:written|posted|published|reported|authored)\s+)?by\s*:?$|^(?:authors?|writers?|byline|contributors?)\s*:?$/i;

/** How many lines below a lone label its name may stand, past a crumb or a blank widget line. */
const LABEL_REACH = 2;

/** The name under a lone byline label: the first of the next lines that cleans to a person's name. */
export function nameBelowLabel(features: LineFeatures[], labelIndex: number): string | null {
  for (let i = labelIndex + 1; i <= labelIndex + LABEL_REACH; i += 1) {
    const line = features[i];
    if (line === undefined || line.words > MAX_LABELLED_NAME_WORDS) return null;
    const author = labelledName(unglue(line.text));
    if (author !== null) return author;
  }
  return null;
}

/** An author box below the body: "Written by" with the name beside or under it, "Author", "About the author". */
const ABOUT_THE_AUTHOR = /^about the authors?\s*:?$/i;

const BARE_BY = /^by\s*:?$/i;

const AUTHOR_BOX_LINE =
  /^(?:(?:this )?(?:article|post|story|guide)\s+(?:was\s+)?)?(?:written|authored)\s+by\s*:?\s+(.+)$|^(?:author|written by)\s*:\s*(.+)$|^(?:text|words)\s+by\s*:?\s+(.+)$/i;

/** Words in a labelled name line ("Written by Jane Doe and John Roe"): several names may stand in it. */
export const MAX_LABELLED_NAME_WORDS = 12;

/** The author box follows the body within this many lines: past sharing buttons, tags and a newsletter box. */
export const AUTHOR_BOX_REACH = 80;

/**
 * Labels of what follows an article's own box: other stories, reader comments. The writer's box comes before them.
 */
const OTHER_PAGES_SECTION =
  /^\W*(?:related|recommended|more (?:from|stories|news|articles|posts|on|in|like this)|you (?:may|might) (?:also )?(?:like|enjoy)|further reading|latest|trending|most (?:read|popular|viewed)|popular|top stories|other (?:articles|stories|posts)|read (?:more|next|also)|also read|see also|\d*\s*comments?|\d*\s*responses?|leave a (?:comment|reply)|post a comment|join the (?:discussion|conversation))\b/i;

const MAX_SECTION_LABEL_WORDS = 6;

/**
 * The name an author box gives, for pages that print no byline by the headline: after an explicit "written by"
 * or "author" label, or on a card that sets the name over the writer's role or bio. A bare "By" down there more
 * often signs a related story.
 */
export function authorBoxName(features: LineFeatures[], from: number, last: number): string | null {
  for (let i = from; i <= last; i += 1) {
    const line = features[i];
    if (line === undefined || line.words > MAX_LABELLED_NAME_WORDS) continue;
    const text = unglue(line.text);
    // Past a list of other stories or the comments, a "Written by" signs another story or a reader's words.
    if (line.words <= MAX_SECTION_LABEL_WORDS && OTHER_PAGES_SECTION.test(text)) return null;
    if ((LABEL_ALONE.test(text) || ABOUT_THE_AUTHOR.test(text)) && !BARE_BY.test(text)) {
      const below = nameBelowLabel(features, i);
      if (below !== null) return below;
      continue;
    }
    const named = AUTHOR_BOX_LINE.exec(text);
    const author = labelledName(named?.[1] ?? named?.[2] ?? named?.[3] ?? "");
    if (author !== null) return author;
    // A card that labels the name under it ("Jane Porter" / "Author"): the label vouches as one above would.
    if (AUTHOR_ROLE_LABEL.test(features[i + 1]?.text ?? "") && line.words <= MAX_CARD_NAME_WORDS) {
      const labelled = labelledName(text);
      if (labelled !== null) return labelled;
    }
    // A card with no label: the name over the writer's role or a bio that names them. Without a label to vouch
    // for it, the name must open with a known first name: "Video Trailer" over a director's credit is no card.
    if (opensAuthorCard(features, i) && opensWithKnownFirstName(text)) return labelledName(text);
  }
  return null;
}

/** Words in the name line of an author card. */
const MAX_CARD_NAME_WORDS = 6;

/** The label an author card prints under the name: "Author", "Guest Writer", "| Author". */
const AUTHOR_ROLE_LABEL = /^[|•·\s]*(?:guest\s+)?(?:author|writer|contributor)\s*:?$/i;

/** Lines at the end of the body where its own sign-off may stand ("Text by …", "This post was written by …"). */
export const SIGN_OFF_REACH = 8;

/**
 * A sign-off that says the piece was written by someone: "Text by Jane Doe", "This post was written by Jane Doe,
 * Head of Marketing". Unlike "Author: …", which in a review's record fields names the book's author.
 */
const SIGN_OFF =
  /^(?:(?:this )?(?:article|post|story|guide|piece)\s+(?:was\s+)?)?(?:written|authored)\s+by\s*:?\s+(.+)$|^(?:text|words)\s+by\s*:?\s+(.+)$/i;

/** "By Jane Doe" as the body's last line or the line straight after it: the piece's sign-off. */
const CLOSING_BY = new RegExp(`^${BY}(.+)$`, "i");

/**
 * The name in a sign-off among the body's last lines, which the body region may have taken in, or a closing
 * "By …" on the line after them.
 */
export function signOffName(features: LineFeatures[], from: number, last: number): string | null {
  for (let i = last + 1; i >= from; i -= 1) {
    const line = features[i];
    if (line === undefined || line.words > MAX_LABELLED_NAME_WORDS) continue;
    const text = unglue(line.text);
    const closing = i >= last ? CLOSING_BY.exec(text) : null;
    const signed = i > last ? closing : (SIGN_OFF.exec(text) ?? closing);
    const author = labelledName(signed?.[1] ?? signed?.[2] ?? "");
    if (author !== null) return author;
  }
  return null;
}
