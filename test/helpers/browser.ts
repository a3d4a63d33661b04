import assert from "node:assert/strict";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/chromium.ts";
import { startPreviewServer } from "../../scripts/preview.ts";
import { buildSite, makeContent } from "./site-build.ts";

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("Chromium not found: run `tsx scripts/chromium.ts` (npm test does) or set CHROME_PATH");
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface StaticSite {
  url: string;
  close: () => Promise<void>;
}

/** Serves a built site on 127.0.0.1 as `npm run preview` does: with netlify.toml's headers (CSP …) and redirects. */
export function serveSite(dir: string): Promise<StaticSite> {
  return startPreviewServer({ dir });
}

/** Collects what a page reports as broken: console errors, uncaught exceptions, failed requests. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || /Content.Security.Policy/i.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`exception: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

export interface BrowserFixture {
  site: StaticSite;
  browser: Browser;
  close: () => Promise<void>;
}

/**
 * The fixture site with 25 filler articles, built, served as Netlify serves it, and a Chromium
 * to visit it. Its search index is split into shards of a few years each, as a large archive's
 * is, so that every search test also runs across merged shards.
 */
export async function openFixtureSite(): Promise<BrowserFixture> {
  const build = await buildSite(makeContent({ fillers: 25 }), { SEARCH_SHARD_ARTICLES: "5" });
  assert.equal(build.code, 0, build.stderr);
  const site = await serveSite(build.outputDir);
  const browser = await launchBrowser();
  return {
    site,
    browser,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}
