// An update as an email: a subject, a plain-text body and the same in HTML, with the one-click unsubscribe headers.
import type { Delivery } from "./channel.js";
import { escapeMarkup } from "./escape-markup.js";
import { messageText, messageTitle } from "./update-message.js";

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
  /** Derived from the delivery id: a retried message keeps its Message-ID, so mail clients can drop the repeat. */
  messageId: string;
  headers: Record<string, string>;
}

export function emailMessage(delivery: Delivery, senderDomain: string): EmailMessage {
  return {
    subject: `[Storyline] ${messageTitle(delivery)}`,
    text: messageText(delivery),
    html: emailHtml(delivery),
    messageId: `<${delivery.id}@${senderDomain}>`,
    headers: {
      // RFC 8058: mail providers show an unsubscribe button that POSTs to this link.
      "List-Unsubscribe": `<${delivery.links.unsubscribe}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

function emailHtml(delivery: Delivery): string {
  const updates = delivery.updates.map(({ update, article }) => {
    const title = article.url
      ? `<a href="${escapeMarkup(article.url)}">${escapeMarkup(article.title)}</a>`
      : escapeMarkup(article.title);
    const outlet = article.outlet ? ` <small>${escapeMarkup(article.outlet)}</small>` : "";
    const changed =
      update.previousHeadline !== null && update.previousHeadline !== update.headline
        ? `<p>The story's headline is now: <b>${escapeMarkup(update.headline)}</b></p>`
        : "";
    const summary =
      update.summary.length > 0
        ? `<ul>${update.summary.map((sentence) => `<li>${escapeMarkup(sentence)}</li>`).join("")}</ul>`
        : "";
    return `<h3>${title}${outlet}</h3>${changed}${summary}`;
  });
  return `<!doctype html><html><body style="font-family:sans-serif;max-width:40rem">
<p>Story: <a href="${escapeMarkup(delivery.story.url)}">${escapeMarkup(delivery.story.headline)}</a></p>
${updates.join("\n")}
<p style="color:#666;font-size:small"><a href="${escapeMarkup(delivery.links.feed)}">Your feed</a> · <a href="${escapeMarkup(delivery.links.unsubscribe)}">Unsubscribe</a></p>
</body></html>`;
}
