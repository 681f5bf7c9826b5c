// The ingest pipeline's hook into following: record what an article brought to its story and owe its followers a
// message, both in the article's own transaction so neither is stored without the other.
import type { Analysis, Article } from "../model.js";
import type { StoreSession } from "../store/store.js";
import { UpdateRecorder } from "../updates/record-update.js";
import { enqueueDeliveries } from "./enqueue-deliveries.js";

/** Structurally the ingest pipeline's `ArticleJoined`. */
interface Joined {
  article: Article;
  analysis: Analysis;
  assignment: { storyId: string; isNewStory: boolean; headline: string };
  earlierArticles: Article[];
  at: string;
}

export type FollowHook = (session: StoreSession, joined: Joined) => Promise<void>;

export function createFollowHook(recorder = new UpdateRecorder()): FollowHook {
  return async (session, joined) => {
    const update = await recorder.record(session, joined);
    if (update) await enqueueDeliveries(session, update, joined.article);
  };
}

/**
 * The hook with one recorder per process. Its memory of stories is only a speed-up: it is checked against the
 * story's articles on every call, so sharing it between stores or runs cannot change a result.
 */
export const recordUpdateAndEnqueue: FollowHook = createFollowHook();
