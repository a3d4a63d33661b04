import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { load, type CheerioAPI } from "cheerio";
import { searchDocumentsDir } from "../../lib/search/search-documents.ts";

export const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const FIXTURE_SITE = path.join(PROJECT_DIR, "test/fixtures/site");
const TSX = path.join(PROJECT_DIR, "node_modules/tsx/dist/cli.mjs");
const ELEVENTY = path.join(PROJECT_DIR, "node_modules/@11ty/eleventy/cmd.cjs");

const tempDirs: string[] = [];
// Each test file runs in a process of its own: its throwaway folders go when it ends, passed or failed.
process.on("exit", () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `nar-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

/** A build into `outputDir` keeps its search documents outside it (lib/search/search-documents.ts): they go at exit too. */
export function removeSearchDocumentsAtExit(outputDir: string): void {
  tempDirs.push(searchDocumentsDir(outputDir));
}

interface ContentOptions {
  /** Start from the fixture site (default) or from an empty folder. */
  base?: "fixture" | "empty";
  /** Extra articles for pagination: all in 2019, region Peine, topic "Fülltext". */
  fillers?: number;
  /** More files, by path relative to the content folder. */
  files?: Record<string, string | Uint8Array>;
}

/** A throwaway content folder: the fixture site plus whatever a test adds. */
export function makeContent(options: ContentOptions = {}): string {
  const dir = tempDir("content");
  if ((options.base ?? "fixture") === "fixture") cpSync(FIXTURE_SITE, dir, { recursive: true });
  for (let index = 1; index <= (options.fillers ?? 0); index++) {
    const day = String(1 + ((index - 1) % 28)).padStart(2, "0");
    const month = String(1 + Math.floor((index - 1) / 28)).padStart(2, "0");
    const hour = String(index % 24).padStart(2, "0");
    writeContentFile(
      dir,
      `nachrichten/2019/fuellartikel-${index}.md`,
      `---\ntitle: Füllartikel Nummer ${index}\ndate: "2019-${month}-${day}T${hour}:00"\nregion: peine\ntags: [Fülltext]\n---\nText des Füllartikels ${index}.\n`,
    );
  }
  for (const [file, content] of Object.entries(options.files ?? {})) writeContentFile(dir, file, content);
  return dir;
}

export function writeContentFile(contentDir: string, file: string, content: string | Uint8Array): void {
  const target = path.join(contentDir, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
}

export interface BuildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputDir: string;
}

/** Runs the real build (`npm run build`'s command) on a content folder, into a fresh output folder or the one given. */
export function buildSite(contentDir: string, env: Record<string, string> = {}, outputDir = tempDir("site")): Promise<BuildResult> {
  removeSearchDocumentsAtExit(outputDir);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, ELEVENTY, "--config=.eleventy.ts", "--quiet", `--output=${outputDir}`], {
      cwd: PROJECT_DIR,
      env: { ...process.env, CONTENT_DIR: contentDir, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    // Decoded by the stream, so that a character split between two chunks stays whole.
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, outputDir }));
  });
}

/** The built page at a URL path, parsed. */
export function page(outputDir: string, urlPath: string): CheerioAPI {
  return load(pageHtml(outputDir, urlPath));
}

export function pageHtml(outputDir: string, urlPath: string): string {
  const file = path.join(outputDir, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath);
  if (!existsSync(file)) throw new Error(`no page at ${urlPath} (${file})`);
  return readFileSync(file, "utf8");
}

export function pageExists(outputDir: string, urlPath: string): boolean {
  return existsSync(path.join(outputDir, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath));
}

/** JSON-LD blocks are data, not scripts: browsers never run them. */
const DATA_BLOCK = /<script type="application\/ld\+json">[^<]*<\/script>/g;

/** A page's HTML without its JSON-LD blocks, for checks that no script reached the page. */
export function withoutDataBlocks(html: string): string {
  return html.replace(DATA_BLOCK, "");
}

/** Every file of a build that ends in `ending`, as root-relative paths (`/region/peine/index.html`); Pagefind's own files left out. */
export function outputFiles(outputDir: string, ending: string): string[] {
  return readdirSync(outputDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(ending) && !file.startsWith("pagefind"))
    .map((file) => `/${file.split(path.sep).join("/")}`);
}

/**
 * Every HTML page of the site in a build as the URL it is served at (`/region/peine/`,
 * `/404.html`); not the authors' web editor at /admin/, which is no page of the site
 * (test/build/editor.test.ts).
 */
export function htmlPages(outputDir: string): string[] {
  return outputFiles(outputDir, ".html")
    .filter((file) => !file.startsWith("/admin/"))
    .map((file) => file.replace(/index\.html$/, ""));
}
