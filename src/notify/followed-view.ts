// What following answers, on the command line and over HTTP: the subscription's id, what it follows, the webhook
// signing secret (shown this once), and its feed and unsubscribe links.
import type { SubscriptionTarget } from "../model.js";
import type { Followed } from "./follow-request.js";
import type { NotificationLinks } from "./notification-links.js";

export interface FollowedView {
  id: string;
  follows: SubscriptionTarget;
  matchedBy: string;
  story: { id: string; headline: string; url: string } | null;
  channel: string;
  secret?: string;
  digestSeconds: number;
  minGapSeconds: number;
  feedUrl: string;
  unsubscribeUrl: string;
}

export function followedView(followed: Followed, links: NotificationLinks): FollowedView {
  const { subscription, story } = followed;
  return {
    id: subscription.id,
    follows: subscription.follows,
    matchedBy: followed.matchedBy,
    story: story ? { id: story.id, headline: story.headline, url: links.story(story.id) } : null,
    channel: subscription.channel.kind,
    ...(subscription.channel.kind === "webhook" ? { secret: subscription.channel.secret } : {}),
    digestSeconds: subscription.digestSeconds,
    minGapSeconds: subscription.minGapSeconds,
    feedUrl: links.subscriptionFeed(subscription.id),
    unsubscribeUrl: links.unsubscribe(subscription.unsubscribeToken),
  };
}
