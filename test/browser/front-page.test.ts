import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { openFixtureSite, watchForErrors, type BrowserFixture, type StaticSite } from "../helpers/browser.ts";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** Screenshots for review by eye; outside the repository. */
const SHOTS = process.env.SHOTS_DIR ?? path.join(tmpdir(), "shots-14a");

const HOME = "/";
const ARTICLE = "/nachrichten/2023/mit-bild/";
/** WCAG 2.2 target size (minimum), SC 2.5.8. */
const MIN_TARGET = 24;

/** Scrolls through the page so that lazy images load, as a reader's scrolling would, then back to the top. */
async function loadLazyImages(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) await page.evaluate((top) => window.scrollTo(0, top), y);
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe("front page and article pages in a real browser", () => {
  let site: StaticSite;
  let browser: Browser;
  let fixture: BrowserFixture;

  before(async () => {
    fixture = await openFixtureSite();
    ({ site, browser } = fixture);
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await fixture?.close();
  });

  async function open(urlPath: string, options: { width?: number; height?: number; colorScheme?: "light" | "dark"; javaScript?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      colorScheme: options.colorScheme ?? "light",
      javaScriptEnabled: options.javaScript ?? true,
    });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const response = await page.goto(`${site.url}${urlPath}`, { waitUntil: "load" });
    assert.equal(response?.status(), 200, urlPath);
    return { page, errors };
  }

  for (const width of [375, 1280]) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`front page at ${width} px, ${colorScheme}: lead story with a large image, teasers, regions; axe and CSP clean`, async () => {
        const { page, errors } = await open(HOME, { width, colorScheme });
        await loadLazyImages(page);
        await page.screenshot({ path: path.join(SHOTS, `home-${width}-${colorScheme}.png`), fullPage: true });
        // No functions declared inside evaluate: the test runner's compiler would name them with a helper the page lacks.
        const layout = await page.evaluate(() => {
          const main = document.querySelector("main .front")!.getBoundingClientRect();
          const lead = document.querySelector(".front__lead .teaser__media img")!.getBoundingClientRect();
          const thumbnails = [...document.querySelectorAll(".front__list .teaser__media img")].map((image) => image.getBoundingClientRect());
          return {
            contentWidth: main.width,
            lead: { width: lead.width, height: lead.height, top: lead.top },
            thumbnails: thumbnails.map((image) => ({ width: image.width, height: image.height })),
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            regions: document.querySelectorAll('.front__nav [aria-labelledby="regionen-schnell"] a').length,
          };
        });
        assert.ok(layout.lead.width >= layout.contentWidth * (width < 800 ? 0.95 : 0.6), `lead image ${layout.lead.width}px of ${layout.contentWidth}px`);
        assert.ok(layout.lead.top < 900, "the lead image starts in the first screen");
        for (const thumbnail of layout.thumbnails) {
          assert.ok(thumbnail.width > 50 && thumbnail.width < layout.lead.width, `thumbnail ${thumbnail.width}px`);
          assert.ok(thumbnail.height > 30);
        }
        assert.equal(layout.regions, 9);
        assert.ok(layout.overflow <= 0, `${layout.overflow}px too wide`);
        await page.evaluate(AXE_SOURCE);
        const violations = await page.evaluate(() =>
          (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string }[] }> } }).axe
            .run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] } })
            .then((result) => result.violations.map((violation) => violation.id)),
        );
        assert.deepEqual(violations, []);
        assert.deepEqual(errors, []);
        await page.context().close();
      });
    }
  }

  for (const width of [375, 1280]) {
    it(`article at ${width} px: breadcrumb, credited image, press contact and share links, axe and CSP clean`, async () => {
      for (const colorScheme of ["light", "dark"] as const) {
        const { page, errors } = await open(ARTICLE, { width, colorScheme });
        await loadLazyImages(page);
        await page.screenshot({ path: path.join(SHOTS, `article-${width}-${colorScheme}.png`), fullPage: true });
        for (const selector of [".breadcrumb", ".article__image figcaption", ".press-contact", ".share__links", "#artikel-adresse"]) {
          assert.ok(await page.locator(selector).isVisible(), `${selector} visible`);
        }
        assert.equal(await page.locator(".print-source").isVisible(), false, "the print line is for paper only");
        await page.evaluate(AXE_SOURCE);
        const violations = await page.evaluate(() =>
          (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string }[] }> } }).axe
            .run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] } })
            .then((result) => result.violations.map((violation) => violation.id)),
        );
        assert.deepEqual(violations, []);
        assert.deepEqual(errors, []);
        await page.context().close();
      }
    });
  }

  it("prints the article's address and the site's name, without sharing and navigation", async () => {
    const { page } = await open(ARTICLE);
    await page.emulateMedia({ media: "print" });
    const source = page.locator(".print-source");
    assert.ok(await source.isVisible());
    assert.equal(await source.textContent(), `Nachrichten aus der Region: https://nachrichten-aus-der-region.netlify.app${ARTICLE}`);
    for (const selector of [".share", ".breadcrumb"]) assert.equal(await page.locator(selector).isVisible(), false, selector);
    await page.context().close();
  });

  it("lets a reader copy the article's address without JavaScript", async () => {
    const { page } = await open(ARTICLE, { javaScript: false });
    const field = page.locator("#artikel-adresse");
    await field.click();
    await page.keyboard.press("Control+A");
    const selected = await field.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0));
    assert.equal(selected, `https://nachrichten-aus-der-region.netlify.app${ARTICLE}`);
    assert.equal(await field.evaluate((input: HTMLInputElement) => input.readOnly), true);
    await page.context().close();
  });

  it("gives every link, button and field a target of at least 24 × 24 px, outside running text", async () => {
    const small: string[] = [];
    for (const urlPath of [HOME, ARTICLE, "/region/peine/", "/thema/", "/archiv/", "/archiv/2019/", "/seite/2/"]) {
      for (const width of [375, 1280]) {
        const { page } = await open(urlPath, { width });
        const found = await page.evaluate((min) => {
          // Links inside sentences are exempt (WCAG 2.5.8, "inline"): the article's text and a teaser's summary.
          return [...document.querySelectorAll("a[href], button, input:not([type=hidden]), select")]
            .filter((element) => element.closest(".article__body p, .article__body li, .article__body td, .teaser__summary, .site-footer__note, .skip-link, .visually-hidden") === null)
            .map((element) => ({ element, box: element.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && (box.width < min || box.height < min))
            .map(({ element, box }) => `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
        }, MIN_TARGET);
        small.push(...found.map((entry) => `${urlPath} @${width}: ${entry}`));
        await page.context().close();
      }
    }
    assert.deepEqual(small, []);
  });

  it("lays out the topic index without overlap from 1024 to 1440 px and without sideways scrolling at 320 px", async () => {
    for (const width of [1024, 1152, 1280, 1440, 320]) {
      const { page } = await open("/thema/", { width });
      const result = await page.evaluate(() => {
        const items = [...document.querySelectorAll(".term-index li")];
        const overlaps: string[] = [];
        const boxes = items.map((item) => item.getBoundingClientRect());
        items.forEach((item, index) => {
          const link = item.querySelector("a")!.getBoundingClientRect();
          const count = item.querySelector(".count")!.getBoundingClientRect();
          const box = boxes[index]!;
          if (link.right > count.left + 0.5 && link.bottom > count.top + 0.5 && count.bottom > link.top + 0.5) overlaps.push(`${item.textContent}: name and count`);
          if (link.right > box.right + 0.5 || count.right > box.right + 0.5) overlaps.push(`${item.textContent}: sticks out`);
          boxes.forEach((other, otherIndex) => {
            if (otherIndex > index && box.left < other.right - 0.5 && other.left < box.right - 0.5 && box.top < other.bottom - 1.5 && other.top < box.bottom - 1.5) overlaps.push(`${item.textContent} / ${items[otherIndex]!.textContent}`);
          });
        });
        return { overlaps, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
      });
      assert.deepEqual(result.overlaps, [], `at ${width} px`);
      assert.ok(result.overflow <= 0, `${result.overflow}px too wide at ${width} px`);
      await page.context().close();
    }
  });

  it("redirects hackable URLs to the archive, the year and a list's first page, as served by the preview", async () => {
    const expected: Record<string, string> = {
      "/nachrichten/": "/archiv/",
      "/nachrichten/2019/": "/archiv/2019/",
      "/seite/1/": "/",
      "/region/peine/seite/1/": "/region/peine/",
      "/thema/fachkraefte/seite/1/": "/thema/fachkraefte/",
    };
    for (const [from, to] of Object.entries(expected)) {
      const response = await fetch(`${site.url}${from}`, { redirect: "manual" });
      assert.equal(response.status, 301, from);
      assert.equal(response.headers.get("location"), to, from);
      const followed = await fetch(`${site.url}${from}`);
      assert.equal(followed.status, 200, `${from} ends on a page`);
    }
  });
});
