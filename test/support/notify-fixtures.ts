// Small stories for notification tests: articles written here, joined to stories the way the ingest pipeline does.
import { analyzeArticle } from "../../src/analyze/analyze-article.js";
import type { Analysis, Article, SubscriptionChannel } from "../../src/model.js";
import type { Delivery } from "../../src/notify/channel.js";
import { recordUpdateAndEnqueue } from "../../src/notify/follow-hook.js";
import {
  createSubscription,
  DEFAULT_MIN_GAP_SECONDS,
  type Followed,
  type FollowRequest,
} from "../../src/notify/follow-request.js";
import type { Store, StoreSession } from "../../src/store/store.js";

export interface MadeArticle {
  article: Article;
  analysis: Analysis;
}

export function makeArticle(id: string, title: string, paragraphs: string[], outlet: string | null): MadeArticle {
  const text = paragraphs.join("\n\n");
  const analysis = analyzeArticle({ title, text, published: null, language: "en" });
  return {
    analysis,
    article: {
      id,
      fingerprint: `fp-${id}`,
      url: `https://news.example/${id}`,
      outlet,
      title,
      author: null,
      published: null,
      section: null,
      language: "en",
      text,
      source: `test:${id}`,
      ingestedAt: "2024-05-01T00:00:00.000Z",
      entities: analysis.entities,
    },
  };
}

/** Stores the article in the story and runs the follow hook in the same transaction, as ingest does. */
export async function joinStory(
  store: Store,
  storyId: string,
  made: MadeArticle,
  at: string,
  headline?: string,
): Promise<void> {
  await store.transaction((session) => joinStoryIn(session, storyId, made, at, headline));
}

export async function joinStoryIn(
  session: StoreSession,
  storyId: string,
  made: MadeArticle,
  at: string,
  headline?: string,
): Promise<void> {
  await session.articles.insert(made.article);
  const earlierArticles = await session.stories.memberArticles(storyId);
  const isNewStory = earlierArticles.length === 0 && !(await session.stories.resolve(storyId));
  const storyHeadline = headline ?? (await session.stories.resolve(storyId))?.headline ?? made.article.title;
  await session.stories.save({
    id: storyId,
    headline: storyHeadline,
    createdAt: at,
    updatedAt: at,
    firstPublished: null,
    lastPublished: null,
    state: {},
  });
  await session.stories.addMember({
    storyId,
    articleId: made.article.id,
    joinedAt: at,
    reason: { score: 1, decision: isNewStory ? "new-story" : "assigned", sharedTerms: [], sharedEntities: [] },
    manual: false,
  });
  await recordUpdateAndEnqueue(session, {
    article: made.article,
    analysis: made.analysis,
    assignment: { storyId, isNewStory, headline: storyHeadline },
    earlierArticles,
    at,
  });
}

export async function follow(
  store: Store,
  target: string,
  channel: FollowRequest["channel"] | SubscriptionChannel,
  options: { digestSeconds?: number; minGapSeconds?: number; asQuery?: boolean } = {},
): Promise<Followed> {
  const request: FollowRequest = {
    target,
    asQuery: options.asQuery ?? false,
    channel: channel as FollowRequest["channel"],
    digestSeconds: options.digestSeconds ?? 0,
    minGapSeconds: options.minGapSeconds ?? DEFAULT_MIN_GAP_SECONDS,
  };
  return createSubscription(store, request, new Date("2024-05-01T00:00:00.000Z"));
}

export const FLOOD_1 = makeArticle(
  "flood-1",
  "Flood waters rise in Riverton",
  [
    "Flood waters rose across Riverton on Monday after three days of heavy rain, forcing hundreds of residents from their homes along the Green River.",
    "Mayor Ana Torres said the city had opened two shelters at the high school and the community centre.",
    "The river crested at nine metres on Monday evening, the highest level since records began in 1952.",
  ],
  "Valley Herald",
);

export const FLOOD_2 = makeArticle(
  "flood-2",
  "Army sent to Riverton as second dam fails",
  [
    "The army sent two hundred soldiers to reinforce the levees around Riverton on Wednesday.",
    "A second dam upstream failed on Thursday morning, flooding the village of Millbrook and cutting the main road.",
    "Mayor Ana Torres said the city had opened two shelters at the high school and the community centre.",
  ],
  "Daily Courier",
);

/** The first report again, lightly edited by a wire service: nothing new. */
export const FLOOD_WIRE_COPY = makeArticle(
  "flood-wire",
  "Floods force hundreds from homes in Riverton",
  [
    "Flood waters rose across Riverton on Monday after three days of heavy rain, forcing hundreds of people from their homes along the Green River.",
    "Mayor Ana Torres said the city had opened two shelters at the high school and the community centre.",
    "The river crested at nine metres on Monday evening, the highest level since records began in 1952.",
  ],
  "Wire Service",
);

export const QUAKE_1 = makeArticle(
  "quake-1",
  "Earthquake shakes Port Alder",
  [
    "A magnitude 6.1 earthquake shook the coastal city of Port Alder early on Saturday, damaging the harbour wall.",
    "Officials said no deaths had been reported and ferries would resume on Sunday.",
  ],
  "Coast News",
);

/** The story "flood" of three reports, a day apart: two that add news, then a wire copy that adds nothing. */
export async function joinFloodStory(store: Store): Promise<void> {
  await joinStory(store, "flood", FLOOD_1, "2024-05-01T10:00:00.000Z");
  await joinStory(store, "flood", FLOOD_2, "2024-05-02T10:00:00.000Z");
  await joinStory(store, "flood", FLOOD_WIRE_COPY, "2024-05-02T11:00:00.000Z");
}

/** A delivery of one update, as the worker hands it to a channel. */
export function sampleDelivery(channel: SubscriptionChannel, overrides: Partial<Delivery> = {}): Delivery {
  return {
    id: "msg_sample1",
    attempt: 1,
    subscription: {
      id: "sub_sample",
      target: "Flood waters rise in Riverton",
      follows: { kind: "story", storyId: "story-flood" },
      channel,
      digestSeconds: 0,
      minGapSeconds: 0,
      unsubscribeToken: "tok_sample_unsubscribe_0123456789",
      status: "active",
      createdAt: "2024-05-01T00:00:00.000Z",
    },
    story: {
      id: "story-flood",
      headline: "Flood waters rise in Riverton",
      url: "http://storyline.test/stories/story-flood",
    },
    updates: [
      {
        update: {
          seq: 2,
          id: "upd_sample",
          storyId: "story-flood",
          articleId: "flood-2",
          createdAt: "2024-05-02T10:00:00.000Z",
          headline: "Flood waters rise in Riverton",
          previousHeadline: "Flood waters rise in Riverton",
          newOutlets: ["Daily Courier"],
          newEntities: { people: [], places: ["Millbrook"], organisations: [] },
          summary: [
            "A second dam upstream failed on Thursday morning, flooding the village of Millbrook & cutting the <main> road.",
          ],
          novelty: 0.67,
          notable: true,
        },
        article: {
          id: "flood-2",
          title: "Army sent to Riverton as second dam fails",
          url: "https://news.example/flood-2",
          outlet: "Daily Courier",
          author: null,
          published: null,
        },
      },
    ],
    links: {
      unsubscribe: "http://storyline.test/unsubscribe/tok_sample_unsubscribe_0123456789",
      feed: "http://storyline.test/subscriptions/sub_sample/feed.atom",
    },
    ...overrides,
  };
}
