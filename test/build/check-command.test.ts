import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { loadContent } from "../../lib/content/content-loader.ts";
import { FIXTURE_SITE, makeContent, PROJECT_DIR } from "../helpers/site-build.ts";

const TSX = path.join(PROJECT_DIR, "node_modules/tsx/dist/cli.mjs");
const HOSTILE = path.join(PROJECT_DIR, "test/fixtures/hostile/rejected");

/** `npm run check -- …args` as CI runs it: no terminal, CONTENT_DIR only when given. */
function runCheck(args: string[], env: Record<string, string> = {}) {
  const { CONTENT_DIR: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [TSX, "scripts/check.ts", ...args], { cwd: PROJECT_DIR, env: { ...inherited, ...env }, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function assertNoStackTrace(output: string): void {
  assert.doesNotMatch(output, /^\s+at .+[:(]/m);
  assert.doesNotMatch(output, /Error:|node:internal/);
}

describe("npm run check", () => {
  it("reports no problems and what it checked on a valid site", () => {
    const result = runCheck(["--content", FIXTURE_SITE]);
    assert.deepEqual(result, { code: 0, stdout: "Keine Fehler in 7 Artikeln und 3 Seiten\n", stderr: "" });
  });

  it("checks the folder in CONTENT_DIR when --content is not given", () => {
    assert.equal(runCheck([], { CONTENT_DIR: FIXTURE_SITE }).stdout, "Keine Fehler in 7 Artikeln und 3 Seiten\n");
  });

  describe("on the hostile corpus", () => {
    let contentDir = "";
    const names = readdirSync(HOSTILE);
    before(() => {
      const files: Record<string, Buffer> = {};
      for (const name of names) files[`nachrichten/2021/${name}`] = readFileSync(path.join(HOSTILE, name));
      contentDir = makeContent({ base: "empty", files });
    });

    it("prints one compiler-style line per problem and a count, and fails", () => {
      const result = runCheck(["--content", contentDir]);
      assert.equal(result.code, 1);
      assert.equal(result.stderr, "");
      const lines = result.stdout.trimEnd().split("\n");
      const problemLines = lines.slice(0, -1);
      for (const line of problemLines) assert.match(line, /^\S+\.md:\d+(:\d+)?: error: [^:]+: .+ — .+$/);
      for (const name of names) assert.ok(problemLines.some((line) => line.includes(`/nachrichten/2021/${name}:`)), name);
      assert.equal(lines.at(-1), `${problemLines.length} Fehler in ${names.length} Dateien`);
      assertNoStackTrace(result.stdout + result.stderr);
    });

    it("prints in JSON exactly the problems the build finds", async () => {
      const result = runCheck(["--content", contentDir, "--format=json"]);
      assert.equal(result.code, 1);
      assert.deepEqual(JSON.parse(result.stdout), (await loadContent({ projectDir: PROJECT_DIR, contentDir })).problems);
    });

    it("prints a GitHub annotation per problem", () => {
      const result = runCheck(["--content", contentDir, "--format=github"]);
      assert.equal(result.code, 1);
      const lines = result.stdout.trimEnd().split("\n");
      for (const line of lines.slice(0, -1)) assert.match(line, /^::error file=[^,]+\.md,line=\d+(,col=\d+)?,title=Fehler in „[^“]+“::.+ — .+$/);
      assert.match(lines.at(-1)!, /^\d+ Fehler in \d+ Dateien$/);
    });
  });

  it("explains a wrong call in German and exits with 2", () => {
    for (const args of [["--format=xml"], ["--bogus"], ["--content", "/does/not/exist"], ["--content"]]) {
      const result = runCheck(args);
      assert.equal(result.code, 2, args.join(" "));
      assert.equal(result.stdout, "");
      assert.match(result.stderr, /^(Unbekanntes Format|Unbekannte oder unvollständige Angabe|Den Inhaltsordner).*\nAufruf: npm run check/);
      assertNoStackTrace(result.stderr);
    }
  });
});
