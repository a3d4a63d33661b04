import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { updateGuide } from "../lib/authoring/author-guide.ts";
import { REGIONS } from "../lib/content/regions.ts";

/*
 * `npm run docs:regionen`: rewrites the region table in CONTRIBUTING.md from the regions' data
 * (test/unit/author-guide.test.ts fails while it is out of date). Topics are not listed there:
 * the site's /thema/ page lists them, so a new topic never makes a file stale.
 */

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const guide = path.join(projectDir, "CONTRIBUTING.md");
const before = readFileSync(guide, "utf8");
const after = updateGuide(before, REGIONS);
if (after === before) {
  process.stdout.write("CONTRIBUTING.md ist aktuell.\n");
} else {
  writeFileSync(guide, after);
  process.stdout.write("CONTRIBUTING.md: Regionen aktualisiert.\n");
}
