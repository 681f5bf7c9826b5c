// Guesses the language of an article body as an ISO 639-1 code, or null when the text cannot say. Pure.
import { francAll } from "franc-min";

/** franc's ISO 639-3 codes that have an ISO 639-1 twin; the others (ceb, ilo, mai…) give null. */
const ISO_639_1: Record<string, string> = {
  amh: "am",
  arb: "ar",
  azj: "az",
  bel: "be",
  ben: "bn",
  bos: "bs",
  bul: "bg",
  ces: "cs",
  ckb: "ku",
  cmn: "zh",
  deu: "de",
  ell: "el",
  eng: "en",
  fra: "fr",
  fuv: "ff",
  guj: "gu",
  hau: "ha",
  hin: "hi",
  hrv: "hr",
  hun: "hu",
  ibo: "ig",
  ind: "id",
  ita: "it",
  jav: "jv",
  jpn: "ja",
  kan: "kn",
  kaz: "kk",
  kin: "rw",
  kor: "ko",
  lin: "ln",
  mal: "ml",
  mar: "mr",
  mya: "my",
  nld: "nl",
  npi: "ne",
  nya: "ny",
  pan: "pa",
  pbu: "ps",
  pes: "fa",
  plt: "mg",
  pol: "pl",
  por: "pt",
  qug: "qu",
  ron: "ro",
  run: "rn",
  rus: "ru",
  sin: "si",
  som: "so",
  spa: "es",
  srp: "sr",
  sun: "su",
  swe: "sv",
  swh: "sw",
  tam: "ta",
  tel: "te",
  tgl: "tl",
  tha: "th",
  tur: "tr",
  ukr: "uk",
  urd: "ur",
  uzn: "uz",
  vie: "vi",
  yor: "yo",
  zlm: "ms",
  zul: "zu",
  zyb: "za",
};

/** Trigram statistics settle well within this many characters; more only costs time. */
const SAMPLE_CHARS = 500;
/** Below this many letters trigram statistics are noise. */
const MIN_LETTERS = 40;
/** Texts shorter than this must win clearly: a near tie between two languages means "unsure". */
const SHORT_TEXT = 400;
const MIN_MARGIN = 0.03;

/** ISO 639-1 code of the text's language, or null when the text is too short or the guess too close to call. */
export function detectLanguage(text: string): string | null {
  const sample = text.replace(/\s+/g, " ").trim().slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  const ranked = francAll(sample, { minLength: MIN_LETTERS });
  const [best, runnerUp] = ranked;
  if (!best || best[0] === "und") return null;
  const code = ISO_639_1[best[0]];
  if (code === undefined) return null;
  if (sample.length < SHORT_TEXT && runnerUp && best[1] - runnerUp[1] < MIN_MARGIN) {
    const runnerUpCode = ISO_639_1[runnerUp[0]];
    if (runnerUpCode !== code) return null;
  }
  return code;
}
