import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { loadContent } from "../../lib/content/content-loader.ts";
import { load } from "cheerio";
import { JSDOM } from "jsdom";
import { buildSite, makeContent, outputFiles, page, pageExists, pageHtml, PROJECT_DIR, withoutDataBlocks, type BuildResult } from "../helpers/site-build.ts";

const HOSTILE = path.join(PROJECT_DIR, "test/fixtures/hostile");
const EXECUTED_MARKER = "/tmp/nar-hostile-executed";
const ESCAPE_TARGET = "/tmp/nar-escape";

/**
 * Where a rejected file's problem must be reported: line (and column, where one is given),
 * field and a word of the message. `crossFile`: the file is fine on its own and becomes an
 * entry, but a check across all files reports it (the build still stops).
 */
interface Expected {
  line: number;
  column?: number;
  field: string;
  says: RegExp;
  crossFile?: true;
}

const REJECTED: Record<string, Expected> = {
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
  "unclosed-front-matter": { line: 1, field: "Front Matter", says: /nicht mit „---“ geschlossen/ },
  "front-matter-list": { line: 2, field: "Front Matter", says: /keine Felder der Form „feld: wert“/ },
  // Broken YAML, said in German where authors make the mistake.
  "tab-indentation": { line: 6, column: 1, field: "Front Matter", says: /mit Tabulator eingerückt — mit Leerzeichen einrücken/ },
  "duplicate-key": { line: 6, column: 1, field: "title", says: /steht mehrfach im Front Matter/ },
  "colon-in-title": { line: 2, column: 8, field: "Front Matter", says: /Doppelpunkt mitten im Wert — .*title: "Wasserstoff: so geht es weiter"/ },
  "reserved-first-character": { line: 2, column: 8, field: "Front Matter", says: /beginnt mit „@“ — .*title: "@Regionalbündnis lädt ein"/ },
  "collection-key": { line: 6, column: 1, field: "Front Matter", says: /Feldname ist eine Liste oder ein Objekt/ },
  "deep-nesting": { line: 5, field: "Front Matter", says: /zu tief verschachtelt/ },
  // YAML types that other parsers turn into code or objects: refused, never resolved.
  "yaml-js-function": { line: 2, column: 8, field: "Front Matter", says: /„!!js\/function“ sind nicht erlaubt/ },
  "yaml-python-tag": { line: 6, column: 9, field: "Front Matter", says: /„!!python\/object\/apply:os\.system“ sind nicht erlaubt/ },
  "yaml-binary": { line: 6, column: 8, field: "Front Matter", says: /„!!binary“ sind nicht erlaubt/ },
  "proto-key": { line: 6, column: 1, field: "__proto__", says: /ist kein bekanntes Feld/ },
  // Eleventy keys in flow syntax are found where they are, too.
  "eleventy-keys-flow": { line: 2, column: 81, field: "permalink", says: /Steuerfeld von Eleventy/ },
  // Wrong types and values.
  "title-number": { line: 2, column: 8, field: "title", says: /muss ein Text sein/ },
  "title-empty": { line: 2, field: "title", says: /muss ein Text sein/ },
  "title-whitespace": { line: 2, column: 8, field: "title", says: /ist zu kurz/ },
  "control-characters": { line: 2, column: 8, field: "title", says: /enthält ein unsichtbares Steuerzeichen \(U\+0007\)/ },
  "draft-string": { line: 6, column: 8, field: "draft", says: /muss true oder false sein/ },
  "date-german-format": { line: 3, column: 7, field: "date", says: /„01\.03\.2021“ hat nicht die Form JJJJ-MM-TT/ },
  "date-with-offset": { line: 3, column: 7, field: "date", says: /hat nicht die Form JJJJ-MM-TT/ },
  "updated-before-date": { line: 6, column: 10, field: "updated", says: /liegt vor dem Veröffentlichungsdatum/ },
  "tags-string": { line: 5, column: 7, field: "tags", says: /^muss eine Liste sein — in eckige Klammern setzen/ },
  "too-many-tags": { line: 5, column: 7, field: "tags", says: /zu viele Themen \(höchstens 8\)/ },
  "empty-region-list": { line: 4, column: 9, field: "region", says: /die Liste ist leer — mindestens eine Region/ },
  "unknown-region-in-list": { line: 4, column: 17, field: "region[2]", says: /„brunswik“ ist keine bekannte Region/ },
  // Images and links that lead outside the site or nowhere.
  "image-path-escape": { line: 6, column: 8, field: "image", says: /kein gültiger Bildpfad/ },
  "missing-lead-image": { line: 6, column: 8, field: "image", says: /die Bilddatei „\.\/gibt-es-nicht\.jpg“ gibt es nicht/ },
  "body-image-escape": { line: 9, field: "Text", says: /das Bild „\/etc\/passwd“ gibt es nicht/ },
  "remote-image": { line: 9, field: "Text", says: /liegt auf einem fremden Server/ },
  "assets-path-climbs-out": { line: 9, field: "Text", says: /das Bild „\/assets\/\.\.\/nachrichten\/2021\/assets-path-climbs-out\.md“ gibt es nicht/ },
  "malformed-percent-escape": { line: 9, field: "Text", says: /das Bild „\/nachrichten\/2021\/%E0%A4%25A\.png“ gibt es nicht/ },
  "link-to-missing-article": { line: 7, field: "Text", says: /„\/nachrichten\/2020\/gibt-es-nicht\/“ führt zu keinem Artikel/, crossFile: true },
  // Image files are read, not only found (the files lie in media/). The article itself is valid.
  "image-not-an-image": { line: 6, column: 8, field: "image", says: /„kein-bild\.jpg“ ist keine lesbare JPEG-Datei \(beschädigt oder kein Bild\) — .*neu als JPEG, PNG oder WebP speichern/, crossFile: true },
  "image-wrong-extension": { line: 6, column: 8, field: "image", says: /„png-als-jpg\.jpg“ ist kein JPEG-Bild, sondern ein PNG-Bild — die Datei in „png-als-jpg\.png“ umbenennen/, crossFile: true },
  "image-uppercase-extension": { line: 6, column: 8, field: "image", says: /die Dateiendung „\.JPG“ ist großgeschrieben — die Datei in „kamera\.jpg“ umbenennen/, crossFile: true },
  "image-unpublished-format": { line: 9, field: "Text", says: /das Format „\.heic“ veröffentlicht die Website nicht — das Bild als JPEG, PNG oder WebP exportieren/, crossFile: true },
  "image-too-many-pixels": { line: 9, field: "Text", says: /das Bild „riesig\.png“ hat 81 Megapixel \(9000 × 9000; höchstens 50\) — das Bild verkleinern/, crossFile: true },
  "svg-script": { line: 6, column: 8, field: "image", says: /das SVG „skript\.svg“ enthält <script>, Attribut „onload“ — diese Teile entfernen/, crossFile: true },
  "svg-external-reference": { line: 9, field: "Text", says: /das SVG „fremd\.svg“ enthält Verweis auf „https:\/\/tracker\.example\/pixel\.png“, Verweis auf „file:\/\/\/etc\/passwd#x“/, crossFile: true },
  "svg-foreign-object": { line: 9, field: "Text", says: /das SVG „fremdes-html\.svg“ enthält <foreignObject>/, crossFile: true },
  // YAML mistakes authors make, said in German at the line where they are made.
  "yaml-no-space-after-colon": { line: 2, column: 7, field: "title", says: /nach dem Doppelpunkt fehlt ein Leerzeichen — „title: Neue Förderung für das Bündnis“ schreiben/ },
  "yaml-unclosed-list": { line: 5, column: 7, field: "tags", says: /die Liste in eckigen Klammern wird in dieser Zeile nicht geschlossen — am Ende der Zeile „\]“ ergänzen/ },
  "yaml-quotes-in-quotes": { line: 2, column: 13, field: "title", says: /Anführungszeichen innerhalb von Anführungszeichen — .*title: 'Der "Neue" Plan für die Region'/ },
  "yaml-apostrophe-in-single-quotes": { line: 2, column: 14, field: "title", says: /ein Apostroph beendet den Wert — den Apostroph verdoppeln \(title: 'Peter''s Plan für die Region'\)|ein Apostroph beendet den Wert in einfachen Anführungszeichen — den Apostroph verdoppeln \(title: 'Peter''s Plan für die Region'\)/ },
  "yaml-indented-key": { line: 3, column: 1, field: "date", says: /vor dem Feldnamen „date“ stehen Leerzeichen — das Feld ganz links beginnen: „date: 2021-03-01“/ },
  "yaml-over-indented-key": { line: 4, column: 1, field: "region", says: /vor dem Feldnamen „region“ stehen Leerzeichen/ },
  "yaml-missing-close-body-dashes": { line: 7, column: 1, field: "Front Matter", says: /nicht mit „---“ geschlossen \(Zeile 7 ist schon Text\) — nach dem letzten Feld \(Zeile 5\) eine Zeile mit genau „---“ einfügen/ },
  "yaml-list-item-under-another": { line: 7, column: 5, field: "Front Matter", says: /der Listeneintrag ist weiter eingerückt als der erste \(Zeile 6\) — alle Einträge der Liste gleich weit einrücken: „  - Ausbildung“/ },
  "yaml-list-item-less-indented": { line: 7, column: 3, field: "Front Matter", says: /der Listeneintrag ist weniger weit eingerückt als der erste \(Zeile 6\)/ },
  "yaml-list-item-without-space": { line: 6, column: 4, field: "Front Matter", says: /nach dem Bindestrich eines Listeneintrags fehlt ein Leerzeichen — „- Fachkräfte“ schreiben/ },
  "yaml-equals-sign": { line: 2, column: 1, field: "Front Matter", says: /die Zeile ist kein Feld der Form „feld: wert“/ },
  "yaml-list-without-field": { line: 2, column: 1, field: "Front Matter", says: /beginnt mit einem Bindestrich, aber darüber steht kein Feld für eine Liste/ },
  // Invisible characters: in the file (at their column, the first of each line), or written as a YAML escape.
  "control-characters-in-body": { line: 8, column: 18, field: "Text", says: /hier steht ein unsichtbares Steuerzeichen \(U\+0002\) — das Zeichen löschen/ },
  "noncharacter-in-title": { line: 2, column: 35, field: "title", says: /hier steht ein Unicode-Nichtzeichen \(U\+FFFE\)/ },
  "escaped-control-in-field": { line: 6, column: 12, field: "image_alt", says: /enthält ein unsichtbares Steuerzeichen \(U\+001B\) — das Zeichen entfernen/ },
  // The placeholder text of `npm run new`, where the author replaced only the first paragraph.
  "scaffold-text": { line: 10, field: "Text", says: /hier steht noch der Platzhaltertext von „npm run new“ \(„## Zwischenüberschrift …“\) — durch den eigenen Text ersetzen/ },
};

const VALID_HEAD = "---\ntitle: Ein ganz normaler Titel\ndate: 2021-03-01\nregion: peine\ntags: [Test]\n";

/** Files that cannot live in git as they are, or whose name or place is the point (`path`, in the content folder). */
const GENERATED: Record<string, Expected & { bytes: Uint8Array; path?: string }> = {
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
  "deeper-than-the-stack": {
    bytes: Buffer.from(`---\ntitle: Ein ganz normaler Titel\ndate: 2021-03-01\nregion: peine\ntags: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n---\nText\n`),
    line: 5,
    field: "Front Matter",
    says: /zu tief verschachtelt/,
  },
  "ten-thousand-keys": {
    bytes: Buffer.from(`${VALID_HEAD}${Array.from({ length: 10_000 }, (_, index) => `feld${index + 1}: ${index}`).join("\n")}\n---\nText\n`),
    line: 6,
    column: 1,
    field: "feld1",
    says: /ist kein bekanntes Feld/,
  },
  "capitals-and-umlauts": {
    path: "nachrichten/2021/Größere Förderung.md",
    bytes: Buffer.from(`${VALID_HEAD}---\nText\n`),
    line: 1,
    field: "Datei",
    says: /der Dateiname „Größere Förderung\.md“ enthält Großbuchstaben, Umlaute/,
  },
  "outside-a-year-folder": {
    path: "nachrichten/ohne-jahr.md",
    bytes: Buffer.from(`${VALID_HEAD}---\nText\n`),
    line: 1,
    field: "Datei",
    says: /liegt nicht in einem Jahresordner/,
  },
  "in-a-subfolder": {
    path: "nachrichten/2021/unterordner/artikel.md",
    bytes: Buffer.from(`${VALID_HEAD}---\nText\n`),
    line: 1,
    field: "Datei",
    says: /liegt nicht in einem Jahresordner/,
  },
};

/** Where a rejected or generated file lies in the content folder. */
function placeOf(name: string): string {
  return GENERATED[name]?.path ?? `nachrichten/2021/${name}.md`;
}

/** The image files the rejected articles use, next to them in `nachrichten/2021/`. */
function mediaFiles(): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(path.join(HOSTILE, "media"))) files[`nachrichten/2021/${name}`] = readFileSync(path.join(HOSTILE, "media", name));
  return files;
}

