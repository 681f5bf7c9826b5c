// Story updates and the sentence signatures novelty is measured against, in PostgreSQL.
import type { Update } from "../../model.js";
import { readJsonValue, toUpdateRecord, type UpdateRow } from "../row-mappers.js";
import type { UpdateRecord, UpdateRepository } from "../store.js";
import type { Queryable } from "./queryable.js";

/** A story's updates include those made under ids that were later merged into it; $1 holds the story ids. */
const OF_STORIES = `(story_id = ANY($1::text[])
  OR story_id IN (SELECT alias FROM story_aliases WHERE story_id = ANY($1::text[])))`;

export class PgUpdates implements UpdateRepository {
  constructor(private readonly db: Queryable) {}

  async insert(update: Update, notable: boolean): Promise<UpdateRecord | null> {
    const result = await this.db.query<{ seq: string }>(
      `INSERT INTO story_updates (id, story_id, article_id, created_at, headline, previous_headline, new_outlets, new_entities, summary, novelty, notable)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9::jsonb, $10, $11) ON CONFLICT (id) DO NOTHING RETURNING seq`,
      [
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
        notable,
      ],
    );
    const row = result.rows[0];
    return row ? { ...update, seq: Number(row.seq), notable } : null;
  }

  async byIds(ids: readonly string[]): Promise<UpdateRecord[]> {
    if (ids.length === 0) return [];
    const result = await this.db.query<UpdateRow>(
      "SELECT * FROM story_updates WHERE id = ANY($1::text[]) ORDER BY seq",
      [ids],
    );
    return result.rows.map(fromRow);
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
    const result = await this.db.query<UpdateRow>(
      `SELECT * FROM story_updates WHERE ${OF_STORIES} AND (notable OR NOT $2) ORDER BY seq DESC LIMIT $3`,
      [storyIds, options.notableOnly, options.limit],
    );
    return result.rows.map(fromRow);
  }

  async after(
    seq: number,
    options: { storyIds: readonly string[] | null; limit: number; notableOnly: boolean },
  ): Promise<UpdateRecord[]> {
    const result =
      options.storyIds === null
        ? await this.db.query<UpdateRow>(
            "SELECT * FROM story_updates WHERE seq > $1 AND (notable OR NOT $2) ORDER BY seq LIMIT $3",
            [seq, options.notableOnly, options.limit],
          )
        : await this.db.query<UpdateRow>(
            `SELECT * FROM story_updates WHERE ${OF_STORIES} AND seq > $2 AND (notable OR NOT $3) ORDER BY seq LIMIT $4`,
            [options.storyIds, seq, options.notableOnly, options.limit],
          );
    return result.rows.map(fromRow);
  }

  async lastSeq(): Promise<number> {
    const result = await this.db.query<{ seq: string }>("SELECT coalesce(max(seq), 0) AS seq FROM story_updates");
    return Number(result.rows[0]?.seq ?? 0);
  }

  async moveArticles(articleIds: readonly string[], storyId: string): Promise<void> {
    if (articleIds.length === 0) return;
    await this.db.query("UPDATE story_updates SET story_id = $1 WHERE article_id = ANY($2::text[])", [
      storyId,
      articleIds,
    ]);
  }

  async sentenceSignatures(articleIds: readonly string[], scheme: string): Promise<Map<string, Uint8Array>> {
    const found = new Map<string, Uint8Array>();
    if (articleIds.length === 0) return found;
    const result = await this.db.query<{ article_id: string; signatures: Buffer }>(
      "SELECT article_id, signatures FROM article_sentence_signatures WHERE scheme = $1 AND article_id = ANY($2::text[])",
      [scheme, articleIds],
    );
    for (const row of result.rows) found.set(row.article_id, new Uint8Array(row.signatures));
    return found;
  }

  async saveSentenceSignatures(articleId: string, scheme: string, signatures: Uint8Array): Promise<void> {
    await this.db.query(
      `INSERT INTO article_sentence_signatures (article_id, scheme, signatures) VALUES ($1, $2, $3)
       ON CONFLICT (article_id) DO UPDATE SET scheme = excluded.scheme, signatures = excluded.signatures`,
      [articleId, scheme, Buffer.from(signatures)],
    );
  }
}

function fromRow(row: UpdateRow): UpdateRecord {
  return toUpdateRecord(row, readJsonValue);
}
