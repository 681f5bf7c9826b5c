import { describe, expect, it } from "vitest";
import { boilerplateKind, callToActionIn } from "./boilerplate-cues.js";

const words = (text: string) => text.split(/\s+/).length;
const kind = (text: string, hasDate = false) => boilerplateKind(text, words(text), hasDate);

describe("boilerplateKind", () => {
  it("names a caption that ends on its picture's credit, but not a sentence that speaks of a photo", () => {
    expect(kind("The old harbour bridge at dawn, a week before it closed. Photo: Jane Porter")).toBe("caption");
    expect(kind("Ferries wait at the north pier. (Image courtesy of the Harbour Trust)")).toBe("caption");
    expect(kind("Engineers inspect the cracked supports. Photograph by Ann Lee")).toBe("caption");
    expect(kind("A photo of the cracks, taken by an engineer, was shown to the council on Tuesday.")).toBeNull();
    // A sentence that mentions a photograph, a source or a credit is the story's own.
    expect(kind("The moment was captured in a photograph by a passer-by, and shared thousands of times.")).toBeNull();
    expect(kind("Police released images via their website on Sunday and asked witnesses to call.")).toBeNull();
    expect(kind("Ferry traffic rose by a third last year (Source: Harbour Transport Authority)")).toBeNull();
    expect(kind("The bank completed its merger with its rival (Credit Union North)")).toBeNull();
  });

  it("names shop buttons, a contents box's label and a box of picks, but not a heading that names picks", () => {
    expect(kind("$149 at Acme Outdoors")).toBe("widget");
    expect(kind("Check price")).toBe("widget");
    expect(kind("Table of Contents")).toBe("widget");
    expect(kind("EDITOR’S PICKS")).toBe("widget");
    expect(kind("Our top picks")).toBeNull();
    expect(kind("Check the seals before you close the lid.")).toBeNull();
    expect(kind("View deal at Acme")).toBe("widget");
    // The whole line must be the button or the label.
    for (const line of [
      "Check the price before you buy.",
      "See it to believe it.",
      "Compare prices at the pump",
      "$2 at the kiosk",
      "Contents of the engineers' report",
      "Jump to conclusions, he warned",
    ]) {
      expect(kind(line), line).toBeNull();
    }
  });

  it("names the labels of media boxes and read-on prompts printed between paragraphs", () => {
    for (const line of ["VIDEO", "Photo gallery", "PHOTOS", "CONTINUE READING", "STORY CONTINUES BELOW"]) {
      expect(kind(line), line).toBe("widget");
    }
    expect(kind("SCROLL TO CONTINUE WITH CONTENT")).toBe("widget");
    expect(kind("Video shows the moment the bridge cracked")).toBeNull();
  });

  it("names a labelled link to another story a teaser, however long its headline, but not prose that opens alike", () => {
    expect(kind("Also read: Harbour bridge to close for six months while engineers repair its cracked supports")).toBe(
      "teaser",
    );
    expect(kind("READ MORE: Ferry timetable changes for the winter")).toBe("teaser");
    expect(kind("See also – Council approves new budget for schools")).toBe("teaser");
    expect(kind("Watch out for: the ferries run less often on Sundays, so check the timetable first.")).toBeNull();
    expect(
      kind("Related to this, the council said it would review every bridge in the city by the end of the year."),
    ).toBeNull();
  });

  it("names widget labels, prompts, contacts, legal lines, teasers, counters, bylines and credits", () => {
    expect(kind("Related Articles")).toBe("widget");
    expect(kind("Share on Facebook")).toBe("widget");
    expect(kind("Click to watch our video of the week")).toBe("widget");
    expect(kind("Would you like to receive notifications on latest updates?")).toBe("prompt");
    expect(kind("Kindly contact us at [email protected] for adverts.")).toBe("contact");
    expect(kind("Call or Whatsapp: 0803 561 7233")).toBe("contact");
    expect(kind("DISCLAIMER: Opinions are the authors' own.")).toBe("legal");
    expect(kind("Copyright © 2024 Example Daily. All rights reserved.")).toBe("legal");
    expect(kind("No fewer than five people were reportedly dead when a tornado tore thro...")).toBe("teaser");
    expect(kind("VIEWS 166")).toBe("counter");
    expect(kind("5 min read")).toBe("counter");
    expect(kind("By Jane Porter")).toBe("byline");
    expect(kind("Posted on March 3, 2024 by Jane Porter in Local News", true)).toBe("byline");
    expect(kind("Getty Images / Jane Porter")).toBe("credit");
    expect(kind("This post contains affiliate links, so we may earn a commission at no extra cost to you.")).toBe(
      "legal",
    );
    expect(kind("These cookies are strictly necessary to provide the services available through our website.")).toBe(
      "prompt",
    );
  });

  it("names affiliate disclosures however they word the commission", () => {
    for (const line of [
      "Products are chosen independently by our editors. Purchases made through our links may earn us a commission.",
      "The following content is brought to you by our partners. If you buy a product featured here, we may earn an affiliate commission.",
      "We have financial relationships with some companies we cover, earning commissions when readers buy from partners.",
    ]) {
      expect(kind(line)).toBe("legal");
    }
  });

  it("names a form's consent text, template filler and a widget's error message", () => {
    expect(kind("By signing up, you agree to receive our marketing messages at the number provided.")).toBe("legal");
    expect(kind("By submitting this form, you consent to be contacted by our team about our programmes.")).toBe(
      "legal",
    );
    expect(kind("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.")).toBe("widget");
    expect(kind("Sorry, we could not find a match for this location. Please try again.")).toBe("prompt");
    expect(kind("By the time the ferry arrived, the crowd had gone home.")).toBeNull();
    expect(kind("Something went wrong. Please refresh the page.")).toBe("prompt");
    expect(kind("Location services are off")).toBe("prompt");
  });

  it("leaves reporting that opens like consent text or quotes an error message alone", () => {
    expect(
      kind(
        "Something went wrong with the brakes as the bus came down the hill into the square, the driver told police.",
      ),
    ).toBeNull();
    expect(
      kind("Apple said location services would now be switched off by default for every new phone it sells in Europe."),
    ).toBeNull();
    expect(
      kind("By providing free meals to every pupil, the council hopes to raise attendance in its schools."),
    ).toBeNull();
    expect(kind("By entering the race so late, the senator has left herself little time to raise money.")).toBeNull();
    expect(kind("By subscribing, you accept our terms and our privacy notice.")).toBe("legal");
    expect(kind("By submitting this form, you authorize the clinic to call or text the number given.")).toBe("legal");
  });

  it("leaves prose alone, even when it uses a cue word", () => {
    expect(kind("The council will share the cost of the repairs with the regional government.")).toBeNull();
    expect(kind("By the end of the year the bridge should be open again, the mayor said.")).toBeNull();
    expect(kind("The search for survivors went on through the night.")).toBeNull();
    expect(kind("Officials said the work would take at least six months.")).toBeNull();
    expect(
      kind("The firm denied that its agents earn a commission on every ticket they sell to travellers."),
    ).toBeNull();
    expect(kind("The brokers said the deal would earn them a commission of two per cent.")).toBeNull();
  });
});

