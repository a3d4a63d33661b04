import type { ContentProblem } from "./content-error.ts";

/*
 * The placeholder text `npm run new` writes into a new article (lib/new-article.ts). It tells
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

/** Each line is recognised by its start, also when the author changed its end or its spacing. */
const SCAFFOLD_STARTS = SCAFFOLD_LINES.map((line) => line.slice(0, 28).replace(/\s+/g, " "));
const LONGEST_START = Math.max(...SCAFFOLD_STARTS.map((start) => start.length));

/** A problem for each placeholder line still in a body, at its line in the file. */
export function scaffoldProblems(body: string, bodyLine: number): Omit<ContentProblem, "file">[] {
  const problems: Omit<ContentProblem, "file">[] = [];
  const lines = body.split("\n");
  for (let index = 0; index < lines.length; index++) {
    // Only the start of a line is compared, so that a long line costs no more than a short one.
    const start = lines[index]!.slice(0, LONGEST_START * 2).trim().replace(/\s+/g, " ");
    const placeholder = SCAFFOLD_STARTS.findIndex((scaffold) => start.startsWith(scaffold));
    if (placeholder === -1) continue;
    problems.push({
      line: bodyLine + index,
      field: "Text",
      message: `hier steht noch der Platzhaltertext von „npm run new“ („${SCAFFOLD_LINES[placeholder]!.slice(0, 40).trimEnd()} …“)`,
      fix: "durch den eigenen Text ersetzen oder die Zeile löschen",
    });
  }
  return problems;
}
