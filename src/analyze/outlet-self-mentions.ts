// An outlet naming itself ("Eko Hot Blog reports that…") is not a party to the story: its name is kept out of the
// article's organisations, so two of its articles do not look alike for carrying its brand, and a story's names,
// search and "new names" are not made of it.
import type { Entities } from "../model.js";

/** Letters and digits only, lower case: "EkoHot Blog", "Eko Hot Blog" and "ekohotblog" fold alike. */
function compact(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Second-level labels under which country domains register names: "co.uk", "com.au", "ne.jp". */
const REGISTRY_LABELS = new Set(["co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go", "gob"]);

/** The label a host name's owner chose: "cnn" for edition.cnn.com, "bbc" for news.bbc.co.uk. */
function registeredLabel(host: string): string | null {
  const labels = host.split(".");
  if (labels.length < 2) return null;
  const last = labels.at(-1) ?? "";
  const second = labels.at(-2) ?? "";
  const suffixLength = last.length === 2 && REGISTRY_LABELS.has(second) && labels.length > 2 ? 2 : 1;
  return labels.at(-1 - suffixLength) ?? null;
}

/** The forms an outlet goes by: its name as given, and for a host name the label its owner registered. */
function outletForms(outlet: string): Set<string> {
  const forms = new Set<string>();
  const host = outlet.trim().toLowerCase();
  const isHost = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host);
  const whole = isHost ? registeredLabel(host) : outlet;
  const form = whole === null ? "" : compact(whole);
  if (form.length >= 3) forms.add(form);
  return forms;
}

/**
 * The entities without the organisation that is the outlet itself. People and places are kept (the outlet
 * boston.com does not make Boston a brand), and so is the outlet when the headline names it: then the article is
 * about it.
 */
export function withoutOutletName(entities: Entities, outlet: string | null, headline: string): Entities {
  if (!outlet) return entities;
  const forms = outletForms(outlet);
  if (forms.size === 0) return entities;
  const headlineWords = compact(headline);
  const organisations = entities.organisations.filter((name) => {
    const form = compact(name);
    return !forms.has(form) || headlineWords.includes(form);
  });
  return { ...entities, organisations };
}
