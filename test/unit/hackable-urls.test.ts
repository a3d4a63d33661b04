import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HACKABLE_URL_REDIRECTS } from "../../lib/site/hackable-urls.ts";
import { parseRedirectsFile, resolvePath } from "../../lib/site/netlify-config.ts";
import { redirectsFile } from "../../lib/site/redirects.ts";

describe("hackable URLs", () => {
  // What the built site has: a year archive, a region and a topic page, one article.
  const files = new Set(["/index.html", "/archiv/index.html", "/archiv/2018/index.html", "/region/peine/index.html", "/thema/fachkraefte/index.html", "/nachrichten/2018/x/index.html", "/404.html"]);
  const rules = parseRedirectsFile(redirectsFile(HACKABLE_URL_REDIRECTS));
  const resolve = (url: string) => resolvePath(url, [...rules, { from: "/*", to: "/404.html", status: 404, force: false }], (file) => files.has(file));

  it("survive the round trip through a _redirects file", () => {
    assert.deepEqual(rules, HACKABLE_URL_REDIRECTS);
  });

  it("lead from a shortened article address to the archive and the year", () => {
    assert.deepEqual(resolve("/nachrichten/"), { kind: "redirect", location: "/archiv/", status: 301 });
    assert.deepEqual(resolve("/nachrichten/2018/"), { kind: "redirect", location: "/archiv/2018/", status: 301 });
    assert.deepEqual(resolve("/nachrichten/2018"), { kind: "redirect", location: "/archiv/2018/", status: 301 });
    assert.deepEqual(resolve("/nachrichten/2018/x/"), { kind: "file", path: "/nachrichten/2018/x/index.html", status: 200 });
  });

  it("lead from page 1 of a list to the list's first page", () => {
    assert.deepEqual(resolve("/seite/1/"), { kind: "redirect", location: "/", status: 301 });
    assert.deepEqual(resolve("/seite/"), { kind: "redirect", location: "/", status: 301 });
    assert.deepEqual(resolve("/region/peine/seite/1/"), { kind: "redirect", location: "/region/peine/", status: 301 });
    assert.deepEqual(resolve("/thema/fachkraefte/seite/1"), { kind: "redirect", location: "/thema/fachkraefte/", status: 301 });
  });

  it("leave other unknown addresses to the 404 page", () => {
    assert.deepEqual(resolve("/region/peine/seite/1/x/"), { kind: "file", path: "/404.html", status: 404 });
    assert.deepEqual(resolve("/nachrichten/2018/gibt-es-nicht/"), { kind: "file", path: "/404.html", status: 404 });
  });
});
