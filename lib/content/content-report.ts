import { ContentValidationError, formatProblem, type ContentProblem } from "./content-error.ts";

/** Prints every problem as one line (after a heading, when given) and stops the build without writing pages. */
export function reportContentProblems(problems: readonly ContentProblem[], heading?: string): never {
  process.stderr.write(`${heading === undefined ? "" : `${heading}\n`}${problems.map(formatProblem).join("\n")}\n`);
  throw new ContentValidationError(problems);
}
