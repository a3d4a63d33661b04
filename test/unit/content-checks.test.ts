import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { checkContent, loadContent } from "../../lib/content/content-loader.ts";
import { parseContentFile } from "../../lib/content/front-matter.ts";
import { FIXTURE_SITE, makeContent, PROJECT_DIR } from "../helpers/site-build.ts";

const article = (fields: string, body = "Text.") => `---\ntitle: Ein ganz normaler Titel\ndate: 2021-03-01\nregion: peine\n${fields}\n---\n${body}\n`;

async function check(files: Record<string, string>) {
  const contentDir = makeContent({ base: "empty", files });
  return await checkContent({ projectDir: contentDir, contentDir });
}

describe("positions in the front matter", () => {
  const parsed = parseContentFile("x.md", Buffer.from("---\ntitle:   Ein Titel\ntags:\n  - Eins\n  - Zwei\nregion: [peine, goslar]\n---\nText\n"));
  assert.ok(parsed.ok);
  const file = parsed.file;

  it("points at a field's value when it starts on the key's line", () => {
    assert.deepEqual(file.positionOf(["title"]), { line: 2, column: 10 });
    assert.deepEqual(file.positionOf(["region"]), { line: 6, column: 9 });
  });

  it("points at the key when the value starts on a later line, or when asked for the key", () => {
    assert.deepEqual(file.positionOf(["tags"]), { line: 3, column: 1 });
    assert.deepEqual(file.positionOf(["title"], "key"), { line: 2, column: 1 });
  });

  it("points at a list item", () => {
    assert.deepEqual(file.positionOf(["tags", 1]), { line: 5, column: 5 });
    assert.deepEqual(file.positionOf(["region", 1]), { line: 6, column: 17 });
  });

  it("gives the file's first line, without a column, for a field that is not there", () => {
    assert.deepEqual(file.positionOf(["summary"]), { line: 1 });
  });

  it("keeps lineOf as the line of the position", () => {
    for (const at of [["title"], ["tags"], ["tags", 1], ["region", 1], ["summary"]]) assert.equal(file.lineOf(at), file.positionOf(at).line);
  });
});

describe("checks across files", () => {
  it("reports a topic written two ways at the second spelling, naming the first", async () => {
    const { problems } = await check({
      "nachrichten/2021/a.md": article("tags: [Fachkräfte]"),
      "nachrichten/2021/b.md": article("tags: [Ausbildung, Fachkraefte]"),
    });
    assert.deepEqual(problems, [
      {
        file: "nachrichten/2021/b.md",
        line: 5,
        column: 20,
        field: "tags",
        message: "das Thema „Fachkraefte“ ist anders geschrieben als „Fachkräfte“ in nachrichten/2021/a.md:5",
        fix: "„Fachkräfte“ schreiben, damit beide unter demselben Thema erscheinen",
      },
    ]);
  });

  it("accepts links to existing articles and reports links to missing ones", async () => {
    const { problems } = await check({
      "nachrichten/2020/alt.md": article("tags: [Test]").replace("2021-03-01", "2020-03-01"),
      "nachrichten/2021/neu.md": article("tags: [Test]", "[alt](/nachrichten/2020/alt/) [relativ](../2020/alt.md)\n\n[fehlt](/nachrichten/2020/fehlt/#abschnitt)"),
    });
    assert.deepEqual(
      problems.map((problem) => [problem.file, problem.line, problem.message]),
      [["nachrichten/2021/neu.md", 9, "der Link „/nachrichten/2020/fehlt/“ führt zu keinem Artikel"]],
    );
  });

  it("finds images next to the article and reports missing ones", async () => {
    const { problems } = await check({
      "nachrichten/2021/bild.md": article("tags: [Test]\nimage: ./da.svg\nimage_alt: Eine leere Fläche\nimage_credit: \"Foto: Anna Muster\"", "![Eine leere Fläche](./da.svg)\n\n![Fehlt](./fehlt.svg)"),
      "nachrichten/2021/da.svg": "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='30'/>",
    });
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.message]),
      [[12, "das Bild „/nachrichten/2021/fehlt.svg“ gibt es nicht"]],
    );
  });
});

