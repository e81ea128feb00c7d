/**
 * English words written with a leading apostrophe, so that `'` before them is not an opening
 * quotation mark (`'em`, `'til`, `rock 'n' roll`). Source: Wiktionary, "English terms prefixed
 * with an apostrophe" (common entries), plus the abbreviated years (`'90s`, `'08`) handled in
 * code. Lower case; matched case-insensitively and followed by a non-letter.
 *
 * @module
 */
export const leadingApostropheWords: readonly string[] = [
  'bout',
  'burbs',
  'cause',
  'cept',
  'coz',
  'cuz',
  'em',
  'fraid',
  'gainst',
  'kay',
  'n',
  'neath',
  'nother',
  'nuff',
  'ol',
  'round',
  'scuse',
  'sup',
  'til',
  'till',
  'tis',
  'twas',
  'twere',
  'twill',
  'ya',
  'yer',
];
