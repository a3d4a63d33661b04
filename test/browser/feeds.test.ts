import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/chromium.ts";
import { serveSite, watchForErrors, type StaticSite } from "../helpers/browser.ts";
import { buildSite, makeContent } from "../helpers/site-build.ts";

/*
 * A feed opened in Chromium, served with the production headers (netlify.toml: the strict CSP).
 * Chromium shows its own deprecation banner on pages made by XSLT, with inline styles that the
 * CSP blocks; that banner is the browser's, so it is switched off here to see the page's own
 * violations. A second run without XSLT (as Chromium will be) checks the CSS fallback.
 */
async function launch(feature: string): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium()!, args: [...CHROMIUM_ARGS, `--disable-features=${feature}`] });
}

describe("a feed opened in the browser", () => {
  let site: StaticSite;

  before(async () => {
    const build = await buildSite(makeContent(), { CONTEXT: "production", URL: "https://news.example" });
    assert.equal(build.code, 0, build.stderr);
    site = await serveSite(build.outputDir);
  });

  after(async () => {
    await site?.close();
  });

  async function open(browser: Browser, path: string, colorScheme: "light" | "dark" = "light"): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ colorScheme, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const response = await page.goto(`${site.url}${path}`);
    assert.equal(response?.status(), 200);
    assert.match(response?.headers()["content-security-policy"] ?? "", /style-src 'self';/, "served with the production CSP");
    return { page, errors };
  }

  it("is shown through the XSLT as a German page in the site's style, without CSP violations", async () => {
    const browser = await launch("GenerateXSLTWarningBanner");
    try {
      for (const colorScheme of ["light", "dark"] as const) {
        const { page, errors } = await open(browser, "/region/goslar/feed.xml", colorScheme);
        await page.locator("h1").waitFor();
        assert.equal(await page.locator("h1").textContent(), "Nachrichten aus der Region: Landkreis Goslar");
        assert.equal(await page.evaluate(() => document.documentElement.lang), "de");
        assert.match((await page.locator(".feed-notice").textContent()) ?? "", /Dies ist ein Feed\./);
        assert.equal(await page.locator(".feed-address code").textContent(), "https://news.example/region/goslar/feed.xml");
        assert.equal(await page.locator('.feed-notice a[href="/abonnieren/"]').count(), 1);
        // Goslar's own article and the region-wide one, newest first, linked to the articles.
        assert.deepEqual(await page.locator(".teaser__title a").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href)), [
          "https://news.example/nachrichten/2023/mit-bild/",
          "https://news.example/nachrichten/2018/foerderung-verlaengert/",
        ]);
        assert.deepEqual(await page.locator(".teaser__meta time").allTextContents(), ["17.05.2023", "25.09.2018"]);
        const styled = await page.evaluate(() => ({
          sheets: document.styleSheets.length,
          heading: getComputedStyle(document.querySelector("h1")!).fontFamily,
          background: getComputedStyle(document.body).backgroundColor,
          inline: document.querySelectorAll("[style], style, script").length,
          scrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        }));
        assert.equal(styled.sheets, 1, "the site's stylesheet");
        assert.match(styled.heading, /Charter|Georgia|serif/, "the site's heading font");
        assert.equal(styled.background, colorScheme === "dark" ? "rgb(17, 20, 23)" : "rgb(255, 255, 255)");
        assert.equal(styled.inline, 0);
        assert.equal(styled.scrollsSideways, false);
        assert.deepEqual(errors, [], "no console errors, CSP violations or failed requests");
        await page.context().close();
      }
    } finally {
      await browser.close();
    }
  });

  it("is still readable in a browser without XSLT, through its CSS stylesheet", async () => {
    const browser = await launch("XSLT");
    try {
      const { page, errors } = await open(browser, "/feed.xml");
      // An XML element is inline until the stylesheet has arrived.
      await page.waitForFunction(() => getComputedStyle(document.documentElement).display === "block");
      const shown = await page.evaluate(() => {
        const root = document.documentElement;
        const entry = root.getElementsByTagName("entry")[0]!;
        const shownAs = [root.getElementsByTagName("title")[0]!, entry, entry.getElementsByTagName("title")[0]!, entry.getElementsByTagName("content")[0]!, entry.getElementsByTagName("id")[0]!].map(
          (element) => getComputedStyle(element).display,
        );
        return { root: root.localName, note: getComputedStyle(root, "::before").content, shownAs };
      });
      assert.equal(shown.root, "feed", "the feed itself, not a transformed page");
      assert.match(shown.note, /Dies ist ein Feed/);
      assert.deepEqual(shown.shownAs, ["block", "block", "block", "none", "none"], "feed title, entry, entry title shown; content, id hidden");
      // A raw XML page names no icon, so Chromium asks for /favicon.ico, which the site has not: that 404 is the browser's.
      assert.deepEqual(errors.filter((error) => !/XSLT|404 \(Not Found\)|HTTP 404: .*\/favicon\.ico$/.test(error)), []);
      await page.context().close();
    } finally {
      await browser.close();
    }
  });
});
