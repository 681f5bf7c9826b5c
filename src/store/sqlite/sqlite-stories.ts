// Stories, their members, aliases and event log, in SQLite; outlets and entities are derived from the members.
import type Database from "better-sqlite3";
import type { Article, Entities, Story, StoryDetail } from "../../model.js";
import { eventDetailSchema, parseJsonColumn } from "../json-columns.js";
import {
  type ArticleRow,
  entitiesFromRows,
  type MembershipRow,
  readJsonText,
  type StoryRow,
  type TimelineRow,
  toMembership,
  topEntities,
  toStory,
  toStoryRecord,
  toTimelineEntry,
} from "../row-mappers.js";
import { searchWords } from "../search-words.js";
import type { MembershipRecord, StoryEvent, StoryListOptions, StoryRecord, StoryRepository } from "../store.js";
import { SqliteArticles } from "./sqlite-articles.js";

export class SqliteStories implements StoryRepository {
  private readonly articles: SqliteArticles;

  constructor(private readonly db: Database.Database) {
    this.articles = new SqliteArticles(db);
  }

  async save(story: StoryRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO stories (id, headline, created_at, updated_at, first_published, last_published, state)
         VALUES (@id, @headline, @createdAt, @updatedAt, @firstPublished, @lastPublished, @state)
         ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, updated_at = excluded.updated_at,
           first_published = excluded.first_published, last_published = excluded.last_published, state = excluded.state`,
      )
      .run({ ...story, state: JSON.stringify(story.state) });
  }

  async remove(id: string): Promise<void> {
    this.db.prepare("DELETE FROM stories WHERE id = ?").run(id);
  }

  async resolve(idOrAlias: string): Promise<StoryRecord | null> {
    const id = this.canonicalId(idOrAlias);
    const row = id
      ? (this.db.prepare("SELECT * FROM stories WHERE id = ?").get(id) as StoryRow | undefined)
      : undefined;
    return row ? toRecord(row) : null;
  }

  async addAlias(alias: string, storyId: string, at: string): Promise<void> {
    // Aliases that pointed at the merged story now point at the survivor too, so a chain never needs walking.
    this.db.prepare("UPDATE story_aliases SET story_id = ? WHERE story_id = ?").run(storyId, alias);
    this.db
      .prepare(
        "INSERT INTO story_aliases (alias, story_id, created_at) VALUES (?, ?, ?) ON CONFLICT (alias) DO UPDATE SET story_id = excluded.story_id",
      )
      .run(alias, storyId, at);
  }

  async aliasesOf(storyId: string): Promise<string[]> {
    return (
      this.db.prepare("SELECT alias FROM story_aliases WHERE story_id = ? ORDER BY created_at").all(storyId) as {
        alias: string;
      }[]
    ).map((row) => row.alias);
  }

  async active(since: string | null): Promise<StoryRecord[]> {
    const rows = (
      since === null
        ? this.db.prepare("SELECT * FROM stories").all()
        : this.db.prepare("SELECT * FROM stories WHERE last_published IS NULL OR last_published >= ?").all(since)
    ) as StoryRow[];
    return rows.map(toRecord);
  }

  async list(options: StoryListOptions): Promise<Story[]> {
    if (options.search === undefined) {
      const rows = this.db
        .prepare("SELECT * FROM stories ORDER BY updated_at DESC, id LIMIT ? OFFSET ?")
        .all(options.limit, options.offset) as StoryRow[];
      return rows.map((row) => this.summary(row));
    }
    const words = searchWords(options.search);
    if (words.length === 0) return [];
    // Each word quoted: FTS5 then reads it as a plain term, never as an operator ("and", "near").
    const match = words.map((word) => `"${word}"`).join(" ");
    const rows = this.db
      .prepare(
        `SELECT * FROM stories WHERE id IN (
           SELECT m.story_id FROM article_search s JOIN story_articles m ON m.article_id = s.article_id
           WHERE article_search MATCH ?)
         ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`,
      )
      .all(match, options.limit, options.offset) as StoryRow[];
    return rows.map((row) => this.summary(row));
  }

  async detail(idOrAlias: string): Promise<StoryDetail | null> {
    const id = this.canonicalId(idOrAlias);
    const row = id
      ? (this.db.prepare("SELECT * FROM stories WHERE id = ?").get(id) as StoryRow | undefined)
      : undefined;
    if (!row) return null;
    const timeline = (
      this.db
        .prepare(
          `SELECT a.id, a.title, a.outlet, a.url, a.published, a.ingested_at, m.reason
           FROM story_articles m JOIN articles a ON a.id = m.article_id
           WHERE m.story_id = ? ORDER BY coalesce(a.published, a.ingested_at), a.ingested_at`,
        )
        .all(row.id) as TimelineRow[]
    ).map((entry) => toTimelineEntry(entry, readJsonText));
    return { ...this.summary(row), timeline, aliases: await this.aliasesOf(row.id) };
  }

  async addMember(membership: MembershipRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO story_articles (article_id, story_id, joined_at, reason, manual) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, joined_at = excluded.joined_at,
           reason = excluded.reason, manual = excluded.manual`,
      )
      .run(
        membership.articleId,
        membership.storyId,
        membership.joinedAt,
        JSON.stringify(membership.reason),
        membership.manual ? 1 : 0,
      );
  }

  async moveMembers(from: string, into: string): Promise<void> {
    this.db.prepare("UPDATE story_articles SET story_id = ? WHERE story_id = ?").run(into, from);
  }

  async removeMember(articleId: string): Promise<void> {
    this.db.prepare("DELETE FROM story_articles WHERE article_id = ?").run(articleId);
  }

  async membershipOf(articleId: string): Promise<MembershipRecord | null> {
    const row = this.db.prepare("SELECT * FROM story_articles WHERE article_id = ?").get(articleId) as
      | MembershipRow
      | undefined;
    return row ? toMembership(row, readJsonText) : null;
  }

  async memberArticles(storyId: string): Promise<Article[]> {
    const rows = this.db
      .prepare(
        `SELECT a.* FROM story_articles m JOIN articles a ON a.id = m.article_id
         WHERE m.story_id = ? ORDER BY coalesce(a.published, a.ingested_at), a.ingested_at`,
      )
      .all(storyId) as ArticleRow[];
    return rows.map((row) => this.articles.toArticle(row));
  }

  async logEvent(event: StoryEvent): Promise<void> {
    this.db
      .prepare("INSERT INTO story_events (story_id, kind, at, detail) VALUES (?, ?, ?, ?)")
      .run(event.storyId, event.kind, event.at, JSON.stringify(event.detail));
  }

  async events(storyId: string): Promise<StoryEvent[]> {
    const rows = this.db.prepare("SELECT * FROM story_events WHERE story_id = ? ORDER BY id").all(storyId) as {
      story_id: string;
      kind: StoryEvent["kind"];
      at: string;
      detail: string;
    }[];
    return rows.map((row) => ({
      storyId: row.story_id,
      kind: row.kind,
      at: row.at,
      detail: parseJsonColumn(eventDetailSchema, row.detail, "story event"),
    }));
  }

  private canonicalId(idOrAlias: string): string | null {
    const direct = this.db.prepare("SELECT id FROM stories WHERE id = ?").get(idOrAlias) as { id: string } | undefined;
    if (direct) return direct.id;
    const alias = this.db.prepare("SELECT story_id FROM story_aliases WHERE alias = ?").get(idOrAlias) as
      | { story_id: string }
      | undefined;
    return alias?.story_id ?? null;
  }

  private summary(row: StoryRow): Story {
    const outlets = (
      this.db
        .prepare(
          `SELECT a.outlet FROM story_articles m JOIN articles a ON a.id = m.article_id
           WHERE m.story_id = ? AND a.outlet IS NOT NULL
           GROUP BY a.outlet ORDER BY min(coalesce(a.published, a.ingested_at))`,
        )
        .all(row.id) as { outlet: string }[]
    ).map((entry) => entry.outlet);
    const articleCount = (
      this.db.prepare("SELECT count(*) AS n FROM story_articles WHERE story_id = ?").get(row.id) as { n: number }
    ).n;
    return toStory(row, { articleCount, outlets, entities: this.storyEntities(row.id) });
  }

  /** The entities most named across the story's articles, most frequent first. */
  private storyEntities(storyId: string): Entities {
    const rows = this.db
      .prepare(
        // Spellings that differ only in case are one name, shown as first written (SQLite takes the bare
        // e.name from the row that gives min(e.rowid)).
        `SELECT e.kind, e.name, min(e.rowid) AS first FROM story_articles m
         JOIN article_entities e ON e.article_id = m.article_id
         WHERE m.story_id = ? GROUP BY e.kind, e.name COLLATE NOCASE ORDER BY count(*) DESC, first`,
      )
      .all(storyId) as { kind: string; name: string }[];
    return topEntities(entitiesFromRows(rows));
  }
}

function toRecord(row: StoryRow): StoryRecord {
  return toStoryRecord(row, (state) => JSON.parse(String(state)));
}
