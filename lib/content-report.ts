import { ContentValidationError, formatProblem, type ContentProblem } from "./content-error.ts";

/** Prints every problem as one line and stops the build without writing pages. */
export function reportContentProblems(problems: readonly ContentProblem[]): never {
  process.stderr.write(`${problems.map(formatProblem).join("\n")}\n`);
  throw new ContentValidationError(problems);
}
