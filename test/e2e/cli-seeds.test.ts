// The foundation's acceptance: the CLI, built as users run it, on the two seed pages.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { SEED_000, SEED_001, storyline } from "../support/run-cli.js";

describe("storyline CLI on the seed pages", () => {
  let data: string;
  beforeEach(() => {
    data = mkdtempSync(join(tmpdir(), "storyline-e2e-"));
  });

  it("ingests both seeds into exactly one story with both articles", async () => {
    const ingest = await storyline(["--data", data, "ingest", SEED_000, SEED_001]);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toMatch(/2 added \(1 new story\)/);
    const listed = await storyline(["--data", data, "stories", "--json"]);
    const stories = JSON.parse(listed.stdout) as {
      id: string;
      articleCount: number;
      outlets: string[];
      timeline: { title: string }[];
    }[];
    expect(stories).toHaveLength(1);
    expect(stories[0]?.articleCount).toBe(2);
    expect(stories[0]?.outlets).toContain("Eko Hot Blog");
    expect(stories[0]?.timeline.map((entry) => entry.title).sort()).toEqual([
      "North Korean Leader Kim Jong Un Arrives In Russia For Talks With Putin",
      "Us Says North Korea Set For Arms Talk With Russia",
    ]);
    const one = await storyline(["--data", data, "story", stories[0]!.id, "--why"]);
    expect(one.stdout).toMatch(/shared entities: .*(kim|putin)/i);
    const found = await storyline(["--data", data, "stories", "--search", "putin vladivostok"]);
    expect(found.stdout).toContain(stories[0]!.id);
    const missing = await storyline(["--data", data, "stories", "--search", "valencia floods"]);
    expect(missing.stdout).toContain('no story has an article whose title or names hold all of "valencia floods"');

    const again = await storyline(["--data", data, "ingest", SEED_000, SEED_001]);
    expect(again.stdout).toMatch(/0 added .* 2 already known/);
  });

  it("extracts the seeds' fields as JSON lines", async () => {
    const result = await storyline(["extract", "--jsonl", SEED_000, SEED_001]);
    expect(result.code).toBe(0);
    const [first, second] = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(first).toMatchObject({
      file: SEED_000,
      kind: "text",
      title: "Us Says North Korea Set For Arms Talk With Russia",
      author: "Segun Adewole",
      section: "World",
      language: "en",
      warnings: [],
    });
    expect(first.published).toMatch(/^2023-12-01/);
    expect(first.text.startsWith("The United States has stated")).toBe(true);
    expect(first.text.endsWith("challenges faced by Ukraine.")).toBe(true);
    for (const junk of [
      "RECOMMENDED FOR YOU",
      "POSTED ON",
      "VIEWS",
      "Keir Starmer",
      "OUR CHANNELS",
      "OTHER ARTICLES",
      "notifications",
    ]) {
      expect(first.text).not.toContain(junk);
    }
    expect(second).toMatchObject({
      kind: "text",
      title: "North Korean Leader Kim Jong Un Arrives In Russia For Talks With Putin",
      section: "International",
      outlet: "Eko Hot Blog",
      published: null,
    });
    expect(second.text.startsWith("Eko Hot Blog reports that")).toBe(true);
    expect(second.text.endsWith("the region and beyond.")).toBe(true);
    for (const junk of [
      "Menu",
      "Connect with us",
      "EDITOR’S PICKS",
      "FURTHER READING",
      "Click to watch",
      "WhatsApp",
      "DISCLAIMER",
      "Copyright",
      "MGID",
    ]) {
      expect(second.text).not.toContain(junk);
    }
  });

  it("exits non-zero for a batch with a bad file, naming it, and still ingests the good ones", async () => {
    const bad = join(data, "broken.html");
    writeFileSync(bad, Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 7]));
    const result = await storyline(["--data", data, "ingest", bad, SEED_000]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${bad}: the document is binary data`);
    expect(result.stdout).toMatch(/1 added .* 1 failed/);
  });

  it("has --help on every command", async () => {
    for (const command of ["extract", "ingest", "stories", "story", "cluster", "serve"]) {
      const help = await storyline([command, "--help"]);
      expect(help.code, command).toBe(0);
      expect(help.stdout).toContain(`Usage: storyline ${command}`);
    }
  });
});
