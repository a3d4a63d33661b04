import { createRequire } from "node:module";
import type { Document, YAMLError } from "yaml";
import type { ContentProblem, Position } from "./content-error.ts";
import { readPlainFrontMatter, type FrontMatterFields } from "./plain-front-matter.ts";
import { listIndentMistake, unclosedBlockMistake, yamlMistake } from "./yaml-mistakes.ts";
import { describeCharacter, forbiddenCharacters } from "./text-cleanliness.ts";

const require = createRequire(import.meta.url);
let yamlLibrary: typeof import("yaml") | undefined;

/** The yaml library, loaded on first use: plainly written front matter, which most files have, never needs it. */
function yaml(): typeof import("yaml") {
  yamlLibrary ??= require("yaml") as typeof import("yaml");
  return yamlLibrary;
}

/** Front matter split from its body, with the position of every key so that problems can be located. */
export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** The file line of the value at a path (`["tags", 2]`), or of its nearest parent. */
  lineOf(path: readonly PropertyKey[]): number;
  /**
   * Line and column at a path: for a top-level field its value when that starts on the key's
   * line (else the key), or the key itself with `part: "key"`; for a nested path the item.
   * The line is always `lineOf(path)`.
   */
  positionOf(path: readonly PropertyKey[], part?: "key" | "value"): Position;
}

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; problems: ContentProblem[] };

const decoder = new TextDecoder("utf-8", { fatal: true });
/** Lines with invisible characters reported per file: a pasted PDF can have hundreds, and the first ones show the way. */
const MAX_CHARACTER_PROBLEMS = 20;

/** Front matter is flat: fields, lists, at most a small map. Deeper nesting is a mistake or an attack. */
const MAX_DEPTH = 10;

/**
 * The yaml library reports an unclosed quote where the file ends; authors need the place
 * where it was opened: the last line up to there with an odd number of quote characters.
 */
function unclosedQuote(matterBlock: string, reportedLine: number): Position {
  const lines = matterBlock.split("\n");
  for (let line = Math.min(reportedLine, lines.length); line >= 1; line--) {
    const text = lines[line - 1] ?? "";
    for (const quote of ['"', "'"]) {
      if (text.split(quote).length % 2 === 0) return { line, column: text.lastIndexOf(quote) + 1 };
    }
  }
  return { line: reportedLine };
}

interface YamlProblem {
  offset: number;
  field?: string;
  message: string;
  fix: string;
}

/** "den Wert in Anführungszeichen setzen", shown with the author's own line where it is a plain `key: value`. */
function quoteFix(source: string, offset: number): string {
  const lineStart = source.lastIndexOf("\n", offset) + 1;
  const lineEnd = source.indexOf("\n", offset);
  const line = source.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  const field = /^([A-Za-z_][\w-]*):\s+(.+)$/.exec(line);
  const example = field ? `${field[1]}: "${field[2]!.trim().replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"` : 'title: "Wasserstoff: so geht es weiter"';
  return `den Wert in Anführungszeichen setzen: ${example}`;
}

/** The yaml library's first error, said in German where authors make it. */
function yamlProblem(error: YAMLError, source: string): YamlProblem {
  const offset = error.pos[0];
  switch (error.code) {
    case "BLOCK_AS_IMPLICIT_KEY":
      return { offset, message: "ungültiges YAML: ein Doppelpunkt mitten im Wert", fix: quoteFix(source, offset) };
    case "BAD_SCALAR_START":
      return { offset, message: `ungültiges YAML: ein Wert beginnt mit „${source.charAt(offset)}“`, fix: quoteFix(source, offset) };
    case "TAB_AS_INDENT":
      return { offset, message: "ungültiges YAML: mit Tabulator eingerückt", fix: "mit Leerzeichen einrücken (zwei je Ebene)" };
    case "TAG_RESOLVE_FAILED":
      return tagProblem(offset, error.message.replace(/^Unresolved tag: /, ""));
    case "RESOURCE_EXHAUSTION":
      return depthProblem(offset);
    default:
      // The library's English message never reaches an author; its place does.
      return {
        offset,
        message: "ungültiges YAML in dieser Zeile",
        fix: "Einrückung und Doppelpunkte prüfen (jedes Feld ganz links als „feld: wert“); Texte mit „:“ oder „#“ in Anführungszeichen setzen",
      };
  }
}

