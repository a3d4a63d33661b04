import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { regionTable, replaceSection, updateGuide } from "../../lib/authoring/author-guide.ts";
import { REGIONS } from "../../lib/content/regions.ts";
import { PROJECT_DIR } from "../helpers/site-build.ts";

describe("the author guide's generated region table", () => {
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

  it("CONTRIBUTING.md lists the regions (else run `npm run docs:regionen`)", () => {
    const guide = readFileSync(path.join(PROJECT_DIR, "CONTRIBUTING.md"), "utf8");
    assert.equal(guide, updateGuide(guide, REGIONS), "CONTRIBUTING.md is out of date: run `npm run docs:regionen`");
  });

  it("lists no topics, so that a new topic in an author's pull request makes no file stale", () => {
    assert.doesNotMatch(readFileSync(path.join(PROJECT_DIR, "CONTRIBUTING.md"), "utf8"), /<!-- themen:start -->|docs:themen/);
  });
});
