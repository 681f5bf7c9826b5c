// Story updates and the sentence signatures novelty is measured against, in SQLite.
import type Database from "better-sqlite3";
import type { Update } from "../../model.js";
import { readJsonText, toUpdateRecord, type UpdateRow } from "../row-mappers.js";
import type { UpdateRecord, UpdateRepository } from "../store.js";
import { StatementCache } from "./statement-cache.js";

/** A story's updates include those made under ids that were later merged into it. */
const OF_STORIES = `(story_id IN (SELECT value FROM json_each(@ids))
  OR story_id IN (SELECT alias FROM story_aliases WHERE story_id IN (SELECT value FROM json_each(@ids))))`;

export class SqliteUpdates implements UpdateRepository {
  private readonly sql: StatementCache;

  constructor(db: Database.Database) {
    this.sql = new StatementCache(db);
  }

  async insert(update: Update, notable: boolean): Promise<UpdateRecord | null> {
    const result = this.sql
      .get(
        `INSERT INTO story_updates (id, story_id, article_id, created_at, headline, previous_headline, new_outlets, new_entities, summary, novelty, notable)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      )
      .run(
        update.id,
        update.storyId,
        update.articleId,
        update.createdAt,
        update.headline,
        update.previousHeadline,
        JSON.stringify(update.newOutlets),
        JSON.stringify(update.newEntities),
        JSON.stringify(update.summary),
        update.novelty,
        notable ? 1 : 0,
      );
    if (result.changes === 0) return null;
    return { ...update, seq: Number(result.lastInsertRowid), notable };
  }

  async byIds(ids: readonly string[]): Promise<UpdateRecord[]> {
    if (ids.length === 0) return [];
    const rows = this.sql
      .get("SELECT * FROM story_updates WHERE id IN (SELECT value FROM json_each(?)) ORDER BY seq")
      .all(JSON.stringify(ids)) as UpdateRow[];
    return rows.map(toRecord);
  }

  async latestOf(storyIds: readonly string[]): Promise<UpdateRecord | null> {
    const [latest] = await this.ofStories(storyIds, { limit: 1, notableOnly: false });
    return latest ?? null;
  }

  async ofStories(
    storyIds: readonly string[],
    options: { limit: number; notableOnly: boolean },
  ): Promise<UpdateRecord[]> {
    if (storyIds.length === 0) return [];
    const rows = this.sql
      .get(`SELECT * FROM story_updates WHERE ${OF_STORIES} AND notable >= @notable ORDER BY seq DESC LIMIT @limit`)
      .all({
        ids: JSON.stringify(storyIds),
        notable: options.notableOnly ? 1 : 0,
        limit: options.limit,
      }) as UpdateRow[];
    return rows.map(toRecord);
  }

  async after(
    seq: number,
    options: { storyIds: readonly string[] | null; limit: number; notableOnly: boolean },
  ): Promise<UpdateRecord[]> {
    const parameters = { seq, notable: options.notableOnly ? 1 : 0, limit: options.limit };
    const rows = (
      options.storyIds === null
        ? this.sql
            .get("SELECT * FROM story_updates WHERE seq > @seq AND notable >= @notable ORDER BY seq LIMIT @limit")
            .all(parameters)
        : this.sql
            .get(
              `SELECT * FROM story_updates WHERE seq > @seq AND ${OF_STORIES} AND notable >= @notable ORDER BY seq LIMIT @limit`,
            )
            .all({ ...parameters, ids: JSON.stringify(options.storyIds) })
    ) as UpdateRow[];
    return rows.map(toRecord);
  }

  async lastSeq(): Promise<number> {
    return (this.sql.get("SELECT coalesce(max(seq), 0) AS seq FROM story_updates").get() as { seq: number }).seq;
  }

  async moveArticles(articleIds: readonly string[], storyId: string): Promise<void> {
    if (articleIds.length === 0) return;
    this.sql
      .get("UPDATE story_updates SET story_id = ? WHERE article_id IN (SELECT value FROM json_each(?))")
      .run(storyId, JSON.stringify(articleIds));
  }

  async sentenceSignatures(articleIds: readonly string[], scheme: string): Promise<Map<string, Uint8Array>> {
    const found = new Map<string, Uint8Array>();
    if (articleIds.length === 0) return found;
    const rows = this.sql
      .get(
        "SELECT article_id, signatures FROM article_sentence_signatures WHERE scheme = ? AND article_id IN (SELECT value FROM json_each(?))",
      )
      .all(scheme, JSON.stringify(articleIds)) as { article_id: string; signatures: Buffer }[];
    for (const row of rows) found.set(row.article_id, new Uint8Array(row.signatures));
    return found;
  }

  async saveSentenceSignatures(articleId: string, scheme: string, signatures: Uint8Array): Promise<void> {
    this.sql
      .get(
        `INSERT INTO article_sentence_signatures (article_id, scheme, signatures) VALUES (?, ?, ?)
         ON CONFLICT (article_id) DO UPDATE SET scheme = excluded.scheme, signatures = excluded.signatures`,
      )
      .run(articleId, scheme, Buffer.from(signatures));
  }
}

function toRecord(row: UpdateRow): UpdateRecord {
  return toUpdateRecord(row, readJsonText);
}
