import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { loadContent } from "../../lib/content-loader.ts";
import { buildSite, makeContent, page, pageHtml, PROJECT_DIR, withoutDataBlocks, type BuildResult } from "../helpers/site-build.ts";

const HOSTILE = path.join(PROJECT_DIR, "test/fixtures/hostile");
const EXECUTED_MARKER = "/tmp/nar-hostile-executed";
const ESCAPE_TARGET = "/tmp/nar-escape";

/** Where each rejected file's first problem must be reported: line, field and a word of the message. */
const REJECTED: Record<string, { line: number; field: string; says: RegExp }> = {
  "js-front-matter": { line: 1, field: "Front Matter", says: /„js“ ist nicht erlaubt/ },
  "javascript-front-matter": { line: 1, field: "Front Matter", says: /„javascript“ ist nicht erlaubt/ },
  "jslegacy-front-matter": { line: 1, field: "Front Matter", says: /„jsLegacy“ ist nicht erlaubt/ },
  "permalink-escape": { line: 6, field: "permalink", says: /Steuerfeld von Eleventy/ },
  layout: { line: 6, field: "layout", says: /Steuerfeld von Eleventy/ },
  "template-engine-override": { line: 6, field: "templateEngineOverride", says: /Steuerfeld von Eleventy/ },
  "eleventy-computed": { line: 6, field: "eleventyComputed", says: /Steuerfeld von Eleventy/ },
  pagination: { line: 6, field: "pagination", says: /Steuerfeld von Eleventy/ },
  "permalink-bypass-output-dir": { line: 6, field: "permalinkBypassOutputDir", says: /Steuerfeld von Eleventy/ },
  "unknown-key": { line: 1, field: "region", says: /Pflichtfeld fehlt/ },
  "year-mismatch": { line: 3, field: "date", says: /Jahr 2020 passt nicht zum Ordner 2021/ },
  "impossible-date": { line: 3, field: "date", says: /gibt es im Kalender nicht/ },
  "yaml-alias-bomb": { line: 7, field: "Front Matter", says: /Anker und -Aliase/ },
  "broken-yaml": { line: 2, field: "Front Matter", says: /ungültiges YAML/ },
  "missing-fields": { line: 1, field: "date", says: /Pflichtfeld fehlt/ },
  "unknown-region": { line: 4, field: "region", says: /„brunswick“ ist keine bekannte Region — eine von suedostniedersachsen/ },
  "image-without-alt": { line: 9, field: "Text", says: /keinen Alternativtext/ },
  empty: { line: 1, field: "Front Matter", says: /beginnt nicht mit einem Front-Matter-Block/ },
  "no-front-matter": { line: 1, field: "Front Matter", says: /beginnt nicht mit einem Front-Matter-Block/ },
};

/** Files that cannot live in git as they are. */
const GENERATED: Record<string, { bytes: Uint8Array; line: number; field: string; says: RegExp }> = {
  "latin-1": {
    bytes: Buffer.from("---\ntitle: Gr\xfc\xdfe aus Wolfenb\xfcttel\ndate: 2021-03-01\nregion: peine\ntags: [Test]\n---\nText\n", "latin1"),
    line: 1,
    field: "Datei",
    says: /nicht in UTF-8/,
  },
  "five-megabytes": {
    bytes: Buffer.from(`---\ntitle: Riesig\ndate: 2021-03-01\nregion: peine\ntags: [Test]\n---\n${"Sehr langer Text. ".repeat(300_000)}\n`),
    line: 1,
    field: "Datei",
    says: /zu groß/,
  },
};

function rejectedFiles(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  for (const name of Object.keys(REJECTED)) files[`nachrichten/2021/${name}.md`] = readFileSync(path.join(HOSTILE, "rejected", `${name}.md`));
  for (const [name, generated] of Object.entries(GENERATED)) files[`nachrichten/2021/${name}.md`] = generated.bytes;
  return files;
}

