// Storyline's service worker: shows the notification a story update pushes, and opens the story when clicked.
self.addEventListener("push", (event) => {
  let message = { title: "Storyline", body: "A story you follow has news.", url: "/" };
  try {
    message = { ...message, ...event.data.json() };
  } catch {
    // A push without a JSON payload still says something happened.
  }
  event.waitUntil(
    self.registration.showNotification(message.title, {
      body: message.body,
      tag: message.storyId ?? message.url,
      data: { url: message.url },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = event.notification.data?.url ?? "/";
  event.waitUntil(self.clients.openWindow(url));
});
