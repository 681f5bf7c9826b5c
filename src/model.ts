// The shared vocabulary of the pipeline: every stage takes and returns these types.

/** How a document reached us: a web page or a plain-text dump of one. */
export type DocumentKind = "html" | "text";

/** Whether extraction found a real article, and if not, why not. */
export type ExtractionStatus = "ok" | "blocked" | "empty";

/** What the extract stage returns for one document. Pure data, no I/O. */
export interface ExtractedArticle {
  kind: DocumentKind;
  title: string | null;
  author: string | null;
  /** ISO 8601 (date or date-time) as the page states it; null when the page gives none. Never invented. */
  published: string | null;
  section: string | null;
  /** ISO 639-1 code, or null when unsure. */
  language: string | null;
  /** Name of the publishing outlet (site name), when the page names it. */
  outlet: string | null;
  /** Canonical URL when the page declares one. */
  url: string | null;
  /** Clean body: paragraphs separated by a blank line, headings kept as their own paragraphs. */
  text: string;
  status: ExtractionStatus;
  /** Why status is not "ok". */
  statusReason: string | null;
  /** Which stage of the cascade produced the body, e.g. "json-ld", "dom-scorer", "text-blocks". */
  method: string;
  /** 0..1, how sure the extractor is of the body. */
  confidence: number;
  warnings: string[];
}

/** People, places and organisations named in a text, each normalised for matching. */
export interface Entities {
  people: string[];
  places: string[];
  organisations: string[];
}

/** What the analyze stage returns: everything later stages need to compare articles. */
export interface Analysis {
  language: string | null;
  /** Normalised content terms of the title (stop words removed), in order. */
  titleTerms: string[];
  /** Normalised content terms of the body (stop words removed), in order. */
  bodyTerms: string[];
  entities: Entities;
  sentences: string[];
  /** Dates mentioned in the text (ISO 8601 dates), resolved against the publish date when there is one. */
  mentionedDates: string[];
  /** Lemmas of the headline's and lead sentence's main verbs: what happened. Absent from analyses made without them. */
  actions?: string[];
}

/** An article as stored: extraction plus identity and provenance. */
export interface Article {
  id: string;
  /** Hash of the normalised title + body: the same article submitted twice maps to one row. */
  fingerprint: string;
  url: string | null;
  outlet: string | null;
  title: string;
  author: string | null;
  published: string | null;
  section: string | null;
  language: string | null;
  text: string;
  /** Where it came from: a file path, a URL or a feed. */
  source: string;
  ingestedAt: string;
  entities: Entities;
}

/** Why an article was put into a story: kept with every membership so the decision can be inspected. */
export interface MembershipReason {
  score: number;
  /** "new-story", "assigned", "manual", "merged". */
  decision: string;
  sharedTerms: string[];
  sharedEntities: string[];
}

/** A real-world event as it develops across outlets and time. */
export interface Story {
  id: string;
  headline: string;
  createdAt: string;
  updatedAt: string;
  firstPublished: string | null;
  lastPublished: string | null;
  articleCount: number;
  outlets: string[];
  entities: Entities;
}

/** One article's place in a story's timeline. */
export interface TimelineEntry {
  articleId: string;
  title: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  ingestedAt: string;
  reason: MembershipReason;
}

export interface StoryDetail extends Story {
  timeline: TimelineEntry[];
  aliases: string[];
}

/** What changed in a story when an article joined it. */
export interface Update {
  id: string;
  storyId: string;
  articleId: string;
  createdAt: string;
  headline: string;
  previousHeadline: string | null;
  newOutlets: string[];
  newEntities: Entities;
  /** The most informative novel sentences of the article, in reading order. */
  summary: string[];
  /** Share of the article's sentences that the story did not hold yet (0..1). */
  novelty: number;
}

/** Where a follower is told: a signed webhook, an email, a Web Push subscription, or only their Atom feed. */
export type SubscriptionChannel =
  | {
      kind: "webhook";
      url: string;
      /** `whsec_…`: the Standard Webhooks signing secret. */
      secret: string;
    }
  | { kind: "email"; address: string }
  | { kind: "push"; endpoint: string; keys: { p256dh: string; auth: string } }
  | { kind: "feed" };

/** What is followed: one story (and whatever it is merged into), or a query that also catches stories to come. */
export type SubscriptionTarget = { kind: "story"; storyId: string } | { kind: "query"; query: string };

/** Someone following a story or a query through one channel. */
export interface Subscription {
  id: string;
  /** What the follower asked for, as given (story id, headline, URL or query). */
  target: string;
  follows: SubscriptionTarget;
  channel: SubscriptionChannel;
  /** 0: a message per update; otherwise at most one message per story per this many seconds. */
  digestSeconds: number;
  /**
   * Without a digest: the least time between two messages about one story. The first update goes out at once; the
   * ones that come sooner than this after a message wait and go out together in the next. 0 sends every update.
   */
  minGapSeconds: number;
  /** The secret in the unsubscribe link. */
  unsubscribeToken: string;
  /** "gone": the receiver said it no longer exists (HTTP 410), so nothing more is sent. */
  status: "active" | "unsubscribed" | "gone";
  createdAt: string;
}

/** A feed Storyline polls for new articles, and how its last polls went. */
export interface WatchedFeed {
  id: string;
  url: string;
  /** The feed's own title, once it has been read. */
  title: string | null;
  intervalSeconds: number;
  /** "paused": kept, but not polled. */
  status: "active" | "paused";
  createdAt: string;
  nextPollAt: string;
  /** Validators of the last full answer, sent back so an unchanged feed costs a 304. */
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  /** "3 new, 2 known", "not modified", or the error of the last poll. */
  lastOutcome: string | null;
  /** Polls in a row that failed; the interval backs off with them. */
  consecutiveFailures: number;
}
