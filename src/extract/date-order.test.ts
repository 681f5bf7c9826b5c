import { describe, expect, it } from "vitest";
import { dateOrderOf, orderOfHost, orderOfLocale, orderOfWrittenDates } from "./date-order.js";

describe("orderOfLocale", () => {
  it("reads English month first only in the United States and the Philippines", () => {
    expect(orderOfLocale("en-US")).toBe("month-first");
    expect(orderOfLocale("en_PH")).toBe("month-first");
    expect(orderOfLocale("en-GB")).toBe("day-first");
    expect(orderOfLocale("en_au")).toBe("day-first");
    expect(orderOfLocale("en-IN")).toBe("day-first");
  });

  it("says nothing for bare English, for Canada's mixed custom, or for languages that write the year first", () => {
    expect(orderOfLocale("en")).toBeNull();
    expect(orderOfLocale("en-CA")).toBeNull();
    expect(orderOfLocale("fr-CA")).toBeNull();
    expect(orderOfLocale("ja-JP")).toBeNull();
    expect(orderOfLocale("zh-Hant-TW")).toBeNull();
    expect(orderOfLocale("es-US")).toBeNull();
  });

  it("reads most other languages day first, with or without a region", () => {
    expect(orderOfLocale("de")).toBe("day-first");
    expect(orderOfLocale("fr_FR")).toBe("day-first");
    expect(orderOfLocale("pt-BR")).toBe("day-first");
  });

  it("ignores what is no locale tag", () => {
    expect(orderOfLocale("")).toBeNull();
    expect(orderOfLocale(null)).toBeNull();
    expect(orderOfLocale("English")).toBeNull();
  });
});

describe("orderOfHost", () => {
  it("reads a country domain, second-level ones included", () => {
    expect(orderOfHost("https://news.example.co.uk/city/bridge")).toBe("day-first");
    expect(orderOfHost("https://zeitung.example.de/")).toBe("day-first");
    expect(orderOfHost("https://city.example.us/")).toBe("month-first");
  });

  it("says nothing for generic domains, country domains sold as generic names, or no address", () => {
    expect(orderOfHost("https://planet.example.com/bridge")).toBeNull();
    expect(orderOfHost("https://startup.example.io/")).toBeNull();
    expect(orderOfHost("https://shop.example.co/")).toBeNull();
    expect(orderOfHost("not an address")).toBeNull();
    expect(orderOfHost(undefined)).toBeNull();
  });
});

describe("dateOrderOf", () => {
  it("follows the declared locales when they agree, whatever the host", () => {
    expect(dateOrderOf({ locales: ["en-GB", "en_GB"], urls: ["https://planet.example.com/"] })).toBe("day-first");
    expect(dateOrderOf({ locales: ["en-US", null], urls: ["https://news.example.co.uk/"] })).toBe("month-first");
  });

  it("says nothing when declared locales disagree: a template's default beside the site's own", () => {
    expect(dateOrderOf({ locales: ["en-US", "en_GB"], urls: ["https://news.example.co.uk/"] })).toBeNull();
  });

  it("falls back on the host when the locales say nothing", () => {
    expect(dateOrderOf({ locales: ["en", undefined], urls: [null, "https://news.example.co.uk/"] })).toBe("day-first");
    expect(dateOrderOf({ locales: ["en"], urls: ["https://planet.example.com/"] })).toBeNull();
  });
});

describe("orderOfWrittenDates", () => {
  it("reads the order from a numeric date whose day is over 12", () => {
    expect(orderOfWrittenDates("Posted 03/10/2023 · Comment of 31/01/2024")).toBe("day-first");
    expect(orderOfWrittenDates("Posted 03/10/2023 · Comment of 01/31/2024")).toBe("month-first");
  });

  it("reads it from a numeric date that is the same day as one written in words", () => {
    expect(orderOfWrittenDates("02-12-2025\nPublished December 02, 2025")).toBe("day-first");
    expect(orderOfWrittenDates("10/03/2023\nPublished October 3, 2023")).toBe("month-first");
  });

  it("says nothing from dates in words alone, nor from ambiguous numbers alone", () => {
    expect(orderOfWrittenDates("3 October 2023, 18 January 2023")).toBeNull();
    expect(orderOfWrittenDates("03/10/2023")).toBeNull();
  });
});
