import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Locator, Page, Request } from "playwright-core";
import { launchBrowser, serveSite, type StaticSite } from "../helpers/browser.ts";
import { buildSite, makeContent } from "../helpers/site-build.ts";

/** The Markdown editor of the body, the form's last field: Sveltia renders fields as they scroll into view. */
async function bodyEditor(page: Page): Promise<Locator> {
  const editor = page.locator('[contenteditable="true"]').first();
  for (let step = 0; step < 30 && (await editor.count()) === 0; step += 1) {
    await page.mouse.move(300, 600);
    await page.mouse.wheel(0, 1200);
    await page.waitForTimeout(200);
  }
  return editor;
}

/*
 * The web editor as an author first meets it, served with netlify.toml's headers on this
 * offline machine: its sign-in screen. Signing in with GitHub (Netlify's OAuth pop-up) and
 * saving cannot be driven here; see README.md, "Web editor".
 */
describe("the web editor at /admin/ before sign-in, under the production headers", () => {
  let site: StaticSite;
  let browser: Browser;
  let outputDir: string;

  before(async () => {
    const build = await buildSite(makeContent(), { CONTEXT: "production" });
    assert.equal(build.code, 0, build.stderr);
    outputDir = build.outputDir;
    site = await serveSite(build.outputDir);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  // An English browser too: the editor speaks German to every author.
  for (const [locale, width] of [
    ["de-DE", 1280],
    ["en-US", 375],
  ] as const) {
    it(`shows the German sign-in screen (${locale}, ${width} px), asks only its own origin, without console errors or CSP violations`, async () => {
      const context = await browser.newContext({ locale, viewport: { width, height: 800 } });
      const page = await context.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning" || /Content.Security.Policy/i.test(message.text())) problems.push(`console ${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`exception: ${error.message}`));
      page.on("request", (request: Request) => requests.push(request.url()));
      page.on("requestfailed", (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ""}`));
      page.on("response", (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      const violations: string[] = [];
      await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });

      const response = await page.goto(`${site.url}/admin/`);
      assert.equal(response?.status(), 200);
      // Sveltia wraps names it inserts into a text in Unicode isolates (U+2068 … U+2069).
      const signIn = page.getByRole("button", { name: /^Mit \u2068?GitHub\u2069? anmelden$/ });
      await signIn.waitFor();
      assert.ok(await signIn.isVisible(), "the German sign-in button");
      await page.getByText("Nachrichten aus der Region – Redaktion").first().waitFor();
      // The fonts are in use, not only requested: the icon font draws the UI's icons.
      await page.waitForFunction(() => document.fonts.check("16px 'Source Sans 3'") && document.fonts.status === "loaded");
      // The status check, the UI language and the fonts all load within the first second or so;
      // wait for the network to be idle so that any later request would be seen too.
      await page.waitForLoadState("networkidle");

      const foreign = requests.filter((url) => !url.startsWith(`${site.url}/`) && !url.startsWith(`blob:${site.url}/`) && !url.startsWith("data:"));
      assert.deepEqual(foreign, [], "requests to other hosts before sign-in");
      assert.ok(requests.some((url) => /\/admin\/chunks\/de-[A-Z0-9]+\.js$/.test(url)), "the German locale comes from /admin/");
      assert.ok(requests.some((url) => /\/admin\/assets\/source-sans-3-[\w-]+\.woff2$/.test(url)), "the UI font comes from /admin/");
      assert.ok(requests.some((url) => url.endsWith("/admin/config.yml") || url.includes("/admin/config.yml?")), "the generated configuration is read");
      assert.deepEqual(violations, [], "CSP violations");
      assert.deepEqual(problems, [], "console errors and warnings, failed requests");
      assert.equal(await page.locator("html").getAttribute("lang"), "de");
      await context.close();
    });
  }

  /*
   * Past the sign-in, with Sveltia's in-browser test repository in place of GitHub (the only
   * change to the generated configuration): the form an author fills in, the date as stored,
   * and the check of the rules that join two fields before anything is saved.
   */
  it("after sign-in (test repository): stores 00:30 on 1 January as typed and refuses an alt text without an image, in German", async () => {
    const configFile = path.join(outputDir, "admin/config.yml");
    writeFileSync(configFile, readFileSync(configFile, "utf8").replace(/^backend:\n(?: {2}.*\n)+/m, "backend:\n  name: test-repo\n"));
    const context = await browser.newContext({ locale: "de-DE", timezoneId: "America/New_York", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("request", (request) => {
      if (!request.url().startsWith(`${site.url}/`) && !/^(blob|data):/.test(request.url())) errors.push(`request to ${request.url()}`);
    });
    await page.goto(`${site.url}/admin/`);
    await page.getByRole("button").first().click();
    await page.goto(`${site.url}/admin/#/collections/nachrichten/new`);
    await page.getByRole("textbox").first().fill("Neujahr: „Grüße“ aus Wolfenbüttel");
    await page.locator('input[type="datetime-local"]').first().fill("2027-01-01T00:30");
    await page.getByText("Landkreis Wolfenbüttel").click();
    await page.getByText("Fachkräfte", { exact: true }).click();
    await page.locator("textarea").nth(1).fill("Eine Bühne mit Rednerpult");
    await (await bodyEditor(page)).click();
    await page.keyboard.type("Der erste Absatz.");
    // The stored value is the wall-clock time typed, in a browser far from Berlin: the preview,
    // which reads it as the build does, shows it as 00:30 Berlin time on 1 January.
    await page.frameLocator("iframe").first().locator('.article time[datetime="2027-01-01T00:30:00+01:00"]', { hasText: "1. Januar 2027" }).waitFor();
    await page.getByRole("button", { name: "Speichern" }).first().click();
    await page.getByText("Aufmacherbild, Alternativtext und Bildquelle gehören zusammen").waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("after sign-in (test repository): refuses a file name check would reject (Sveltia keeps „_“ in slugs), in German", async () => {
    const context = await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/admin/`);
    await page.getByRole("button").first().click();
    await page.goto(`${site.url}/admin/#/collections/nachrichten/new`);
    await page.getByRole("textbox").first().fill("Straße_Nord wird gebaut");
    await page.locator('input[type="datetime-local"]').first().fill("2026-05-01T10:00");
    await page.getByText("Landkreis Goslar").click();
    await page.getByText("Fachkräfte", { exact: true }).click();
    await (await bodyEditor(page)).click();
    await page.keyboard.type("Der erste Absatz.");
    await page.getByRole("button", { name: "Speichern" }).first().click();
    await page.getByText("Der Dateiname „strasse_nord-wird-gebaut“ ist nicht erlaubt").waitFor();
    await context.close();
  });

  /*
   * The preview is the site's own article layout (layouts/components/ArticleBody.tsx) with the
   * site's stylesheet, fed by what the author types (lib/authoring/preview-model.ts), under the CSP of
   * /admin/ (no 'unsafe-eval', no inline script).
   */
  it("after sign-in (test repository): the preview shows the article as the site does, as it is typed, without console errors or CSP violations", async () => {
    const configFile = path.join(outputDir, "admin/config.yml");
    writeFileSync(configFile, readFileSync(configFile, "utf8").replace(/^backend:\n(?: {2}.*\n)+/m, "backend:\n  name: test-repo\n"));
    const context = await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || /Content.Security.Policy|unsafe-eval/i.test(message.text())) problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`exception: ${error.message}`));
    await page.exposeFunction("reportViolation", (text: string) => problems.push(`CSP violation: ${text}`));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(`${site.url}/admin/`);
    await page.getByRole("button").first().click();
    await page.goto(`${site.url}/admin/#/collections/nachrichten/new`);
    const preview = page.frameLocator("iframe").first();
    // A fresh entry already shows the layout, with a German placeholder for the missing title.
    await preview.locator("main > article.article h1", { hasText: "Ohne Titel" }).waitFor();

    await page.getByRole("textbox").first().fill("Neue Pflegeschule in Wolfenbüttel eröffnet");
    await page.locator('input[type="datetime-local"]').first().fill("2026-05-04T09:30");
    await page.getByText("Landkreis Wolfenbüttel").click();
    await page.getByText("Fachkräfte", { exact: true }).click();
    await (await bodyEditor(page)).click();
    await page.keyboard.type("Die Schule bildet jedes Jahr 60 Pflegekräfte aus.\n\n## Was sich ändert\n\nDer Unterricht beginnt im August.");

    const article = preview.locator("main > article.article");
    await article.locator(".article__body h2", { hasText: "Was sich ändert" }).waitFor();
    assert.equal((await article.locator("h1").textContent())?.trim(), "Neue Pflegeschule in Wolfenbüttel eröffnet");
    assert.deepEqual(await article.locator(".article__body p").allTextContents(), ["Die Schule bildet jedes Jahr 60 Pflegekräfte aus.", "Der Unterricht beginnt im August."]);
    assert.equal(await article.locator('.article__regions a[href="/region/wolfenbuettel/"]').textContent(), "Landkreis Wolfenbüttel");
    assert.equal(await article.locator('.tag-list a[href="/thema/fachkraefte/"]').textContent(), "Fachkräfte");
    assert.equal(await article.locator(".article__meta time").first().textContent(), "4. Mai 2026");
    assert.equal(await article.locator(".article__meta time").first().getAttribute("datetime"), "2026-05-04T09:30:00+02:00");
    // The site's stylesheet styles it: the title in the site's serif, the region as its kicker.
    const titleFont = await article.locator("h1").evaluate((element) => getComputedStyle(element).fontFamily);
    assert.match(titleFont, /^Charter,/);
    assert.equal(await article.locator(".article__regions a").evaluate((element) => getComputedStyle(element).textTransform), "uppercase");
    assert.deepEqual(problems, [], "console errors, exceptions, CSP violations");
    await context.close();
  });
});
