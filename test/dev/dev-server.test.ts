import assert from "node:assert/strict";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
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
    server = await startDevServer(projectDir, contentDir);
  });

  after(async () => {
    await server?.stop();
  });

  it("shows drafts, marked as such", async () => {
    const html = await waitFor(server, "/nachrichten/2022/entwurf-wasserstoff/", (page) => page.includes("Entwurf über ein Wasserstoffprojekt"));
    assert.match(html, /class="badge">Entwurf</);
  });

  it("rebuilds the page and the search index when an article changes", async () => {
    edit(path.join(contentDir, "nachrichten/2021/neujahrsempfang.md"), "title: Neujahrsempfang der Ausbildungsbetriebe", "title: Neujahrsempfang mit neuem Titel");
    await waitFor(server, articleUrl, (html) => html.includes("Neujahrsempfang mit neuem Titel"));
    const deadline = Date.now() + 20_000;
    const indexed = () =>
      readdirSync(path.join(projectDir, "_site/pagefind"), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.parentPath.endsWith("fragment"))
        .some((entry) => gunzipSync(readFileSync(path.join(entry.parentPath, entry.name))).toString().includes("Neujahrsempfang mit neuem Titel"));
    while (!indexed() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    assert.ok(indexed(), "the search index has the new title");
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
    edit(path.join(projectDir, "lib/dates.ts"), "long: `${day}. ${MONTH_NAMES[month - 1]} ${year}`", "long: `${day}. ${MONTH_NAMES[month - 1]} ${year} (neu)`");
    await waitFor(server, articleUrl, (html) => html.includes("1. Januar 2021 (neu)"));
  });

  it("reports a broken article with its location, keeps serving, and recovers when it is fixed", async () => {
    const broken = "nachrichten/2021/kaputt.md";
    writeContentFile(contentDir, broken, "---\ntitle: Kaputter Artikel im Test\ndate: 2021-02-30\nregion: peine\ntags: [Test]\n---\nText\n");
    const deadline = Date.now() + 20_000;
    while (!server.output().includes("kaputt.md:3: date:") && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 150));
    assert.match(server.output(), /kaputt\.md:3: date: „2021-02-30“ gibt es im Kalender nicht — Tag und Monat prüfen/);
    assert.doesNotMatch(server.output(), /^\s+at .+[:(]/m);
    await waitFor(server, articleUrl, (html) => html.includes("Neujahrsempfang mit neuem Titel"));
    writeContentFile(contentDir, broken, "---\ntitle: Repariert im Test\ndate: 2021-02-28\nregion: peine\ntags: [Test]\n---\nText\n");
    await waitFor(server, "/nachrichten/2021/kaputt/", (html) => html.includes("Repariert im Test"));
  });
});
