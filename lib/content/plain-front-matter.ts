import type { Position } from "./content-error.ts";

/** The fields of a front-matter block, and where each is written (see `ParsedFile.positionOf` in front-matter.ts). */
export interface FrontMatterFields {
  ok: true;
  data: Record<string, unknown>;
  positionOf(path: readonly PropertyKey[], part?: "key" | "value"): Position;
}

/*
 * Most front matter is written plainly: one `key: value` per line, the value plain or quoted
 * text, `true`/`false`, or a list in brackets on the same line. Such a block is read here in
 * one pass over its lines, without building a YAML document, which cost most of a check.
 * Anything else, and every mistake, is left to the yaml library (readYamlFrontMatter), which
 * reads what is accepted here to the same data and positions
 * (test/unit/plain-front-matter.test.ts compares both).
 */

/** Characters YAML refuses or reads specially (controls, tabs, line separators, byte order marks): left to the yaml library. */
const UNUSUAL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/;
/** A key at the start of its line, a colon and the spaces before the value. */
const KEY = /^([A-Za-z_][\w-]*): +/;
/** Keys that the YAML core schema reads as a boolean or null rather than as text. */
const NOT_TEXT_KEY = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE|[Nn]ull|NULL)$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** Plain values that the YAML core schema reads as null or a number. */
const NULL_OR_NUMBER =
  /^(?:~|[Nn]ull|NULL|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|0o[0-7]+|0x[0-9a-fA-F]+)$/;
