// The addresses a notification links to, on the server's public URL.

export interface NotificationLinks {
  home(): string;
  story(storyId: string): string;
  storyFeed(storyId: string): string;
  subscriptionFeed(subscriptionId: string): string;
  unsubscribe(token: string): string;
}

export function notificationLinks(publicUrl: string): NotificationLinks {
  const base = publicUrl.replace(/\/+$/, "");
  const at = (path: string) => `${base}${path}`;
  return {
    home: () => at("/"),
    story: (storyId) => at(`/stories/${encodeURIComponent(storyId)}`),
    storyFeed: (storyId) => at(`/stories/${encodeURIComponent(storyId)}/feed.atom`),
    subscriptionFeed: (subscriptionId) => at(`/subscriptions/${encodeURIComponent(subscriptionId)}/feed.atom`),
    unsubscribe: (token) => at(`/unsubscribe/${encodeURIComponent(token)}`),
  };
}
