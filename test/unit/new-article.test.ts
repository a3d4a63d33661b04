import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseContentFile } from "../../lib/content/front-matter.ts";
import {
  articlePath,
  articleText,
  completeArticle,
  dateProblem,
  newArticleProblems,
  previewUrl,
  regionProblem,
  slugProblem,
  splitList,
  withKnownSpelling,
  type Ask,
  type NewArticle,
} from "../../lib/authoring/new-article.ts";

const article: NewArticle = { title: "Fachkräfte: Neue Förderung für Azubis", date: "2025-05-17", regions: ["goslar"], tags: ["Fachkräfte", "Ausbildung"] };

/** Answers questions from a list and records them; a question without an answer left fails the test. */
function scriptedAsk(answers: string[]): { ask: Ask; questions: string[] } {
  const questions: string[] = [];
  const ask: Ask = async (question, check) => {
    for (;;) {
      questions.push(question);
      const answer = answers.shift();
      assert.ok(answer !== undefined, `unexpected question: ${question}`);
      if (check(answer) === undefined) return answer;
    }
  };
  return { ask, questions };
}

describe("a new article", () => {
  it("is a file that passes every check, with quotes where YAML needs them", () => {
    const text = articleText({ ...article, regions: ["goslar", "peine"], summary: "Der Landkreis fördert 40 neue Plätze.", author: 'Jörg "JO" Olsen' });
    assert.match(text, /^---\ntitle: "Fachkräfte: Neue Förderung für Azubis"\ndate: 2025-05-17\nregion: \[goslar, peine\]\ntags: \[Fachkräfte, Ausbildung\]\n/);
    assert.deepEqual(newArticleProblems({ ...article, regions: ["goslar", "peine"], author: 'Jörg "JO" Olsen' }, "x", "nachrichten/2025/x.md"), []);
    const parsed = parseContentFile("x.md", Buffer.from(text));
    assert.ok(parsed.ok);
    assert.equal(parsed.file.data.author, 'Jörg "JO" Olsen');
    assert.match(parsed.file.body, /^\nDer erste Absatz/);
  });

  it("writes a single region as a plain value", () => {
    assert.match(articleText(article), /\nregion: goslar\n/);
  });

  it("is refused by the same checks as every article, e.g. for a short title", () => {
    const problems = newArticleProblems({ ...article, title: "Kurz" }, "kurz", "nachrichten/2025/kurz.md");
    assert.deepEqual(
      problems.map((problem) => [problem.field, problem.message]),
      [["title", "ist zu kurz (mindestens 5 Zeichen)"]],
    );
  });

  it("lies in the folder of its year and is previewed under its URL", () => {
    assert.equal(articlePath(article, "neue-foerderung"), "nachrichten/2025/neue-foerderung.md");
    assert.equal(previewUrl(article, "neue-foerderung"), "http://localhost:8080/nachrichten/2025/neue-foerderung/");
  });

  it("splits comma-separated lists and drops empty parts", () => {
    assert.deepEqual(splitList(" Fachkräfte,  Aus   bildung ,, "), ["Fachkräfte", "Aus bildung"]);
    assert.deepEqual(splitList(""), []);
  });

  it("refuses an unknown region with a suggestion and the valid ones", () => {
    assert.equal(regionProblem("goslar"), undefined);
    assert.match(regionProblem("wolfenbütel") ?? "", /^„wolfenbütel“ ist keine bekannte Region\. Meinten Sie „wolfenbuettel“\? Möglich sind: suedostniedersachsen, .*, wolfenbuettel$/);
    assert.doesNotMatch(regionProblem("hannover") ?? "", /Meinten/);
  });

  it("accepts only real dates as YYYY-MM-DD", () => {
    assert.equal(dateProblem("2024-02-29"), undefined);
    assert.match(dateProblem("2023-02-29") ?? "", /gibt es im Kalender nicht/);
    assert.match(dateProblem("17.05.2025") ?? "", /kein Datum der Form JJJJ-MM-TT/);
  });

  it("accepts only file names of a–z, 0–9 and hyphens", () => {
    assert.equal(slugProblem("neue-foerderung-2025"), undefined);
    assert.match(slugProblem("") ?? "", /--slug/);
    assert.match(slugProblem("Neue Förderung") ?? "", /nur a–z, 0–9 und Bindestriche/);
  });

  it("takes the spelling of a topic the site already uses", () => {
    const known = [{ label: "Fachkräfte", slug: "fachkraefte" }];
    assert.deepEqual(withKnownSpelling(["Fachkraefte", "Ausbildung", "Fachkräfte"], known), {
      tags: ["Fachkräfte", "Ausbildung", "Fachkräfte"],
      respelt: [["Fachkraefte", "Fachkräfte"]],
    });
  });
});

describe("completing what the author gave", () => {
  it("uses the arguments and today's date without asking", async () => {
    const completed = await completeArticle({ title: "Neue Förderung", regions: "goslar, peine", tags: "Fachkräfte" }, "2025-05-17", undefined);
    assert.deepEqual(completed, { ok: true, article: { title: "Neue Förderung", date: "2025-05-17", regions: ["goslar", "peine"], tags: ["Fachkräfte"] } });
  });

  it("says what is missing when it cannot ask, with an example command", async () => {
    const completed = await completeArticle({ title: "" }, "2025-05-17", undefined);
    assert.ok(!completed.ok);
    assert.deepEqual(completed.problems.map((problem) => problem.split(" ")[1]), ["Titel", "Region", "Themen", "npm"]);
    assert.match(completed.problems.at(-1)!, /^Beispiel: npm run new -- "Titel des Beitrags" --region goslar --tags/);
  });

  it("asks for what is missing and asks again until a region is valid", async () => {
    const { ask, questions } = scriptedAsk(["Neue Förderung", "brunswick", "braunschweig", "", "Fachkräfte, Ausbildung"]);
    const completed = await completeArticle({ date: "2025-01-02" }, "2025-05-17", ask);
    assert.deepEqual(completed, {
      ok: true,
      article: { title: "Neue Förderung", date: "2025-01-02", regions: ["braunschweig"], tags: ["Fachkräfte", "Ausbildung"] },
    });
    assert.deepEqual(
      questions.map((question) => question.split(" ")[0]),
      ["Titel", "Region", "Region", "Themen", "Themen"],
    );
  });

  it("refuses a wrong region given as an argument instead of asking", async () => {
    const { ask, questions } = scriptedAsk([]);
    const completed = await completeArticle({ title: "Neue Förderung", regions: "brunswick", tags: "Fachkräfte", date: "2025-13-01" }, "2025-05-17", ask);
    assert.ok(!completed.ok);
    assert.equal(questions.length, 0);
    assert.match(completed.problems[0]!, /„brunswick“ ist keine bekannte Region/);
    assert.match(completed.problems[1]!, /gibt es im Kalender nicht/);
  });
});
