// Names the publishing outlet from what the dump says about itself: its copyright line, "<Name> reports that",
// the page's host name; then picks the dump's best-spaced spelling of that name ("EKOHOTBLOG" → "Eko Hot Blog").

/** "© 2024 Name. All rights reserved." / "Copyright © Name" */
export const COPYRIGHT_NAME =
  /(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?([\p{L}\p{N}][\p{L}\p{N}&'’. -]{1,60}?)(?:\s*[.,|]|\s+all rights|\s+\d{4}|$)/iu;
/** "<Name> reports that" / "<Name> has learnt": outlets citing themselves in the lead. */
const SELF_REPORT =
  /^((?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){0,4}\p{Lu}[\p{L}\p{N}&'’.-]*)\s+(?:reports?|reported|has (?:learnt|learned|gathered)|gathered|learnt)\s+that\b/u;
const NOT_A_NAME = /^(?:the|a|an|this|our|all|rights|reserved|copyright|and)$/i;

/** Letters and digits only, lower case: "West Bell Dental Care", "westbelldentalcare" and "WEST-BELL" are one name. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

function hostKey(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const labels = new URL(url).hostname.replace(/^www\d?\./, "").split(".");
    // The registrable label: the one before the public suffix ("bbc" in bbc.co.uk, "ekohotblog" in ekohotblog.com).
    const suffixDepth = labels.length > 2 && (labels.at(-2)?.length ?? 0) <= 3 ? 3 : 2;
    return labels.at(-suffixDepth) ?? labels[0] ?? null;
  } catch {
    return null;
  }
}

/** Prefer spellings with spaces (the display form) and mixed case over all caps. */
function spellingScore(spelling: string): number {
  const spaces = (spelling.match(/ /g) ?? []).length;
  const mixedCase = spelling !== spelling.toUpperCase() ? 1 : 0;
  return spaces * 2 + mixedCase;
}

/** The best spelling of the name with this squashed key anywhere in the dump ("EkoHot Blog", "EKO HOT BLOG"…). */
function bestSpelling(dump: string, key: string, fallback: string): string {
  if (key === "" || key.length > 60) return fallback;
  // The key is letters and digits only, so it needs no escaping.
  const letters = [...key].join("[ \\u00a0.'’&-]?");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${letters}(?![\\p{L}\\p{N}])`, "giu");
  let best = fallback;
  let bestScore = fallback === "" ? -1 : spellingScore(fallback);
  for (const match of dump.matchAll(pattern)) {
    const spelling = match[0];
    // A display form capitalises each word it spaces out ("Eko Hot Blog", not "eko hot blog").
    if (!spelling.split(/\s+/).every((word) => /^[\p{Lu}\p{N}]/u.test(word))) continue;
    const score = spellingScore(spelling);
    if (score > bestScore) {
      best = spelling;
      bestScore = score;
    }
  }
  return best;
}

function cleanName(raw: string): string | null {
  const name = raw.replace(/^[\s©.,-]+|[\s.,-]+$/g, "");
  if (name.length < 2 || name.length > 60 || NOT_A_NAME.test(name) || /^\d+$/.test(name)) return null;
  return name;
}

/** The outlet's display name, or null when the dump does not name itself. */
export function findOutlet(lines: string[], dump: string, url?: string): string | null {
  const selfCited: string[] = [];
  for (const line of lines) {
    // Only a lead that opens with the citation: "Reuters reports that" mid-text quotes another outlet.
    const match = SELF_REPORT.exec(line);
    if (match?.[1] === undefined) continue;
    const name = cleanName(match[1]);
    if (name !== null) selfCited.push(name);
  }
  let copyrighted: string | null = null;
  // Footer lines only: a "© Photographer" credit in the body names someone else.
  const footerStart = Math.floor(lines.length * 0.6);
  for (let i = lines.length - 1; i >= footerStart && copyrighted === null; i -= 1) {
    const raw = COPYRIGHT_NAME.exec(lines[i] ?? "")?.[1];
    if (raw !== undefined) copyrighted = cleanName(raw);
  }
  const candidates = [...(copyrighted === null ? [] : [copyrighted]), ...selfCited];
  const host = hostKey(url);
  const hostMatch = host === null ? undefined : candidates.find((name) => squash(name) === host);
  const chosen = hostMatch ?? namedTwice(candidates) ?? candidates[0] ?? null;
  if (chosen !== null) return bestSpelling(dump, squash(chosen), chosen);
  // No self-naming: the host name counts only when the dump spells it out somewhere.
  return host === null ? null : bestSpelling(dump, host, "") || null;
}

function namedTwice(candidates: string[]): string | undefined {
  const keys = candidates.map(squash);
  return candidates.find((_, i) => keys.indexOf(keys[i] ?? "") !== i);
}
