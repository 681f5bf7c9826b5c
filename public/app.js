// Storyline's page script: the follow box (browser notifications, email, webhook) and the feeds page forms.
// Every action goes through the JSON API, so the pages stay plain HTML without it.

function statusOf(element) {
  return element.closest("section")?.querySelector(".status");
}

function say(element, text, isError = false) {
  const status = statusOf(element);
  if (!status) return;
  status.textContent = text;
  status.classList.toggle("error", isError);
}

async function postJson(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(answer.issues?.join("; ") || answer.error || `HTTP ${response.status}`);
  return answer;
}

/** The VAPID public key as the bytes PushManager.subscribe wants. */
function keyBytes(base64url) {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const raw = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(raw, (character) => character.charCodeAt(0));
}

async function followInBrowser(button, storyId) {
  if (!("serviceWorker" in navigator) || !("PushManager" in window)) {
    say(button, "This browser cannot show push notifications; use email, a webhook or the Atom feed.", true);
    return;
  }
  if ((await Notification.requestPermission()) !== "granted") {
    say(button, "Notifications are blocked for this site.", true);
    return;
  }
  const registration = await navigator.serviceWorker.register("/sw.js");
  const { publicKey } = await (await fetch("/api/push/vapid-public-key")).json();
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) }));
  await postJson("/api/push/subscriptions", { target: storyId, subscription: subscription.toJSON() });
  say(button, "Done: this browser will be notified of the latest updates of this story.");
}

function wireFollowPanel(panel) {
  const storyId = panel.dataset.follow;
  panel.querySelector("[data-action=push]")?.addEventListener("click", (event) => {
    followInBrowser(event.currentTarget, storyId).catch((error) => say(panel, error.message, true));
  });
  for (const form of panel.querySelectorAll("form[data-action]")) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const kind = form.dataset.action;
      const value = kind === "email" ? { kind, address: form.address.value } : { kind, url: form.url.value };
      postJson("/api/follows", { target: storyId, channel: value })
        .then((followed) => {
          const secret = followed.secret ? ` Signing secret (shown once): ${followed.secret}` : "";
          say(form, `Following as ${followed.id}.${secret}`);
          form.reset();
        })
        .catch((error) => say(form, error.message, true));
    });
  }
}

function wireFeedsPage() {
  const form = document.querySelector("form[data-action=add-feed]");
  form?.addEventListener("submit", (event) => {
    event.preventDefault();
    postJson("/api/feeds", { url: form.url.value, intervalSeconds: Number(form.minutes.value) * 60 })
      .then(() => window.location.reload())
      .catch((error) => say(form, error.message, true));
  });
  for (const button of document.querySelectorAll("[data-remove-feed]")) {
    button.addEventListener("click", () => {
      fetch(`/api/feeds/${encodeURIComponent(button.dataset.removeFeed)}`, { method: "DELETE" }).then(() =>
        window.location.reload(),
      );
    });
  }
}

for (const panel of document.querySelectorAll("[data-follow]")) wireFollowPanel(panel);
wireFeedsPage();
