import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { checkContent } from "../../lib/content/content-loader.ts";
import { SvgChecker, svgChecker } from "../../lib/content/svg-checks.ts";
import { makeContent, PROJECT_DIR } from "../helpers/site-build.ts";

const SAFE = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle cx="5" cy="5" r="4" fill="#00508c"/></svg>`;
const SCRIPTED = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(1)</script></svg>`;
const REMOTE = `<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.com/x.png" width="10" height="10"/></svg>`;

describe("SVGs judged on a thread of their own", () => {
  it("finds what the SVG checker finds", async () => {
    const checker = new SvgChecker();
    assert.deepEqual(await checker.dangers(SAFE), []);
    const scripted = await checker.dangers(SCRIPTED);
    assert.ok(scripted.includes("<script>"), scripted.join(", "));
    assert.ok(scripted.includes("Attribut „onload“"), scripted.join(", "));
    assert.deepEqual(await checker.dangers(REMOTE), ["Verweis auf „https://example.com/x.png“"]);
  });

  it("judges many texts on one thread, and a text it has judged never again", async () => {
    const checker = new SvgChecker();
    checker.check([SAFE, SCRIPTED, SAFE]);
    assert.equal(checker.workersStarted, 1);
    assert.deepEqual(await checker.dangers(SAFE), []);
    assert.ok((await checker.dangers(SCRIPTED)).includes("<script>"));
    checker.check([SCRIPTED]);
    assert.equal(checker.workersStarted, 1);
    assert.deepEqual(await checker.dangers(REMOTE), ["Verweis auf „https://example.com/x.png“"]);
    assert.equal(checker.workersStarted, 2);
  });

  it("starts judging every published SVG before the articles are checked, on one thread", async () => {
    const contentDir = makeContent({
      files: {
        "nachrichten/2021/unbenutzt.svg": SCRIPTED,
        "nachrichten/2021/karte.svg": SAFE,
      },
    });
    const before = svgChecker.workersStarted;
    const result = await checkContent({ projectDir: PROJECT_DIR, contentDir });
    // The site's own SVGs (assets/images) and the content's, all in the first batch.
    assert.equal(svgChecker.workersStarted, before + 1);
    const unused = result.problems.filter((problem) => problem.file.endsWith("unbenutzt.svg"));
    assert.equal(unused.length, 1);
    assert.match(unused[0]!.message, /enthält .*<script>/);
    assert.ok(!result.problems.some((problem) => problem.file.endsWith("karte.svg")));
  });

  it("never loads the checker's DOM (jsdom) on this thread", () => {
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    assert.ok(loaded.length > 0, "the require cache lists this thread's CommonJS modules");
    assert.deepEqual(
      loaded.filter((file) => file.includes("/node_modules/jsdom/")),
      [],
    );
  });
});
