/*
 * German compounds for the search index. Pagefind does not split German compounds, so a
 * search for "Bündnis" would not find "Fachkräftebündnis". At build time we split long words
 * into parts that occur as words of their own in the site's vocabulary, and hand the index a
 * copy of the text in which the parts are joined by "_": Pagefind indexes a word with an
 * underscore as the whole and as each part. Readers never see that copy; the search script
 * removes the marker from excerpts.
 */

import { PART_MARKER } from "./search-document.ts";

const MIN_PART = 4;
const MIN_COMPOUND = 2 * MIN_PART;
/**
 * The longest part and the longest compound that are split. German's longest words in use
 * ("Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung": 67 letters) fit;
 * a longer run of letters is not a word a reader searches for in parts.
 */
export const MAX_PART = 40;
export const MAX_COMPOUND = 80;
/**
 * Letters of the Latin script, in which German is written. `\p{L}` would also match other
 * scripts, at three times the cost on every text the search index gets.
 */
const LATIN_LETTER = "a-zA-Z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF";
/**
 * A whole run of at least `length` letters. Only words long enough to matter are matched at all:
 * most words are short. The lookbehind lets a match start only where a word does; without it, a
 * short word is tried again from each of its letters.
 */
const lettersAtLeast = (length: number) => new RegExp(`(?<![${LATIN_LETTER}])[${LATIN_LETTER}]{${length},}`, "g");
/** A run of letters long enough to be a part. */
const PART_WORD = lettersAtLeast(MIN_PART);
const COMPOUND_WORD = lettersAtLeast(MIN_COMPOUND);
/** Linking elements between parts (Fugenelemente): Innovation-s-campus, Arbeit-s-markt, Schule-n-netz. */
const LINKS = ["", "s", "es", "n", "en", "er", "e"];
/** Endings a last part may carry beyond its dictionary form: Bündnis-ses, Stelle-n. */
const ENDINGS = ["", "e", "en", "n", "s", "es", "er", "ern", "ses", "se"];
const MAX_HEAD = MAX_PART + Math.max(...LINKS.map((link) => link.length));
const MAX_ENDING = Math.max(...ENDINGS.map((ending) => ending.length));

/** Adds the lower-cased words of a text that are long enough to be a part. */
export function addWords(text: string, vocabulary: Set<string>): void {
  // Matching the lower-cased text once is several times faster than word by word, and `match`
  // returns the words alone, where `matchAll` builds a match object for each.
  for (const word of text.toLowerCase().match(PART_WORD) ?? []) if (word.length <= MAX_PART) vocabulary.add(word);
}

export class CompoundSplitter {
  private readonly vocabulary: ReadonlySet<string>;
  private readonly cache = new Map<string, string[] | null>();
  /** Each word as `markParts` writes it: the site's long words recur in every text. */
  private readonly marked = new Map<string, string>();
  /** Vocabulary checks made so far (each tries a few links or endings): the splitter's work, for the tests. */
  lookups = 0;

  constructor(vocabulary: ReadonlySet<string>) {
    this.vocabulary = vocabulary;
  }

  /** A splitter whose vocabulary is every word of the given texts. */
  static fromTexts(texts: Iterable<string>): CompoundSplitter {
    const vocabulary = new Set<string>();
    for (const text of texts) addWords(text, vocabulary);
    return new CompoundSplitter(vocabulary);
  }

  /** The parts of a compound (`Fachkräftebündnis` → `Fachkräfte`, `bündnis`), or undefined. */
  split(word: string): string[] | undefined {
    if (word.length < MIN_COMPOUND) return undefined;
    const lower = word.toLowerCase();
    let parts = this.cache.get(lower);
    if (parts === undefined) {
      parts = this.splitLower(lower, true);
      this.cache.set(lower, parts);
    }
    if (parts === null) return undefined;
    // Cut the original word at the same places, keeping its letters' case.
    const result: string[] = [];
    let at = 0;
    for (const part of parts) {
      result.push(word.slice(at, at + part.length));
      at += part.length;
    }
    return result;
  }

  /**
   * Splits into the fewest parts, each a known word (a part before the last may carry a
   * linking element, the last an ending), by dynamic programming over the places a part can
   * end: at most MAX_PART + a link's length letters are tried from each place, so the work
   * grows linearly with the word, and words longer than MAX_COMPOUND are not split at all
   * (a body of repeated vocabulary would otherwise be split in exponentially many ways).
   */
  private splitLower(word: string, whole: boolean): string[] | null {
    const length = word.length;
    if (length > MAX_COMPOUND) return null;
    // fewest[start]: the fewest parts of word.slice(start) as the tail of a compound, and where its first part ends.
    const fewest: ({ parts: number; end: number } | null)[] = new Array(length + 1).fill(null);
    for (let start = length - MIN_PART; start >= 0; start--) {
      if ((start > 0 || !whole) && this.isWordWithEnding(word.slice(start))) {
        fewest[start] = { parts: 1, end: length };
        continue;
      }
      const lastCut = Math.min(length - MIN_PART, start + MAX_HEAD);
      for (let cut = lastCut; cut >= start + MIN_PART; cut--) {
        const tail = fewest[cut];
        if (tail === null || tail === undefined || !this.isHead(word.slice(start, cut))) continue;
        const current = fewest[start];
        if (current === null || current === undefined || tail.parts + 1 < current.parts) fewest[start] = { parts: tail.parts + 1, end: cut };
      }
    }
    if (fewest[0] === null || fewest[0] === undefined) return null;
    const parts: string[] = [];
    for (let start = 0; start < length; start = fewest[start]!.end) parts.push(word.slice(start, fewest[start]!.end));
    return parts;
  }

  private isHead(head: string): boolean {
    this.lookups++;
    return LINKS.some((link) => head.endsWith(link) && head.length - link.length >= MIN_PART && this.vocabulary.has(head.slice(0, head.length - link.length)));
  }

  private isWordWithEnding(word: string): boolean {
    this.lookups++;
    if (word.length > MAX_PART + MAX_ENDING) return false;
    return ENDINGS.some((ending) => word.endsWith(ending) && word.length - ending.length >= MIN_PART && this.vocabulary.has(word.slice(0, word.length - ending.length)));
  }

  /** The text with every splittable compound written with part markers: `Fachkräfte_bündnis`. */
  markParts(text: string): string {
    return text.replaceAll(PART_MARKER, " ").replace(COMPOUND_WORD, (word) => {
      let marked = this.marked.get(word);
      if (marked === undefined) this.marked.set(word, (marked = this.split(word)?.join(PART_MARKER) ?? word));
      return marked;
    });
  }
}
