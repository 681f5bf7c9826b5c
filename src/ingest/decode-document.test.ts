import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeDocument, UndecodableDocumentError } from "./decode-document.js";

const bytesOf = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => Uint8Array.from(Buffer.from(text, "latin1"));

describe("decodeDocument", () => {
  it("reads UTF-8 and drops a byte-order mark", () => {
    const decoded = decodeDocument(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from("Zoë’s café", "utf8")]));
    expect(decoded.content).toBe("Zoë’s café");
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.warnings).toEqual([]);
  });

  it("honours <meta charset> for windows-1252", () => {
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body>'),
      bytesOf(0x93, 0x71, 0x94, 0x20, 0x80),
    ]);
    expect(decodeDocument(page).content).toContain("“q” €");
  });

  it("honours http-equiv Content-Type for ISO-8859-2", () => {
    const page = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>'),
      bytesOf(0xb3, 0xf3, 0x64, 0xbc),
    ]);
    expect(decodeDocument(page).content).toContain("łódź");
  });

  it("decodes Shift_JIS and GBK when declared", () => {
    const japanese = Buffer.concat([Buffer.from('<meta charset="shift_jis"><p>'), bytesOf(0x93, 0xfa, 0x96, 0x7b)]);
    expect(decodeDocument(japanese).content).toContain("日本");
    const chinese = Buffer.concat([Buffer.from('<meta charset="gbk"><p>'), bytesOf(0xd6, 0xd0, 0xce, 0xc4)]);
    expect(decodeDocument(chinese).content).toContain("中文");
  });

  it("prefers the HTTP header's charset over a guess", () => {
    const decoded = decodeDocument(bytesOf(0x63, 0x61, 0x66, 0xe9), { contentType: "text/html; charset=ISO-8859-1" });
    expect(decoded.content).toBe("café");
  });

  it("reads undeclared invalid UTF-8 as windows-1252 and says so", () => {
    const decoded = decodeDocument(ascii("na\xefve caf\xe9 text"));
    expect(decoded.content).toBe("naïve café text");
    expect(decoded.warnings[0]).toMatch(/not valid UTF-8.*windows-1252/);
  });

  it("unpacks gzip", () => {
    expect(decodeDocument(gzipSync(Buffer.from("<p>packed</p>"))).content).toBe("<p>packed</p>");
  });

  it("refuses empty, binary and oversized documents with a reason", () => {
    expect(() => decodeDocument(new Uint8Array())).toThrow(/empty/);
    expect(() => decodeDocument(bytesOf(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d))).toThrow(
      /binary/,
    );
    expect(() => decodeDocument(Buffer.alloc(2048, 0x61), { maxBytes: 1024 })).toThrow(UndecodableDocumentError);
    expect(() => decodeDocument(gzipSync(Buffer.alloc(4096, 0x61)), { maxBytes: 1024 })).toThrow(/limit/);
  });
});
