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

/** The follow box's "How often" choice as the follow request's pacing fields (absent: the server's default pace). */
function paceOf(panel) {
  const pace = panel.querySelector("select[name=pace]")?.value;
  if (pace === "every") return { minGapSeconds: 0 };
  if (pace === "daily") return { digestSeconds: 86400 };
  return {};
}

async function followInBrowser(button, storyId, pace) {
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
  await postJson("/api/push/subscriptions", { target: storyId, subscription: subscription.toJSON(), ...pace });
  say(button, "Done: this browser will be notified of the latest updates of this story.");
}

function wireFollowPanel(panel) {
  const storyId = panel.dataset.follow;
  panel.querySelector("[data-action=push]")?.addEventListener("click", (event) => {
    followInBrowser(event.currentTarget, storyId, paceOf(panel)).catch((error) => say(panel, error.message, true));
  });
  for (const form of panel.querySelectorAll("form[data-action]")) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const kind = form.dataset.action;
      const fields = new FormData(form);
      const value = kind === "email" ? { kind, address: fields.get("address") } : { kind, url: fields.get("url") };
      postJson("/api/follows", { target: storyId, channel: value, ...paceOf(panel) })
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
    const fields = new FormData(form);
    postJson("/api/feeds", { url: fields.get("url"), intervalSeconds: Number(fields.get("minutes")) * 60 })
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
