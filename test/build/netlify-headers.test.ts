import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { headersFor, parseHeadersFile, parseNetlifyToml, type HeaderRule } from "../../lib/site/netlify-config.ts";
import { startPreviewServer, type PreviewServer } from "../../scripts/preview.ts";
import { buildSite, makeContent, PROJECT_DIR, type BuildResult } from "../helpers/site-build.ts";

const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "public, max-age=0, must-revalidate";

describe("what Netlify serves for the built site (netlify.toml and the _headers file the build writes)", () => {
  let build: BuildResult;
  let rules: { headers: HeaderRule[] };
  let paths: string[];

  before(async () => {
    // Small shards, so that the search index has several (lib/search/search-shards.ts).
    build = await buildSite(makeContent(), { NOINDEX: "true", SEARCH_SHARD_ARTICLES: "3" });
    assert.equal(build.code, 0, build.stderr);
    rules = {
      headers: [
        ...parseNetlifyToml(readFileSync(path.join(PROJECT_DIR, "netlify.toml"), "utf8")).headers,
        ...parseHeadersFile(readFileSync(path.join(build.outputDir, "_headers"), "utf8")),
      ],
    };
    paths = readdirSync(build.outputDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${path.relative(build.outputDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`);
  });

  it("gives every path exactly one Cache-Control", () => {
    for (const file of paths) {
      const value = headersFor(file, rules.headers)["Cache-Control"];
      if (file === "/admin/config.yml") assert.equal(value, "no-store", "the editor's configuration is never cached");
      else assert.ok(value === IMMUTABLE || value === REVALIDATE, `${file}: ${value}`);
    }
  });

  it("caches fingerprinted files for a year and revalidates everything else", () => {
    const cacheOf = (file: string) => headersFor(file, rules.headers)["Cache-Control"];
    for (const file of paths.filter((candidate) => candidate !== "/admin/config.yml")) {
      const fingerprinted = /\.[0-9a-f]{10}\.css$|\/assets\/js\/search\.[A-Z0-9]{8}\.js$|^\/img\/[\w-]+-(\d+)\.\w+$|^\/pagefind\/[\d-]+\/(fragment|index|filter)\//.test(file);
      assert.equal(cacheOf(file), fingerprinted ? IMMUTABLE : REVALIDATE, file);
    }
    const shards = new Set(paths.filter((file) => file.endsWith("/pagefind-entry.json")).map((file) => path.posix.dirname(file)));
    assert.ok(shards.size > 1, "the fixture's index has several shards");
    for (const shard of shards) {
      for (const file of ["pagefind-entry.json", "pagefind.js", "pagefind-worker.js"]) assert.equal(cacheOf(`${shard}/${file}`), REVALIDATE, file);
      assert.ok(paths.some((file) => file.startsWith(`${shard}/fragment/`)), `${shard} has fragments`);
    }
    for (const file of ["/index.html", "/feed.xml", "/sitemap.xml"]) assert.equal(cacheOf(file), REVALIDATE, file);
  });

  it("sends the security headers on every path of the site (the editor's own are below)", () => {
    // Netlify's own files are not served; an unknown path gets the 404 page, which has no script.
    for (const file of [...paths.filter((candidate) => !candidate.startsWith("/admin/") && !/^\/_(headers|redirects)$/.test(candidate)), "/"]) {
      const headers = headersFor(file, rules.headers);
      const csp = headers["Content-Security-Policy"] ?? "";
      for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", "worker-src 'self'", "connect-src 'self'", "style-src 'self'", "img-src 'self'"]) {
        assert.ok(csp.split("; ").includes(directive), `${file}: ${directive}`);
      }
      assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*/);
      assert.match(headers["Strict-Transport-Security"] ?? "", /max-age=31536000/);
      assert.equal(headers["X-Content-Type-Options"], "nosniff");
      assert.equal(headers["Referrer-Policy"], "strict-origin-when-cross-origin");
      assert.ok(headers["Permissions-Policy"], file);
      assert.equal(headers["Cross-Origin-Opener-Policy"], "same-origin", file);
      assert.doesNotMatch(csp, /, /, `${file}: one policy, not two joined`);
    }
  });

  it("gives the web editor at /admin/ exactly its own policy: scripts only from the site, GitHub's API and Netlify's sign-in, no CDN", () => {
    const adminPaths = paths.filter((file) => file.startsWith("/admin/"));
    assert.ok(adminPaths.length > 10, "the editor's files are built");
    for (const file of ["/admin/", ...adminPaths]) {
      const headers = headersFor(file, rules.headers);
      const csp = headers["Content-Security-Policy"] ?? "";
      assert.doesNotMatch(csp, /, /, `${file}: one policy, not the site's joined to it`);
      const directives = new Map(csp.split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1)]));
      assert.deepEqual(directives.get("script-src"), ["'self'"], file);
      assert.deepEqual(directives.get("connect-src"), ["'self'", "blob:", "data:", "https://api.github.com", "https://api.netlify.com"], file);
      assert.deepEqual(directives.get("img-src"), ["'self'", "blob:", "data:", "https://avatars.githubusercontent.com"], file);
      assert.deepEqual(directives.get("font-src"), ["'self'"], file);
      assert.deepEqual(directives.get("frame-ancestors"), ["'none'"], file);
      assert.doesNotMatch(csp, /unsafe-eval|unpkg|jsdelivr|\*/, file);
      assert.equal(headers["Cross-Origin-Opener-Policy"], "same-origin-allow-popups", `${file}: the sign-in pop-up reports back`);
      assert.match(headers["X-Robots-Tag"] ?? "", /noindex/, file);
      assert.equal(headers["X-Frame-Options"], "DENY", file);
      assert.match(headers["Strict-Transport-Security"] ?? "", /max-age=31536000/, file);
    }
  });

  describe("through npm run preview", () => {
    let preview: PreviewServer;
    before(async () => {
      preview = await startPreviewServer({ dir: build.outputDir });
    });
    after(async () => {
      await preview?.close();
    });

    it("serves the 404 page with status 404 for unknown paths", async () => {
      const response = await fetch(`${preview.url}/gibt/es/nicht/`);
      assert.equal(response.status, 404);
      assert.match(await response.text(), /Seite nicht gefunden/);
    });

    it("marks a deploy preview as noindex", async () => {
      const response = await fetch(`${preview.url}/`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get("x-robots-tag"), "noindex");
      assert.equal(response.headers.get("cache-control"), REVALIDATE);
      assert.match(response.headers.get("content-security-policy") ?? "", /script-src 'self' 'wasm-unsafe-eval'/);
    });

    it("serves a search shard's hashed files with the build's immutable Cache-Control", async () => {
      const fragment = paths.find((file) => /^\/pagefind\/[\d-]+\/fragment\//.test(file));
      assert.ok(fragment);
      const response = await fetch(`${preview.url}${fragment}`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get("cache-control"), IMMUTABLE);
    });

    it("serves /admin/ with its own policy and the configuration uncached", async () => {
      const admin = await fetch(`${preview.url}/admin/`);
      assert.equal(admin.status, 200);
      assert.match(admin.headers.get("content-security-policy") ?? "", /^default-src 'self'; script-src 'self'; /);
      assert.doesNotMatch(admin.headers.get("content-security-policy") ?? "", /wasm-unsafe-eval/, "the site's policy does not reach /admin/");
      const config = await fetch(`${preview.url}/admin/config.yml`);
      assert.equal(config.status, 200);
      assert.equal(config.headers.get("cache-control"), "no-store");
      const home = await fetch(`${preview.url}/`);
      assert.match(home.headers.get("content-security-policy") ?? "", /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/);
      assert.doesNotMatch(home.headers.get("content-security-policy") ?? "", /api\.github\.com/);
    });

    it("adds the trailing slash to a directory path", async () => {
      const response = await fetch(`${preview.url}/region`, { redirect: "manual" });
      assert.equal(response.status, 301);
      assert.equal(response.headers.get("location"), "/region/");
    });
  });

  it("does not mark a production build as noindex", async () => {
    const production = await buildSite(makeContent(), { CONTEXT: "production" });
    const preview = await startPreviewServer({ dir: production.outputDir });
    try {
      const response = await fetch(`${preview.url}/`);
      assert.equal(response.headers.get("x-robots-tag"), null);
    } finally {
      await preview.close();
    }
  });
});
