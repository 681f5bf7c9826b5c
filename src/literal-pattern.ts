// Text as a regular expression that matches it literally, for patterns built from names found in articles.

/** The text with every character a regular expression gives a meaning to escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
