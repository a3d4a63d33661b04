import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { checkContent } from "../lib/content/content-loader.ts";
import { formatReport, PROBLEM_FORMATS, type ProblemFormat } from "../lib/content/problem-report.ts";

/*
 * `npm run check [-- --format=text|json|github] [--content <dir>]`: every check of the build
 * (lib/content/content-loader.ts), without rendering anything. Exit code 0: no problems; 1: content
 * problems (printed); 2: the command itself was called wrongly.
 */

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = "Aufruf: npm run check -- [--format=text|json|github] [--content <Ordner>]";

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function readOptions(): { format: ProblemFormat; contentDir: string } {
  let values: { format?: string; content?: string };
  try {
    ({ values } = parseArgs({ options: { format: { type: "string" }, content: { type: "string" } }, strict: true }));
  } catch (error) {
    const option = /'(--?[\w-]+)/.exec(error instanceof Error ? error.message : "")?.[1];
    fail(option ? `Unbekannte oder unvollständige Angabe „${option}“.` : "Unbekannte Angabe.");
  }
  const format = values.format ?? "text";
  if (!(PROBLEM_FORMATS as readonly string[]).includes(format)) fail(`Unbekanntes Format „${format}“: eines von ${PROBLEM_FORMATS.join(", ")} angeben.`);
  // Relative to the project, like the build's CONTENT_DIR.
  const contentDir = path.resolve(projectDir, values.content ?? process.env.CONTENT_DIR ?? "content");
  if (!existsSync(contentDir)) fail(`Den Inhaltsordner „${contentDir}“ gibt es nicht.`);
  return { format: format as ProblemFormat, contentDir };
}

const { format, contentDir } = readOptions();
const result = await checkContent({ projectDir, contentDir });
process.stdout.write(formatReport(result.problems, { articles: result.articleCount, pages: result.pageCount }, format, result.notices));
process.exitCode = result.problems.length > 0 ? 1 : 0;
