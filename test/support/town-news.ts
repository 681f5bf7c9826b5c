// A small town paper written for the feed tests: paragraphs long enough to count as article text, and one page.

/** A paragraph of local news about `topic`. */
export function townParagraph(topic: string): string {
  return `<p>The ${topic} was the talk of the town on Monday, as residents gathered in the main square to hear the mayor explain the plans for the coming year and answer questions from shop owners, teachers and pensioners about the costs.</p>`;
}

/** The article page a teaser entry links to. */
export function libraryPage(): string {
  return `<!doctype html><html><head><title>Library extension opens</title></head><body><article><h1>Library extension opens</h1>${townParagraph("library extension")}${townParagraph("reading room")}</article></body></html>`;
}
