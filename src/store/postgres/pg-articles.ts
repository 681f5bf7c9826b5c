// Articles and the entities they name, in PostgreSQL.
import type { Article, Entities } from "../../model.js";
import { type ArticleRow, ENTITY_KINDS, entitiesFromRows, toArticle } from "../row-mappers.js";
import { articleSearchText } from "../search-words.js";
import type { ArticleRepository } from "../store.js";
import type { Queryable } from "./queryable.js";

export class PgArticles implements ArticleRepository {
  constructor(private readonly db: Queryable) {}

  async insert(article: Article): Promise<void> {
    await this.db.query(
      `INSERT INTO articles (id, fingerprint, url, outlet, title, author, published, section, language, text, source, ingested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        article.id,
        article.fingerprint,
        article.url,
        article.outlet,
        article.title,
        article.author,
        article.published,
        article.section,
        article.language,
        article.text,
        article.source,
        article.ingestedAt,
      ],
    );
    const kinds: string[] = [];
    const names: string[] = [];
    for (const [field, kind] of ENTITY_KINDS) {
      for (const name of article.entities[field]) {
        kinds.push(kind);
        names.push(name);
      }
    }
    await this.db.query("INSERT INTO article_search (article_id, words) VALUES ($1, to_tsvector('simple', $2))", [
      article.id,
      articleSearchText(article),
    ]);
    if (names.length === 0) return;
    // One statement for all of them, in the order they were named (seq follows the ORDER BY).
    await this.db.query(
      `INSERT INTO article_entities (article_id, kind, name)
       SELECT $1, kind, name FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(kind, name, position)
       ORDER BY position ON CONFLICT DO NOTHING`,
      [article.id, kinds, names],
    );
  }

  async byId(id: string): Promise<Article | null> {
    return this.one("SELECT * FROM articles WHERE id = $1", id);
  }

  async byFingerprint(fingerprint: string): Promise<Article | null> {
    return this.one("SELECT * FROM articles WHERE fingerprint = $1", fingerprint);
  }

  async byUrl(url: string): Promise<Article | null> {
    return this.one("SELECT * FROM articles WHERE url = $1 ORDER BY ingested_at DESC LIMIT 1", url);
  }

  async byTitle(title: string): Promise<Article[]> {
    const result = await this.db.query<ArticleRow>(
      "SELECT * FROM articles WHERE lower(title) = lower($1) ORDER BY ingested_at",
      [title.trim()],
    );
    return this.withEntities(result.rows);
  }

  async count(): Promise<number> {
    const result = await this.db.query<{ n: string }>("SELECT count(*) AS n FROM articles");
    return Number(result.rows[0]?.n ?? 0);
  }

  /** Articles for these rows, their entities read in one query. */
  async withEntities(rows: readonly ArticleRow[]): Promise<Article[]> {
    if (rows.length === 0) return [];
    const result = await this.db.query<{ article_id: string; kind: string; name: string }>(
      "SELECT article_id, kind, name FROM article_entities WHERE article_id = ANY($1::text[]) ORDER BY seq",
      [rows.map((row) => row.id)],
    );
    const byArticle = new Map<string, { kind: string; name: string }[]>();
    for (const entity of result.rows) {
      const list = byArticle.get(entity.article_id) ?? [];
      list.push(entity);
      byArticle.set(entity.article_id, list);
    }
    return rows.map((row) => toArticle(row, entitiesOf(byArticle.get(row.id))));
  }

  private async one(sql: string, value: string): Promise<Article | null> {
    const result = await this.db.query<ArticleRow>(sql, [value]);
    const [article] = await this.withEntities(result.rows);
    return article ?? null;
  }
}

function entitiesOf(rows: { kind: string; name: string }[] | undefined): Entities {
  return entitiesFromRows(rows ?? []);
}
