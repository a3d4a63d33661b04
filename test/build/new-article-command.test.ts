import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { checkContent } from "../../lib/content/content-loader.ts";
import { makeContent, PROJECT_DIR } from "../helpers/site-build.ts";

const TSX = path.join(PROJECT_DIR, "node_modules/tsx/dist/cli.mjs");
const TITLE = "Fachkräfte: Neue Förderung für Azubis";
const FILE = "nachrichten/2021/fachkraefte-neue-foerderung-fuer-azubis.md";

/** `npm run new -- …args` without a terminal (stdin is not a TTY, so nothing is asked). */
function runNew(args: string[], env: Record<string, string> = {}) {
  const { CONTENT_DIR: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [TSX, "scripts/new-article.ts", ...args], {
    cwd: PROJECT_DIR,
    env: { ...inherited, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run new", () => {
  it("writes an article that passes the check, in the spelling of known topics, and prints its path and preview URL", async () => {
    const contentDir = makeContent();
    const before = await checkContent({ projectDir: PROJECT_DIR, contentDir });
    const result = runNew([TITLE, "--region", "goslar, peine", "--tags", "Fachkraefte, Ausbildung", "--date", "2021-05-17", "--content", contentDir]);
    assert.equal(result.code, 0, result.stderr);
    const shown = path.relative(PROJECT_DIR, path.join(contentDir, FILE));
    assert.equal(
      result.stdout,
      `Thema „Fachkraefte“ wird als „Fachkräfte“ geschrieben, wie in den anderen Artikeln.\nNeuer Artikel: ${shown}\nVorschau nach „npm start“: http://localhost:8080/nachrichten/2021/fachkraefte-neue-foerderung-fuer-azubis/\nDas Textgerüst durch Ihren Text ersetzen: Bis dahin meldet „npm run check“ die Platzhalter.\n`,
    );
    assert.match(readFileSync(path.join(contentDir, FILE), "utf8"), /^---\ntitle: "Fachkräfte: Neue Förderung für Azubis"\ndate: 2021-05-17\nregion: \[goslar, peine\]\ntags: \[Fachkräfte, Ausbildung\]\n---\n/);
    // The scaffold is an error until the author replaces it; then the file passes.
    const scaffold = await checkContent({ projectDir: PROJECT_DIR, contentDir });
    assert.deepEqual(
      scaffold.problems.map((problem) => [problem.line, problem.field, problem.message.slice(0, 50)]),
      [8, 10, 12, 16].map((line) => [line, "Text", "hier steht noch der Platzhaltertext von „npm run n"]),
    );
    const written = readFileSync(path.join(contentDir, FILE), "utf8");
    writeFileSync(path.join(contentDir, FILE), `${written.slice(0, written.indexOf("\n---\n") + 5)}\nDie Förderung für Auszubildende wird verlängert.\n`);
    const after = await checkContent({ projectDir: PROJECT_DIR, contentDir });
    assert.deepEqual(after.problems, []);
    assert.equal(after.articleCount, before.articleCount + 1);
  });

  it("never overwrites an existing file", () => {
    const contentDir = makeContent({ base: "empty", files: { [FILE]: "von Hand geschrieben" } });
    const result = runNew([TITLE, "--region", "goslar", "--tags", "Ausbildung", "--date", "2021-05-17"], { CONTENT_DIR: contentDir });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /fachkraefte-neue-foerderung-fuer-azubis\.md gibt es schon; es wird nichts überschrieben\./);
    assert.equal(readFileSync(path.join(contentDir, FILE), "utf8"), "von Hand geschrieben");
  });

  it("refuses an unknown region and lists the valid ones", () => {
    const contentDir = makeContent({ base: "empty" });
    const result = runNew([TITLE, "--region", "wolfenbütel", "--tags", "Ausbildung", "--content", contentDir]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /„wolfenbütel“ ist keine bekannte Region\. Meinten Sie „wolfenbuettel“\? Möglich sind: suedostniedersachsen, braunschweig/);
    assert.equal(existsSync(path.join(contentDir, "nachrichten")), false);
  });

  it("says what is missing instead of asking when there is no terminal", () => {
    const contentDir = makeContent({ base: "empty" });
    const result = runNew(["--region", "goslar", "--content", contentDir]);
    assert.equal(result.code, 1);
    assert.equal(result.stderr.split("\n")[0], "Der Titel fehlt.");
    assert.match(result.stderr, /Die Themen fehlen \(--tags\)\.\nBeispiel: npm run new -- /);
    assert.doesNotMatch(result.stderr, /^\s+at /m);
  });
});