/** An explicit tag, reported where it is written (the node itself starts after it). */
function tagProblem(offset: number, tag: string, source?: string): YamlProblem {
  const written = tag.replace(/^tag:yaml\.org,2002:/, "!!");
  const tagOffset = source?.lastIndexOf(written, offset) ?? -1;
  return {
    offset: tagOffset === -1 ? offset : tagOffset,
    message: `YAML-Typangaben wie „${written}“ sind nicht erlaubt`,
    fix: "die Angabe mit ! entfernen und den Wert als einfachen Text oder als Liste schreiben",
  };
}

function depthProblem(offset: number): YamlProblem {
  return {
    offset,
    message: `ungültiges YAML: zu tief verschachtelt (mehr als ${MAX_DEPTH} Ebenen)`,
    fix: "Felder als einfache Werte oder Listen schreiben",
  };
}

/**
 * What the YAML may not contain, found in one walk over its nodes: aliases (a "billion laughs"
 * file would blow up memory), explicit tags (`!!binary`, `!!js/function`), keys that are lists
 * or maps, a key written twice, and nesting deeper than MAX_DEPTH. The walk keeps its own
 * stack, so that no file can overflow the call stack here or, refused, later in `toJS`; keys
 * are compared here with a set because the yaml library's `uniqueKeys` compares every pair.
 */