describe("callToActionIn", () => {
  it("tells a line that opens with a request from one that makes it on the way", () => {
    expect(callToActionIn("Learn how to look after your garden through the winter.")).toBe("leads");
    expect(callToActionIn("👉 Read about the rise of remote clinics in rural areas.")).toBe("leads");
    expect(callToActionIn("If you enjoyed this episode, subscribe to the show and tell a friend.")).toBe("mentions");
    expect(callToActionIn("For a quote, give us a call or fill in the form below.")).toBe("mentions");
  });

  it("leaves reporting alone", () => {
    expect(callToActionIn("The council learned of the plan on Monday and will vote on it next week.")).toBeNull();
    expect(callToActionIn("Reading the report, engineers found cracks in two of the bridge's supports.")).toBeNull();
    for (const opening of [
      "Shop owners on both banks of the river warned that the closure could cut their trade by half.",
      "Contact tracing teams were sent to the school after two more cases were confirmed on Friday.",
      "Watch makers in the valley say orders have fallen for the third year running.",
      "Follow-up talks between the two sides are due to start in Geneva next week.",
    ]) {
      expect(callToActionIn(opening)).toBeNull();
    }
  });

  it("sees a request to the reader when the verb is followed by what it sends the reader to", () => {
    expect(callToActionIn("Shop now and save on every crossing this winter.")).toBe("leads");
    expect(callToActionIn("Watch the video of the bridge being lifted into place.")).toBe("leads");
    expect(callToActionIn("Follow us on social media for the latest updates.")).toBe("leads");
    expect(callToActionIn("Contact us for a free quote.")).toBe("leads");
    expect(callToActionIn("Subscribe to the weekly bulletin.")).toBe("leads");
    expect(callToActionIn("Sign up")).toBe("leads");
    expect(callToActionIn("WATCH: The moment the bridge reopened")).toBe("leads");
    expect(callToActionIn("Contact sales")).toBe("leads");
  });
});
