import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { absoluteUrl, siteOrigin } from "../../lib/site/site-url.ts";

describe("the site's origin", () => {
  const configured = "https://nachrichten.example/";

  it("is the configured URL outside Netlify", () => {
    assert.equal(siteOrigin(configured, {}), "https://nachrichten.example");
  });

  it("is Netlify's URL in production and the deploy URL in previews", () => {
    assert.equal(siteOrigin(configured, { CONTEXT: "production", URL: "https://news.example", DEPLOY_PRIME_URL: "https://main--x.netlify.app" }), "https://news.example");
    assert.equal(siteOrigin(configured, { CONTEXT: "deploy-preview", URL: "https://news.example", DEPLOY_PRIME_URL: "https://deploy-preview-7--x.netlify.app" }), "https://deploy-preview-7--x.netlify.app");
  });

  it("makes root-relative paths absolute", () => {
    assert.equal(absoluteUrl("https://news.example", "/region/peine/"), "https://news.example/region/peine/");
    assert.equal(absoluteUrl("https://news.example", "https://other.example/x"), "https://other.example/x");
  });
});
