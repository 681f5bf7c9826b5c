// `npx tsx eval/entities.ts [--show N] [--half 0|1]`: counts suspicious people, places and organisations the analyzer finds in the dev sets.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeArticle } from "../src/analyze/analyze-article.js";
import { isOrganisationWord, isThingEnding } from "../src/analyze/entity-cues.js";
import { placeForName } from "../src/analyze/entity-names.js";
import { placeOfDemonym } from "../src/analyze/place-names.js";
import { isStopWord } from "../src/analyze/stop-words.js";
import { escapeRegExp } from "../src/literal-pattern.js";
import type { Entities } from "../src/model.js";
import { type LabelledArticle, readLabelledArticles } from "./scoring/clustering-dataset.js";
import { ecbTopic, topicHalves } from "./scoring/topic-halves.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = path.resolve(repoRoot, "../shared/data/clustering");

type Kind = "person" | "place" | "organisation";

/** Words of buildings and venues: a name ending in one is a place or a thing, never a person. */
const VENUE_WORDS = new Set(
  "stadium arena park hall center centre stade field ground grounds theatre theater hotel airport station square".split(
    " ",
  ),
);

/** The reasons a found name looks wrong, by rules that need no gold labels. */
function suspicions(name: string, kind: Kind, text: string): string[] {
  const words = name.split(" ");
  const found: string[] = [];
  if (/\d/.test(name)) found.push("digit");
  // A middle initial ("Franklin D Roosevelt") is normal; a lone letter at either end is a cut-off abbreviation.
  if ([words[0], words[words.length - 1]].some((word) => word?.length === 1) && kind !== "organisation")
    found.push("one-letter part");
  // Connectors belong inside organisations and places ("Bank of England"), never at a name's edge or in a person's.
  const edges = [words[0] ?? "", words[words.length - 1] ?? ""];
  const misplaced = kind === "person" ? words : edges;
  if (misplaced.some((word) => isStopWord(word) && word !== "us")) found.push("stop word inside or at an edge");
  // A word of the name the text never writes with a capital: the analyzer took a common word for a name.
  // Places and organisations are canonicalised ("US" → "united states"), so only people are checked.
  if (kind === "person" && words.some((word) => !hasCapitalisedOccurrence(word, text))) {
    found.push("word never capitalised");
  }
  if (kind === "person") {
    if (words.some((word) => VENUE_WORDS.has(word) || isThingEnding(word))) found.push("venue/thing word as person");
    if (words.some((word) => isOrganisationWord(word))) found.push("organisation word as person");
    if (placeForName(name) || placeOfDemonym(name)) found.push("person is a known place");
    if (words.length >= 5) found.push("person of 5+ words");
  }
  if (kind === "place" && words.length >= 4) found.push("place of 4+ words");
  return found;
}

function hasCapitalisedOccurrence(word: string, text: string): boolean {
  if (word === "") return true;
  const pattern = new RegExp(`(^|[^\\p{L}])(${escapeRegExp(word)})`, "giu");
  for (const match of text.matchAll(pattern)) {
    const written = match[2] ?? "";
    if (/^\p{Lu}/u.test(written)) return true;
  }
  return false;
}

interface Tally {
  articles: number;
  names: Record<Kind, number>;
  suspicious: Map<string, number>;
  examples: Map<string, Set<string>>;
  milliseconds: number;
}

function newTally(): Tally {
  return {
    articles: 0,
    names: { person: 0, place: 0, organisation: 0 },
    suspicious: new Map(),
    examples: new Map(),
    milliseconds: 0,
  };
}

function listsOf(entities: Entities): [Kind, string[]][] {
  return [
    ["person", entities.people],
    ["place", entities.places],
    ["organisation", entities.organisations],
  ];
}

function tallyArticle(tally: Tally, article: LabelledArticle, show: number): void {
  const started = performance.now();
  const analysis = analyzeArticle({
    title: article.title,
    text: article.text,
    published: article.published,
    outlet: article.outlet,
  });
  tally.milliseconds += performance.now() - started;
  tally.articles++;
  const text = `${article.title}\n${article.text}`;
  if (tally.articles <= show) {
    console.log(`\n${article.id} ${article.title.slice(0, 90)}`);
    for (const [kind, names] of listsOf(analysis.entities)) console.log(`  ${kind}: ${names.slice(0, 15).join(" | ")}`);
  }
  for (const [kind, names] of listsOf(analysis.entities)) {
    tally.names[kind] += names.length;
    for (const name of names) {
      for (const reason of suspicions(name, kind, text)) {
        const key = `${kind}: ${reason}`;
        tally.suspicious.set(key, (tally.suspicious.get(key) ?? 0) + 1);
        const examples = tally.examples.get(key) ?? new Set<string>();
        if (examples.size < 12) examples.add(name);
        tally.examples.set(key, examples);
      }
    }
  }
}

function printTally(name: string, tally: Tally): void {
  const total = tally.names.person + tally.names.place + tally.names.organisation;
  const flagged = [...tally.suspicious.values()].reduce((sum, count) => sum + count, 0);
  console.log(
    `\n${name}: ${tally.articles} articles, ${(tally.milliseconds / Math.max(tally.articles, 1)).toFixed(1)} ms/article; ` +
      `people ${tally.names.person}, places ${tally.names.place}, organisations ${tally.names.organisation}; ` +
      `suspicious ${flagged} of ${total} (${((100 * flagged) / Math.max(total, 1)).toFixed(1)}%)`,
  );
  for (const [key, count] of [...tally.suspicious].sort((a, b) => b[1] - a[1])) {
    console.log(
      `  ${String(count).padStart(5)}  ${key.padEnd(42)} ${[...(tally.examples.get(key) ?? [])].join(" | ")}`,
    );
  }
}

function optionValue(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const show = Number(optionValue("--show") ?? 0);
const halfOption = optionValue("--half");
const ecb = readLabelledArticles(path.join(dataDir, "ecbplus-dev.jsonl"));
const uci = readLabelledArticles(path.join(dataDir, "uci-headlines-dev.jsonl"));
const halves = topicHalves(ecb, ecbTopic);
for (const half of [0, 1]) {
  if (halfOption !== undefined && Number(halfOption) !== half) continue;
  const tally = newTally();
  for (const article of ecb.filter((candidate) => halves.get(candidate.id) === half))
    tallyArticle(tally, article, show);
  printTally(`ecbplus-dev, half ${half === 0 ? "A" : "B"}`, tally);
}
const uciTally = newTally();
for (const article of uci) tallyArticle(uciTally, article, halfOption === undefined ? 0 : show);
printTally("uci-headlines-dev", uciTally);
