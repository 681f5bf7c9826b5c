import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import { INTERLEAVED } from "../../cluster/fixtures/look-alike-quakes.js";
import { parseInputLine, registerClusterCommand, runClusterCommand } from "./cluster.js";

const workDir = mkdtempSync(path.join(tmpdir(), "storyline-cluster-cli-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function seedBody(file: string, from: string, to: string): string {
  const raw = readFileSync(new URL(`../../../../shared/seeds/${file}`, import.meta.url), "utf8");
  return raw.slice(raw.indexOf(from), raw.indexOf(to) + to.length);
}

const articles = [
  {
    id: "seed-000",
    title: "Us Says North Korea Set For Arms Talk With Russia",
    text: seedBody("000_7b13ad20f772f1d8.txt", "The United States has stated", "faced by Ukraine."),
    published: "2023-12-01",
    outlet: "Independent",
    url: null,
  },
  {
    id: "flood",
    title: "Floods kill dozens in eastern Spain",
    text:
      "Floods swept through the region of Valencia in eastern Spain after torrential rain, killing at least 60 people. " +
      "Rescue teams searched for missing residents as rivers burst their banks.",
    published: "2023-12-02",
    outlet: "Daily",
    url: "https://example.org/flood",
  },
  {
    id: "seed-001",
    title: "North Korean Leader Kim Jong Un Arrives In Russia For Talks With Putin",
    text: seedBody("001_1d9d58bbc744f926.txt", "Eko Hot Blog reports that", "region and beyond."),
    published: null,
    outlet: null,
    url: null,
  },
];

function writeLines(name: string, lines: unknown[]): string {
  const file = path.join(workDir, name);
  writeFileSync(file, lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n"));
  return file;
}

function readOutput(file: string): { id: string; story: string }[] {
  return readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
}

describe("storyline cluster", () => {
  it("writes one {id, story} line per article, in input order", async () => {
    const input = writeLines("in.jsonl", articles);
    const output = path.join(workDir, "out.jsonl");
    const summary = await runClusterCommand(input, output);
    const lines = readOutput(output);
    expect(lines.map((line) => line.id)).toEqual(["seed-000", "flood", "seed-001"]);
    expect(lines[0]?.story).toBe(lines[2]?.story);
    expect(lines[1]?.story).not.toBe(lines[0]?.story);
    expect(summary).toMatchObject({ articles: 3, stories: 2 });
  });

  it("gives an article the story an automatic split moved it to", async () => {
    const input = writeLines(
      "look-alikes.jsonl",
      INTERLEAVED.map((quake) => ({ ...quake, published: null, outlet: null, url: null })),
    );
    const output = path.join(workDir, "look-alikes.out.jsonl");
    await runClusterCommand(input, output);
    const storyOf = new Map(readOutput(output).map((line) => [line.id, line.story]));
    // peru-1 first joined the Chile story; the split moved it out with the later Peru reports.
    expect(storyOf.get("peru-1")).toBe(storyOf.get("peru-2"));
    expect(storyOf.get("peru-1")).not.toBe(storyOf.get("chile-1"));
    expect(new Set(storyOf.values()).size).toBe(2);
  });

  it("never reads a gold story label", async () => {
    const misleading = articles.map((article, index) => ({
      ...article,
      story: index === 1 ? "same" : `gold-${index}`,
    }));
    const plainOut = path.join(workDir, "plain.jsonl");
    const labelledOut = path.join(workDir, "labelled.jsonl");
    await runClusterCommand(writeLines("plain.jsonl.in", articles), plainOut);
    await runClusterCommand(writeLines("labelled.jsonl.in", misleading), labelledOut);
    expect(readOutput(labelledOut)).toEqual(readOutput(plainOut));
  });

  it("names the line of a bad input", async () => {
    const input = writeLines("bad.jsonl", [articles[0], "", { id: "x", title: 3, text: "" }]);
    await expect(runClusterCommand(input, path.join(workDir, "bad.out"))).rejects.toThrow(/^line 3: title/);
    expect(() => parseInputLine("{not json", 7)).toThrow(/^line 7: not valid JSON/);
    expect(() => parseInputLine(JSON.stringify({ ...articles[0], published: "yesterday" }), 2)).toThrow(/line 2/);
  });

  it("explains itself in --help", () => {
    const program = new Command("storyline");
    registerClusterCommand(program);
    const help = program.commands.find((command) => command.name() === "cluster")?.helpInformation() ?? "";
    expect(help).toContain("--in <file>");
    expect(help).toContain("--out <file>");
    expect(help).toMatch(/without a database/);
  });
});
