import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { headersFor, NETLIFY_DEFAULT_CACHE_CONTROL, parseHeadersFile, parseNetlifyToml, pathPattern, resolvePath } from "../../lib/site/netlify-config.ts";

describe("Netlify rules as the preview server applies them", () => {
  it("matches paths like Netlify: * for the rest, :name for one segment", () => {
    assert.ok(pathPattern("/*").test("/a/b/c.html"));
    assert.ok(pathPattern("/img/*").test("/img/x-400.avif"));
    assert.ok(!pathPattern("/img/*").test("/assets/img/x.png"));
    assert.deepEqual({ ...pathPattern("/news/:year/*").exec("/news/2021/x/")?.groups }, { year: "2021", splat: "x/" });
  });

  it("joins the values of one header from several matching rules, as Netlify does", () => {
    const headers = headersFor("/img/a.png", [
      { for: "/*", values: { "Cache-Control": "no-cache", "X-Test": "a" } },
      { for: "/img/*", values: { "cache-control": "immutable" } },
    ]);
    assert.equal(headers["Cache-Control"], "no-cache, immutable");
    assert.equal(headers["X-Test"], "a");
  });

  it("adds Netlify's revalidating default when no rule sets Cache-Control", () => {
    assert.equal(headersFor("/x/", [])["Cache-Control"], NETLIFY_DEFAULT_CACHE_CONTROL);
  });

  it("reads a _headers file", () => {
    assert.deepEqual(parseHeadersFile("/*\n  X-Robots-Tag: noindex\n\n/a/*\n  A: 1\n  B: 2:3\n"), [
      { for: "/*", values: { "X-Robots-Tag": "noindex" } },
      { for: "/a/*", values: { A: "1", B: "2:3" } },
    ]);
  });

  it("serves files first, then index pages, adds the trailing slash, then applies redirects, else 404", () => {
    const files = new Set(["/index.html", "/a/index.html", "/b.css", "/404.html"]);
    const isFile = (path: string) => files.has(path);
    const redirects = [
      { from: "/alt/*", to: "/a/:splat", status: 301, force: false },
      { from: "/*", to: "/404.html", status: 404, force: false },
    ];
    assert.deepEqual(resolvePath("/b.css", redirects, isFile), { kind: "file", path: "/b.css", status: 200 });
    assert.deepEqual(resolvePath("/a/", redirects, isFile), { kind: "file", path: "/a/index.html", status: 200 });
    assert.deepEqual(resolvePath("/a", redirects, isFile), { kind: "redirect", location: "/a/", status: 301 });
    assert.deepEqual(resolvePath("/alt/x", redirects, isFile), { kind: "redirect", location: "/a/x", status: 301 });
    assert.deepEqual(resolvePath("/nope/", redirects, isFile), { kind: "file", path: "/404.html", status: 404 });
  });

  it("reads the project's netlify.toml", () => {
    const rules = parseNetlifyToml('[[headers]]\n  for = "/*"\n  [headers.values]\n    A = "1"\n[[redirects]]\n  from = "/*"\n  to = "/404.html"\n  status = 404\n');
    assert.deepEqual(rules, { headers: [{ for: "/*", values: { A: "1" } }], redirects: [{ from: "/*", to: "/404.html", status: 404, force: false }] });
  });
});
