/*
 * The teaser text of an article without a summary: its first sentences, cut where a sentence
 * ends, else where a word ends, with an ellipsis; never in the middle of a word. Only the first
 * few hundred characters are looked at, however long the paragraph.
 */

/** Words after which a full stop does not end a sentence ("z. B.", "Dr.", "Nr.", …). */
const ABBREVIATIONS = new Set(["bzw", "ca", "dr", "prof", "nr", "str", "vgl", "z", "b", "d", "h", "u", "a", "o", "usw", "etc", "inkl", "ggf", "sog", "mio", "mrd", "st", "hl", "abs", "bspw"]);

/** Whether the text up to `end` (the index of a `.`, `!`, `?` or `…`) ends a sentence. */
function endsSentence(text: string, end: number): boolean {
  const mark = text[end];
  const next = text.slice(end + 1, end + 3);
  // A sentence ends before a space and an upper-case letter, a digit or an opening quote.
  if (!/^\s["„»(]?[\p{Lu}\d]/u.test(next)) return false;
  if (mark !== ".") return true;
  const word = /([\p{L}\d]+)$/u.exec(text.slice(Math.max(0, end - 12), end))?.[1] ?? "";
  // "25. September", "3. Liga": an ordinal, not the end of a sentence.
  if (/^\d+$/.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * `text` when it fits `maxLength`; else as many whole sentences as fit (when they fill at least
 * a third of it), else the words that fit followed by "…". A first word longer than
 * `maxLength` is the only thing ever cut inside.
 */
export function excerpt(text: string, maxLength: number): string {
  const plain = text.slice(0, maxLength * 2 + 2).replace(/\s+/g, " ").trim();
  if (plain.length <= maxLength && text.length <= maxLength * 2 + 2) return plain;
  let sentenceEnd = -1;
  for (let index = 0; index < maxLength && index < plain.length; index++) {
    if (/[.!?…]/.test(plain[index]!) && endsSentence(plain, index)) sentenceEnd = index;
  }
  if (sentenceEnd + 1 >= maxLength / 3) return plain.slice(0, sentenceEnd + 1);
  // Room for the ellipsis; the cut lies before a space, so no word is split.
  const room = plain.slice(0, maxLength - 1);
  const space = plain[maxLength - 1] === " " ? maxLength - 1 : room.lastIndexOf(" ");
  if (space <= 0) return `${room.slice(0, maxLength - 1)}…`;
  return `${plain.slice(0, space).replace(/[\s,;:.–—-]+$/u, "")}…`;
}
