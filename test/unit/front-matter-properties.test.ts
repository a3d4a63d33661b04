import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import fc from "fast-check";
import { stringify } from "yaml";
import type { ContentProblem } from "../../lib/content/content-error.ts";
import { checkArticle, checkContent, loadContent, readReferences } from "../../lib/content/content-loader.ts";
import { ARTICLE_FIELDS, ELEVENTY_KEYS } from "../../lib/content/content-schema.ts";
import { REGION_SLUGS } from "../../lib/content/regions.ts";

/*
 * Random input for the content checks: front matter objects written as YAML, raw front-matter
 * text, raw bytes, and whole folders of such files. Whatever comes in, the checks never throw
 * and every problem says where (file, line ≥ 1 within the file), what (field, message) and
 * how to fix it.
 */

const FILE = "nachrichten/2021/zufall.md";

function lineCount(bytes: Uint8Array): number {
  return Buffer.from(bytes).toString("utf8").split(/\r\n|\r|\n/).length;
}

function assertLocated(problems: readonly ContentProblem[], bytes: Uint8Array, file = FILE): void {
  const lines = lineCount(bytes);
  for (const problem of problems) {
    const shown = JSON.stringify(problem);
    assert.equal(problem.file, file, shown);
    assert.ok(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lines, `line outside the file (${lines} lines): ${shown}`);
    assert.ok(problem.column === undefined || (Number.isInteger(problem.column) && problem.column >= 1), shown);
    for (const part of [problem.field, problem.message, problem.fix]) assert.ok(typeof part === "string" && part.trim() !== "", shown);
    // The yaml library's English never reaches an author.
    assert.doesNotMatch(`${problem.message} ${problem.fix}`, /Implicit|Flow (?:sequence|map)|Unexpected|scalar|[Mm]apping|indented|at line/, shown);
  }
}

/** The checks of one article, with `./da.png` as the only image that exists. */
function checkBytes(bytes: Uint8Array): ContentProblem[] {
  const result = checkArticle({ file: FILE, bytes, folderYear: 2021, slug: "zufall", fileExists: (url) => url.endsWith("/da.png") }, readReferences);
  return result.ok ? [] : result.problems;
}

const words = fc.constantFrom(
  "",
  " ",
  "2021-03-01",
  "2021-02-30",
  "2021-03-01T09:30",
  "2020-12-31",
  "01.03.2021",
  "peine",
  "brunswick",
  "Fachkräfte",
  "Fachkraefte",
  "./da.png",
  "./fehlt.png",
  "/assets/../x.png",
  "<script>alert(1)</script>",
  "{{ 7 * 7 }}",
  "javascript:alert(1)",
  "%E0%A4%A",
  "true",
  "null",
  "~",
  ".inf",
  "a: b",
  "- x",
  "\u0000\u0007",
);
const text = fc.oneof(words, fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 }));
const key = fc.oneof(
  fc.constantFrom(...ARTICLE_FIELDS, ...ELEVENTY_KEYS, "__proto__", "constructor", "regoin", "<<", "eleventyFoo"),
  fc.string({ unit: "grapheme", maxLength: 12 }),
);
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(key, tie("value"), { maxKeys: 5 }),
  ),
}));

/** Anything at all, or an article that is nearly right (each field plausible or anything). */
const frontMatter = fc.oneof(
  fc.dictionary(key, value, { maxKeys: 12 }),
  fc.record(
    {
      title: fc.oneof(text, value),
      date: fc.oneof(words, value),
      region: fc.oneof(fc.constantFrom(...REGION_SLUGS), fc.array(fc.constantFrom(...REGION_SLUGS, "brunswick"), { maxLength: 4 }), value),
      tags: fc.oneof(fc.array(text, { maxLength: 10 }), value),
      summary: fc.oneof(text, value),
      image: fc.oneof(words, value),
      image_alt: fc.oneof(text, value),
      updated: fc.oneof(words, value),
      author: fc.oneof(text, value),
      draft: fc.oneof(fc.boolean(), value),
      regoin: value,
    },
    { requiredKeys: [] },
  ),
);