describe("hostile and broken article files", () => {
  it("the corpus and its expectations list the same files", () => {
    const onDisk = readdirSync(path.join(HOSTILE, "rejected")).map((file) => file.replace(/\.md$/, "")).sort();
    assert.deepEqual(onDisk, Object.keys(REJECTED).sort());
  });

  for (const [name, expected] of Object.entries({ ...REJECTED, ...GENERATED })) {
    it(`rejects ${name}.md with a located error`, () => {
      const contentDir = makeContent({ base: "empty", files: { [`nachrichten/2021/${name}.md`]: rejectedFiles()[`nachrichten/2021/${name}.md`]! } });
      const { problems, articles } = loadContent({ projectDir: contentDir, contentDir });
      assert.equal(articles.length, 0);
      const problem = problems.find((candidate) => candidate.field === expected.field);
      assert.ok(problem, `no problem for field ${expected.field}: ${JSON.stringify(problems)}`);
      assert.equal(problem.file, `nachrichten/2021/${name}.md`);
      assert.equal(problem.line, expected.line, JSON.stringify(problem));
      assert.match(`${problem.message} — ${problem.fix}`, expected.says);
      assert.ok(problem.fix.length > 0);
    });
  }

  it("suggests the key that was meant for a misspelt one", () => {
    const contentDir = makeContent({ base: "empty", files: { "nachrichten/2021/x.md": readFileSync(path.join(HOSTILE, "rejected/unknown-key.md")) } });
    const problem = loadContent({ projectDir: contentDir, contentDir }).problems.find((candidate) => candidate.field === "regoin");
    assert.equal(problem?.line, 4);
    assert.equal(problem?.fix, "meinten Sie „region“?");
  });

  describe("a build with all of them", () => {
    let build: BuildResult;
    before(async () => {
      rmSync(EXECUTED_MARKER, { force: true });
      rmSync(ESCAPE_TARGET, { recursive: true, force: true });
      build = await buildSite(makeContent({ files: rejectedFiles() }));
    });

    it("fails, writes no page and reports every file in one run", () => {
      assert.equal(build.code, 1);
      const written = readdirSync(build.outputDir, { recursive: true }).map(String).filter((file) => file.endsWith(".html"));
      assert.deepEqual(written, []);
      for (const name of [...Object.keys(REJECTED), ...Object.keys(GENERATED)]) {
        assert.match(build.stderr, new RegExp(`nachrichten/2021/${name}\\.md:\\d+: [^:]+: .+ — .+`), name);
      }
    });

    it("prints no stack trace", () => {
      assert.doesNotMatch(build.stderr + build.stdout, /^\s+at .+[:(]/m);
      assert.doesNotMatch(build.stderr + build.stdout, /stack trace/i);
    });

    it("runs no front-matter code and writes nothing outside the output folder", () => {
      assert.equal(existsSync(EXECUTED_MARKER), false);
      assert.equal(existsSync(ESCAPE_TARGET), false);
    });
  });

  describe("files that build but stay inert", () => {
    let build: BuildResult;
    before(async () => {
      const files: Record<string, string | Uint8Array> = {};
      for (const file of readdirSync(path.join(HOSTILE, "inert"))) files[`nachrichten/2021/${file}`] = readFileSync(path.join(HOSTILE, "inert", file));
      files["nachrichten/2021/bom-crlf.md"] = Buffer.from(
        "\uFEFF---\r\ntitle: Windows-Datei mit BOM\r\ndate: 2021-04-05\r\nregion: [peine, goslar]\r\ntags: [Test]\r\n---\r\nErster Absatz.\r\n\r\n## Zwischentitel\r\n",
        "utf8",
      );
      build = await buildSite(makeContent({ files }));
      assert.equal(build.code, 0, build.stderr);
    });

    it("prints template syntax as text and never evaluates it", () => {
      const $ = page(build.outputDir, "/nachrichten/2021/template-syntax/");
      const body = $(".article__body").text();
      assert.match(body, /\{\{ 7 \* 7 \}\}/);
      assert.match(body, /\{% set x = 7 \* 7 %\}/);
      assert.match(body, /\$\{7 \* 7\}/);
      assert.doesNotMatch(body, /49/);
    });

    it("shows raw HTML as text", () => {
      const html = pageHtml(build.outputDir, "/nachrichten/2021/raw-html/");
      const $ = page(build.outputDir, "/nachrichten/2021/raw-html/");
      assert.match($(".article__body").text(), /<script>alert\(„body“\)<\/script>/);
      assert.equal($("script:not([type='application/ld+json']), iframe, style, [onerror]").length, 0);
      assert.doesNotMatch(withoutDataBlocks(html), /<script|<iframe|<style/i);
    });

    it("turns no javascript:, vbscript:, data: or file: URL into a link or image", () => {
      const $ = page(build.outputDir, "/nachrichten/2021/bad-links/");
      const urls = $(".article__body [href], .article__body [src]").map((_, element) => $(element).attr("href") ?? $(element).attr("src")).get();
      assert.deepEqual(urls, ["https://example.org/", "mailto:info@example.org", "tel:+495311234", "/region/peine/"]);
      assert.match($(".article__body").text(), /\[eins\]\(javascript:alert\(1\)\)/);
    });

    it("escapes front-matter strings in title, lists, meta tags and topic pages", () => {
      const $ = page(build.outputDir, "/nachrichten/2021/script-in-fields/");
      assert.equal($("h1").text().trim(), "<script>alert('title')</script> Überschrift & „Zitat“");
      assert.equal($('meta[name="description"]').attr("content"), "<img src=x onerror=alert('summary')> Zusammenfassung mit \"Anführungszeichen\"");
      assert.match($(".article__meta").text(), /Von "><script>alert\('author'\)<\/script>/);
      for (const url of ["/nachrichten/2021/script-in-fields/", "/", "/region/peine/", "/thema/", "/thema/script-alert-tag-script/", "/archiv/2021/"]) {
        const html = pageHtml(build.outputDir, url);
        assert.doesNotMatch(withoutDataBlocks(html), /<script|<img src=x/i, url);
        for (const block of html.match(/<script type="application\/ld\+json">[^<]*<\/script>/g) ?? []) assert.doesNotMatch(block.slice(35, -9), /</, url);
        assert.equal(page(build.outputDir, url)("[onerror]").length, 0, url);
      }
    });

    it("reads a UTF-8 file with a byte order mark and Windows line endings", () => {
      const $ = page(build.outputDir, "/nachrichten/2021/bom-crlf/");
      assert.equal($("h1").text().trim(), "Windows-Datei mit BOM");
      assert.equal($(".article__body h2").text(), "Zwischentitel");
      assert.equal($(".article__regions a").length, 2);
    });
  });
});