/** Characters that start something other than plain text (a list, a map, a tag, an anchor, a block …). */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const BLANK = /^ *$/;
/** What may follow a value on its line: spaces, and a comment after at least one. */
const LINE_END = /^(?: *| +#.*)$/;

type Value = string | boolean;

/** A value read from a line, and the index just after it. */
interface Read<T> {
  value: T;
  end: number;
}

/** Where a field is written: its line, the column of its value and, for a list, of each item. */
interface FieldPlace {
  line: number;
  valueColumn: number;
  itemColumns?: number[];
}

/** Plain text as the core schema resolves it; undefined for null and numbers, which are rare enough to leave to the yaml library. */
function plainValue(text: string): Value | undefined {
  if (BOOLEAN.test(text)) return text[0] === "t" || text[0] === "T";
  return NULL_OR_NUMBER.test(text) ? undefined : text;
}

/** A quoted value that closes on its line; only `\"` and `\\` are read as escapes in double quotes. */
function readQuoted(line: string, start: number): Read<string> | undefined {
  const quote = line[start]!;
  let value = "";
  let from = start + 1;
  // Each search is repeated only when the scan has passed what it found: a line of many
  // escapes would otherwise be searched to its closing quote once per escape (quadratic).
  let close = -2;
  let escape = -2;
  for (;;) {
    if (close !== -1 && close < from) close = line.indexOf(quote, from);
    if (quote === '"' && escape !== -1 && escape < from) escape = line.indexOf("\\", from);
    else if (quote !== '"') escape = -1;
    if (escape !== -1 && (close === -1 || escape < close)) {
      const escaped = line[escape + 1];
      if (escaped !== '"' && escaped !== "\\") return undefined;
      value += line.slice(from, escape) + escaped;
      from = escape + 2;
      continue;
    }
    if (close === -1) return undefined;
    value += line.slice(from, close);
    if (quote === "'" && line[close + 1] === "'") {
      value += "'";
      from = close + 2;
      continue;
    }
    return { value, end: close + 1 };
  }
}

/** A plain value that fills the rest of its line (up to a comment). */
function readPlain(line: string, start: number): Read<Value> | undefined {
  const comment = line.indexOf(" #", start);
  const text = line.slice(start, comment === -1 ? undefined : comment).trimEnd();
  if (text === "" || INDICATOR.test(text) || text.includes(": ") || text.endsWith(":")) return undefined;
  const value = plainValue(text);
  return value === undefined ? undefined : { value, end: start + text.length };
}

function skipSpaces(line: string, index: number): number {
  while (line[index] === " ") index++;
  return index;
}

/** A list in brackets that closes on its line, of plain or quoted items. */
function readList(line: string, start: number): Read<{ values: Value[]; columns: number[] }> | undefined {
  const values: Value[] = [];
  const columns: number[] = [];
  let index = skipSpaces(line, start + 1);
  if (line[index] === "]") return { value: { values, columns }, end: index + 1 };
  for (;;) {
    let item: Read<Value> | undefined;
    if (line[index] === '"' || line[index] === "'") item = readQuoted(line, index);
    else {
      let end = index;
      while (end < line.length && line[end] !== "," && line[end] !== "]") end++;
      const text = line.slice(index, end).trimEnd();
      const value = text === "" || INDICATOR.test(text) || /[[\]{}#:]/.test(text) ? undefined : plainValue(text);
      item = value === undefined ? undefined : { value, end: index + text.length };
    }
    if (item === undefined) return undefined;
    values.push(item.value);
    columns.push(index + 1);
    index = skipSpaces(line, item.end);
    if (line[index] === "]") return { value: { values, columns }, end: index + 1 };
    if (line[index] !== ",") return undefined;
    index = skipSpaces(line, index + 1);
    // A trailing comma, or a list that goes on in the next line.
    if (line[index] === "]" || index >= line.length) return undefined;
  }
}

/**
 * Reads a front-matter block (starting with the end of the file's first line) when it is
 * written plainly; undefined when it is not, for the yaml library to read.
 */
export function readPlainFrontMatter(block: string): FrontMatterFields | undefined {
  if (UNUSUAL.test(block)) return undefined;
  const lines = block.split("\n");
  if (lines[0] !== "") return undefined;
  const data: Record<string, unknown> = {};
  const places = new Map<string, FieldPlace>();
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    // Only spaces make a line blank; other white space (U+00A0 …) is text to YAML.
    if (BLANK.test(line) || line.startsWith("#")) continue;
    const key = KEY.exec(line);
    if (key === null) return undefined;
    const name = key[1]!;
    if (NOT_TEXT_KEY.test(name) || places.has(name)) return undefined;
    const start = key[0].length;
    const place: FieldPlace = { line: index + 1, valueColumn: start + 1 };
    let read: Read<unknown> | undefined;
    if (line[start] === '"' || line[start] === "'") read = readQuoted(line, start);
    else if (line[start] === "[") {
      const list = readList(line, start);
      if (list !== undefined) place.itemColumns = list.value.columns;
      read = list && { value: list.value.values, end: list.end };
    } else read = readPlain(line, start);
    if (read === undefined || !LINE_END.test(line.slice(read.end))) return undefined;
    // As the yaml library does, so that `constructor:` or `__proto__:` is an own field like any other.
    if (name in data) Object.defineProperty(data, name, { value: read.value, writable: true, enumerable: true, configurable: true });
    else data[name] = read.value;
    places.set(name, place);
  }
  if (places.size === 0) return undefined;

  const positionOf = (path: readonly PropertyKey[], part: "key" | "value" = "value"): Position => {
    if (path.length === 0) return { line: 1 };
    // As the yaml library looks up a path: the key as written, then an item of a list (also
    // for a path into an item, which points at the item).
    if (path.length >= 2 && typeof path[0] === "string") {
      const place = places.get(path[0]);
      const column = place?.itemColumns?.[itemIndex(path[1]!)];
      if (place !== undefined && column !== undefined) return { line: place.line, column };
    }
    const place = places.get(String(path[0]));
    if (place === undefined) return { line: 1 };
    return part === "key" || path.length > 1 ? { line: place.line, column: 1 } : { line: place.line, column: place.valueColumn };
  };
  return { ok: true, data, positionOf };
}

/** A list index as the yaml library reads one from a path: a whole number, or text that is one. */
function itemIndex(key: PropertyKey): number {
  const index = typeof key === "string" && key !== "" ? Number(key) : key;
  return typeof index === "number" && Number.isInteger(index) && index >= 0 ? index : -1;
}
