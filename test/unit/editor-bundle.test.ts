import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { bundledProjectFiles, checkSelfContained, GITHUB_STATUS_URL, rewriteFontUrls, rewriteStatusCheck } from "../../lib/authoring/editor-admin.ts";
import { PROJECT_DIR, tempDir } from "../helpers/site-build.ts";

const FONT_CSS =
  "src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2);" +
  "src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2);" +
  "src:url(https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2);";
const FONT_FILES = ["source-sans-3-latin-wght-normal-AAAA.woff2", "noto-mono-latin-400-normal-BBBB.woff2", "material-symbols-outlined-latin-wght-normal-CCCC.woff2"];

/** A bundle folder as lib/authoring/editor-admin.ts lays it out: entry, chunks/, assets/. */
function bundleDir(entry: string, chunks: Record<string, string> = {}, fonts = FONT_FILES): string {
  const dir = tempDir("editor-bundle");
  mkdirSync(path.join(dir, "chunks"));
  mkdirSync(path.join(dir, "assets"));
  writeFileSync(path.join(dir, "editor-ABCD1234.js"), entry);
  for (const [name, code] of Object.entries(chunks)) writeFileSync(path.join(dir, "chunks", name), code);
  for (const font of fonts) writeFileSync(path.join(dir, "assets", font), "");
  return dir;
}

describe("making the editor bundle self-contained (a package update that moves what is rewritten fails the build)", () => {
  it("points the UI kit's Fontsource CDN URLs at the package's own font files under /admin/assets/", () => {
    const dir = bundleDir(`const css=\`${FONT_CSS}\`;`);
    rewriteFontUrls(dir);
    const code = readFileSync(path.join(dir, "editor-ABCD1234.js"), "utf8");
    assert.doesNotMatch(code, /cdn\.jsdelivr\.net/);
    for (const font of FONT_FILES) assert.ok(code.includes(`url(/admin/assets/${font})`), font);
  });

  it("fails when a font's CDN URL is no longer found", () => {
    const dir = bundleDir(`const css=\`${FONT_CSS.split(";").slice(0, 2).join(";")}\`;`);
    assert.throws(() => rewriteFontUrls(dir), /no CDN URL of material-symbols-outlined-latin-wght-normal found/);
  });

  it("fails when the package no longer ships a font the CSS names", () => {
    const dir = bundleDir(`const css=\`${FONT_CSS}\`;`, {}, FONT_FILES.slice(1));
    assert.throws(() => rewriteFontUrls(dir), /no assets\/source-sans-3-latin-wght-normal-<hash>\.woff2 in the package/);
  });

  it("answers the GitHub status check locally, and fails when the URL is not found exactly once", () => {
    const dir = bundleDir(`const a="x";`, { "chunk-1.js": `fetch("${GITHUB_STATUS_URL}")` });
    rewriteStatusCheck(dir);
    assert.match(readFileSync(path.join(dir, "chunks/chunk-1.js"), "utf8"), /fetch\("data:application\/json,/);
    assert.throws(() => rewriteStatusCheck(bundleDir(`const a="x";`)), /found 0 times, expected once/);
  });

  it("rejects a bundle that names a CDN, lacks the German locale or loads a font from elsewhere", () => {
    const dir = bundleDir(`new URL("assets/${FONT_FILES[0]}",import.meta.url);fetch("https://cdn.jsdelivr.net/x")`, { "en-US-AAAA1111.js": "Sign In" });
    assert.throws(() => checkSelfContained(dir, "editor-ABCD1234.js"), (error: Error) => {
      assert.match(error.message, /names cdn\.jsdelivr\.net/);
      assert.match(error.message, /German locale/);
      assert.match(error.message, /does not load assets\/noto-mono-latin-400-normal-BBBB\.woff2/);
      return true;
    });
  });

  it("accepts a bundle with the German locale and its fonts beside it", () => {
    const entry = FONT_FILES.map((font) => `new URL("assets/${font}",import.meta.url);`).join("");
    assert.doesNotThrow(() => checkSelfContained(bundleDir(entry, { "de-AAAA1111.js": '{sign_in:"Anmelden"}' }), "editor-ABCD1234.js"));
  });
});

describe("the editor bundle's cache key", () => {
  it("covers every project file the bundle is made of: the preview's layouts, lib/ modules and data files, and no Node-only module", async () => {
    const files = await bundledProjectFiles(PROJECT_DIR);
    for (const file of [
      "assets/js/editor.ts",
      "assets/js/editor-preview.tsx",
      "layouts/components/ArticleBody.tsx",
      "layouts/components/LegalPageBody.tsx",
      "layouts/components/TermLinks.tsx",
      "lib/authoring/preview-model.ts",
      "lib/authoring/editor-rules.ts",
      "lib/content/markdown-renderer.ts",
      "lib/content/content-schema.ts",
      "content/_data/regions.json",
    ]) {
      assert.ok(files.includes(file), `${file} is part of the key`);
    }
    for (const file of ["lib/content/markdown.ts", "lib/site/images.ts", "lib/content/contacts.ts", "lib/content/content-loader.ts"]) assert.ok(!files.includes(file), `${file} is not bundled`);
  });
});
