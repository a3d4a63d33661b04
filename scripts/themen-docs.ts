import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { updateGuide } from "../lib/author-guide.ts";
import { loadContent } from "../lib/content-loader.ts";
import { compilerLine } from "../lib/problem-format.ts";
import { REGIONS } from "../lib/regions.ts";

/*
 * `npm run docs:themen`: rewrites the region table and the topic list in CONTRIBUTING.md from
 * content/ (test/unit/author-guide.test.ts fails while they are out of date).
 */

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const guide = path.join(projectDir, "CONTRIBUTING.md");

const loaded = await loadContent({ projectDir, contentDir: path.join(projectDir, "content") });
if (loaded.problems.length > 0) {
  process.stderr.write(`${loaded.problems.map(compilerLine).join("\n")}\nErst die Fehler beheben, dann die Themenliste erzeugen.\n`);
  process.exit(1);
}
const before = readFileSync(guide, "utf8");
const after = updateGuide(before, REGIONS, loaded.articles);
if (after === before) {
  process.stdout.write("CONTRIBUTING.md ist aktuell.\n");
} else {
  writeFileSync(guide, after);
  process.stdout.write("CONTRIBUTING.md: Regionen und Themen aktualisiert.\n");
}
