import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkContent } from "../../lib/content/content-loader.ts";
import { compilerLine } from "../../lib/content/problem-report.ts";
import { makeContent } from "../helpers/site-build.ts";

const article = (fields: string, date = "2021-03-01") => `---\ntitle: Ein ganz normaler Titel\ndate: ${date}\nregion: peine\ntags: [Verkehr]\n${fields}\n---\nText.\n`;

async function check(files: Record<string, string>, now = Date.parse("2026-12-01T12:00:00+01:00")) {
  const contentDir = makeContent({ base: "empty", files });
  const result = await checkContent({ projectDir: contentDir, contentDir }, now);
  return { ...result, lines: result.problems.map(compilerLine) };
}

describe("corrections in the front matter", () => {
  it("accepts a list of dated corrections, and updated without any", async () => {
    const result = await check({
      "nachrichten/2021/korrigiert.md": article(`corrections:\n  - date: 2021-03-04\n    text: "Der Termin war falsch angegeben; richtig ist der 5. März."`),
      "nachrichten/2021/aktualisiert.md": article("updated: 2021-03-02"),
    });
    assert.deepEqual(result.lines, []);
    assert.equal(result.articleCount, 2);
  });

  it("locates a correction dated before the article, an empty text and a missing date", async () => {
    const { lines } = await check({
      "nachrichten/2021/frueh.md": article(`corrections:\n  - date: 2021-02-01\n    text: "Eine Korrektur, die vor dem Artikel liegt."`),
      "nachrichten/2021/falsch.md": article(`corrections:\n  - date: 2021-03-05\n    text: ""\n  - text: "Ohne Datum geht es nicht."`),
    });
    assert.deepEqual(lines, [
      "nachrichten/2021/falsch.md:8:11: error: corrections[1].text: ist zu kurz (mindestens 10 Zeichen) — einen aussagekräftigen Text schreiben",
      "nachrichten/2021/falsch.md:9:5: error: corrections[2].date: Pflichtfeld fehlt — „date: 2024-05-17“ ergänzen",
      "nachrichten/2021/frueh.md:7:11: error: corrections[1].date: liegt vor dem Veröffentlichungsdatum (date) — das Datum der Korrektur angeben, am oder nach „date“",
    ]);
  });

  it("refuses a correction that is not a {date, text} pair", async () => {
    const { lines } = await check({ "nachrichten/2021/text.md": article(`corrections: "Fehler behoben"`) });
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /corrections: muss eine Liste von Korrekturen sein/);
  });
});

describe("redirect_from and takedowns", () => {
  it("locates a redirect onto another article's URL, onto itself, from a site URL, and a duplicate source", async () => {
    const { lines } = await check({
      "nachrichten/2021/eins.md": article("redirect_from: [/nachrichten/2021/zwei/, /nachrichten/2021/eins, /alt/gemeinsam/]"),
      "nachrichten/2021/zwei.md": article("redirect_from:\n  - /region/peine/\n  - /alt/gemeinsam/"),
    });
    assert.deepEqual(lines, [
      "nachrichten/2021/eins.md:6:17: error: redirect_from: „/nachrichten/2021/zwei/“ ist die Adresse des Artikels nachrichten/2021/zwei.md — den Eintrag löschen: unter einer Adresse, unter der ein Artikel erscheint, kann keine Weiterleitung stehen",
      "nachrichten/2021/eins.md:6:42: error: redirect_from: „/nachrichten/2021/eins“ ist die Adresse dieses Artikels selbst (eine Weiterleitung auf sich selbst wäre eine Schleife) — den Eintrag löschen; in redirect_from gehören nur frühere Adressen",
      "nachrichten/2021/zwei.md:7:5: error: redirect_from: „/region/peine/“ ist eine Adresse, unter der die Seite selbst etwas zeigt — den Eintrag löschen; in redirect_from gehören nur frühere Adressen dieses Artikels",
      "nachrichten/2021/zwei.md:8:5: error: redirect_from: „/alt/gemeinsam/“ steht auch in redirect_from von nachrichten/2021/eins.md:6 — eine alte Adresse kann nur zu einem Artikel führen: den Eintrag in einer der beiden Dateien löschen",
    ]);
  });

  it("locates two articles that redirect from each other's URL (a loop)", async () => {
    const { lines } = await check({
      "nachrichten/2021/a.md": article("redirect_from: [/nachrichten/2021/b/]"),
      "nachrichten/2021/b.md": article("redirect_from: [/nachrichten/2021/a/]"),
    });
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^nachrichten\/2021\/a\.md:6:17: error: redirect_from: „\/nachrichten\/2021\/b\/“ ist die Adresse des Artikels nachrichten\/2021\/b\.md/);
  });

  it("refuses URLs with a scheme, a wildcard or a placeholder, and duplicates within one article", async () => {
    const { lines } = await check({ "nachrichten/2021/x.md": article("redirect_from: [https://alt.example/x, /alt/*, /alt/:id/, /alt/a/, /alt/a/]") });
    assert.equal(lines.filter((line) => line.includes("ist keine Adresse dieser Seite")).length, 3);
    assert.ok(lines.some((line) => line.includes("redirect_from[5]: „/alt/a/“ steht schon in der Liste")));
  });

  it("locates a redirect from a taken-down URL and mistakes in removed.json", async () => {
    const { lines } = await check({
      "nachrichten/2021/x.md": article("redirect_from: [/nachrichten/2019/weg/]"),
      "_data/removed.json": `[\n  { "url": "/nachrichten/2019/weg/", "reason": "Persönlichkeitsrecht", "date": "2025-03-01" },\n  { "url": "/region/peine/", "reason": "Test", "date": "1.3.2025" }\n]\n`,
    });
    assert.deepEqual(lines, [
      "_data/removed.json:3:56: error: [2].date: „1.3.2025“ ist kein Datum der Form JJJJ-MM-TT — z. B. 2025-03-01 schreiben",
      "_data/removed.json:3:40: error: [2].reason: ist zu kurz — kurz angeben, warum der Artikel entfernt wurde",
      "_data/removed.json:3:12: error: [2].url: ist keine Artikeladresse — die Adresse in der Form /nachrichten/<Jahr>/<Dateiname>/ angeben",
    ]);
    const valid = await check({
      "nachrichten/2021/x.md": article("redirect_from: [/nachrichten/2019/weg/]"),
      "_data/removed.json": `[{ "url": "/nachrichten/2019/weg/", "reason": "Persönlichkeitsrecht", "date": "2025-03-01" }]`,
    });
    assert.deepEqual(valid.lines, [
      "nachrichten/2021/x.md:6:17: error: redirect_from: „/nachrichten/2019/weg/“ ist in _data/removed.json:1 als entfernt eingetragen — entweder den Eintrag hier oder den in _data/removed.json löschen: eine Adresse ist entweder weitergeleitet oder entfernt",
    ]);
  });

  it("tells, without an error, that a taken-down article's file is left out", async () => {
    const result = await check({
      "nachrichten/2021/weg.md": article(""),
      "_data/removed.json": `[\n  { "url": "/nachrichten/2021/weg/", "reason": "Persönlichkeitsrecht", "date": "2025-03-01" }\n]\n`,
    });
    assert.deepEqual(result.lines, []);
    assert.deepEqual(result.notices, [
      { file: "nachrichten/2021/weg.md", line: 1, message: "ist in _data/removed.json:2 als entfernt eingetragen und wird nicht veröffentlicht; die Adresse antwortet mit „410 Gone“" },
    ]);
  });
});

