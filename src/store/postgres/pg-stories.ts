// Stories, their members, aliases and event log, in PostgreSQL; outlets and entities are derived from the members.
import type { Article, Story, StoryDetail } from "../../model.js";
import { eventDetailSchema } from "../json-columns.js";
import {
  type ArticleRow,
  entitiesFromRows,
  type MembershipRow,
  readJsonValue,
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
import { PgArticles } from "./pg-articles.js";
import { firstRow, type Queryable } from "./queryable.js";

/** Members in reading order: by publication, else by when they were ingested. */
const MEMBER_ORDER = "ORDER BY coalesce(a.published, a.ingested_at), a.ingested_at";

export class PgStories implements StoryRepository {
  private readonly articles: PgArticles;

  constructor(private readonly db: Queryable) {
    this.articles = new PgArticles(db);
  }

  async save(story: StoryRecord): Promise<void> {
    await this.db.query(
      `INSERT INTO stories (id, headline, created_at, updated_at, first_published, last_published, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)
       ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, updated_at = excluded.updated_at,
         first_published = excluded.first_published, last_published = excluded.last_published, state = excluded.state`,
      [
        story.id,
        story.headline,
        story.createdAt,
        story.updatedAt,
        story.firstPublished,
        story.lastPublished,
        JSON.stringify(story.state),
      ],
    );
  }

  async remove(id: string): Promise<void> {
    await this.db.query("DELETE FROM stories WHERE id = $1", [id]);
  }

  async resolve(idOrAlias: string): Promise<StoryRecord | null> {
    const row = await this.canonicalRow(idOrAlias);
    return row ? toRecord(row) : null;
  }

  async addAlias(alias: string, storyId: string, at: string): Promise<void> {
    // Aliases that pointed at the merged story now point at the survivor too, so a chain never needs walking.
    await this.db.query("UPDATE story_aliases SET story_id = $1 WHERE story_id = $2", [storyId, alias]);
    await this.db.query(
      `INSERT INTO story_aliases (alias, story_id, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (alias) DO UPDATE SET story_id = excluded.story_id`,
      [alias, storyId, at],
    );
  }

  async aliasesOf(storyId: string): Promise<string[]> {
    const result = await this.db.query<{ alias: string }>(
      "SELECT alias FROM story_aliases WHERE story_id = $1 ORDER BY created_at",
      [storyId],
    );
    return result.rows.map((row) => row.alias);
  }

  async active(since: string | null): Promise<StoryRecord[]> {
    const result =
      since === null
        ? await this.db.query<StoryRow>("SELECT * FROM stories")
        : await this.db.query<StoryRow>("SELECT * FROM stories WHERE last_published IS NULL OR last_published >= $1", [
            since,
          ]);
    return result.rows.map(toRecord);
  }

  async list(options: StoryListOptions): Promise<Story[]> {
    if (options.search === undefined) {
      const result = await this.db.query<StoryRow>(
        "SELECT * FROM stories ORDER BY updated_at DESC, id LIMIT $1 OFFSET $2",
        [options.limit, options.offset],
      );
      return Promise.all(result.rows.map((row) => this.summary(row)));
    }
    const words = searchWords(options.search);
    if (words.length === 0) return [];
    // plainto_tsquery ANDs the words and reads none of them as an operator.
    const result = await this.db.query<StoryRow>(
      `SELECT * FROM stories WHERE id IN (
         SELECT m.story_id FROM article_search s JOIN story_articles m ON m.article_id = s.article_id
         WHERE s.words @@ plainto_tsquery('simple', $1))
       ORDER BY updated_at DESC, id LIMIT $2 OFFSET $3`,
      [words.join(" "), options.limit, options.offset],
    );
    return Promise.all(result.rows.map((row) => this.summary(row)));
  }

  async detail(idOrAlias: string): Promise<StoryDetail | null> {
    const row = await this.canonicalRow(idOrAlias);
    if (!row) return null;
    const timeline = await this.db.query<TimelineRow>(
      `SELECT a.id, a.title, a.outlet, a.url, a.published, a.ingested_at, m.reason
       FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = $1 ${MEMBER_ORDER}`,
      [row.id],
    );
    return {
      ...(await this.summary(row)),
      timeline: timeline.rows.map((entry) => toTimelineEntry(entry, readJsonValue)),
      aliases: await this.aliasesOf(row.id),
    };
  }

  async addMember(membership: MembershipRecord): Promise<void> {
    await this.db.query(
      `INSERT INTO story_articles (article_id, story_id, joined_at, reason, manual) VALUES ($1, $2, $3, $4::jsonb, $5)
       ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, joined_at = excluded.joined_at,
         reason = excluded.reason, manual = excluded.manual`,
      [
        membership.articleId,
        membership.storyId,
        membership.joinedAt,
        JSON.stringify(membership.reason),
        membership.manual,
      ],
    );
  }

  async moveMembers(from: string, into: string): Promise<void> {
    await this.db.query("UPDATE story_articles SET story_id = $1 WHERE story_id = $2", [into, from]);
  }

  async removeMember(articleId: string): Promise<void> {
    await this.db.query("DELETE FROM story_articles WHERE article_id = $1", [articleId]);
  }

  async membershipOf(articleId: string): Promise<MembershipRecord | null> {
    const row = await firstRow<MembershipRow>(this.db, "SELECT * FROM story_articles WHERE article_id = $1", [
      articleId,
    ]);
    return row ? toMembership(row, readJsonValue) : null;
  }

  async memberArticles(storyId: string): Promise<Article[]> {
    const result = await this.db.query<ArticleRow>(
      `SELECT a.* FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = $1 ${MEMBER_ORDER}`,
      [storyId],
    );
    return this.articles.withEntities(result.rows);
  }

  async logEvent(event: StoryEvent): Promise<void> {
    await this.db.query("INSERT INTO story_events (story_id, kind, at, detail) VALUES ($1, $2, $3, $4::jsonb)", [
      event.storyId,
      event.kind,
      event.at,
      JSON.stringify(event.detail),
    ]);
  }

  async events(storyId: string): Promise<StoryEvent[]> {
    const result = await this.db.query<{ story_id: string; kind: StoryEvent["kind"]; at: string; detail: unknown }>(
      "SELECT story_id, kind, at, detail FROM story_events WHERE story_id = $1 ORDER BY id",
      [storyId],
    );
    return result.rows.map((row) => ({
      storyId: row.story_id,
      kind: row.kind,
      at: row.at,
      detail: readJsonValue(eventDetailSchema, row.detail, "story event"),
    }));
  }

  /** The story row for an id, or for the survivor an alias points at. */
  private async canonicalRow(idOrAlias: string): Promise<StoryRow | null> {
    return firstRow<StoryRow>(
      this.db,
      `SELECT s.* FROM stories s WHERE s.id = $1
       UNION ALL
       SELECT s.* FROM story_aliases a JOIN stories s ON s.id = a.story_id
       WHERE a.alias = $1 AND NOT EXISTS (SELECT 1 FROM stories d WHERE d.id = $1)
       LIMIT 1`,
      [idOrAlias],
    );
  }

  private async summary(row: StoryRow): Promise<Story> {
    const [outlets, count, entities] = await Promise.all([
      this.db.query<{ outlet: string }>(
        `SELECT a.outlet FROM story_articles m JOIN articles a ON a.id = m.article_id
         WHERE m.story_id = $1 AND a.outlet IS NOT NULL
         GROUP BY a.outlet ORDER BY min(coalesce(a.published, a.ingested_at))`,
        [row.id],
      ),
      this.db.query<{ n: string }>("SELECT count(*) AS n FROM story_articles WHERE story_id = $1", [row.id]),
      this.db.query<{ kind: string; name: string }>(
        // Spellings that differ only in case are one name, shown as first written.
        `SELECT e.kind, (array_agg(e.name ORDER BY e.seq))[1] AS name FROM story_articles m
         JOIN article_entities e ON e.article_id = m.article_id
         WHERE m.story_id = $1 GROUP BY e.kind, lower(e.name) ORDER BY count(*) DESC, min(e.seq)`,
        [row.id],
      ),
    ]);
    return toStory(row, {
      articleCount: Number(count.rows[0]?.n ?? 0),
      outlets: outlets.rows.map((entry) => entry.outlet),
      entities: topEntities(entitiesFromRows(entities.rows)),
    });
  }
}

/** JSONB state arrives parsed; the clusterer validates it when it loads the story. */
function toRecord(row: StoryRow): StoryRecord {
  return toStoryRecord(row, (state) => state);
}
