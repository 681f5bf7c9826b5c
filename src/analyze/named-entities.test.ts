import { describe, expect, it } from "vitest";
import { extractEntities, isTitleCased } from "./named-entities.js";
import { readTextTokens } from "./text-tokens.js";

function entitiesOf(title: string, body: string) {
  const titleTokens = readTextTokens(title).tokens;
  return extractEntities([
    { tokens: titleTokens, titleCased: isTitleCased(titleTokens) },
    { tokens: readTextTokens(body).tokens, titleCased: false },
  ]);
}

describe("extractEntities", () => {
  it("separates a title and an affiliation from the person", () => {
    const entities = entitiesOf("", "Talks began on Monday, said Russian Defense Minister Sergei Shoigu in Moscow.");
    expect(entities.people).toEqual(["sergei shoigu"]);
    expect(entities.places).toEqual(expect.arrayContaining(["russia", "moscow"]));
  });

  it("recognises organisations by their words and acronyms", () => {
    const entities = entitiesOf(
      "",
      "A spokeswoman for the National Security Council met officials from NATO in Brussels.",
    );
    expect(entities.organisations).toEqual(expect.arrayContaining(["national security council", "nato"]));
    expect(entities.places).toContain("brussels");
  });

  it("leaves out a sentence's first word when the text writes it in lower case elsewhere", () => {
    const entities = entitiesOf(
      "",
      "Owner Helena Varga spoke on Monday. The club owner said the search had begun. Crews fought the fire overnight.",
    );
    expect(entities.people).toEqual(["helena varga"]);
    expect(entities.people).not.toContain("owner helena varga");
  });

  it("does not take weekdays, months or a capitalised first word for names", () => {
    const entities = entitiesOf("", "Reports suggest the vote happens on Sunday in December. Officials agreed.");
    const all = [...entities.people, ...entities.places, ...entities.organisations];
    expect(all).not.toContain("reports");
    expect(all).not.toContain("sunday");
    expect(all).not.toContain("december");
  });

  it("keeps a month that ends a name", () => {
    expect(entitiesOf("", "Officials said Theresa May would speak in May.").people).toEqual(["theresa may"]);
    expect(entitiesOf("", "The law President Obama Monday signed was short.").people).toEqual(["obama"]);
  });

  it("only trusts known names in a title-cased headline", () => {
    const entities = entitiesOf("Arms Talk Set For Next Week In North Korea", "");
    expect(entities.people).toEqual([]);
    expect(entities.places).toEqual(["north korea"]);
  });

  it("links a surname to the full name given elsewhere in the text", () => {
    const entities = entitiesOf(
      "Lohan checks into rehab",
      "Actress Lindsay Lohan entered a clinic. Lohan said she was fine.",
    );
    expect(entities.people).toEqual(["lindsay lohan"]);
  });

  it("reads a leading nationality as a place", () => {
    const entities = entitiesOf("", "The champion beat American Hasim Rahman in the seventh round.");
    expect(entities.people).toContain("hasim rahman");
    expect(entities.places).toContain("united states");
  });

  it("types a city's team, a company's product and a law as no person", () => {
    const entities = entitiesOf(
      "",
      "Fans of the Boston Harriers cheered. Users of Internet Explorer complained. Critics of the Clean Water Act met.",
    );
    expect(entities.people).toEqual([]);
    expect(entities.organisations).toEqual(
      expect.arrayContaining(["boston harriers", "internet explorer", "clean water act"]),
    );
  });

  it("takes a compass part or a province word for a place, a known first name for a person", () => {
    const entities = entitiesOf("", "A flood hit West Kalimantan and the Merapi Regency. Residents met Nadia Okafor.");
    expect(entities.places).toEqual(expect.arrayContaining(["west kalimantan", "merapi regency"]));
    expect(entities.people).toEqual(["nadia okafor"]);
  });

  it("keeps a plural-looking single name a person when it says something", () => {
    const entities = entitiesOf(
      "",
      "The vote was close. Later Mwangis said the talks had failed, and the Harriers won.",
    );
    expect(entities.people).toEqual(["mwangis"]);
  });

  it("reads what follows a title and 'of' as the title's place, then the person", () => {
    const entities = entitiesOf(
      "",
      "The church of the Governor of Alaska burned. Secretary of Trade Irma Kovac and the Director of Operations spoke.",
    );
    expect(entities.places).toContain("alaska");
    expect(entities.people).toEqual(["irma kovac"]);
  });

  it("does not cut a person out of an organisation whose name opens with a title", () => {
    const entities = entitiesOf(
      "",
      "Workers at General Motors and Chief Industries walked out, said Harbor Police Chief Dana Moravec.",
    );
    expect(entities.organisations).toEqual(expect.arrayContaining(["general motors", "chief industries"]));
    expect(entities.people).toEqual(["dana moravec"]);
  });

  it("types codes with digits, firms with '&' and venues as no person", () => {
    const entities = entitiesOf(
      "",
      "Users of Browsr9 Beta wrote to Kell & Dorran. Fans filled Brackton Field and the Stade de Lorne on Tilden Ave. today.",
    );
    expect(entities.people).toEqual([]);
    expect(entities.organisations).toEqual(
      expect.arrayContaining(["browsr9 beta", "kell & dorran", "brackton field", "stade de lorne", "tilden ave"]),
    );
  });

  it("keeps a person whose surname is a venue word after a known first name, or who speaks", () => {
    expect(entitiesOf("", "Fans cheered when Sally Field arrived.").people).toEqual(["sally field"]);
    expect(entitiesOf("", "The gate opened at noon, Okafor Hall said.").people).toEqual(["okafor hall"]);
    expect(entitiesOf("", "The play closed early, Nathan Lane told reporters.").people).toEqual(["nathan lane"]);
    // A venue that speaks through its officials stays a venue.
    for (const text of [
      "Officials at Brackton Field said the game was delayed.",
      "The road will reopen soon, City Hall said.",
    ]) {
      expect(entitiesOf("", text).people, text).toEqual([]);
    }
  });

  it("keeps a name's particle after a title, and a surname alone after a title's place", () => {
    expect(entitiesOf("", "The budget passed, Mayor de Blasio said on Monday.").people).toEqual(["de blasio"]);
    const office = entitiesOf("", "Governor of Alaska Dunleavy said the road would reopen.");
    expect(office.places).toContain("alaska");
    expect(office.people).toEqual(["dunleavy"]);
    expect(entitiesOf("", "Chief of Police Jane Doran said the road was closed.").people).toEqual(["jane doran"]);
  });

  it("reads a known office after a title, 'of' and 'the', then the person", () => {
    const agency = entitiesOf("", "Director of the FBI Dana Okoro said the files were sealed.");
    expect(agency.organisations).toEqual(["fbi"]);
    expect(agency.people).toEqual(["dana okoro"]);
    const country = entitiesOf("", "The President of the United States Ellis Varga arrived late.");
    expect(country.places).toEqual(["united states"]);
    expect(country.people).toEqual(["ellis varga"]);
    // An office that is neither a place nor a known organisation names no person.
    expect(entitiesOf("", "A member of the Senate Harbor Committee said the bill was dead.").people).toEqual([]);
  });
});

describe("isTitleCased", () => {
  it("tells headline case from sentence case", () => {
    expect(isTitleCased(readTextTokens("North Korean Leader Kim Jong Un Arrives In Russia").tokens)).toBe(true);
    expect(isTitleCased(readTextTokens("Fed official says weak data caused by weather").tokens)).toBe(false);
  });
});