const body = fc
  .array(
    fc.oneof(
      text,
      fc.constantFrom("\n", "\n\n", "![", "](", ")", "[", "]", "<", ">", "`", "```\n", "# ", "- ", "./da.png", "/nachrichten/2021/zufall/", "/nachrichten/2020/fehlt/", "https://example.org/x.png", "---\n"),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

/** YAML-ish pieces, so that random text is often nearly YAML. */
const rawFrontMatter = fc
  .array(
    fc.oneof(
      text,
      fc.constantFrom("title", "date", "region", "tags", ":", ": ", " ", "\n", "\t", "-", "[", "]", "{", "}", ",", "&a ", "*a", "!!binary ", "!!js/function ", "!foo ", "#", '"', "'", "|", ">", "? ", "---", "...", "%YAML 1.2", "<<: ", "\\", "\r"),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

/** The file around a front matter: optional byte order mark, LF or CRLF. */
const framing = fc.record({ bom: fc.boolean(), crlf: fc.boolean() });

function articleBytes(matter: string, markdown: string, { bom, crlf }: { bom: boolean; crlf: boolean }): Uint8Array {
  const file = `---\n${matter}${matter.endsWith("\n") ? "" : "\n"}---\n${markdown}`;
  return Buffer.from(`${bom ? "\uFEFF" : ""}${crlf ? file.replaceAll("\n", "\r\n") : file}`);
}

describe("the content checks on random input", () => {
  it("locate every problem of random front matter written as YAML", () => {
    fc.assert(
      fc.property(frontMatter, body, framing, (fields, markdown, frame) => {
        const bytes = articleBytes(stringify(fields), markdown, frame);
        assertLocated(checkBytes(bytes), bytes);
      }),
      { numRuns: 400 },
    );
  });

  it("locate every problem of random front-matter text", () => {
    fc.assert(
      fc.property(rawFrontMatter, body, framing, (matter, markdown, frame) => {
        const bytes = articleBytes(matter, markdown, frame);
        assertLocated(checkBytes(bytes), bytes);
      }),
      { numRuns: 400 },
    );
  });

  it("locate every problem of random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (random, withOpening) => {
        const bytes = withOpening ? Buffer.concat([Buffer.from("---\n"), random]) : random;
        assertLocated(checkBytes(bytes), bytes);
      }),
      { numRuns: 300 },
    );
  });

  describe("whole content folders", () => {
    const dirs: string[] = [];
    after(() => {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    });

    const fileName = fc.oneof(fc.constantFrom("artikel", "Großes Ä", "a--b", "x"), fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 12 }));
    const folder = fc.constantFrom("2021", "2020", "ohne-jahr", "2021/unter");
    const article = fc.record({
      name: fileName,
      folder,
      bytes: fc.oneof(
        fc.tuple(frontMatter, body, framing).map(([fields, markdown, frame]) => articleBytes(stringify(fields), markdown, frame)),
        fc.tuple(rawFrontMatter, body, framing).map(([matter, markdown, frame]) => articleBytes(matter, markdown, frame)),
      ),
    });

    it("are checked without throwing, and the build's loader reports the same problems", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(article, { minLength: 1, maxLength: 4 }), async (articles) => {
          const contentDir = mkdtempSync(path.join(tmpdir(), "nar-random-content-"));
          dirs.push(contentDir);
          const written = new Map<string, Uint8Array>();
          articles.forEach(({ name, folder: year, bytes }, index) => {
            // Names that a file system refuses say nothing about the checks.
            const safeName = `${name.replace(/[/\\\0]/g, "-").replace(/^\.+/, "")}-${index}`;
            const file = `nachrichten/${year}/${safeName}.md`;
            mkdirSync(path.join(contentDir, path.dirname(file)), { recursive: true });
            writeFileSync(path.join(contentDir, file), bytes);
            written.set(file, bytes);
          });
          const location = { projectDir: contentDir, contentDir };
          const checked = await checkContent(location);
          for (const problem of checked.problems) {
            const bytes = written.get(problem.file);
            assert.ok(bytes, `problem for a file that was not written: ${JSON.stringify(problem)}`);
            assertLocated([problem], bytes, problem.file);
          }
          assert.deepEqual((await loadContent(location)).problems, checked.problems);
        }),
        { numRuns: 60 },
      );
    });
  });
});
