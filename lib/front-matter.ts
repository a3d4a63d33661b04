import matter from "gray-matter";
import { isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import type { ContentProblem } from "./content-error.ts";

/** Front matter split from its body, with the line of every key so that problems can be located. */
export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** The file line of the value at a path (`["tags", 2]`), or of its nearest parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; problems: ContentProblem[] };

const decoder = new TextDecoder("utf-8", { fatal: true });

function refuseEvaluation(): never {
  throw new Error("JavaScript front matter is never evaluated");
}

/**
 * Splits and parses a content file. Only YAML front matter is accepted; YAML is parsed with
 * the `yaml` library (YAML 1.2 core schema: dates stay strings, no custom types), aliases are
 * refused so that no "billion laughs" file can blow up memory, and JavaScript front matter is
 * rejected before gray-matter could reach its `eval`-based engine.
 */
/**
 * The yaml library reports an unclosed quote where the file ends; authors need the line
 * where it was opened: the last line up to there with an odd number of quote characters.
 */
function unclosedQuoteLine(matterBlock: string, reportedLine: number): number {
  const lines = matterBlock.split("\n");
  for (let line = Math.min(reportedLine, lines.length); line >= 1; line--) {
    const text = lines[line - 1] ?? "";
    if ((text.match(/"/g)?.length ?? 0) % 2 === 1 || (text.match(/'/g)?.length ?? 0) % 2 === 1) return line;
  }
  return reportedLine;
}

export function parseContentFile(file: string, bytes: Uint8Array): ParseResult {
  const problem = (line: number, field: string, message: string, fix: string): ParseResult => ({
    ok: false,
    problems: [{ file, line, field, message, fix }],
  });

  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return problem(
      1,
      "Datei",
      "die Datei ist nicht in UTF-8 gespeichert (z. B. Latin-1/Windows-1252)",
      "im Editor mit der Kodierung „UTF-8“ speichern",
    );
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

  if (!text.startsWith("---")) {
    return problem(
      1,
      "Front Matter",
      "die Datei beginnt nicht mit einem Front-Matter-Block",
      "in Zeile 1 „---“ schreiben, darunter die Felder (title, date, region, tags) und danach wieder „---“",
    );
  }

  const language = matter.language(text.slice(3)).name.trim();
  if (language !== "" && language !== "yaml") {
    return problem(
      1,
      "Front Matter",
      `Front Matter in „${language}“ ist nicht erlaubt (es wird nie ausgeführt)`,
      "die erste Zeile auf „---“ ändern und die Felder als YAML schreiben",
    );
  }

  const firstLineEnd = text.indexOf("\n");
  if (firstLineEnd === -1 || !/\n---[ \t]*(\n|$)/.test(text.slice(firstLineEnd))) {
    return problem(
      1,
      "Front Matter",
      "der Front-Matter-Block wird nicht mit „---“ geschlossen",
      "nach dem letzten Feld eine Zeile mit genau „---“ einfügen",
    );
  }

  let doc: Document | undefined;
  const lineCounter = new LineCounter();
  const split = matter(text, {
    engines: {
      yaml: (source: string) => {
        doc = parseDocument(source, {
          lineCounter,
          schema: "core",
          uniqueKeys: true,
          merge: false,
          prettyErrors: false,
        });
        return {};
      },
      javascript: refuseEvaluation,
      js: refuseEvaluation,
    },
  });

  // gray-matter's block starts right after the opening "---", so its line 1 is the file's line 1.
  const fileLine = (offset: number): number => lineCounter.linePos(offset).line;
  const matterLines = split.matter.split("\n").length;
  const bodyLine = matterLines + 2;

  if (doc === undefined) {
    return problem(1, "Front Matter", "der Front-Matter-Block ist leer", "die Pflichtfelder title, date, region und tags angeben");
  }
  const yamlDoc: Document = doc;

  const yamlError = yamlDoc.errors[0] ?? yamlDoc.warnings[0];
  if (yamlError) {
    if (yamlError.code === "MISSING_CHAR" && /quote/.test(yamlError.message)) {
      return problem(
        unclosedQuoteLine(split.matter, fileLine(yamlError.pos[0])),
        "Front Matter",
        "ungültiges YAML: ein Anführungszeichen wird nicht geschlossen",
        "am Ende des Werts das Anführungszeichen schließen, z. B. title: \"Mein Titel\"",
      );
    }
    return problem(
      fileLine(yamlError.pos[0]),
      "Front Matter",
      `ungültiges YAML (${yamlError.message.split(" at line")[0]})`,
      "Einrückung und Doppelpunkte prüfen; Texte mit „:“ oder „#“ in Anführungszeichen setzen",
    );
  }

  let aliasOffset: number | undefined;
  visit(yamlDoc, {
    Alias(_key, node) {
      aliasOffset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  if (aliasOffset !== undefined) {
    return problem(
      fileLine(aliasOffset),
      "Front Matter",
      "YAML-Anker und -Aliase (&name, *name) sind nicht erlaubt",
      "den Wert ausschreiben statt mit * auf einen Anker zu verweisen",
    );
  }

  const contents = yamlDoc.contents;
  if (!isMap(contents)) {
    return problem(
      2,
      "Front Matter",
      "der Front-Matter-Block enthält keine Felder der Form „feld: wert“",
      "jedes Feld in eine eigene Zeile schreiben, z. B. „title: Mein Titel“",
    );
  }

  const data = yamlDoc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;

  return {
    ok: true,
    file: {
      data,
      body: split.content,
      bodyLine,
      lineOf(path) {
        if (path.length > 1) {
          const node = yamlDoc.getIn(path, true);
          if (isNode(node) && node.range) return fileLine(node.range[0]);
        }
        const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === path[0]);
        return pair && isScalar(pair.key) && pair.key.range ? fileLine(pair.key.range[0]) : 1;
      },
    },
  };
}
