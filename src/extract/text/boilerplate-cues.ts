// Recognises the lines every site wraps around its articles: widgets, prompts, contacts, legal text, teasers.

export type BoilerplateKind =
  | "widget"
  | "prompt"
  | "contact"
  | "legal"
  | "teaser"
  | "counter"
  | "byline"
  | "credit"
  | "caption";

/**
 * Words that name a site's furniture rather than report anything: related/recommended lists, sharing, comments,
 * sign-ups, ads, navigation. They mark a line only when the line is short, since prose may use them.
 */
const WIDGET_CUES = [
  "related",
  "recommended",
  "read (?:more|also|next|full|this)",
  "also read",
  "see also",
  "more (?:from|stories|news|articles|posts|on|in|like this)",
  "you (?:may|might) (?:also )?(?:like|enjoy|be interested)",
  "further reading",
  "trending",
  "most (?:read|popular|viewed|shared|recent)",
  "popular (?:posts|stories|articles|now)",
  "latest (?:news|posts|stories|articles|updates|headlines)",
  "top stories",
  "other (?:articles|stories|posts)",
  "share(?: this| on| via)?",
  "tweet",
  "pin it",
  "whatsapp",
  "facebook",
  "twitter",
  "linkedin",
  "instagram",
  "telegram",
  "youtube",
  "copy link",
  "print",
  "e-?mail this",
  "comments?",
  "leave a (?:comment|reply)",
  "post a comment",
  "reply",
  "subscribe",
  "sign (?:up|in)",
  "log ?in",
  "log out",
  "register",
  "newsletter",
  "follow us",
  "connect with us",
  "join us",
  "download (?:the|our) app",
  "advertisement",
  "advertise",
  "sponsored",
  "promoted",
  "ad(?:s)?",
  "skip to (?:main )?content",
  "menu",
  "search",
  "back to top",
  "toggle navigation",
  "click (?:here|to)",
  "continue reading",
  "story continues below",
  "scroll to continue",
  "watch",
  "tags?",
  "filed under",
  "categor(?:y|ies)",
  "previous (?:post|article|story)",
  "next (?:post|article|story)",
  "our channels",
  "contact us",
  "about us",
  "privacy policy",
  "terms (?:of|and) (?:use|service|conditions)",
  "cookie(?:s| policy| settings)?",
].join("|");
const WIDGET_WORD = new RegExp(`(?:^|[^\\p{L}])(?:${WIDGET_CUES})(?:$|[^\\p{L}])`, "iu");
const WIDGET_START = new RegExp(`^\\W*(?:${WIDGET_CUES})(?:$|[^\\p{L}])`, "iu");

