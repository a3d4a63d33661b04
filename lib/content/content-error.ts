/** Where something is in a file: 1-based line and, when known, 1-based column. */
export interface Position {
  line: number;
  column?: number;
}

/**
 * A problem an author can fix in a content file. Carries where it is and how to fix it,
 * so that every tool (build, check, new, dev server) prints the same one-line message
 * (problem-report.ts).
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

export function compareProblems(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field);
}
