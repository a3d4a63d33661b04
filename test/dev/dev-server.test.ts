import assert from "node:assert/strict";
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { launchBrowser } from "../helpers/browser.ts";
import { copyProject, startDevServer, waitFor, type DevServer } from "../helpers/dev-server.ts";
import { FIXTURE_SITE, writeContentFile } from "../helpers/site-build.ts";

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  assert.ok(text.includes(from), `${file} does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
}

describe("the dev server (npm start)", () => {
  let projectDir: string;
  let contentDir: string;
  let server: DevServer;
  const articleUrl = "/nachrichten/2021/neujahrsempfang/";

  before(async () => {
    projectDir = copyProject();
    // Inside the project, as in a real checkout.
    contentDir = path.join(projectDir, "content");
    cpSync(FIXTURE_SITE, contentDir, { recursive: true });
    writeContentFile(contentDir, "nachrichten/2099/geplante-meldung.md", "---\ntitle: Eine geplante Meldung im Test\ndate: \"2099-06-01T08:15\"\nregion: salzgitter\ntags: [Zukunft]\n---\nText\n");
    server = await startDevServer(projectDir, { contentDir });
  });

  after(async () => {
    await server?.stop();
  });

  it("shows drafts, marked as such", async () => {
    const html = await waitFor(server, "/nachrichten/2022/entwurf-wasserstoff/", (page) => page.includes("Entwurf über ein Wasserstoffprojekt"));
    assert.match(html, /class="badge">Entwurf</);
  });

  it("shows scheduled articles, marked with their time", async () => {
    const html = await waitFor(server, "/nachrichten/2099/geplante-meldung/", (page) => page.includes("Eine geplante Meldung im Test"));
    assert.match(html, /class="badge badge--scheduled">geplant für 1\. Juni 2099, 08:15 Uhr</);
  });

  it("after saving an article, renders again only the pages that show it, and keeps the search index of the start", async () => {
    const site = path.join(projectDir, "_site");
    const files = () => readdirSync(site, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
    const pages = files().filter((file) => file.endsWith(".html"));
    const searchIndex = files().filter((file) => file.includes(`${path.sep}pagefind${path.sep}`));
    assert.ok(searchIndex.length > 0, "the first build wrote the search index");
    const savedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    edit(path.join(contentDir, "nachrichten/2021/neujahrsempfang.md"), "title: Neujahrsempfang der Ausbildungsbetriebe", "title: Neujahrsempfang mit neuem Titel");
    await waitFor(server, articleUrl, (html) => html.includes("Neujahrsempfang mit neuem Titel"));
    await waitFor(server, "/archiv/2021/", (html) => html.includes("Neujahrsempfang mit neuem Titel"));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const rewritten = pages.filter((file) => statSync(file).mtimeMs >= savedAt).map((file) => path.relative(site, file));
    assert.ok(rewritten.includes("nachrichten/2021/neujahrsempfang/index.html"));
    assert.ok(rewritten.includes("archiv/2021/index.html"));
    // Pages that neither list nor link it stay as they were.
    for (const untouched of ["archiv/2019/index.html", "nachrichten/2025/kurz-nach-mitternacht/index.html", "region/goslar/index.html"]) {
      assert.ok(!rewritten.includes(untouched), `${untouched} was rendered again`);
    }
    assert.ok(rewritten.length < pages.length / 2, `${rewritten.length} of ${pages.length} pages rendered again: ${rewritten.join(", ")}`);
    assert.deepEqual(searchIndex.filter((file) => statSync(file).mtimeMs >= savedAt), [], "no new search index on a save");
  });

  it("keeps the search page on the shards of the index it has, when a save adds a year", async () => {
    const shardsOf = (html: string) => /data-search-shards="([^"]*)"/.exec(html)?.[1];
    const before = shardsOf(await waitFor(server, "/suche/", (html) => shardsOf(html) !== undefined));
    writeContentFile(contentDir, "nachrichten/2017/aelteste-meldung.md", "---\ntitle: Die älteste Meldung im Test\ndate: 2017-03-01\nregion: peine\ntags: [Ausbildung]\n---\nText\n");
    await waitFor(server, "/nachrichten/2017/aelteste-meldung/", (html) => html.includes("Die älteste Meldung im Test"));
    assert.equal(shardsOf(await waitFor(server, "/suche/", () => true)), before);
  });

  it("reloads an open page in the browser by itself when its article is saved", async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/nachrichten/2020/ohne-zusammenfassung/`);
      assert.equal(await page.locator("h1").textContent(), "Gründerzentrum in Helmstedt öffnet seine Türen");
      edit(path.join(contentDir, "nachrichten/2020/ohne-zusammenfassung.md"), "title: Gründerzentrum in Helmstedt öffnet seine Türen", "title: Gründerzentrum live neu geladen");
      await page.locator("h1", { hasText: "Gründerzentrum live neu geladen" }).waitFor({ timeout: 20_000 });
    } finally {
      await browser.close();
    }
  });

  it("shows a change to a component that a template imports", async () => {
    edit(path.join(projectDir, "layouts/components/SiteFooter.tsx"), "Über diese Seite", "Über diese Seite (neu)");
    await waitFor(server, articleUrl, (html) => html.includes("Über diese Seite (neu)"));
  });

  it("shows a change to a library module that another library module imports", async () => {
    edit(path.join(projectDir, "lib/content/dates.ts"), "long: `${day}. ${MONTH_NAMES[month - 1]} ${year}`", "long: `${day}. ${MONTH_NAMES[month - 1]} ${year} (neu)`");
    await waitFor(server, articleUrl, (html) => html.includes("1. Januar 2021 (neu)"));
  });

  it("shows a change to a library module saved while a build is still running", async () => {
    // Eleventy rebuilds after a save during a build without reloading its configuration.
    const before = server.output().length;
    edit(path.join(projectDir, "layouts/components/SiteFooter.tsx"), "Über diese Seite (neu)", "Über diese Seite (neuer)");
    const deadline = Date.now() + 10_000;
    while (!server.output().slice(before).includes("File changed: ./layouts/components/SiteFooter.tsx") && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    edit(path.join(projectDir, "lib/content/dates.ts"), "${year} (neu)`", "${year} (neuer)`");
    await waitFor(server, articleUrl, (html) => html.includes("1. Januar 2021 (neuer)") && html.includes("Über diese Seite (neuer)"));
  });

  it("reports a broken article with its location, keeps serving, and recovers when it is fixed", async () => {
    const broken = "nachrichten/2021/kaputt.md";
    writeContentFile(contentDir, broken, "---\ntitle: Kaputter Artikel im Test\ndate: 2021-02-30\nregion: peine\ntags: [Test]\n---\nText\n");
    const deadline = Date.now() + 20_000;
    while (!server.output().includes(": error: date:") && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 150));
    assert.match(server.output(), /kaputt\.md:3:\d+: error: date: „2021-02-30“ gibt es im Kalender nicht — Tag und Monat prüfen/);
    assert.doesNotMatch(server.output(), /^\s+at .+[:(]/m);
    await waitFor(server, articleUrl, (html) => html.includes("Neujahrsempfang mit neuem Titel"));
    writeContentFile(contentDir, broken, "---\ntitle: Repariert im Test\ndate: 2021-02-28\nregion: peine\ntags: [Test]\n---\nText\n");
    await waitFor(server, "/nachrichten/2021/kaputt/", (html) => html.includes("Repariert im Test"));
  });
});
