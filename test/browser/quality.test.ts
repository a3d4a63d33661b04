import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { openFixtureSite, watchForErrors, type BrowserFixture, type StaticSite } from "../helpers/browser.ts";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** One page of each type; the search page with results, the 404 page through an unknown path. */
const PAGE_TYPES: Record<string, string> = {
  home: "/",
  "home, page 2": "/seite/2/",
  article: "/nachrichten/2023/mit-bild/",
  region: "/region/peine/",
  topic: "/thema/fachkraefte/",
  archive: "/archiv/",
  year: "/archiv/2019/",
  search: "/suche/?q=Radweg",
  "search, no results": "/suche/?q=Radweg&region=peine&jahr=2019",
  subscribe: "/abonnieren/",
  impressum: "/impressum/",
  datenschutz: "/datenschutz/",
  barrierefreiheit: "/barrierefreiheit/",
  "not found": "/gibt-es-nicht/",
};

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe("quality gates in a real browser, served as Netlify serves the site", () => {
  let site: StaticSite;
  let browser: Browser;

  let fixture: BrowserFixture;

  before(async () => {
    fixture = await openFixtureSite();
    ({ site, browser } = fixture);
  });

  after(async () => {
    await fixture?.close();
  });

  async function open(path: string, options: { colorScheme?: "light" | "dark"; width?: number } = {}): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ colorScheme: options.colorScheme ?? "light", viewport: { width: options.width ?? 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const response = await page.goto(`${site.url}${path}`);
    assert.equal(response?.status(), path === PAGE_TYPES["not found"] ? 404 : 200, path);
    if (path.startsWith("/suche/")) await page.locator("#suchstatus").filter({ hasText: /Ergebnis|Beitr/ }).waitFor();
    return { page, errors: path === PAGE_TYPES["not found"] ? errors.filter((error) => !error.includes(path) && !/404 \(Not Found\)/.test(error)) : errors };
  }

  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`${type} (${colorScheme}): loads without console errors or CSP violations and passes axe WCAG 2.2 A/AA`, async () => {
        const { page, errors } = await open(path, { colorScheme });
        await page.evaluate(AXE_SOURCE);
        const violations = await page.evaluate(
          (tags) => (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, { runOnly: { type: "tag", values: tags } }).then((result) => result.violations.map((violation) => ({ id: violation.id, help: violation.help, nodes: violation.nodes.map((node) => ({ target: node.target })) }))),
          WCAG_TAGS,
        );
        assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
        assert.deepEqual(errors, []);
        await page.context().close();
      });
    }
  }

  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    it(`${type}: does not scroll sideways at 375 px`, async () => {
      const { page } = await open(path, { width: 375 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} is ${overflow}px too wide`);
      await page.context().close();
    });
  }

  it("offers a skip link as the first stop of the keyboard, and it moves focus to the content", async () => {
    const { page } = await open("/region/peine/");
    await page.keyboard.press("Tab");
    const skip = await page.evaluate(() => {
      const element = document.activeElement as HTMLAnchorElement | null;
      const box = element?.getBoundingClientRect();
      return { text: element?.textContent, href: element?.getAttribute("href"), visible: !!box && box.width > 1 && box.height > 1 && box.top >= 0 };
    });
    assert.deepEqual(skip, { text: "Zum Inhalt springen", href: "#inhalt", visible: true });
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "inhalt");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.closest("main") !== null), true, "the next stop is inside the content");
    await page.context().close();
  });

  it("always shows where the keyboard focus is", async () => {
    for (const path of [PAGE_TYPES.home!, PAGE_TYPES.article!, PAGE_TYPES.search!]) {
      const { page } = await open(path);
      for (let step = 0; step < 25; step++) {
        await page.keyboard.press("Tab");
        const focus = await page.evaluate(() => {
          const element = document.activeElement;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          return { what: `${element.tagName} ${element.textContent?.trim().slice(0, 30)}`, outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 };
        });
        if (focus === null) break;
        assert.ok(focus.outline, `${path}: no visible focus on ${focus.what}`);
      }
      await page.context().close();
    }
  });

  it("prints an article without navigation", async () => {
    const { page } = await open(PAGE_TYPES.article!);
    await page.emulateMedia({ media: "print" });
    const hidden = await page.evaluate(() =>
      [".site-header", ".site-nav", ".site-footer", ".skip-link", ".article-nav", ".related"].map((selector) => {
        const element = document.querySelector(selector);
        return [selector, element === null || getComputedStyle(element).display === "none"];
      }),
    );
    assert.deepEqual(hidden.filter(([, isHidden]) => !isHidden), []);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector(".article")!).display !== "none"), true);
    await page.context().close();
  });
});