describe("image credits and press contacts", async () => {
  const contacts = JSON.stringify({ presse: { name: "Anna Muster", organisation: "Allianz für die Region GmbH", email: "presse@example.org" }, syring: { name: "Katrin Syring", organisation: "Allianz", phone: "+49 531 1218-0" } }, null, 2);

  it("requires a credit with every lead image and explains why", async () => {
    const { problems } = await check({
      "nachrichten/2021/bild.md": article("tags: [Test]\nimage: ./da.svg\nimage_alt: Eine leere Fläche"),
      "nachrichten/2021/da.svg": "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='30'/>",
      "nachrichten/2021/ohne.md": article("tags: [Test]\nimage_credit: \"Foto: Anna Muster\""),
    });
    assert.deepEqual(
      problems.map((problem) => [problem.file, problem.line, problem.field, `${problem.message} — ${problem.fix}`]),
      [
        ["nachrichten/2021/bild.md", 6, "image", "zum Bild fehlt die Bildquelle (image_credit) — „image_credit: \"Foto: Vorname Nachname\"“ ergänzen: Urheber haben nach § 13 UrhG ein Recht darauf, genannt zu werden, und die Presse nennt sie bei jedem Bild"],
        ["nachrichten/2021/ohne.md", 6, "image_credit", "Bildquelle ohne Bild — „image: ./bild.jpg“ ergänzen oder image_credit entfernen"],
      ],
    );
  });

  it("reports an unknown contact key where it is written, with a suggestion", async () => {
    const { problems } = await check({
      "_data/contacts.json": contacts,
      "nachrichten/2021/a.md": article("tags: [Test]\ncontact: [presse, syrnig]"),
      "nachrichten/2021/b.md": article("tags: [Test]\ncontact: unbekannt"),
    });
    assert.deepEqual(
      problems.map((problem) => [problem.file, problem.line, problem.column, problem.field, problem.message, problem.fix]),
      [
        ["nachrichten/2021/a.md", 6, 19, "contact", "„syrnig“ steht nicht in content/_data/contacts.json", "meinten Sie „syring“?"],
        ["nachrichten/2021/b.md", 6, 10, "contact", "„unbekannt“ steht nicht in content/_data/contacts.json", "eines von presse, syring verwenden oder den Kontakt dort ergänzen"],
      ],
    );
  });

  it("checks the contacts file itself, each problem on its line", async () => {
    const broken = '{\n  "presse": {\n    "name": "Anna Muster",\n    "organisation": "Allianz",\n    "e-mail": "presse@example.org"\n  },\n  "Syring": {\n    "name": "K"\n  },\n  "kaestner": {\n    "name": "Miriam Kästner",\n    "organisation": "Allianz",\n    "email": "keine-adresse"\n  }\n}\n';
    const { problems } = await check({ "_data/contacts.json": broken, "nachrichten/2021/a.md": article("tags: [Test]\ncontact: [presse]") });
    assert.deepEqual(
      problems.map((problem) => [problem.file, problem.line, problem.field, problem.message, problem.fix]),
      [
        ["_data/contacts.json", 2, "presse", "ohne Telefonnummer und E-Mail-Adresse", "mindestens eines von „phone“ und „email“ ergänzen"],
        ["_data/contacts.json", 5, "presse.e-mail", "ist kein bekanntes Feld", "meinten Sie „email“?"],
        ["_data/contacts.json", 7, "Syring", "ist kein gültiges Kürzel", "nur a–z, 0–9 und Bindestriche verwenden, z. B. „syring“"],
        ["_data/contacts.json", 13, "kaestner.email", "ist keine E-Mail-Adresse", "z. B. \"email\": \"presse@example.org\" schreiben"],
      ],
    );
    const syntax = await check({ "_data/contacts.json": '{\n  "presse": {\n    "name": "A",\n  }\n}\n' });
    assert.deepEqual(syntax.problems.map((problem) => [problem.line, problem.message]), [[4, "ist kein gültiges JSON"]]);
  });
});

describe("one source of truth", () => {
  it("`npm run check` finds exactly the problems the build finds", async () => {
    const files: Record<string, Buffer> = {};
    for (const name of readdirSync(path.join(PROJECT_DIR, "test/fixtures/hostile/rejected"))) {
      files[`nachrichten/2021/${name}`] = readFileSync(path.join(PROJECT_DIR, "test/fixtures/hostile/rejected", name));
    }
    const contentDir = makeContent({ files });
    const location = { projectDir: contentDir, contentDir };
    const checked = await checkContent(location);
    assert.ok(checked.problems.length > 40);
    assert.deepEqual(checked.problems, (await loadContent(location)).problems);
  });

  it("counts the valid articles and pages and lists their topics", async () => {
    const checked = await checkContent({ projectDir: PROJECT_DIR, contentDir: FIXTURE_SITE });
    const loaded = await loadContent({ projectDir: PROJECT_DIR, contentDir: FIXTURE_SITE });
    assert.deepEqual([checked.articleCount, checked.pageCount], [loaded.articles.length, loaded.pages.length]);
    const topics = new Map(loaded.articles.flatMap((entry) => entry.topics).map((topic) => [topic.slug, topic]));
    assert.deepEqual(checked.topics.toSorted((a, b) => a.slug.localeCompare(b.slug)), [...topics.values()].toSorted((a, b) => a.slug.localeCompare(b.slug)));
  });
});
