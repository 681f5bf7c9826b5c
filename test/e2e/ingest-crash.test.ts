// A crash mid-ingest loses nothing: the ingest process is killed outright while it stores a batch, and a second run
// stores exactly the articles the first did not, each in one story.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { ROOT, storyline } from "../support/run-cli.js";

const TOWNS = [
  "Alderbrook",
  "Bexley Cross",
  "Corrin Vale",
  "Dunmere",
  "Eastwick",
  "Fallowmere",
  "Glenhollow",
  "Harrowgate",
];
const WORKS = ["bridge", "school", "library", "tram depot", "swimming pool", "market hall", "bus station", "clinic"];
const ARTICLES = 64;

/** A short local report, different in its title, places and numbers from every other index. */
function report(index: number): string {
  const town = TOWNS[index % TOWNS.length]!;
  const work = WORKS[Math.floor(index / TOWNS.length) % WORKS.length]!;
  const cost = 2 + index * 0.25;
  return `${town} Approves New ${work.replace(/\b\w/g, (letter) => letter.toUpperCase())} Costing ${cost} Million

The council of ${town} voted on Tuesday to build a new ${work}, at a cost of ${cost} million, after a debate that
lasted most of the evening and drew residents from every ward of the town.

Councillors who backed the plan said the old ${work} had been too small for years. Those against it asked how the
${cost} million would be paid for, and whether the work could wait until the budget of next year.

Construction of the ${work} in ${town} is to begin in the spring and take about ${12 + (index % 9)} months, the
council's planning office said.`;
}

function articleCount(databasePath: string): number {
  try {
    const db = new Database(databasePath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet, or its schema not written yet
  }
}

describe("a crash in the middle of an ingest", () => {
  it("loses nothing: after SIGKILL a second run stores the rest, each article once and in one story", async () => {
    const root = mkdtempSync(join(tmpdir(), "storyline-crash-"));
    const pages = join(root, "pages");
    const data = join(root, "data");
    mkdirSync(pages);
    for (let index = 0; index < ARTICLES; index++) {
      writeFileSync(join(pages, `${String(index).padStart(3, "0")}.txt`), report(index));
    }

    const first = spawn(process.execPath, [join(ROOT, "bin/storyline"), "--data", data, "ingest", pages], {
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      first.on("exit", (_code, signal) => resolve(signal)),
    );
    let storedAtKill = 0;
    while (first.exitCode === null && storedAtKill < 5) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      storedAtKill = articleCount(join(data, "storyline.db"));
    }
    first.kill("SIGKILL");
    // The kill must land in the middle of the batch, or this test proves nothing.
    expect(await exited).toBe("SIGKILL");
    const storedAfterKill = articleCount(join(data, "storyline.db"));
    expect(storedAfterKill).toBeGreaterThanOrEqual(5);
    expect(storedAfterKill).toBeLessThan(ARTICLES);

    const second = await storyline(["--data", data, "ingest", pages]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`${ARTICLES - storedAfterKill} added`);
    expect(second.stdout).toContain(`${storedAfterKill} already known`);

    const db = new Database(join(data, "storyline.db"), { readonly: true });
    try {
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      expect(count("SELECT count(*) AS n FROM articles")).toBe(ARTICLES);
      // Every article in exactly one story, and every story it names exists.
      expect(count("SELECT count(DISTINCT article_id) AS n FROM story_articles")).toBe(ARTICLES);
      expect(count("SELECT count(*) AS n FROM story_articles")).toBe(ARTICLES);
      expect(
        count("SELECT count(*) AS n FROM story_articles m LEFT JOIN stories s ON s.id = m.story_id WHERE s.id IS NULL"),
      ).toBe(0);
      expect((db.prepare("PRAGMA integrity_check").get() as { integrity_check: string }).integrity_check).toBe("ok");
    } finally {
      db.close();
    }
  });
});
