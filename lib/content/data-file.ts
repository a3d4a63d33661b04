import { existsSync, readFileSync } from "node:fs";
import { isNode, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import type { ContentProblem } from "./content-error.ts";

/*
 * A JSON data file of content/_data/ (removed articles, the publisher's details), validated
 * against its zod schema with every problem located at its line: JSON is YAML 1.2, so the
 * yaml library parses it with positions.
 */

export type DataFileResult<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

/** `[2].url` for a path into the file, as the problems name fields. */
export function dataFieldName(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === "number" ? `[${part + 1}]` : index === 0 ? String(part) : `.${String(part)}`)).join("");
}

/** Reads and validates `absolute` (shown as `file`); `missing` is the value when the file does not exist. */
export function readDataFile<S extends z.ZodType>(absolute: string, file: string, schema: S, missing?: z.output<S>): DataFileResult<z.output<S>> {
  if (!existsSync(absolute)) {
    if (missing !== undefined) return { ok: true, value: missing };
    return { ok: false, problems: [{ file, line: 1, field: "Datei", message: "die Datei fehlt", fix: "die Datei aus dem Repository wiederherstellen" }] };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(absolute, "utf8"), { lineCounter, schema: "json", uniqueKeys: true, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { ok: false, problems: [{ file, line, column: col, field: "JSON", message: "ungültiges JSON", fix: "Kommas, Anführungszeichen und Klammern in dieser Zeile prüfen" }] };
  }
  const result = schema.safeParse(document.toJS());
  if (result.success) return { ok: true, value: result.data };
  const lineOf = (path: readonly PropertyKey[]): { line: number; column?: number } => {
    for (let length = path.length; length > 0; length--) {
      const node = document.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return { line: 1 };
  };
  const problem = (issuePath: readonly PropertyKey[], text: string): ContentProblem => {
    const at = text.indexOf(" — ");
    return {
      file,
      ...lineOf(issuePath),
      field: dataFieldName(issuePath) || "Datei",
      message: at === -1 ? text : text.slice(0, at),
      fix: at === -1 ? "den Wert korrigieren" : text.slice(at + 3),
    };
  };
  return {
    ok: false,
    // An unknown key is named and located itself, not the object it is in.
    problems: result.error.issues.flatMap((issue) =>
      issue.code === "unrecognized_keys" ? issue.keys.map((key) => problem([...issue.path, key], `ist keine bekannte Angabe (Tippfehler?) — ${issue.message.split(" — ")[1] ?? "die Zeile löschen"}`)) : [problem(issue.path, issue.message)],
    ),
  };
}
