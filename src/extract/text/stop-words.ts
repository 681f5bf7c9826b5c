// Function words of the common Latin-script web languages: prose is dense with them, menus and labels are not.

const WORDS = [
  // English
  "a an the and or but if of to in on at by for with from as into about over after before than that this these those it its is are was were be been being has have had do does did not no so such can could will would should may might must there their they them he she his her we our you your i my me who whom which what when where why how all any some more most other also just only very up out then",
  // German
  "der die das den dem des ein eine einen einem einer und oder aber nicht mit von zu im in auf für ist sind war wurde werden auch sich es er sie wir ihr nach bei aus wie als noch nur um über vor durch",
  // French
  "le la les un une des du de et ou mais ne pas que qui dans sur pour par avec est sont été être au aux ce cette ces il elle ils elles nous vous se sa son ses leur plus comme",
  // Spanish / Portuguese / Italian
  "el los las del al y o pero no que en con por para es son fue ser una uno su sus se lo como más muy o os as um uma dos das do da em no na nos nas com por não é são foi mais il lo gli di da dei delle della che non per con sono è anche",
  // Dutch
  "het een en van dat die niet op te met voor zijn er aan ook als bij door uit naar maar om ze wordt werd",
].join(" ");

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));
