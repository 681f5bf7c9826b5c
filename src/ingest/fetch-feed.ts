// Fetches a watched feed with a conditional request: an unchanged feed answers 304 and costs nothing more.
import { DEFAULT_MAX_DOCUMENT_BYTES } from "./decode-document.js";
import { decodedResponse, fetchFailure, type LoadedDocument, USER_AGENT } from "./load-document.js";
import { retryAfterSeconds } from "./poll-schedule.js";

export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

export type FeedFetch =
  | { kind: "not-modified" }
  | { kind: "fetched"; document: LoadedDocument; validators: FeedValidators };

/** A poll that failed, with how long the server asked us to wait (429 and 503 answers often say). */
export class FeedFetchError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = "FeedFetchError";
  }
}

export interface FetchFeedOptions {
  maxBytes?: number;
  timeoutMs?: number;
  now?: Date;
}

export async function fetchFeed(
  url: string,
  validators: FeedValidators,
  options: FetchFeedOptions = {},
): Promise<FeedFetch> {
  const headers: Record<string, string> = {
    "user-agent": USER_AGENT,
    accept:
      "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
  };
  if (validators.etag !== null) headers["if-none-match"] = validators.etag;
  if (validators.lastModified !== null) headers["if-modified-since"] = validators.lastModified;
  let response: Response;
  try {
    response = await fetch(url, {
      headers,
      redirect: "follow",
      signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
    });
  } catch (error) {
    throw new FeedFetchError(`could not fetch the feed (${fetchFailure(error)})`);
  }
  if (response.status === 304) {
    await response.body?.cancel();
    return { kind: "not-modified" };
  }
  if (!response.ok) {
    await response.body?.cancel();
    const wait = retryAfterSeconds(response.headers.get("retry-after"), options.now ?? new Date());
    throw new FeedFetchError(`the server answered ${response.status} ${response.statusText}`.trim(), wait);
  }
  return {
    kind: "fetched",
    document: await decodedResponse(response, url, options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES),
    validators: { etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified") },
  };
}