describe("scheduled articles in the check", () => {
  it("says when an article dated in the future appears, and nothing once it is due", async () => {
    const files = { "nachrichten/2027/spaeter.md": article("", '"2027-03-01T09:30"') };
    const before = await check(files, Date.parse("2027-03-01T09:29:00+01:00"));
    assert.deepEqual(before.lines, []);
    assert.deepEqual(before.notices, [
      {
        file: "nachrichten/2027/spaeter.md",
        line: 3,
        message: "geplant für 1. März 2027, 09:30 Uhr — erscheint erst dann auf der Seite (ein zeitgesteuerter Build veröffentlicht ihn); npm start und die Vorschau zeigen ihn schon jetzt",
      },
    ]);
    assert.deepEqual((await check(files, Date.parse("2027-03-01T09:30:00+01:00"))).notices, []);
  });
});

describe("placeholders of the legal pages", () => {
  const page = (body: string) => `---\ntitle: Impressum\nsummary: Angaben zum Anbieter der Seite.\n---\n${body}\n`;
  const publisher = (name: string) =>
    JSON.stringify({ organisation: { name, legalForm: "e. V.", street: "Teststraße 1", postalCode: "00000", city: "Teststadt" } }, null, 2);

  it("locates an unknown placeholder, and one without the data file", async () => {
    assert.deepEqual((await check({ "seiten/impressum.md": page("{{ organisation.name }}\n\n{{ organisation.nam }}"), "_data/publisher.json": publisher("Verein") })).lines, [
      "seiten/impressum.md:7: error: Text: den Platzhalter „{{ organisation.nam }}“ gibt es nicht — einen Namen aus _data/publisher.json verwenden, z. B. {{ organisation.name }}",
    ]);
    assert.match((await check({ "seiten/impressum.md": page("{{ organisation.name }}") })).lines[0]!, /^seiten\/impressum\.md:5: error: Text: der Platzhalter „\{\{ organisation\.name \}\}“ braucht die Datei _data\/publisher\.json/);
  });

  it("locates an unknown field and a wrong type in publisher.json", async () => {
    const { lines } = await check({ "_data/publisher.json": `{\n  "organisation": { "name": 5 },\n  "kontakt": {}\n}\n` });
    assert.deepEqual(lines, [
      "_data/publisher.json:2:29: error: organisation.name: muss ein Text sein — den Wert in Anführungszeichen setzen",
      "_data/publisher.json:3:14: error: kontakt: ist keine bekannte Angabe (Tippfehler?) — nur die Felder der ausgelieferten Datei verwenden",
    ]);
  });

  it("notes how many details are missing or examples", async () => {
    const result = await check({ "_data/publisher.json": publisher("Beispiel: Verein") });
    assert.equal(result.notices.length, 1);
    assert.match(result.notices[0]!.message, /^\d+ Angaben des Betreibers fehlen oder sind noch Beispielwerte — /);
  });
});
