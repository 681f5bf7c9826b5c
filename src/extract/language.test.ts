import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language.js";

describe("detectLanguage", () => {
  it("names the language of a paragraph as an ISO 639-1 code", () => {
    expect(
      detectLanguage(
        "The city council voted on Tuesday to close the old harbour bridge for repairs, after engineers found deep cracks in two of its supports.",
      ),
    ).toBe("en");
    expect(
      detectLanguage(
        "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für Reparaturen zu sperren, nachdem Ingenieure tiefe Risse in zwei Pfeilern gefunden hatten.",
      ),
    ).toBe("de");
    expect(
      detectLanguage(
        "Le conseil municipal a voté mardi la fermeture du vieux pont du port pour des réparations, après que des ingénieurs ont découvert des fissures profondes.",
      ),
    ).toBe("fr");
    expect(
      detectLanguage(
        "Городской совет во вторник проголосовал за закрытие старого моста в порту на ремонт после того, как инженеры нашли трещины.",
      ),
    ).toBe("ru");
  });

  it("gives null when the text is too short or has no letters", () => {
    expect(detectLanguage("Menu")).toBeNull();
    expect(detectLanguage("Home World Sport")).toBeNull();
    expect(detectLanguage("12 345 678 90 12 345 678 90 12 345 678 90 12 345 678 90")).toBeNull();
    expect(detectLanguage("")).toBeNull();
  });
});
