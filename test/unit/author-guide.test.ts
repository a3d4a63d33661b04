import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import type { Article } from "../../lib/article.ts";
import { regionTable, replaceSection, topicList, topicsInUse, updateGuide } from "../../lib/author-guide.ts";
import { loadContent } from "../../lib/content-loader.ts";
import { REGIONS } from "../../lib/regions.ts";
import { PROJECT_DIR } from "../helpers/site-build.ts";

function withTopics(...labels: [string, string][]): Pick<Article, "topics"> {
  return { topics: labels.map(([label, slug]) => ({ label, slug })) };
}

describe("the author guide's generated lists", () => {
  it("lists each topic once, in its first spelling, in German alphabetical order", () => {
    const topics = topicsInUse([
      withTopics(["Wirtschaft", "wirtschaft"], ["Ärzte", "aerzte"]),
      withTopics(["Ausbildung", "ausbildung"], ["wirtschaft", "wirtschaft"]),
    ]);
    assert.equal(topicList(topics), "- Ärzte\n- Ausbildung\n- Wirtschaft");
  });

  it("shows every region with its slug", () => {
    const table = regionTable([{ slug: "goslar", name: "Landkreis Goslar" }]);
    assert.equal(table.split("\n").at(-1), "| `goslar` | Landkreis Goslar |");
  });

  it("replaces only what lies between a section's markers", () => {
    const text = "vorher\n<!-- themen:start -->\nalt\n<!-- themen:end -->\nnachher\n";
    assert.equal(replaceSection(text, "themen", "- neu"), "vorher\n<!-- themen:start -->\n- neu\n<!-- themen:end -->\nnachher\n");
  });

  it("refuses a guide whose markers are missing, doubled or out of order", () => {
    assert.throws(() => replaceSection("ohne Marker", "themen", "x"), /must each appear once/);
    assert.throws(() => replaceSection("<!-- themen:end --><!-- themen:start -->", "themen", "x"), /must each appear once/);
    assert.throws(() => replaceSection("<!-- themen:start --><!-- themen:start --><!-- themen:end -->", "themen", "x"), /must each appear once/);
  });

  it("CONTRIBUTING.md lists the regions and the topics of content/ (else run `npm run docs:themen`)", async () => {
    const guide = readFileSync(path.join(PROJECT_DIR, "CONTRIBUTING.md"), "utf8");
    const loaded = await loadContent({ projectDir: PROJECT_DIR, contentDir: path.join(PROJECT_DIR, "content") });
    assert.deepEqual(loaded.problems, []);
    assert.equal(guide, updateGuide(guide, REGIONS, loaded.articles), "CONTRIBUTING.md is out of date: run `npm run docs:themen`");
  });
});
