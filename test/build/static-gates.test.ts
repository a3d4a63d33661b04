import assert from "node:assert/strict";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { buildSite, makeContent, outputFiles, page, type BuildResult } from "../helpers/site-build.ts";

describe("static quality gates on the built fixture site", () => {
  let build: BuildResult;
  /** Root-relative paths of every HTML file: `/region/peine/index.html`. */
  let files: string[];

  before(async () => {
    build = await buildSite(makeContent({ fillers: 25 }));
    assert.equal(build.code, 0, build.stderr);
    files = outputFiles(build.outputDir, ".html");
  });

  it("has no html-validate error on any page", async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(path.join(build.outputDir, file));
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it("has no broken internal link, anchor, image, stylesheet or script", () => {
    const target = (url: string): string | undefined => {
      const file = path.join(build.outputDir, decodeURIComponent(url));
      if (existsSync(file) && statSync(file).isFile()) return file;
      const index = path.join(file, "index.html");
      return existsSync(index) ? index : undefined;
    };
    const broken: string[] = [];
    for (const pageUrl of files) {
      const $ = page(build.outputDir, pageUrl);
      const references = [
        ...$("a[href], link[href]").map((_, element) => $(element).attr("href")).get(),
        ...$("img[src], script[src]").map((_, element) => $(element).attr("src")).get(),
        ...$("source[srcset], img[srcset]").map((_, element) => ($(element).attr("srcset") ?? "").split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")).get(),
      ];
      for (const reference of references) {
        if (/^(https?:|mailto:|tel:)/.test(reference)) continue;
        const url = new URL(reference, `https://site.invalid${pageUrl}`);
        const targetFile = target(url.pathname);
        if (!targetFile) {
          broken.push(`${pageUrl} → ${reference}`);
          continue;
        }
        if (url.hash && targetFile.endsWith(".html")) {
          const id = decodeURIComponent(url.hash.slice(1));
          const $target = page(build.outputDir, `/${path.relative(build.outputDir, targetFile).split(path.sep).join("/")}`);
          if ($target(`[id="${id}"]`).length === 0) broken.push(`${pageUrl} → ${reference} (no #${id})`);
        }
      }
    }
    assert.deepEqual(broken, []);
  });

  it("gives every page a unique title and a unique meta description", () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const url of files) {
      const $ = page(build.outputDir, url);
      const title = $("title").text().trim();
      const description = $('meta[name="description"]').attr("content")?.trim() ?? "";
      assert.ok(title, `${url}: no title`);
      assert.ok(description, `${url}: no description`);
      assert.equal(titles.get(title), undefined, `${url} and ${titles.get(title)} share the title "${title}"`);
      assert.equal(descriptions.get(description), undefined, `${url} and ${descriptions.get(description)} share the description`);
      titles.set(title, url);
      descriptions.set(description, url);
    }
  });
});