function rejectedFiles(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = mediaFiles();
  for (const name of Object.keys(REJECTED)) files[placeOf(name)] = readFileSync(path.join(HOSTILE, "rejected", `${name}.md`));
  for (const [name, generated] of Object.entries(GENERATED)) files[placeOf(name)] = generated.bytes;
  return files;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("hostile and broken article files", () => {
  it("the corpus and its expectations list the same files", () => {
    const onDisk = readdirSync(path.join(HOSTILE, "rejected")).map((file) => file.replace(/\.md$/, "")).sort();
    assert.deepEqual(onDisk, Object.keys(REJECTED).sort());
  });

  for (const [name, expected] of Object.entries({ ...REJECTED, ...GENERATED })) {
    it(`rejects ${name}.md with a located error`, async () => {
      const contentDir = makeContent({ base: "empty", files: { ...mediaFiles(), [placeOf(name)]: rejectedFiles()[placeOf(name)]! } });
      const { problems, articles } = await loadContent({ projectDir: contentDir, contentDir });
      assert.equal(articles.length, expected.crossFile ? 1 : 0);
      const problem = problems.find((candidate) => candidate.field === expected.field && candidate.file === placeOf(name));
      assert.ok(problem, `no problem for field ${expected.field}: ${JSON.stringify(problems)}`);
      assert.equal(problem.file, placeOf(name));
      assert.equal(problem.line, expected.line, JSON.stringify(problem));
      if (expected.column !== undefined) assert.equal(problem.column, expected.column, JSON.stringify(problem));
      assert.match(`${problem.message} — ${problem.fix}`, expected.says);
      assert.ok(problem.fix.length > 0);
    });
  }

  it("reports every problem of a file at once, the year folder too when another field is wrong", async () => {
    const contentDir = makeContent({
      base: "empty",
      files: { "nachrichten/2022/x.md": "---\ntitle: Ein ganz normaler Titel\ndate: 2021-01-01\nregion: brunswick\ntags: [Test]\n---\n![](./fehlt.png)\n" },
    });
    const fields = (await loadContent({ projectDir: contentDir, contentDir })).problems.map((problem) => `${problem.line}:${problem.field}`);
    assert.deepEqual([...fields].sort(), ["3:date", "4:region", "7:Text", "7:Text"].sort());
  });

  it("suggests the key that was meant for a misspelt one", async () => {
    const contentDir = makeContent({ base: "empty", files: { "nachrichten/2021/x.md": readFileSync(path.join(HOSTILE, "rejected/unknown-key.md")) } });
    const problem = (await loadContent({ projectDir: contentDir, contentDir })).problems.find((candidate) => candidate.field === "regoin");
    assert.equal(problem?.line, 4);
    assert.equal(problem?.fix, "meinten Sie „region“?");
  });

  it("reads a __proto__ key as an unknown field and changes no prototype", async () => {
    const contentDir = makeContent({ base: "empty", files: { "nachrichten/2021/x.md": readFileSync(path.join(HOSTILE, "rejected/proto-key.md")) } });
    await loadContent({ projectDir: contentDir, contentDir });
    assert.equal(Object.hasOwn(Object.prototype, "polluted"), false);
  });

  it("locates each of 10,000 unknown keys on its own line", async () => {
    const contentDir = makeContent({ base: "empty", files: { [placeOf("ten-thousand-keys")]: GENERATED["ten-thousand-keys"]!.bytes } });
    const problems = (await loadContent({ projectDir: contentDir, contentDir })).problems;
    assert.equal(problems.length, 10_000);
    assert.deepEqual(
      [problems[0], problems.at(-1)].map((problem) => [problem?.line, problem?.field]),
      [
        [6, "feld1"],
        [10_005, "feld10000"],
      ],
    );
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
        assert.match(build.stderr, new RegExp(`${escapeRegExp(placeOf(name))}:\\d+(:\\d+)?: error: [^:]+: .+ — .+`), name);
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
      // A date in the future is allowed: the article is scheduled, and left out until then.
      files["nachrichten/2099/aus-der-zukunft.md"] = "---\ntitle: Ein Beitrag aus der Zukunft\ndate: 2099-12-31\nregion: peine\ntags: [Test]\n---\nText.\n";
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

    it("shows HTML comments as text and hides nothing behind them", () => {
      const $ = page(build.outputDir, "/nachrichten/2021/html-comments/");
      const body = $(".article__body");
      assert.doesNotMatch(body.html() ?? "", /<!--|<script/);
      assert.match(body.text(), /Sichtbar <!-- versteckter Kommentar --> weiter\./);
      assert.match(body.text(), /<!-- --><script>alert\(„ausbruch“\)<\/script><!-- -->/);
    });

    it("renders a script in a code span or code block as code", () => {
      const $ = page(build.outputDir, "/nachrichten/2021/script-in-code/");
      const code = $(".article__body code").map((_, element) => $(element).text()).get();
      assert.deepEqual(code, [
        '<script>alert("code")</script>',
        '<script>alert("block")</script>\n<img src=x onerror=alert("block")>\n',
        "<iframe src=\"javascript:alert('eingerueckt')\"></iframe>\n",
      ]);
      assert.equal($(".article__body script, .article__body img, .article__body iframe, [onerror]").length, 0);
    });

    it("makes no link or image of a link reference definition with javascript: or data:", () => {
      const $ = page(build.outputDir, "/nachrichten/2021/link-reference-definitions/");
      assert.equal($(".article__body a, .article__body img").length, 0);
      assert.match($(".article__body").text(), /\[boese\]: javascript:alert\(1\)/);
    });

    it("makes autolinks only of web and e-mail addresses", () => {
      const $ = page(build.outputDir, "/nachrichten/2021/autolinks/");
      const hrefs = $(".article__body a").map((_, element) => $(element).attr("href")).get();
      assert.deepEqual(hrefs, ["https://example.org/", "mailto:info@example.org"]);
      assert.match($(".article__body").text(), /<javascript:alert\(1\)>/);
    });

    it("keeps HTML in an image's alt text and title inside the attribute", () => {
      const $ = page(build.outputDir, "/nachrichten/2021/image-alt-injection/");
      const images = $(".article__body img");
      assert.deepEqual(
        images.map((_, element) => $(element).attr("alt")).get(),
        ['" onerror="alert(1)', "<img src=x onerror=alert(2)>", "x' onerror='alert(4)"],
      );
      // An image's title is its credit: shown as the figure's caption, as text.
      assert.equal($(".article__body figcaption").eq(0).text(), '" onload="alert(3)');
      assert.equal($("[onerror], [onload]").length, 0);
    });

    it("writes no inline style anywhere: table alignment becomes classes", () => {
      for (const file of outputFiles(build.outputDir, ".html")) {
        const html = pageHtml(build.outputDir, file);
        const $ = load(html);
        assert.equal($("[style], style").length, 0, file);
        assert.doesNotMatch(html, /<[a-z][^>]*\sstyle\s*=|<style[\s>]/i, file);
      }
      const $ = page(build.outputDir, "/nachrichten/2021/table-alignment/");
      assert.deepEqual(
        $(".article__body th").map((_, element) => $(element).attr("class")).get(),
        ["align-left", "align-center", "align-right"],
      );
      assert.match($(".article__body").text(), /<span style=.color:red.>Stil<\/span>/);
    });

    it("writes feeds and the sitemap that a real XML parser reads", () => {
      const { DOMParser } = new JSDOM("").window;
      const documents = [...outputFiles(build.outputDir, ".xml")];
      assert.ok(documents.includes("/sitemap.xml") && documents.includes("/feed.xml"), documents.join(" "));
      for (const file of documents) {
        const xml = readFileSync(path.join(build.outputDir, file), "utf8");
        const parsed = new DOMParser().parseFromString(xml, "application/xml");
        assert.equal(parsed.getElementsByTagName("parsererror").length, 0, `${file}: ${parsed.getElementsByTagName("parsererror")[0]?.textContent}`);
      }
      for (const file of outputFiles(build.outputDir, ".json").filter((name) => name.includes("feed"))) JSON.parse(readFileSync(path.join(build.outputDir, file), "utf8"));
    });

    it("links to no file that is not in the output", () => {
      const origin = new URL(page(build.outputDir, "/")('link[rel="canonical"]').attr("href")!).origin;
      const missing = new Set<string>();
      const check = (reference: string, base: string) => {
        const url = new URL(reference, base);
        if (url.origin !== origin) return;
        const target = decodeURIComponent(url.pathname);
        if (!existsSync(path.join(build.outputDir, target.endsWith("/") ? `${target}index.html` : target))) missing.add(`${base} → ${target}`);
      };
      for (const file of outputFiles(build.outputDir, ".html")) {
        const $ = load(pageHtml(build.outputDir, file));
        const base = `${origin}${file.replace(/index\.html$/, "")}`;
        $("[href], [src], [srcset]").each((_, element) => {
          const { href, src, srcset } = element.attribs;
          for (const reference of [href, src, ...(srcset ?? "").split(",").map((entry) => entry.trim().split(/\s+/)[0])]) if (reference) check(reference, base);
        });
      }
      // Feeds and the sitemap: every URL of the site in their text, HTML content included, unescaped.
      const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
      const strings = (value: unknown): string[] => (typeof value === "string" ? [value] : typeof value === "object" && value !== null ? Object.values(value).flatMap(strings) : []);
      const siteUrl = new RegExp(`${escapeRegExp(origin)}/[^"'<>\\s]*`, "g");
      for (const file of outputFiles(build.outputDir, ".xml")) {
        for (const [reference] of unescape(unescape(readFileSync(path.join(build.outputDir, file), "utf8"))).matchAll(siteUrl)) check(reference, `${origin}${file}`);
      }
      for (const file of outputFiles(build.outputDir, ".json").filter((name) => name.includes("feed"))) {
        for (const text of strings(JSON.parse(readFileSync(path.join(build.outputDir, file), "utf8")))) for (const [reference] of text.matchAll(siteUrl)) check(reference, `${origin}${file}`);
      }
      assert.deepEqual([...missing], []);
    });

    it("accepts an article dated in the future and leaves it out until its time", () => {
      assert.equal(pageExists(build.outputDir, "/nachrichten/2099/aus-der-zukunft/"), false);
    });

    it("reads a UTF-8 file with a byte order mark and Windows line endings", () => {
      const $ = page(build.outputDir, "/nachrichten/2021/bom-crlf/");
      assert.equal($("h1").text().trim(), "Windows-Datei mit BOM");
      assert.equal($(".article__body h2").text(), "Zwischentitel");
      assert.equal($(".article__regions a").length, 2);
    });
  });
});
