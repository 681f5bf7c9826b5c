// Repairs UTF-8 text that was decoded as Latin-1 somewhere upstream ("doesnâ\u0080\u0099t" → "doesn’t").

/**
 * A UTF-8 lead byte followed by its continuation bytes, each read as one Latin-1 character. Continuation bytes
 * 0x80–0x9F are C1 controls, which real text never holds, so the match is specific to mojibake.
 */
const MISREAD_SEQUENCE =
  /[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}/g;
const C1_CONTROL = /[\u0080-\u009f]/;

/** The text with every misread UTF-8 sequence decoded again; text without C1 controls is returned as is. */
export function repairMojibake(text: string): string {
  if (!C1_CONTROL.test(text)) return text;
  return text.replace(MISREAD_SEQUENCE, (sequence) => {
    const decoded = Buffer.from(sequence, "latin1").toString("utf8");
    return decoded.length === 1 || (decoded.length === 2 && decoded.codePointAt(0)! > 0xffff) ? decoded : sequence;
  });
}
