import type { ContentProblem } from "./content-error.ts";

/*
 * The placeholder text `npm run new` writes into a new article (lib/authoring/new-article.ts). It tells
 * the author what goes where; published, it would tell readers nothing. The checks refuse an
 * article that still contains any of it.
 */

/** The placeholder paragraphs and heading, each on a line of its own. */
export const SCAFFOLD_LINES = [
  "Der erste Absatz sagt das Wichtigste: Was ist passiert, wer ist beteiligt, wann und wo? Er erscheint auch in Übersichten und Suchergebnissen, wenn keine Zusammenfassung (summary) angegeben ist.",
  "## Zwischenüberschrift",
  "Einzelheiten, Hintergründe und Zitate. Ein Link sieht so aus: [Name der Seite](https://www.example.org/).",
  "Ansprechperson, Kontakt, Termine.",
] as const;

/** The body `npm run new` writes. */
export const SCAFFOLD_BODY = `${SCAFFOLD_LINES[0]}\n\n${SCAFFOLD_LINES[1]}\n\n${SCAFFOLD_LINES[2]}\n\n## Weitere Informationen\n\n${SCAFFOLD_LINES[3]}\n`;

/**
 * Each line is recognised by its start, also when the author changed its end or its spacing: one
 * pattern for all of them, matched once over the body (whitespace other than line breaks between
 * the words), so that an article without placeholders costs one native scan.
 */
const SCAFFOLD_PATTERN = new RegExp(
  `^[^\\S\\n]*(?:${SCAFFOLD_LINES.map((line) =>
    line
      .slice(0, 28)
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[^\\S\\n]+"),
  ).join("|")})`,
  "gm",
);

/** A problem for each placeholder line still in a body, at its line in the file. */
export function scaffoldProblems(body: string, bodyLine: number): Omit<ContentProblem, "file">[] {
  const problems: Omit<ContentProblem, "file">[] = [];
  let line = 0;
  let counted = 0;
  for (const match of body.matchAll(SCAFFOLD_PATTERN)) {
    for (let newline = body.indexOf("\n", counted); newline !== -1 && newline < match.index; newline = body.indexOf("\n", newline + 1)) line++;
    counted = match.index;
    const text = match[0].trim().replace(/\s+/g, " ");
    const placeholder = SCAFFOLD_LINES.findIndex((scaffold) => scaffold.startsWith(text) || text.startsWith(scaffold.slice(0, 28).trim()));
    problems.push({
      line: bodyLine + line,
      field: "Text",
      message: `hier steht noch der Platzhaltertext von „npm run new“ („${SCAFFOLD_LINES[placeholder]!.slice(0, 40).trimEnd()} …“)`,
      fix: "durch den eigenen Text ersetzen oder die Zeile löschen",
    });
  }
  return problems;
}
