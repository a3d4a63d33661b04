import assert from "node:assert/strict";
import { after, afterEach, before, beforeEach, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { openFixtureSite, watchForErrors, type BrowserFixture, type StaticSite } from "../helpers/browser.ts";

const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

/** "25. September 2018" → a sortable number. */
function dateValue(text: string): number {
  const match = /^(\d{1,2})\. (\S+) (\d{4})/.exec(text.trim());
  assert.ok(match, `not a German date: ${text}`);
  return Number(match[3]) * 10_000 + (MONTHS.indexOf(match[2]!) + 1) * 100 + Number(match[1]);
}

describe("search in a real browser", () => {
  let site: StaticSite;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  let fixture: BrowserFixture;

  before(async () => {
    fixture = await openFixtureSite();
    ({ site, browser } = fixture);
  });

  after(async () => {
    await fixture?.close();
  });

  beforeEach(async () => {
    page = await browser.newPage();
    errors = watchForErrors(page);
  });

  afterEach(async () => {
    await page.close();
    assert.deepEqual(errors, [], "no console errors, exceptions or failed requests");
  });

  async function open(path: string): Promise<void> {
    await page.goto(`${site.url}${path}`);
  }

  async function resultUrls(): Promise<string[]> {
    await page.locator("#suchstatus").filter({ hasText: /Ergebnis|Beitr/ }).waitFor();
    return page.locator(".search-result__title a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  }

  /** The number of results the status line announces. */
  async function resultCount(): Promise<number> {
    const match = /^(\d+) (Ergebnis|Beitr)/.exec(await statusText());
    return match ? Number(match[1]) : 0;
  }

  async function statusText(): Promise<string> {
    await page.locator("#suchstatus").filter({ hasText: /Ergebnis|Beitr/ }).waitFor();
    return (await page.locator("#suchstatus").textContent()) ?? "";
  }

  it("takes a query from the header form of any page to the results", async () => {
    await open("/nachrichten/2021/neujahrsempfang/");
    await page.fill("#kopfsuche", "Förderung");
    await page.press("#kopfsuche", "Enter");
    await page.waitForURL(/\/suche\/\?q=F%C3%B6rderung$/);
    assert.equal(await page.inputValue("#suchbegriff"), "Förderung");
    assert.ok((await resultUrls()).includes("/nachrichten/2018/foerderung-verlaengert/"));
  });

  it("opens ?q= with its results and announces how many there are", async () => {
    await open("/suche/?q=Radweg");
    assert.deepEqual(await resultUrls(), ["/nachrichten/2023/mit-bild/"]);
    assert.equal(await statusText(), "1 Ergebnis für „Radweg“.");
    assert.equal(await page.getAttribute("#suchstatus", "aria-live"), "polite");
    const result = page.locator(".search-result").first();
    assert.equal(await result.locator(".search-result__title").textContent(), "Neuer Radweg durch das Okertal");
    assert.match((await result.locator(".search-result__meta").textContent()) ?? "", /^17\. Mai 2023 · Landkreis Goslar · Landkreis Wolfenbüttel$/);
    assert.match((await result.locator(".search-result__excerpt mark").first().textContent()) ?? "", /Radweg/);
  });

  it("finds a compound by its parts: Bündnis finds Fachkräftebündnis", async () => {
    await open("/suche/?q=B%C3%BCndnis");
    assert.ok((await resultUrls()).includes("/nachrichten/2018/foerderung-verlaengert/"));
    const title = page.locator('.search-result__title a[href="/nachrichten/2018/foerderung-verlaengert/"]');
    assert.equal(await title.textContent(), "Fachkräftebündnis erhält weitere Förderung", "no compound markers shown");
    const excerpts = await page.locator(".search-result__excerpt").allTextContents();
    assert.ok(excerpts.every((excerpt) => !/\p{L}_\p{L}/u.test(excerpt)), excerpts.join(" | "));
  });

  it("finds words that only the title and the topics contain", async () => {
    await open("/suche/?q=Sitzung");
    assert.deepEqual(await resultUrls(), ["/nachrichten/2024/silvester-spaet/"]);
    await open("/suche/?q=Verwaltung");
    assert.deepEqual(await resultUrls(), ["/nachrichten/2024/silvester-spaet/"]);
  });

  it("finds inflected forms: Förderungen finds Förderung", async () => {
    await open("/suche/?q=F%C3%B6rderungen");
    assert.ok((await resultUrls()).includes("/nachrichten/2018/foerderung-verlaengert/"));
  });

  it("ignores case and accepts ae for ä", async () => {
    for (const query of ["fachkräfte", "FACHKRÄFTE", "Fachkraefte"]) {
      await open(`/suche/?q=${encodeURIComponent(query)}`);
      const urls = await resultUrls();
      assert.ok(urls.includes("/nachrichten/2021/neujahrsempfang/") && urls.includes("/nachrichten/2018/foerderung-verlaengert/"), `${query}: ${urls.join(", ")}`);
    }
  });

  it("narrows the results by region, topic and year, and keeps each filter in the URL", async () => {
    await open("/suche/");
    assert.equal(await resultCount(), 31);
    const narrowTo = async (filter: string, value: string, count: number) => {
      await page.selectOption(`#filter-${filter}`, value);
      await page.waitForURL(new RegExp(value ? `${filter}=${value}` : "/suche/$"));
      await page.locator("#suchstatus").filter({ hasText: new RegExp(`^${count} Beitr`) }).waitFor();
    };
    await narrowTo("region", "peine", 26);
    for (const meta of await page.locator(".search-result__meta").allTextContents()) assert.match(meta, /Landkreis Peine/);
    await narrowTo("region", "", 31);
    await narrowTo("thema", "verwaltung", 1);
    assert.deepEqual(await resultUrls(), ["/nachrichten/2024/silvester-spaet/"]);
    await narrowTo("thema", "", 31);
    await narrowTo("jahr", "2019", 25);
    for (const url of await resultUrls()) assert.match(url, /^\/nachrichten\/2019\//);

    await open("/suche/?q=Radweg");
    assert.equal(await resultCount(), 1);
    await page.selectOption("#filter-region", "peine");
    await page.waitForURL(/q=Radweg&region=peine/);
    await page.locator("#suchstatus").filter({ hasText: "Keine Ergebnisse für „Radweg“." }).waitFor();
  });

  it("shows in each filter how many results a choice leaves", async () => {
    await open("/suche/");
    await resultUrls();
    assert.equal(await page.locator('#filter-jahr option[value="2019"]').textContent(), "2019 (25)");
    assert.equal(await page.locator('#filter-region option[value="wolfsburg"]').textContent(), "Wolfsburg (1)");
    await open("/suche/?q=Radweg");
    await resultUrls();
    assert.equal(await page.locator('#filter-region option[value="goslar"]').textContent(), "Landkreis Goslar (1)");
    assert.equal(await page.locator('#filter-region option[value="peine"]').textContent(), "Landkreis Peine (0)");
  });

  it("sorts newest first on request", async () => {
    await open("/suche/?q=Text&jahr=2019");
    await resultUrls();
    await page.check('input[name="sortierung"][value="neueste"]');
    await page.waitForURL(/sortierung=neueste/);
    await page.waitForTimeout(300);
    const dates = (await page.locator(".search-result__meta").allTextContents()).map(dateValue);
    assert.ok(dates.length >= 10);
    assert.deepEqual(dates, [...dates].sort((a, b) => b - a));
  });

  it("browses the newest articles by filter without a query", async () => {
    await open("/suche/?region=gifhorn");
    assert.deepEqual(await resultUrls(), ["/nachrichten/2025/kurz-nach-mitternacht/"]);
    assert.equal(await statusText(), "1 Beitrag, die neuesten zuerst.");
    await open("/suche/");
    assert.equal(await resultCount(), 31);
    await page.locator(".search-result").nth(9).waitFor();
    const dates = (await page.locator(".search-result__meta").allTextContents()).map(dateValue);
    assert.equal(dates.length, 10);
    assert.deepEqual(dates, [...dates].sort((a, b) => b - a));
  });

  it("loads more results on request", async () => {
    await open("/suche/?jahr=2019");
    await resultUrls();
    assert.equal(await page.locator(".search-result").count(), 10);
    await page.click("#mehr-ergebnisse");
    await page.locator(".search-result").nth(19).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.closest("li")?.parentElement?.children ? [...document.activeElement.closest("ol")!.children].indexOf(document.activeElement.closest("li")!) : -1), 10, "focus moves to the first new result");
  });

  it("goes back to the previous search with the Back button", async () => {
    await open("/suche/?q=Text");
    const before = await resultUrls();
    const count = await resultCount();
    await page.selectOption("#filter-region", "goslar");
    await page.waitForURL(/region=goslar/);
    await page.locator("#suchstatus").filter({ hasNotText: `${count} Ergebnisse` }).waitFor();
    await page.goBack();
    await page.waitForURL(/\/suche\/\?q=Text$/);
    assert.equal(await page.inputValue("#filter-region"), "");
    await page.locator("#suchstatus").filter({ hasText: `${count} Ergebnisse` }).waitFor();
    assert.deepEqual(await resultUrls(), before);
  });

  it("can be used with the keyboard alone", async () => {
    await open("/suche/");
    await resultUrls();
    await page.locator("#suchbegriff").focus();
    await page.keyboard.type("Radweg");
    await page.keyboard.press("Enter");
    await page.waitForURL(/q=Radweg/);
    // The results must be there before tabbing to them (a slow machine may still be searching).
    await resultUrls();
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Suchen");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "filter-region");
    for (let step = 0; step < 10 && (await page.evaluate(() => document.activeElement?.tagName)) !== "A"; step++) await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname), "/nachrichten/2023/mit-bild/");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/nachrichten\/2023\/mit-bild\/$/);
  });
});
