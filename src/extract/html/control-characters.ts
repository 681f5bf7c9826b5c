// Removes C0 control characters (other than tab, newline and carriage return), DEL and U+FFFD from text.

function isControl(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127 || code === 0xfffd;
}

/** The text with each control character replaced by `replacement` ("" drops them). */
export function replaceControlCharacters(text: string, replacement = ""): string {
  let clean = true;
  for (let i = 0; i < text.length && clean; i++) if (isControl(text.charCodeAt(i))) clean = false;
  if (clean) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += isControl(code) ? replacement : text[i];
  }
  return out;
}

/** Share of the text's characters that are control characters: mis-decoded or binary input scores high. */
export function controlCharacterShare(text: string): number {
  if (text.length === 0) return 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) count++;
  return count / text.length;
}