function forbiddenYaml(doc: Document, source: string): YamlProblem | undefined {
  const { isAlias, isMap, isNode, isPair, isScalar, isSeq } = yaml();
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isNode(node)) continue;
    const offset = node.range?.[0] ?? 0;
    if (depth > MAX_DEPTH) return depthProblem(offset);
    if (isAlias(node)) {
      return {
        offset,
        message: "YAML-Anker und -Aliase (&name, *name) sind nicht erlaubt",
        fix: "den Wert ausschreiben statt mit * auf einen Anker zu verweisen",
      };
    }
    if (node.tag !== undefined) return tagProblem(offset, node.tag, source);
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        if (isNode(pair.key) && !isScalar(pair.key)) {
          return {
            offset: pair.key.range?.[0] ?? offset,
            message: "ein Feldname ist eine Liste oder ein Objekt",
            fix: "Feldnamen als einfache Wörter schreiben, z. B. „title: …“",
          };
        }
        const keyOffset = (isNode(pair.key) ? pair.key.range?.[0] : undefined) ?? (isNode(pair.value) ? pair.value.range?.[0] : undefined) ?? offset;
        const key = isScalar(pair.key) && pair.key.value !== null ? String(pair.key.value) : "";
        if (key.trim() === "") {
          return { offset: keyOffset, message: "ein Feld hat keinen Namen", fix: "vor den Doppelpunkt den Feldnamen schreiben, z. B. „title: …“" };
        }
        if (keys.has(key)) return { offset: keyOffset, field: key, message: "steht mehrfach im Front Matter", fix: "eine der Zeilen löschen" };
        keys.add(key);
      }
      for (let index = node.items.length - 1; index >= 0; index--) {
        const pair = node.items[index]!;
        stack.push({ node: pair.value, depth: depth + 1 }, { node: pair.key, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (let index = node.items.length - 1; index >= 0; index--) {
        const item = node.items[index];
        if (isPair(item)) stack.push({ node: item.value, depth: depth + 1 }, { node: item.key, depth: depth + 1 });
        else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

export type FrontMatterResult =
  | FrontMatterFields
  | { ok: false; problem: Omit<ContentProblem, "file" | "line" | "column"> & { at: Position } };

/**
 * Whether a block holds nothing but blank lines and comments. A loop over lines, not a regex
 * with `^\s*` under the m flag, which tried every blank line from every blank line: quadratic.
 */
function onlyComments(block: string): boolean {
  for (const line of block.split("\n")) {
    const text = line.trim();
    if (text !== "" && !text.startsWith("#")) return false;
  }
  return true;
}

/** The position of the whole file, for problems and fields that have no place of their own. */
const WHOLE_FILE: Position = Object.freeze({ line: 1 });

/**
 * Reads a front-matter block (which starts with the end of the file's first line, so that its
 * line numbers are the file's) with the yaml library: any YAML, and every mistake said in German.
 */
export function readYamlFrontMatter(block: string): FrontMatterResult {
  const problem = (at: Position, field: string, message: string, fix: string): FrontMatterResult => ({ ok: false, problem: { at, field, message, fix } });
  const { isMap, isNode, isScalar, LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const yamlDoc = parseDocument(block, { lineCounter, schema: "core", uniqueKeys: false, merge: false, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const yamlError = yamlDoc.errors[0] ?? yamlDoc.warnings[0];
  if (yamlError) {
    const mistake = listIndentMistake(block) ?? yamlMistake(block);
    if (mistake) return problem(mistake.at, mistake.field, mistake.message, mistake.fix);
    if (yamlError.code === "MISSING_CHAR" && /quote/.test(yamlError.message)) {
      return problem(
        unclosedQuote(block, at(yamlError.pos[0]).line),
        "Front Matter",
        "ungültiges YAML: ein Anführungszeichen wird nicht geschlossen",
        "am Ende des Werts das Anführungszeichen schließen, z. B. title: \"Mein Titel\"",
      );
    }
    const found = yamlProblem(yamlError, block);
    return problem(at(found.offset), found.field ?? "Front Matter", found.message, found.fix);
  }

  const forbidden = forbiddenYaml(yamlDoc, block);
  if (forbidden) return problem(at(forbidden.offset), forbidden.field ?? "Front Matter", forbidden.message, forbidden.fix);
  // Valid YAML that is not what the author meant: `- B` indented under `- A` is the one item "A - B".
  const listMistake = listIndentMistake(block) ?? unclosedBlockMistake(block);
  if (listMistake) return problem(listMistake.at, listMistake.field, listMistake.message, listMistake.fix);

  const contents = yamlDoc.contents;
  if (!isMap(contents)) {
    return problem(
      { line: 2 },
      "Front Matter",
      "der Front-Matter-Block enthält keine Felder der Form „feld: wert“",
      "jedes Feld in eine eigene Zeile schreiben, z. B. „title: Mein Titel“",
    );
  }

  const data = yamlDoc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;
  // Built on first use: a file with thousands of keys must not cost a search per key. Keys are
  // scalars and unique (forbiddenYaml).
  let pairs: Map<string, (typeof contents.items)[number]> | undefined;
  const pairOf = (key: PropertyKey) => {
    pairs ??= new Map(contents.items.map((pair) => [isScalar(pair.key) ? String(pair.key.value) : "", pair]));
    return pairs.get(String(key));
  };

  const positionOf = (path: readonly PropertyKey[], part: "key" | "value" = "value"): Position => {
    if (path.length === 0) return WHOLE_FILE;
    // A nested path that is not there (a list item's missing field) points at its nearest parent item.
    for (let length = path.length; length > 1; length--) {
      const node = yamlDoc.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) return at(node.range[0]);
    }
    const pair = pairOf(path[0]!);
    if (!pair || !isScalar(pair.key) || !pair.key.range) return WHOLE_FILE;
    const key = at(pair.key.range[0]);
    if (part === "key" || path.length > 1 || !isNode(pair.value) || !pair.value.range) return key;
    const value = at(pair.value.range[0]);
    return value.line === key.line ? value : key;
  };

  return { ok: true, data, positionOf };
}

/**
 * Splits and parses a content file. Only YAML front matter is accepted, and nothing in a file
 * is ever evaluated: the file is split here (as gray-matter splits, without its engines and
 * their `eval`), YAML is parsed with the `yaml` library (YAML 1.2 core schema: dates stay
 * strings, no custom types) unless it is written plainly (lib/content/plain-front-matter.ts), and
 * aliases are refused so that no "billion laughs" file can blow up memory.
 */
export function parseContentFile(file: string, bytes: Uint8Array): ParseResult {
  const problem = (at: Position, field: string, message: string, fix: string): ParseResult => ({
    ok: false,
    problems: [{ file, ...at, field, message, fix }],
  });

  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return problem(
      WHOLE_FILE,
      "Datei",
      "die Datei ist nicht in UTF-8 gespeichert (z. B. Latin-1/Windows-1252)",
      "im Editor mit der Kodierung „UTF-8“ speichern",
    );
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");

  if (!text.startsWith("---")) {
    return problem(
      WHOLE_FILE,
      "Front Matter",
      "die Datei beginnt nicht mit einem Front-Matter-Block",
      "in Zeile 1 „---“ schreiben, darunter die Felder (title, date, region, tags) und danach wieder „---“",
    );
  }

  const firstLineEnd = text.indexOf("\n");
  const language = text.slice(3, firstLineEnd === -1 ? undefined : firstLineEnd).trim();
  if (language !== "" && language !== "yaml") {
    return problem(
      WHOLE_FILE,
      "Front Matter",
      `Front Matter in „${language}“ ist nicht erlaubt (es wird nie ausgeführt)`,
      "die erste Zeile auf „---“ ändern und die Felder als YAML schreiben",
    );
  }

  if (firstLineEnd === -1 || !/\n---[ \t]*(\n|$)/.test(text.slice(firstLineEnd))) {
    return problem(
      WHOLE_FILE,
      "Front Matter",
      "der Front-Matter-Block wird nicht mit „---“ geschlossen",
      "nach dem letzten Feld eine Zeile mit genau „---“ einfügen",
    );
  }

  // The block ends at the first line that starts with "---"; the body starts on the next line.
  // The block keeps the end of line 1, so that its line numbers are the file's.
  const close = text.indexOf("\n---", firstLineEnd);
  const block = text.slice(firstLineEnd, close);
  const body = text.slice(close + 4).replace(/^\n/, "");
  const bodyLine = block.split("\n").length + 2;

  const dirty = forbiddenCharacters(text, MAX_CHARACTER_PROBLEMS);
  if (dirty.length > 0) {
    return {
      ok: false,
      problems: dirty.map(({ line, column, character, lineStart }) => ({
        file,
        line,
        column,
        // In front matter, the field whose line it is, when the line starts with one.
        field: line >= bodyLine ? "Text" : (/^([A-Za-z_][\w-]*):/.exec(text.slice(lineStart, lineStart + 200))?.[1] ?? "Front Matter"),
        message: `hier steht ${describeCharacter(character)}`,
        fix: "das Zeichen löschen, z. B. die Stelle markieren und neu tippen (es kommt oft mit Text aus PDF-Dateien)",
      })),
    };
  }
  if (onlyComments(block)) {
    return problem(WHOLE_FILE, "Front Matter", "der Front-Matter-Block ist leer", "die Pflichtfelder title, date, region und tags angeben");
  }
  // Plainly written front matter is read without the yaml library; anything else, and every mistake, with it.
  const fields = readPlainFrontMatter(block) ?? readYamlFrontMatter(block);
  if (!fields.ok) return problem(fields.problem.at, fields.problem.field, fields.problem.message, fields.problem.fix);
  const { data, positionOf } = fields;

  return {
    ok: true,
    file: {
      data,
      body,
      bodyLine,
      lineOf: (path) => positionOf(path).line,
      positionOf,
    },
  };
}
