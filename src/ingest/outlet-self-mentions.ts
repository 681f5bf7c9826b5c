// An outlet naming itself ("Eko Hot Blog reports that…") is not a party to the story: its name is kept out of the
// article's stored names, so a story's organisations and its related stories are not made of the outlet's brand.
import type { Entities } from "../model.js";

/** Letters and digits only, lower case: "EkoHot Blog", "Eko Hot Blog" and "ekohotblog" fold alike. */
function compact(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The forms an outlet goes by: its name as given, and for a host name the label before the public suffix. */
function outletForms(outlet: string): Set<string> {
  const forms = new Set<string>();
  const whole = compact(outlet);
  if (whole.length >= 3) forms.add(whole);
  const host = outlet.trim().toLowerCase();
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) {
    const labels = host.replace(/^www\./, "").split(".");
    // "bbc.co.uk" → "bbc", "ekohotblog.com" → "ekohotblog": the longest label is the brand, not "co" or "uk".
    const brand = labels.slice(0, -1).reduce((longest, label) => (label.length > longest.length ? label : longest), "");
    if (brand.length >= 3) forms.add(compact(brand));
  }
  return forms;
}

/** The entities without the names that are the outlet itself. */
export function withoutOutletName(entities: Entities, outlet: string | null): Entities {
  if (!outlet) return entities;
  const forms = outletForms(outlet);
  if (forms.size === 0) return entities;
  const keep = (names: readonly string[]) => names.filter((name) => !forms.has(compact(name)));
  return { people: keep(entities.people), places: keep(entities.places), organisations: keep(entities.organisations) };
}
