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

describe("search: facet counts, no results, small screens, keyboard, excerpts", () => {
  let fixture: BrowserFixture;
  let page: Page;
  let errors: string[];

  before(async () => {
    fixture = await openFixtureSite();
  });

  after(async () => {
    await fixture?.close();
  });

  beforeEach(async () => {
    page = await (await fixture.browser.newContext()).newPage();
    errors = watchForErrors(page);
  });

  afterEach(async () => {
    await page.context().close();
    assert.deepEqual(errors, [], "no console errors, exceptions or failed requests");
  });

  async function settled(): Promise<string> {
    await page.locator("#suchstatus").filter({ hasText: /Ergebnis|Beitr/ }).waitFor();
    return (await page.locator("#suchstatus").textContent()) ?? "";
  }

  /** Each option's count as the page shows it: value → count. */
  async function shownCounts(filter: string): Promise<Record<string, number>> {
    return page.locator(`#filter-${filter} option[data-filter-value]`).evaluateAll((options) =>
      Object.fromEntries(options.map((option) => [(option as HTMLOptionElement).value, Number(/\((\d+)\)$/.exec(option.textContent ?? "")?.[1] ?? NaN)])),
    );
  }

  /**
   * Pagefind's own number of results for each value of each filter, given a query and the
   * other filters, asked from a fresh Pagefind instance on a page without the search script.
   */
  async function pagefindCounts(query: string, filters: Record<string, string>): Promise<Record<string, Record<string, number>>> {
    const oracle = await page.context().newPage();
    await oracle.goto(`${fixture.site.url}/suche/`);
    const shards = JSON.parse((await oracle.getAttribute("#suchergebnisse", "data-search-shards")) ?? "[]") as { path: string }[];
    const options = await oracle.evaluate(() =>
      Object.fromEntries(
        ["region", "thema", "jahr"].map((name) => [name, [...document.querySelectorAll<HTMLOptionElement>(`#filter-${name} option[data-filter-value]`)].map((option) => [option.value, option.dataset.filterValue!])]),
      ),
    );
    await oracle.goto(`${fixture.site.url}/abonnieren/`);
    const counts = await oracle.evaluate(
      async ({ shards, options, query, filters }) => {
        type Api = { options(o: object): Promise<void>; mergeIndex(p: string, o: object): Promise<void>; search(t: string | null, o: object): Promise<{ results: unknown[] }> };
        const api = (await import(`${shards[0]!.path}pagefind.js`)) as Api;
        await api.options({});
        for (const shard of shards.slice(1)) await api.mergeIndex(shard.path, {});
        const result: Record<string, Record<string, number>> = {};
        for (const [name, values] of Object.entries(options)) {
          result[name] = {};
          const others = Object.fromEntries(Object.entries(filters).filter(([key]) => key !== name));
          for (const [value, filterValue] of values) {
            result[name]![value!] = (await api.search(query || null, { filters: { ...others, [name]: filterValue } })).results.length;
          }
        }
        return result;
      },
      { shards, options, query, filters },
    );
    await oracle.close();
    return counts;
  }

  it("counts each filter's options with the query and the other filters, as Pagefind does", async () => {
    await page.goto(`${fixture.site.url}/suche/?q=Radweg&jahr=2018`);
    assert.equal(await settled(), "Keine Ergebnisse für „Radweg“.");
    const years = await shownCounts("jahr");
    assert.equal(years["2023"], 1, "the year with the hit is not shown as (0)");
    assert.equal(years["2018"], 0);
    for (const [url, query, filters] of [
      ["/suche/?q=Radweg&jahr=2018", "Radweg", { jahr: "2018" }],
      ["/suche/?q=Text&region=peine&jahr=2019", "Text", { region: "Landkreis Peine", jahr: "2019" }],
      ["/suche/?thema=fuelltext", "", { thema: "Fülltext" }],
    ] as const) {
      await page.goto(`${fixture.site.url}${url}`);
      await settled();
      const expected = await pagefindCounts(query, filters);
      for (const name of ["region", "thema", "jahr"]) assert.deepEqual(await shownCounts(name), expected[name], `${url}: ${name}`);
    }
  });

  it("names the active filters when nothing is found and offers to remove them, the archive and the topics", async () => {
    await page.goto(`${fixture.site.url}/suche/?q=Radweg&region=peine&jahr=2023`);
    assert.equal(await settled(), "Keine Ergebnisse für „Radweg“.");
    const help = page.locator("#suchhilfe");
    assert.equal(await help.locator("p").first().textContent(), "Mit den Filtern „Region: Landkreis Peine“ und „Jahr: 2023“ gibt es keine Treffer.");
    assert.deepEqual(await help.locator(".search-help__actions a").allTextContents(), ["Filter „Region: Landkreis Peine“ entfernen", "Filter „Jahr: 2023“ entfernen", "Alle Filter entfernen"]);
    assert.equal(await help.locator('a[href="/archiv/"]').count(), 1);
    assert.equal(await help.locator('a[href="/thema/"]').count(), 1);
    await help.getByText("Filter „Region: Landkreis Peine“ entfernen").click();
    await page.waitForURL(/\/suche\/\?q=Radweg&jahr=2023$/);
    await page.locator("#suchstatus").filter({ hasText: "1 Ergebnis für „Radweg“." }).waitFor();
    assert.equal(await help.isHidden(), true);
    assert.equal(await page.inputValue("#filter-region"), "");
    await page.goBack();
    await page.waitForURL(/region=peine/);
    await page.locator("#suchstatus").filter({ hasText: "Keine Ergebnisse" }).waitFor();

    await page.goto(`${fixture.site.url}/suche/?q=Quantenschaum`);
    assert.equal(await settled(), "Keine Ergebnisse für „Quantenschaum“.");
    assert.equal(await help.locator(".search-help__actions").count(), 0, "no filters to remove");
    assert.match((await help.textContent()) ?? "", /Schreibweise/);
    assert.equal(await help.locator('a[href="/archiv/"]').count(), 1);
  });

  it("has one search field on /suche/ and shows the first result without scrolling at 375 × 740", async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${fixture.site.url}/suche/`);
    await settled();
    assert.equal(await page.locator("#kopfsuche").count(), 0, "no header search field on the search page");
    assert.equal(await page.locator('input[type="search"]').count(), 1);
    await page.fill("#suchbegriff", "Radweg");
    await page.press("#suchbegriff", "Enter");
    await page.locator("#suchstatus").filter({ hasText: "1 Ergebnis für „Radweg“." }).waitFor();
    const box = await page.locator(".search-result").first().boundingBox();
    assert.ok(box, "a result");
    assert.equal(await page.evaluate(() => scrollY), 0);
    const title = await page.locator(".search-result__title").first().boundingBox();
    assert.ok(title!.y + title!.height <= 740, `the first result's title ends at ${title!.y + title!.height}px`);
    assert.equal(await page.locator("#suchoptionen").getAttribute("open"), null, "filters folded on a small screen");
  });

  it("moves through a closed filter with the arrow keys without a search and a history entry per step", async () => {
    await page.goto(`${fixture.site.url}/suche/?q=Text`);
    await settled();
    const before = await page.evaluate(() => history.length);
    await page.locator("#filter-jahr").focus();
    // Newest year first: six steps down reach 2019, the year with most of the fixture's hits.
    for (let step = 0; step < 6; step++) await page.keyboard.press("ArrowDown");
    const chosen = await page.inputValue("#filter-jahr");
    assert.notEqual(chosen, "", "the arrow keys changed the year");
    await page.waitForURL(new RegExp(`jahr=${chosen}`));
    await page.waitForTimeout(800);
    assert.equal(await page.evaluate(() => history.length), before + 1, "one history entry for the whole run");
    const status = await settled();
    assert.equal(chosen, "2019");
    const year = (await page.locator(`#filter-jahr option[value="${chosen}"]`).textContent()) ?? "";
    const count = Number(/\((\d+)\)/.exec(year)?.[1]);
    assert.ok(count > 1 && status.startsWith(`${count} Ergebnisse`), `${status} after ${year}`);
    for (const url of await page.locator(".search-result__title a").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))) {
      assert.ok(url.startsWith(`/nachrichten/${chosen}/`), url);
    }
    await page.goBack();
    await page.waitForURL(/\/suche\/\?q=Text$/);
  });

  it("shows excerpts from the body: not starting with the title, not ending with the topics", async () => {
    for (const [query, title, topics] of [
      ["Radweg", "Neuer Radweg durch das Okertal", ["Mobilität", "Radverkehr", "Tourismus"]],
      ["Sitzung", "Letzte Sitzung des Jahres", ["Verwaltung"]],
      ["Fachkräftebündnis", "Fachkräftebündnis erhält weitere Förderung", ["Fachkräfte", "Förderung"]],
    ] as const) {
      await page.goto(`${fixture.site.url}/suche/?q=${encodeURIComponent(query)}`);
      await settled();
      const result = page.locator(".search-result").first();
      const shownTitle = (await result.locator(".search-result__title").textContent()) ?? "";
      assert.ok(shownTitle.startsWith(title), shownTitle);
      const excerpt = ((await result.locator(".search-result__excerpt").textContent()) ?? "").trim();
      assert.ok(excerpt.length > 0, `${query}: an excerpt`);
      assert.ok(!excerpt.startsWith(shownTitle.split(" ").slice(0, 3).join(" ")), `${query}: ${excerpt}`);
      assert.ok(!topics.some((topic) => excerpt.replace(/[ .…]+$/, "").endsWith(topic)), `${query}: ${excerpt}`);
    }
    await page.goto(`${fixture.site.url}/suche/?q=Radweg`);
    await settled();
    assert.match((await page.locator(".search-result__excerpt mark").first().textContent()) ?? "", /Radweg/, "the hit in the body is marked");
  });

  it("says without JavaScript, at the top, that search needs it and offers the archive, regions and topics", async () => {
    const context = await fixture.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const noScript = await context.newPage();
    const noScriptErrors = watchForErrors(noScript);
    await noScript.goto(`${fixture.site.url}/suche/?q=Radweg`);
    const note = noScript.locator(".search-nojs");
    assert.equal(await note.isVisible(), true);
    assert.equal(((await note.textContent()) ?? "").replace(/\s+/g, " ").trim(), "Die Suche braucht JavaScript – ohne JavaScript finden Sie alle Nachrichten im Archiv, nach Regionen und nach Themen.");
    assert.deepEqual(await note.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href"))), ["/archiv/", "/region/", "/thema/"]);
    const box = await note.boundingBox();
    assert.ok(box && box.y + box.height <= 740, "above the fold");
    for (const selector of ["#suche", "#suchbegriff", "#filter-region", "#suchstatus", "#mehr-ergebnisse"]) assert.equal(await noScript.locator(selector).isVisible(), false, selector);
    assert.equal(await noScript.locator("input:visible, select:visible, button:visible").count(), 0, "no dead form");
    assert.deepEqual(noScriptErrors, []);
    await context.close();
  });
});
