// Articles and the entities they name, in SQLite.
import type Database from "better-sqlite3";
import type { Article, Entities } from "../../model.js";
import { type ArticleRow, ENTITY_KINDS, entitiesFromRows, toArticle } from "../row-mappers.js";
import { articleSearchText } from "../search-words.js";
import type { ArticleRepository } from "../store.js";

export class SqliteArticles implements ArticleRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(article: Article): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO articles (id, fingerprint, url, outlet, title, author, published, section, language, text, source, ingested_at)
         VALUES (@id, @fingerprint, @url, @outlet, @title, @author, @published, @section, @language, @text, @source, @ingestedAt)`,
      )
      .run(article);
    const addEntity = this.db.prepare(
      "INSERT OR IGNORE INTO article_entities (article_id, kind, name) VALUES (?, ?, ?)",
    );
    for (const [field, kind] of ENTITY_KINDS) {
      for (const name of article.entities[field]) addEntity.run(article.id, kind, name);
    }
    this.db
      .prepare("INSERT INTO article_search (article_id, words) VALUES (?, ?)")
      .run(article.id, articleSearchText(article));
  }

  async byId(id: string): Promise<Article | null> {
    return this.one("SELECT * FROM articles WHERE id = ?", id);
  }

  async byFingerprint(fingerprint: string): Promise<Article | null> {
    return this.one("SELECT * FROM articles WHERE fingerprint = ?", fingerprint);
  }

  async byUrl(url: string): Promise<Article | null> {
    return this.one("SELECT * FROM articles WHERE url = ? ORDER BY ingested_at DESC LIMIT 1", url);
  }

  async byTitle(title: string): Promise<Article[]> {
    const rows = this.db
      .prepare("SELECT * FROM articles WHERE title = ? COLLATE NOCASE ORDER BY ingested_at")
      .all(title.trim()) as ArticleRow[];
    return rows.map((row) => this.toArticle(row));
  }

  async count(): Promise<number> {
    return (this.db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
  }

  private one(sql: string, value: string): Article | null {
    const row = this.db.prepare(sql).get(value) as ArticleRow | undefined;
    return row ? this.toArticle(row) : null;
  }

  toArticle(row: ArticleRow): Article {
    return toArticle(row, this.entitiesOf(row.id));
  }

  private entitiesOf(articleId: string): Entities {
    const rows = this.db
      .prepare("SELECT kind, name FROM article_entities WHERE article_id = ? ORDER BY rowid")
      .all(articleId) as { kind: string; name: string }[];
    return entitiesFromRows(rows);
  }
}
