import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { checkContent } from "../lib/content/content-loader.ts";
import { nowInSiteZone } from "../lib/content/dates.ts";
import {
  articlePath,
  articleText,
  completeArticle,
  newArticleProblems,
  previewUrl,
  slugProblem,
  withKnownSpelling,
  type Ask,
} from "../lib/authoring/new-article.ts";
import { compilerLine } from "../lib/content/problem-report.ts";
import { titleSlug } from "../lib/content/slugs.ts";

/*
 * `npm run new -- "Titel" --region goslar --tags "Fachkräfte, Ausbildung" [--date JJJJ-MM-TT]
 * [--summary …] [--author …] [--slug …] [--content <dir>]`: writes a new article that passes
 * every check (lib/authoring/new-article.ts) and never overwrites a file. Asks for what is missing when
 * run in a terminal.
 */

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function fail(lines: readonly string[]): never {
  process.stderr.write(`${lines.join("\n")}\n`);
  process.exit(1);
}

function readArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        region: { type: "string" },
        tags: { type: "string" },
        date: { type: "string" },
        summary: { type: "string" },
        author: { type: "string" },
        slug: { type: "string" },
        content: { type: "string" },
      },
    });
  } catch (error) {
    const option = /'(--?[\w-]+)/.exec(error instanceof Error ? error.message : "")?.[1];
    fail([`Unbekannte oder unvollständige Angabe${option ? ` „${option}“` : ""}.`, 'Aufruf: npm run new -- "Titel des Beitrags" --region goslar --tags "Fachkräfte, Ausbildung"']);
  }
}

/** Questions in a terminal; none when the input is a pipe or a file (CI, scripts). */
function terminalAsk(): { ask: Ask | undefined; close(): void } {
  if (!process.stdin.isTTY) return { ask: undefined, close() {} };
  const lines = createInterface({ input: process.stdin, output: process.stdout });
  const ask: Ask = async (question, check) => {
    for (;;) {
      const answer = (await lines.question(question)).trim();
      const problem = check(answer);
      if (problem === undefined) return answer;
      process.stdout.write(`${problem}\n`);
    }
  };
  return { ask, close: () => lines.close() };
}

const { values, positionals } = readArguments();
const contentDir = path.resolve(projectDir, values.content ?? process.env.CONTENT_DIR ?? "content");
const terminal = terminalAsk();
const completed = await completeArticle(
  { title: positionals.join(" "), regions: values.region, tags: values.tags, date: values.date, summary: values.summary, author: values.author },
  nowInSiteZone().toISODate() ?? "",
  terminal.ask,
);
terminal.close();
if (!completed.ok) fail(completed.problems);

const known = (await checkContent({ projectDir, contentDir })).topics;
const { tags, respelt } = withKnownSpelling(completed.article.tags, known);
const article = { ...completed.article, tags };
for (const [typed, used] of respelt) process.stdout.write(`Thema „${typed}“ wird als „${used}“ geschrieben, wie in den anderen Artikeln.\n`);

const slug = values.slug ?? titleSlug(article.title);
const badSlug = slugProblem(slug);
if (badSlug) fail([badSlug]);

const target = path.join(contentDir, articlePath(article, slug));
const shown = path.relative(projectDir, target).split(path.sep).join("/");
if (existsSync(target)) fail([`${shown} gibt es schon; es wird nichts überschrieben.`, "Einen anderen Titel wählen oder mit --slug einen anderen Dateinamen angeben."]);

const problems = newArticleProblems(article, slug, shown);
if (problems.length > 0) fail(problems.map(compilerLine));

mkdirSync(path.dirname(target), { recursive: true });
try {
  writeFileSync(target, articleText(article), { flag: "wx" });
} catch {
  fail([`${shown} konnte nicht angelegt werden (gibt es die Datei inzwischen?); es wird nichts überschrieben.`]);
}
process.stdout.write(
  `Neuer Artikel: ${shown}\nVorschau nach „npm start“: ${previewUrl(article, slug)}\nDas Textgerüst durch Ihren Text ersetzen: Bis dahin meldet „npm run check“ die Platzhalter.\n`,
);
