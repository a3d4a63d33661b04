import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import type { ContentProblem } from "../../lib/content/content-error.ts";
import { checkContent } from "../../lib/content/content-loader.ts";
import { IMAGE_LIMITS } from "../../lib/content/media-checks.ts";
import { compilerLine } from "../../lib/content/problem-report.ts";
import { buildSite, makeContent, PROJECT_DIR, type BuildResult } from "../helpers/site-build.ts";

/*
 * The files beside the Markdown, judged alike by `npm run check` and the build: an image over
 * the byte limit, symbolic links (to a file outside the repository, a folder, an article), an
 * SVG with a script that no article uses. These cannot live in git as they are, so they are made here.
 */

const TSX = path.join(PROJECT_DIR, "node_modules/tsx/dist/cli.mjs");
const HEAD = "---\ntitle: Ein ganz normaler Titel\ndate: 2021-03-01\nregion: peine\ntags: [Test]\n";

function contentWithMedia(): string {
  const contentDir = makeContent({
    files: {
      "nachrichten/2021/zu-gross.md": `${HEAD}image: ./riesig.jpg\nimage_alt: Ein sehr großes Bild\nimage_credit: \"Foto: Anna Muster\"\n---\nText.\n`,
      // Over the byte limit; its content is never read.
      "nachrichten/2021/riesig.jpg": Buffer.alloc(IMAGE_LIMITS.maxBytes + 1024 * 1024),
      "nachrichten/2021/verlinkt.md": `${HEAD}---\nEin Bild:\n\n![Ein Bild von anderswo](./passwort.png)\n`,
      "nachrichten/2021/unbenutzt.svg": `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>`,
    },
  });
  symlinkSync("/etc/passwd", path.join(contentDir, "nachrichten/2021/passwort.png"));
  symlinkSync("/etc", path.join(contentDir, "nachrichten/2021/ordner"));
  mkdirSync(path.join(contentDir, "nachrichten/2023"), { recursive: true });
  symlinkSync(path.join(contentDir, "nachrichten/2021/zu-gross.md"), path.join(contentDir, "nachrichten/2023/kopie.md"));
  return contentDir;
}

/** What each problem says and where, column left out: `file:line: field: message — fix`. */
function lines(problems: readonly ContentProblem[]): string[] {
  return problems.map((problem) => `${problem.file}:${problem.line}: ${problem.field}: ${problem.message} — ${problem.fix}`);
}

describe("images and links beside the Markdown", () => {
  let contentDir = "";
  let checked: ContentProblem[] = [];
  let build: BuildResult;
  before(async () => {
    contentDir = contentWithMedia();
    const result = spawnSync(process.execPath, [TSX, "scripts/check.ts", "--content", contentDir, "--format=json"], { cwd: PROJECT_DIR, encoding: "utf8" });
    assert.equal(result.status, 1, result.stderr);
    checked = JSON.parse(result.stdout) as ContentProblem[];
    build = await buildSite(contentDir);
  });

  it("refuses each with a located German line", () => {
    const relative = (file: string) => path.relative(PROJECT_DIR, path.join(contentDir, file)).split(path.sep).join("/");
    assert.deepEqual(lines(checked), [
      `${relative("nachrichten/2021/unbenutzt.svg")}:1: Datei: das SVG „unbenutzt.svg“ enthält <script> — diese Teile entfernen (Skripte, Ereignis-Attribute, eingebettetes HTML und Verweise auf andere Dateien sind in Bildern nicht erlaubt) oder das Bild als PNG exportieren`,
      `${relative("nachrichten/2021/passwort.png")}:1: Datei: ist ein symbolischer Link; Links werden nie veröffentlicht — den Link löschen und die Datei selbst an diese Stelle legen`,
      `${relative("nachrichten/2021/zu-gross.md")}:6: image: das Bild „riesig.jpg“ ist mit 11 MB zu groß (höchstens 10 MB) — das Bild verkleinern (z. B. auf 2400 Pixel Breite) oder stärker komprimieren`,
      `${relative("nachrichten/2021/ordner")}:1: Datei: ist ein symbolischer Link; Links werden nie veröffentlicht — den Link löschen und die Datei selbst an diese Stelle legen`,
      `${relative("nachrichten/2023/kopie.md")}:1: Datei: ist ein symbolischer Link; Links werden nie veröffentlicht — den Link löschen und die Datei selbst an diese Stelle legen`,
    ].sort());
  });

  it("stops the build with the same lines, no page written and no stack trace", async () => {
    assert.equal(build.code, 1);
    for (const line of checked.map(compilerLine)) assert.ok(build.stderr.includes(line), `${line}\n---\n${build.stderr}`);
    assert.deepEqual(readdirSync(build.outputDir, { recursive: true }).map(String).filter((file) => file.endsWith(".html")), []);
    assert.doesNotMatch(build.stderr + build.stdout, /^\s+at .+[:(]/m);
    assert.doesNotMatch(build.stderr + build.stdout, /passwd|root:/);
    assert.deepEqual((await checkContent({ projectDir: PROJECT_DIR, contentDir })).problems, checked);
  });

  it("refuses a symbolic link under assets/", async () => {
    const projectDir = makeContent({ base: "empty", files: { "assets/images/echt.png": readFileSync(path.join(PROJECT_DIR, "assets/images/logo.png")) } });
    symlinkSync("/etc", path.join(projectDir, "assets/images/etc"));
    const { problems } = await checkContent({ projectDir, contentDir: path.join(projectDir, "content") });
    assert.deepEqual(lines(problems), ["assets/images/etc:1: Datei: ist ein symbolischer Link; Links werden nie veröffentlicht — den Link löschen und die Datei selbst an diese Stelle legen"]);
  });
});
