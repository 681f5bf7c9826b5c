// Normal form of an entity name for matching: folded case, no possessive, no dots in acronyms, aliases resolved.
import { foldCase } from "./content-terms.js";
import { canonicalPlace } from "./place-names.js";

/** Organisations best known by a short form that news uses interchangeably with the full one. */
const ORGANISATION_ALIASES = new Map<string, string>([
  ["un", "united nations"],
  ["fed", "federal reserve"],
  ["the fed", "federal reserve"],
  ["us federal reserve", "federal reserve"],
  ["gm", "general motors"],
  ["nyse", "new york stock exchange"],
]);

/** "Moscow’s" → "moscow", "U.N." → "un", "the Kremlin" → "kremlin". */
export function normaliseEntityName(raw: string): string {
  return foldCase(raw)
    .replace(/['’]s?$/u, "")
    .replace(/\b([a-z])\./g, "$1")
    .replace(/\.$/, "")
    .replace(/^the\s+/, "")
    .replace(/[\s-]+/g, " ")
    .trim();
}

/** One spelling per organisation that goes by several names. */
export function canonicalOrganisation(normalised: string): string {
  return ORGANISATION_ALIASES.get(normalised) ?? normalised;
}

/**
 * The canonical place for a raw name, or undefined. "US" names the country only when written in capitals:
 * title-cased "Us" is usually the pronoun.
 */
export function placeForName(raw: string): string | undefined {
  const dotted = foldCase(raw)
    .replace(/['’]s?$/u, "")
    .replace(/^the\s+/, "");
  const place = canonicalPlace(dotted) ?? canonicalPlace(normaliseEntityName(raw));
  if (place === "united states" && /^us$/i.test(raw) && raw !== "US") return undefined;
  return place;
}
