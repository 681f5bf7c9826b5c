// Default story ids: ULID-like (time-ordered prefix, random suffix) so ids sort roughly by creation.
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

function encode(value: number, length: number): string {
  let text = "";
  let rest = value;
  for (let index = 0; index < length; index++) {
    text = (ALPHABET[rest % 32] ?? "0") + text;
    rest = Math.floor(rest / 32);
  }
  return text;
}

export function randomStoryId(now: number = Date.now()): string {
  const random = randomBytes(10);
  let suffix = "";
  for (const byte of random) suffix += ALPHABET[byte % 32] ?? "0";
  return `s_${encode(now, 10)}${suffix}`;
}
