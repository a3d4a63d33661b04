/*
 * Characters that no text of the site may contain: control characters (other than tab and
 * line breaks) and Unicode noncharacters. Pasted from a PDF or a word processor, they are
 * invisible in the editor, break feeds (XML forbids most of them) and confuse screen readers.
 */

/*
 * \p{Cc} but tab and line breaks, and \p{Noncharacter_Code_Point}, spelt out as ranges: U+FDD0–FDEF
 * and the last two code points of each plane, those beyond the first as surrogate pairs. Every
 * file is scanned whole, and this form runs three times as fast as the property escapes with a
 * look-ahead (test/unit/text-cleanliness.test.ts compares the two on every code point).
 */
const PLANE_ENDS_HIGH = Array.from({ length: 16 }, (_, plane) => String.fromCharCode(0xd800 + plane * 0x40 + 0x3f)).join("");
const FORBIDDEN_SOURCE = `[\\0-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]|[${PLANE_ENDS_HIGH}][\\uDFFE\\uDFFF]`;
const FORBIDDEN = new RegExp(FORBIDDEN_SOURCE);
const FORBIDDEN_ALL = new RegExp(FORBIDDEN_SOURCE, "g");

/** `U+0007`: how a character that cannot be shown is named in a message. */
export function codePointName(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** „ein unsichtbares Steuerzeichen (U+0002)“ or „ein Unicode-Nichtzeichen (U+FFFE)“, for messages. */
export function describeCharacter(character: string): string {
  return /\p{Cc}/u.test(character) ? `ein unsichtbares Steuerzeichen (${codePointName(character)})` : `ein Unicode-Nichtzeichen (${codePointName(character)})`;
}

/** The first forbidden character of a text, or undefined. */
export function forbiddenCharacter(text: string): string | undefined {
  return FORBIDDEN.exec(text)?.[0];
}

/** Where a forbidden character stands in a file: 1-based line and column. */
export interface CharacterPlace {
  line: number;
  column: number;
  character: string;
  /** Index in the text where the character's line starts. */
  lineStart: number;
}

/** The first forbidden character of each line, for at most `limit` lines; one pass over the text. */
export function forbiddenCharacters(text: string, limit: number): CharacterPlace[] {
  const places: CharacterPlace[] = [];
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  for (const match of text.matchAll(FORBIDDEN_ALL)) {
    for (let newline = text.indexOf("\n", counted); newline !== -1 && newline < match.index; newline = text.indexOf("\n", newline + 1)) {
      line++;
      lineStart = newline + 1;
    }
    counted = match.index;
    if (places.at(-1)?.line === line) continue;
    places.push({ line, column: match.index - lineStart + 1, character: match[0], lineStart });
    if (places.length === limit) break;
  }
  return places;
}
