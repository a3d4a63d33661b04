/**
 * A problem an author can fix in a content file. Carries where it is and how to fix it,
 * so that every tool (build, check, dev server) prints the same one-line message.
 */
export interface ContentProblem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
  /** The front-matter field or part of the file ("body", "Datei", "Front Matter"). */
  field: string;
  /** What is wrong, in German. */
  message: string;
  /** How to fix it, in German. */
  fix: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.message} — ${problem.fix}`;
}

export function compareProblems(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field);
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
    const count = problems.length;
    super(
      `${count} ${count === 1 ? "Fehler" : "Fehler"} in den Inhalten, es wurden keine Seiten geschrieben (siehe oben).`,
    );
    this.name = "ContentValidationError";
    this.problems = problems;
  }
}
