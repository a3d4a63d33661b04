import type { ContentProblem } from "./content-error.ts";
import type { ContentNotice } from "./content-loader.ts";

/*
 * The one printer of content problems, for the build, `npm run check`, `npm run new` and the
 * dev server: each problem is one line, `file:line[:column]: error: field: message — fix`.
 */

/** How `npm run check` prints problems: for people, for tools, for GitHub pull requests. */
export const PROBLEM_FORMATS = ["text", "json", "github"] as const;
export type ProblemFormat = (typeof PROBLEM_FORMATS)[number];

/** What was checked, for the closing line. */
export interface CheckedCounts {
  articles: number;
  pages: number;
}

/** `file:line:column: error: field: message — fix`, as compilers write it (column when known). */
export function compilerLine(problem: ContentProblem): string {
  const place = problem.column === undefined ? `${problem.file}:${problem.line}` : `${problem.file}:${problem.line}:${problem.column}`;
  return `${place}: error: ${problem.field}: ${problem.message} — ${problem.fix}`;
}

/** Workflow-command data may not contain line breaks; `%` introduces the escapes. */
function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** Property values additionally end at `,` and `:`. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/** A GitHub Actions error annotation, shown on the file's line in the pull request. */
export function githubAnnotation(problem: ContentProblem): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    `line=${problem.line}`,
    ...(problem.column === undefined ? [] : [`col=${problem.column}`]),
    `title=${escapeProperty(`Fehler in „${problem.field}“`)}`,
  ];
  return `::error ${properties.join(",")}::${escapeData(`${problem.message} — ${problem.fix}`)}`;
}

function count(amount: number, one: string, many: string): string {
  return `${amount} ${amount === 1 ? one : many}`;
}

/** "2 Fehler in 1 Datei" or "Keine Fehler in 34 Artikeln und 3 Seiten". */
export function summaryLine(problems: readonly ContentProblem[], checked: CheckedCounts): string {
  if (problems.length === 0) {
    return `Keine Fehler in ${count(checked.articles, "Artikel", "Artikeln")} und ${count(checked.pages, "Seite", "Seiten")}`;
  }
  const files = new Set(problems.map((problem) => problem.file)).size;
  return `${problems.length} Fehler in ${count(files, "Datei", "Dateien")}`;
}

/** `file:line: Hinweis: message`: information, not an error. */
export function noticeLine(notice: ContentNotice): string {
  return `${notice.file}:${notice.line}: Hinweis: ${notice.message}`;
}

/** A GitHub Actions notice annotation. */
export function githubNotice(notice: ContentNotice): string {
  return `::notice file=${escapeProperty(notice.file)},line=${notice.line},title=${escapeProperty("Hinweis")}::${escapeData(notice.message)}`;
}

/** The whole output of a check in one format, ending with a newline. JSON lists the problems only. */
export function formatReport(problems: readonly ContentProblem[], checked: CheckedCounts, format: ProblemFormat, notices: readonly ContentNotice[] = []): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(problems, null, 2)}\n`;
    case "github":
      return [...problems.map(githubAnnotation), ...notices.map(githubNotice), summaryLine(problems, checked)].join("\n") + "\n";
    case "text":
      return [...problems.map(compilerLine), ...notices.map(noticeLine), summaryLine(problems, checked)].join("\n") + "\n";
  }
}

/**
 * Thrown to stop a build because of content problems. `skipOriginalStack` tells Eleventy's
 * error handler to print the message without a stack trace: the problems are the author's,
 * not the program's.
 */
export class ContentValidationError extends Error {
  readonly problems: readonly ContentProblem[];
  readonly skipOriginalStack = true;

  constructor(problems: readonly ContentProblem[]) {
    super(`${summaryLine(problems, { articles: 0, pages: 0 })}: es wurden keine Seiten geschrieben (siehe oben).`);
    this.name = "ContentValidationError";
    this.problems = problems;
  }
}

/** Prints every problem as one line (after a heading, when given) and stops the build without writing pages. */
export function reportContentProblems(problems: readonly ContentProblem[], heading?: string): never {
  process.stderr.write(`${heading === undefined ? "" : `${heading}\n`}${problems.map(compilerLine).join("\n")}\n`);
  throw new ContentValidationError(problems);
}
