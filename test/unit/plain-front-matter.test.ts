import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { readYamlFrontMatter } from "../../lib/content/front-matter.ts";
import { readPlainFrontMatter, type FrontMatterFields } from "../../lib/content/plain-front-matter.ts";
import { PROJECT_DIR } from "../helpers/site-build.ts";

/** Every position the checks may ask for: each field, its key, its items and paths beyond them. */
function positions(fields: FrontMatterFields): unknown[] {
  const asked: (readonly PropertyKey[])[] = [[], ["fehlt"], ["fehlt", 0]];
  for (const [key, value] of Object.entries(fields.data)) {
    asked.push([key], [key, 0, 0], [key, ""], [key, -1]);
    for (let index = 0; index <= (Array.isArray(value) ? value.length : 1); index++) asked.push([key, index], [key, String(index)]);
  }
  return asked.flatMap((at) => [at, fields.positionOf(at), fields.positionOf(at, "key")]);
}

/** The plain reader either leaves a block to the yaml library or reads it exactly as the library does. */
function assertSameAsYaml(block: string): boolean {
  const plain = readPlainFrontMatter(block);
  if (plain === undefined) return false;
  const yaml = readYamlFrontMatter(block);
  assert.ok(yaml.ok, `read plainly, but the yaml library finds a problem: ${JSON.stringify(block)}`);
  assert.deepEqual(plain.data, yaml.data, JSON.stringify(block));
  assert.deepEqual(positions(plain), positions(yaml), JSON.stringify(block));
  return true;
}

/** Text as authors write it, and pieces near the edge of what is plain YAML text. */
const usual = fc.constantFrom("Fachkräfte", "Wasserstoff im Harz", "2021-03-01", "2021-03-01T09:30", "./bild.jpg", "Ausbildung", " ", "„Zitat“", "😀", "…", "\u00a0");
const unusual = fc.oneof(
  fc.constantFrom("true", "True", "FALSE", "tRue", "null", "Null", "~", "12", "-1", "+3.5", "1e3", ".5", "5.", "0x1F", "0o7", "0b1", ".inf", "-.Inf", ".NaN", "1_000"),
  fc.constantFrom("a: b", "a:b", "a:", "a #b", "a#b", "#x", "- x", "-x", "?x", ":x", "&a", "*a", "!x", "!!str x", "|", ">", "%x", "@x", "`x", "{a}", "[a]", "a]", "a,b", "a, b"),
  fc.constantFrom("'", "''", '"', '\\"', "\\\\", "\\n", "\\t", "\\u00e4", "\\", "  ", "\t", "\u0085", "\u2028", "\uFEFF", "\u0007"),
  fc.string({ unit: "grapheme-ascii", maxLength: 6 }),
);
const text = fc.array(fc.oneof({ weight: 10, arbitrary: usual }, unusual), { maxLength: 3 }).map((parts) => parts.join(""));
const scalar = fc.oneof(
  { weight: 3, arbitrary: text },
  text.map((value) => `"${value}"`),
  text.map((value) => `'${value}'`),
  text.map((value) => `"${value}`),
);
const list = fc
  .tuple(fc.array(scalar, { maxLength: 4 }), fc.constantFrom(", ", ",", " , ", ",  "), fc.constantFrom("[", "[", "[ "), fc.constantFrom("]", "]", "]", " ]", ",]", ", ]", ""))
  .map(([items, separator, open, close]) => `${open}${items.join(separator)}${close}`);
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("title", "date", "region", "tags", "summary", "author", "image_alt") },
  fc.constantFrom("__proto__", "constructor", "toString", "true", "Null", "a-b", "_x", "x1", "1x", "-x", "ä", "<<"),
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 6 }),
);
const field = fc
  .record({
    name: key,
    colon: fc.oneof({ weight: 8, arbitrary: fc.constant(": ") }, fc.constantFrom(":", ":  ", ":\t", " : ")),
    value: fc.oneof({ weight: 2, arbitrary: scalar }, list),
    after: fc.oneof({ weight: 8, arbitrary: fc.constant("") }, fc.constantFrom(" ", "  # Kommentar", " #", "#x", " x", "\t")),
  })
  .map(({ name, colon, value, after }) => ({ name, line: `${name}${colon}${value}${after}` }));
const otherLine = fc.constantFrom("", "   ", "\u00a0", " \u3000", "# Kommentar", "  # eingerückt", "  - Eintrag", "...", "  title: x", "title:", "%YAML 1.2", "? x");
const block = fc
  .oneof(
    { weight: 3, arbitrary: fc.uniqueArray(field, { minLength: 1, maxLength: 5, selector: ({ name }) => name }).map((fields) => fields.map(({ line }) => line)) },
    fc.array(fc.oneof({ weight: 5, arbitrary: field.map(({ line }) => line) }, otherLine), { minLength: 1, maxLength: 5 }),
  )
  .map((lines) => `\n${lines.join("\n")}`);

describe("plainly written front matter", () => {
  it("is read to the same fields and positions as by the yaml library, or left to it", () => {
    let readPlainly = 0;
    fc.assert(
      fc.property(block, (matter) => {
        if (assertSameAsYaml(matter)) readPlainly++;
      }),
      { numRuns: 5000 },
    );
    // The comparison means little unless the plain reader takes a good share of the blocks.
    assert.ok(readPlainly > 500, `only ${readPlainly} of 5000 blocks read plainly`);
  });

  it("is how the site's own articles and pages are written", () => {
    const dir = path.join(PROJECT_DIR, "content");
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".md"));
    assert.ok(files.length > 0);
    for (const file of files) {
      const text = readFileSync(path.join(dir, file), "utf8");
      const matter = text.slice(text.indexOf("\n"), text.indexOf("\n---", 3));
      assert.ok(assertSameAsYaml(matter), file);
    }
  });

  it("leaves block lists, multi-line values and mistakes to the yaml library", () => {
    for (const matter of ["\ntags:\n  - Eins", '\ntitle: "Anfang\n  Ende"', "\ntitle: Wasserstoff: so geht es weiter", "\ntitle: a\ntitle: b", "\nregion: [peine,", "\ndraft: 1", "\ntitle: Achtung:", "\ntitle: a\n\u00a0", "\ntitle: a\n \u00a0"]) {
      assert.equal(readPlainFrontMatter(matter), undefined, matter);
    }
  });
});
