// How a page writes the people, places and organisations the analysis keeps in lower case for matching: as the
// story's own articles write them ("NSC", "Kim Jong Un"), else in title case.

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function titleCase(name: string): string {
  return name.replace(
    /(^|[\s'-])(\p{Ll})/gu,
    (_match, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

/** The first spelling of `name` in `texts` (case-insensitive, whole words, any spacing), or the name in title case. */
export function displayName(name: string, texts: readonly string[]): string {
  const words = name.trim().split(/\s+/).map(escapeRegExp);
  if (words.length === 0 || words[0] === "") return name;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}(?![\\p{L}\\p{N}])`, "iu");
  for (const text of texts) {
    const found = pattern.exec(text);
    if (found) return found[0].replace(/\s+/g, " ");
  }
  return titleCase(name);
}
