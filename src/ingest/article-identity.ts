// Identity of an article: the same text submitted twice, from anywhere, is one article.
import { createHash } from "node:crypto";

/** Case, whitespace and punctuation do not make a different article. */
function normalizeForFingerprint(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function articleFingerprint(title: string, text: string): string {
  return createHash("sha256")
    .update(normalizeForFingerprint(title))
    .update("\n")
    .update(normalizeForFingerprint(text))
    .digest("hex");
}

/** A short, stable id derived from the fingerprint, so re-ingesting never mints a new id. */
export function articleIdFor(fingerprint: string): string {
  return `a_${fingerprint.slice(0, 20)}`;
}