/** Prompts that ask the reader to act or consent, whatever their length. */
const PROMPT =
  /\b(?:would you like to receive|receive notifications|allow notifications|turn on notifications|please (?:drop|leave|share) your|we use cookies|this (?:site|website) uses cookies|by (?:clicking|continuing|using this site)|accept (?:all )?cookies|enable javascript|update your browser|your browser (?:is|does not|doesn't)|sign up (?:for|to) (?:our|the) (?:free )?(?:newsletter|updates)|subscribe to (?:our|the) (?:free )?newsletter|(?:delivered|straight) to your inbox|in your inbox|book a demo|start (?:your|a) free trial|(?:these|strictly necessary|essential|functional|analytics|marketing|performance|third[- ]party) cookies|technical storage or access|manage (?:consent|cookies|cookie preferences))\b/i;
/**
 * What a page's widgets print when they fail ("Something went wrong.", "Please try again", "Location services are
 * off"). Reporting uses the same words in longer sentences, so they mark a line only when it is short or the
 * phrase is a sentence of its own.
 */
const UI_ERRORS = "please try again|location services|something went wrong";
const UI_ERROR = new RegExp(`\\b(?:${UI_ERRORS})\\b`, "i");
const UI_ERROR_ALONE = new RegExp(`\\b(?:${UI_ERRORS})\\s*(?:[.!:]|$)`, "i");
const MAX_UI_ERROR_WORDS = 12;

const LEGAL_START = /^(?:disclaimer|copyright|all rights reserved|©|\(c\)|terms of|privacy|cookie)/i;
/** The consent text under a sign-up or contact form: "By signing up, you agree to…", "By submitting this form…". */
const CONSENT_START = /^by (?:signing up|subscribing|submitting|registering|providing|entering|checking)\b/i;
/** What the consent is to: reporting opens the same way ("By entering the race so late, the senator…"). */
const CONSENT_OBJECT =
  /\b(?:you (?:agree|consent|acknowledge|authori[sz]e|are (?:agreeing|consenting))|terms|privacy)\b/i;
/** Consent runs to a paragraph of small print; a longer one is prose. */
const MAX_CONSENT_WORDS = 90;
/** Template filler that a page forgot to replace. */
const PLACEHOLDER = /\blorem ipsum\b/i;
/** Affiliate and sponsorship disclosures printed above or below reviews and guides. */
const DISCLOSURE =
  /\b(?:contains? affiliate links?|affiliate links? (?:on|in) this|(?:we|i) (?:may )?(?:earn|receive|get) (?:an? )?(?:small )?(?:commission|compensation|affiliate)|(?:may )?earns? (?:us|me) (?:an? )?(?:small )?(?:affiliate )?commission|earning (?:a )?commissions? when|at no (?:extra|additional) cost to you|may include paid promotion)/i;
/** Disclosures run to a few sentences; a paragraph that mentions commissions in passing is article text. */
const MAX_DISCLOSURE_WORDS = 60;
const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b/i;

/** Cues sit at the start of a line or make up a short one: a long line's head is enough, and bounds the cost. */
const MAX_CUE_CHARS = 2000;
/** Prompts are a sentence or two; a paragraph that mentions cookies or an inbox is article text. */
const MAX_PROMPT_WORDS = 40;
/** Bounded runs: an unbounded local part backtracks quadratically over a long run of letters. */
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}|\[?email[\s\u00a0]*protected\]?/i;
const PHONE = /(?:\+?\d[\d\s().-]{7,}\d)/;
const CONTACT_CUE = /\b(?:call|whatsapp|contact|e-?mail|phone|tel|fax|send (?:to|us)|reach us)\b/i;

/** Counters and reading-time stamps: "VIEWS 166", "15 Comments", "5 min read". */
const COUNTER =
  /^(?:\d[\d,.]*\s*(?:k\s*)?(?:views?|comments?|shares?|likes?|reactions?|min(?:ute)?s?(?: read)?|reads?)|(?:views?|comments?|shares?|likes?)\s*:?\s*\d[\d,.]*k?|\d+\s*min(?:ute)?s?\s*read)$/i;

/** "By Jane Doe", "Posted on …", "Reviewed by …": the stamp lines around a headline. */
const BYLINE_START =
  /^(?:(?:written |posted |published |reviewed |edited |fact[- ]checked |words |story |photos? )?by\s*:?\s+\p{Lu}|(?:posted|published|updated|last updated|modified)(?:\s+on)?\s*:?\s+(?:\d|\p{Lu}))/iu;

/** Picture captions' credit lines: "Getty Images / Jane Doe", "Photo: Reuters", "Image 3: …", "Courtesy of …". */
const CREDIT =
  /^(?:(?:photo|image|picture|illustration|graphic|video)s?(?:\s+\d+)?\s*(?:credit)?\s*[:|/]|(?:photo|image)s?\s+(?:by|courtesy|credit)\b|credit\s*:|courtesy(?:\s+of)?\s)|(?:getty images|shutterstock|istock|alamy|ap photo|afp)\b/i;
/**
 * A caption that ends on its picture's credit: "The bridge at dawn. Photo: Jane Doe", "… | Image by Jane Doe",
 * "… (Image courtesy of X)". The caption describes the picture, not the story; the credit, set after a sentence
 * end, a separator or in brackets, is what tells it from a sentence that mentions a photograph.
 */
const CREDIT_TAIL =
  /(?:^|[.!?]["”’)]?\s+|\s[|–—-]\s)(?:(?:photo(?:graph)?|image|picture)s?\s*(?:credit)?\s*[:|©]|(?:photo(?:graph)?|image|picture)s?\s+(?:by|courtesy(?: of)?)\s)\s*[^.!?]{1,80}\.?$|\((?:photo|image|picture|credit)s?\s*(?::|by\b|courtesy\b)[^)]*\)\.?$/i;
/** A caption runs to a sentence or two. */
const MAX_CAPTION_WORDS = 40;
/**
 * A shop button under a product ("$150 at Acme", "Check price", "View deal at Acme") and a contents box's label
 * ("Table of contents", "On this page"): the page's furniture around a review or a guide, a few words long. The
 * whole line must be the button: "Check the price before you buy" and "$2 at the kiosk" are the text's own.
 */
const BUTTON_ACTION =
  /^(?:(?:check|see|view|compare)\s+(?:the\s+)?(?:price|prices|deal|deals|it)|get\s+(?:the\s+)?deal)\b/i;
/** After the action or the price, nothing but a shop's name ("at Acme Outdoor"). */
const SHOP_TAIL = /^(?:\s+(?:at|on|from)\s+\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*)?)?\W*$/u;
const PRICE = /^[$€£]\s?\d[\d,.]*/;
const CONTENTS_LABEL =
  /^\W*(?:table of contents|contents|in this (?:article|post|guide)|on this page|jump to (?:recipe|section|content|main content))\s*(?:[:–—|].*)?$/i;
/** A box of picks set between paragraphs, named alone: "Editor's picks", "Top picks" (not "Our top picks"). */
const PICKS_LABEL = /^\W*(?:editor['’]?s|top)\s+picks\W*$/i;
/** A media box's label between paragraphs, printed alone: "VIDEO", "Photo gallery", "Listen". */
const MEDIA_LABEL = /^\W*(?:videos?|(?:photo )?gallery|photos|listen|watch(?: now)?|audio)\W*$/i;

function isShopButton(text: string): boolean {
  const action = BUTTON_ACTION.exec(text);
  if (action) return SHOP_TAIL.test(text.slice(action[0].length));
  const price = PRICE.exec(text);
  if (price === null) return false;
  // After a price the shop is named: "$2" alone, or "$2 at the kiosk", is the text's own.
  const rest = text.slice(price[0].length);
  return /^\s+(?:at|on|from)\s/.test(rest) && SHOP_TAIL.test(rest);
}
const MAX_BUTTON_WORDS = 6;

const TEASER_END = /(?:\.\.\.|…)\s*(?:\[?(?:read more|more|continue reading)\]?)?$/i;
/**
 * A link to another story under a label: "Also read: …", "Read more: …", "See also – …", "Related: …". The label
 * makes it a widget however long the linked headline is.
 */
const LINK_LABEL =
  /^\W*(?:also read|read (?:more|also|next)|see also|related(?: (?:stories|story|articles?|posts?|reading|coverage|content))?|recommended(?: (?:reading|stories|story|articles?))?|more on this(?: story| topic)?|you (?:may|might) also (?:like|enjoy|be interested(?: in)?))\s*[:–—|»›]\s*\S/iu;
/** A linked headline with its label runs to a line; a longer one is a sentence that starts like a label. */
const MAX_LINK_LABEL_WORDS = 25;

function phoneDigits(text: string): number {
  const match = PHONE.exec(text);
  return match ? match[0].replace(/\D/g, "").length : 0;
}

/**
 * Which kind of boilerplate a line is, or null when it may be content. `words` is the line's word count, `hasDate`
 * whether it mentions a date.
 */
export function boilerplateKind(line: string, words: number, hasDate = false): BoilerplateKind | null {
  const text = line.length > MAX_CUE_CHARS ? line.slice(0, MAX_CUE_CHARS) : line;
  if (BYLINE_START.test(text) && (words <= 8 || (hasDate && words <= 30))) return "byline";
  if (words <= MAX_PROMPT_WORDS && PROMPT.test(text)) return "prompt";
  if (words <= MAX_UI_ERROR_WORDS ? UI_ERROR.test(text) : UI_ERROR_ALONE.test(text)) return "prompt";
  // The cheap test first: most lines hold no address.
  if (words <= 40 && (text.includes("@") || /protected/i.test(text)) && EMAIL.test(text)) return "contact";
  const digits = phoneDigits(text);
  if (digits >= 9 && (words <= 12 || CONTACT_CUE.test(text))) return "contact";
  if (LEGAL_START.test(text) || (words <= 25 && COPYRIGHT.test(text))) return "legal";
  if (words <= MAX_CONSENT_WORDS && CONSENT_START.test(text) && CONSENT_OBJECT.test(text)) return "legal";
  if (PLACEHOLDER.test(text)) return "widget";
  if (words <= MAX_DISCLOSURE_WORDS && DISCLOSURE.test(text)) return "legal";
  if (COUNTER.test(text)) return "counter";
  if (words <= 20 && CREDIT.test(text)) return "credit";
  if (words <= MAX_CAPTION_WORDS && CREDIT_TAIL.test(text)) return "caption";
  if (words <= MAX_BUTTON_WORDS && (isShopButton(text) || CONTENTS_LABEL.test(text) || PICKS_LABEL.test(text))) {
    return "widget";
  }
  if (MEDIA_LABEL.test(text)) {
    return "widget";
  }
  if (TEASER_END.test(text) && words >= 6) return "teaser";
  if (words <= MAX_LINK_LABEL_WORDS && LINK_LABEL.test(text)) return "teaser";
  // A cue names the line only when it is most of it ("Related", "Share on X") or leads it ("Click to watch…").
  if ((words <= 3 && WIDGET_WORD.test(text)) || (words <= 8 && WIDGET_START.test(text))) return "widget";
  return null;
}

/**
 * Phrases that ask the reader to act ("Subscribe to…", "Click here", "Follow us on…", "Download our app"). Articles
 * use them too, so they are a hint for the line model, not a verdict: calls to action crowd the end of a page.
 */
const CALL_TO_ACTION =
  /\b(?:subscribe|sign(?:ing)? up|signup|click here|follow (?:us|me)|download (?:our|the)|join (?:us|me|our)|learn more|find out more|contact us|get in touch|request (?:a|more)|visit (?:our|us)|check out our|call us|give us a call|book (?:a|your)|register (?:now|today|here|for)|leave (?:a|us a) (?:review|comment)|don['’]t miss|never miss)\b/i;
/**
 * Verbs that send the reader elsewhere when they open a line ("Learn how…", "Explore our…", "Check out…"). They are
 * never the noun or the adjective a news sentence opens on, so whatever follows them, the line is a link's blurb.
 */
const REQUEST_VERB = /^\W*(?:learn|find out|discover|explore|subscribe|join|sign up|listen|check out)(?:$|[^\p{L}-])/iu;
/**
 * Verbs that are requests too ("Shop now", "Watch the video", "Read Reviews", "Contact us") but also nouns and
 * modifiers that news opens on ("Shop owners…", "Contact tracing…", "Watch makers…", "Follow-up talks…").
 */
const NOUN_LIKE_VERB = /^\W*(?:read|see|download|click|follow|watch|shop|contact|visit|register|get)(?=$|[^\p{L}-])/iu;
/**
 * What makes such a verb a request: the reader or the site as its object, an article or a particle (a noun would
 * be followed by neither), a label's colon or dash, or a name (a brand, a place, a button's Title Case), rather
 * than the lower-case noun of a sentence. "Contact usHotlines": a scraper glues a menu's buttons together.
 */
const REQUEST_OBJECT =
  /^(?:$|\s*[:|–—&]|\s*us(?=\p{Lu})|\s+(?:(?:us|me|you|my|our|your|the|this|these|a|an|it|them|now|here|today|more|all|full|how|what|why|where|who|which|if|online|live|along|below|on|at|as|to|for|about|up|out)(?:$|[^\p{L}-])|[\p{Lu}\p{N}]))/u;
/** A button is a verb and at most one word ("Contact sales", "Read post"); a headline that opens on a noun runs longer. */
const BUTTON_REST = /^\s*\S*\s*$/;

/** Whether a line opens on a request to the reader rather than on a word that merely looks like one. */
function leadsWithRequest(line: string): boolean {
  if (REQUEST_VERB.test(line)) return true;
  const verb = NOUN_LIKE_VERB.exec(line);
  if (verb === null) return false;
  const rest = line.slice(verb[0].length);
  return REQUEST_OBJECT.test(rest) || BUTTON_REST.test(rest);
}

export type CallToAction = "leads" | "mentions";

/** Whether a line asks the reader to act: it opens with the request ("leads") or makes it on the way ("mentions"). */
export function callToActionIn(line: string): CallToAction | null {
  if (leadsWithRequest(line)) return "leads";
  return CALL_TO_ACTION.test(line.length > MAX_CUE_CHARS ? line.slice(0, MAX_CUE_CHARS) : line) ? "mentions" : null;
}
