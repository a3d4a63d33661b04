import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, findChromium } from "./chromium.ts";
import { startPreviewServer } from "./preview.ts";

/*
 * `npm run audit`: Lighthouse's four scores for the home page, an article and the search page
 * of the built site (`npm run build` first), served by `npm run preview` with Netlify's headers.
 * A measurement for people, not a test: it prints, it does not fail on a score.
 */

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SITE_DIR = path.join(PROJECT_DIR, "_site");
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** The newest article of the built site: its URL path. */
function newestArticle(): string {
  const articles = path.join(SITE_DIR, "nachrichten");
  const year = readdirSync(articles).filter((entry) => /^\d{4}$/.test(entry)).sort().at(-1);
  const slug = year === undefined ? undefined : readdirSync(path.join(articles, year)).find((entry) => existsSync(path.join(articles, year, entry, "index.html")));
  if (year === undefined || slug === undefined) throw new Error("no article in _site/nachrichten");
  return `/nachrichten/${year}/${slug}/`;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(SITE_DIR, "index.html"))) {
    process.stderr.write("Kein gebautes _site/: erst `npm run build` ausführen.\n");
    process.exit(1);
  }
  const chromePath = findChromium();
  if (!chromePath) {
    process.stderr.write("Chromium fehlt: `apt-get install chromium` oder CHROME_PATH setzen.\n");
    process.exit(1);
  }
  const pages = { Startseite: "/", Artikel: newestArticle(), Suche: "/suche/?q=Wasserstoff" };

  const preview = await startPreviewServer({ dir: SITE_DIR });
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
  try {
    const rows: string[] = [];
    for (const [name, url] of Object.entries(pages)) {
      const result = await lighthouse(`${preview.url}${url}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
      const categories = result?.lhr.categories ?? {};
      const scores = CATEGORIES.map((category) => Math.round((categories[category]?.score ?? 0) * 100));
      rows.push(`${name.padEnd(12)}${scores.map((score) => String(score).padStart(16)).join("")}  ${url}`);
    }
    process.stdout.write(`${"Seite".padEnd(12)}${CATEGORIES.map((category) => category.padStart(16)).join("")}\n${rows.join("\n")}\n`);
  } finally {
    chrome.kill();
    await preview.close();
  }
}

await main();
