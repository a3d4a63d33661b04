import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ContentProblem } from "../../lib/content/content-error.ts";
import { compilerLine, formatReport, githubAnnotation, summaryLine } from "../../lib/content/problem-report.ts";

const region: ContentProblem = {
  file: "content/nachrichten/2022/x.md",
  line: 4,
  column: 9,
  field: "region",
  message: "„brunswick“ ist keine bekannte Region",
  fix: "eine von braunschweig, peine verwenden",
};
const wholeFile: ContentProblem = { file: "content/nachrichten/2022/y.md", line: 1, field: "Datei", message: "ist zu groß", fix: "kürzen" };

describe("problem output", () => {
  it("writes one compiler-style line with line and column", () => {
    assert.equal(compilerLine(region), "content/nachrichten/2022/x.md:4:9: error: region: „brunswick“ ist keine bekannte Region — eine von braunschweig, peine verwenden");
  });

  it("leaves the column out when it is not known", () => {
    assert.equal(compilerLine(wholeFile), "content/nachrichten/2022/y.md:1: error: Datei: ist zu groß — kürzen");
  });

  it("counts problems and the files they are in", () => {
    assert.equal(summaryLine([region], { articles: 5, pages: 1 }), "1 Fehler in 1 Datei");
    assert.equal(summaryLine([region, { ...region, line: 5 }, wholeFile], { articles: 5, pages: 1 }), "3 Fehler in 2 Dateien");
  });

  it("says how much was checked when nothing is wrong", () => {
    assert.equal(summaryLine([], { articles: 34, pages: 3 }), "Keine Fehler in 34 Artikeln und 3 Seiten");
    assert.equal(summaryLine([], { articles: 1, pages: 1 }), "Keine Fehler in 1 Artikel und 1 Seite");
  });

  it("writes a GitHub error annotation with file, line, column and title", () => {
    assert.equal(
      githubAnnotation(region),
      "::error file=content/nachrichten/2022/x.md,line=4,col=9,title=Fehler in „region“::„brunswick“ ist keine bekannte Region — eine von braunschweig, peine verwenden",
    );
    assert.equal(githubAnnotation(wholeFile), "::error file=content/nachrichten/2022/y.md,line=1,title=Fehler in „Datei“::ist zu groß — kürzen");
  });

  it("escapes %, line breaks, and in properties also : and , as GitHub requires", () => {
    const tricky: ContentProblem = { file: "content/a,b:c%.md", line: 2, field: "x:y,z", message: "100% falsch\nzweite Zeile\r", fix: "a: b, c" };
    assert.equal(
      githubAnnotation(tricky),
      "::error file=content/a%2Cb%3Ac%25.md,line=2,title=Fehler in „x%3Ay%2Cz“::100%25 falsch%0Azweite Zeile%0D — a: b, c",
    );
  });

  it("prints JSON that reads back as the same problems", () => {
    assert.deepEqual(JSON.parse(formatReport([region, wholeFile], { articles: 0, pages: 0 }, "json")), [region, wholeFile]);
    assert.equal(formatReport([], { articles: 2, pages: 0 }, "json"), "[]\n");
  });

  it("ends text and GitHub output with the count line", () => {
    assert.equal(formatReport([], { articles: 2, pages: 3 }, "text"), "Keine Fehler in 2 Artikeln und 3 Seiten\n");
    const github = formatReport([region], { articles: 0, pages: 0 }, "github").split("\n");
    assert.deepEqual(github.slice(1), ["1 Fehler in 1 Datei", ""]);
    assert.match(github[0]!, /^::error /);
  });
});
