import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { BuildMetrics } from "../lib/eleventy/build-metrics.ts";
import { searchDocumentsDir } from "../lib/search/search-documents.ts";
import { startDevServer, waitFor } from "./dev-server.ts";
import { generateCorpus } from "./generate-corpus.ts";

/*
 * `npm run bench -- --articles 10000 [--runs 3] [--seed 42] [--skip-dev]`: generates a corpus
 * into a temporary folder, builds it with the real pipeline (CONTENT_DIR points the build at
 * it), times `npm run check` on it and a save in `npm start`, and prints one table with the
 * medians of the runs. Each run builds cold (an empty BUILD_CACHE_DIR); then one new article is
 * added and the site built again with the last run's caches (the warm rebuild). The peer,
 * Hugo + Pagefind's command line (../shared/peer-bench/run.sh), is timed on the same articles,
 * one run beside each cold build.
 */

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TSX = path.join(PROJECT_DIR, "node_modules/tsx/dist/cli.mjs");

function run(args: string[], env: Record<string, string>): Promise<{ ms: number; code: number | null; output: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, ...args], { cwd: PROJECT_DIR, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ ms: performance.now() - started, code, output }));
  });
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const mib = (bytes: number | null) => (bytes === null ? "n/a" : `${(bytes / 2 ** 20).toFixed(0)} MiB`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface RunResult extends BuildMetrics {
  totalMs: number;
  checkMs: number;
  pages: number;
  siteBytes: number;
  pagefindBytes: number;
  medianArticleGzip: number;
}

/**
 * Waits until the disk has written what earlier steps left in the page cache (the corpus, the
 * last run's site), so that each run starts on an idle disk as a fresh build machine does.
 * Earlier outputs are deleted only after the last run: a large deletion slows file creation
 * for minutes (README: "Deleting many files slows the next build").
 */
function settleDisk(): void {
  spawnSync("sync");
}

/** Where each run builds, and `npm start`'s site: named once, for the build and for the cleanup. */
const runSiteDir = (workDir: string, index: number) => path.join(workDir, `site-${index}`);
const devSiteDir = (workDir: string) => path.join(workDir, "dev-site");

const runCacheDir = (workDir: string, index: number) => path.join(workDir, `cache-${index}`);
const warmSiteDir = (workDir: string) => path.join(workDir, "site-warm");

/** One build of the corpus into `outputDir` with the caches in `cacheDir`: its wall time and the build's own metrics. */
async function buildOnce(contentDir: string, outputDir: string, cacheDir: string, report: string): Promise<BuildMetrics & { totalMs: number }> {
  settleDisk();
  const build = await run(["node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", "--quiet", `--output=${outputDir}`], { CONTENT_DIR: contentDir, BENCH_REPORT: report, BUILD_CACHE_DIR: cacheDir });
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  return { ...(JSON.parse(readFileSync(report, "utf8")) as BuildMetrics), totalMs: build.ms };
}

async function benchOnce(contentDir: string, workDir: string, index: number): Promise<RunResult> {
  const outputDir = runSiteDir(workDir, index);
  const build = await buildOnce(contentDir, outputDir, runCacheDir(workDir, index), path.join(workDir, `metrics-${index}.json`));
  const check = await run(["scripts/check.ts", "--content", contentDir], {});
  if (check.code !== 0) throw new Error(`check failed:\n${check.output}`);

  const all = files(outputDir);
  const pages = all.filter((file) => file.endsWith(".html"));
  const articles = pages.filter((file) => file.includes(`${path.sep}nachrichten${path.sep}`)).map((file) => gzipSync(readFileSync(file)).length);
  const css = files(path.join(outputDir, "assets/css")).filter((file) => /site\.\w+\.css$/.test(file)).map((file) => gzipSync(readFileSync(file)).length);
  const result: RunResult = {
    ...build,
    checkMs: check.ms,
    pages: pages.length,
    siteBytes: sum(all.map((file) => statSync(file).size)),
    pagefindBytes: sum(all.filter((file) => file.includes(`${path.sep}pagefind${path.sep}`)).map((file) => statSync(file).size)),
    medianArticleGzip: median(articles) + sum(css),
  };
  return result;
}

/** The article a warm rebuild adds: in the newest year, so that the newest search shard changes. */
function newArticle(contentDir: string): string {
  const year = readdirSync(path.join(contentDir, "nachrichten")).filter((name) => /^\d{4}$/.test(name)).sort().at(-1)!;
  const file = path.join(contentDir, "nachrichten", year, "bench-neue-radstation.md");
  writeFileSync(file, `---\ntitle: Neue Radstation am Bahnhof\ndate: ${year}-01-02\nregion: wolfsburg\ntags: [Mobilität]\n---\nAm Bahnhof stehen ab heute 200 Fahrradstellplätze bereit.\n`);
  return file;
}

/** A build after adding one article, with the caches the cold build in `cacheDir` left. */
async function warmRebuild(contentDir: string, workDir: string, cacheDir: string): Promise<BuildMetrics & { totalMs: number }> {
  const added = newArticle(contentDir);
  try {
    return await buildOnce(contentDir, warmSiteDir(workDir), cacheDir, path.join(workDir, "metrics-warm.json"));
  } finally {
    // The peer and the dev server see the generated corpus as it was.
    rmSync(added);
  }
}

const PEER_SCRIPT = path.resolve(PROJECT_DIR, "../shared/peer-bench/run.sh");

/** Why the peer cannot be timed here, if it cannot. */
function peerMissing(): string | undefined {
  if (!existsSync(PEER_SCRIPT)) return `skipped (${PEER_SCRIPT} is missing)`;
  if (spawnSync("hugo", ["version"], { stdio: "ignore" }).error) return "skipped (hugo is missing: apt-get install -y hugo)";
  return undefined;
}

/** One run of Hugo + Pagefind's command line on the same articles: its wall time in ms. */
function peerOnce(contentDir: string): number {
  settleDisk();
  // The script takes YYYY/slug.md files: the corpus's nachrichten/ folder is laid out so.
  const peer = spawnSync(PEER_SCRIPT, [path.join(contentDir, "nachrichten"), "1"], { cwd: PROJECT_DIR, encoding: "utf8" });
  const time = /^hugo\+pagefind ([\d.]+)$/m.exec(peer.stdout);
  if (peer.status !== 0 || time === null) throw new Error(`the peer failed: ${(peer.stderr || peer.stdout).trim()}`);
  return Number(time[1]) * 1000;
}

/**
 * `npm start` on the corpus: after the first build, saves one article three times with a new
 * title and measures each time until the dev server serves the page with it.
 */
async function devSaveToVisible(contentDir: string, workDir: string): Promise<number[]> {
  const server = await startDevServer(PROJECT_DIR, { contentDir, outputDir: devSiteDir(workDir), startTimeoutMs: 600_000 });
  try {
    const year = readdirSync(path.join(contentDir, "nachrichten")).sort().at(-1)!;
    const name = readdirSync(path.join(contentDir, "nachrichten", year)).filter((file) => file.endsWith(".md")).sort()[0]!;
    const file = path.join(contentDir, "nachrichten", year, name);
    const urlPath = `/nachrichten/${year}/${name.slice(0, -3)}/`;
    const times: number[] = [];
    for (let save = 1; save <= 3; save++) {
      // Let the watcher settle after the previous build.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const title = `Geänderter Titel Nummer ${save}`;
      const text = readFileSync(file, "utf8").replace(/^title: .*$/m, `title: ${title}`);
      const started = performance.now();
      writeFileSync(file, text);
      await waitFor(server, urlPath, (html) => html.includes(title), { timeoutMs: 120_000, pollMs: 10 });
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { articles: { type: "string", default: "1000" }, runs: { type: "string", default: "3" }, seed: { type: "string", default: "42" }, "skip-dev": { type: "boolean", default: false } },
  });
  const articles = Number(values.articles);
  const runs = Number(values.runs);
  const workDir = mkdtempSync(path.join(tmpdir(), "nar-bench-"));
  const contentDir = path.join(workDir, "content");
  try {
    const generated = generateCorpus({ articles, outDir: contentDir, seed: Number(values.seed) });
    process.stdout.write(`Korpus: ${generated.files} Artikel, ${mib(generated.bytes)} in ${contentDir}\n`);
    const results: RunResult[] = [];
    // Each cold build is paired with a run of the peer, by turns first and second: the machine's
    // speed drifts by tens of percent within an hour, and a pair's ratio cancels the drift out.
    const peerSkipped = peerMissing();
    const peer: number[] = [];
    for (let index = 0; index < runs; index++) {
      if (peerSkipped === undefined && index % 2 === 1) peer.push(peerOnce(contentDir));
      results.push(await benchOnce(contentDir, workDir, index));
      if (peerSkipped === undefined && index % 2 === 0) peer.push(peerOnce(contentDir));
      const ours = results.at(-1)!.totalMs;
      const pair = peerSkipped === undefined ? `; Hugo + Pagefind: ${seconds(peer.at(-1)!)} (${(ours / peer.at(-1)!).toFixed(2)}×)` : "";
      process.stdout.write(`Lauf ${index + 1}/${runs}: ${seconds(ours)}${pair}\n`);
    }
    const ratios = peer.map((time, index) => results[index]!.totalMs / time);
    const warm = await warmRebuild(contentDir, workDir, runCacheDir(workDir, runs - 1));
    process.stdout.write(`Warmer Neubau (1 neuer Artikel): ${seconds(warm.totalMs)}\n`);
    const devTimes = values["skip-dev"] ? [] : await devSaveToVisible(contentDir, workDir);
    const pick = (key: keyof RunResult) => median(results.map((result) => Number(result[key] ?? 0)));
    const pagefindPeaks = results.map((result) => result.pagefindMaxRssBytes).filter((value): value is number => value !== null);
    const rows: [string, string][] = [
      ["articles", String(articles)],
      ["build, whole (wall)", seconds(pick("totalMs"))],
      ["  validate", seconds(pick("validateMs"))],
      ["  render (indexing overlaps)", seconds(pick("renderMs"))],
      ["  index, after rendering", seconds(pick("indexMs"))],
      ["warm rebuild, +1 article (wall)", `${seconds(warm.totalMs)} = ${(warm.totalMs / pick("totalMs")).toFixed(2)}× cold`],
      ["  validate / render / index", [warm.validateMs, warm.renderMs, warm.indexMs].map(seconds).join(" / ")],
      ["  peak RSS, Node", mib(warm.nodeMaxRssBytes)],
      ["peer: hugo + pagefind (wall)", peerSkipped ?? `${seconds(median(peer))} (runs: ${peer.map(seconds).join(", ")})`],
      ["  ours / peer, median of pairs", peerSkipped ? "n/a" : `${median(ratios).toFixed(2)}× (pairs: ${ratios.map((ratio) => `${ratio.toFixed(2)}×`).join(", ")})`],
      ["search index shards", String(pick("searchShards"))],
      ["pages written", String(pick("pages"))],
      ["pages per second", (pick("pages") / (pick("totalMs") / 1000)).toFixed(0)],
      ["peak RSS, Node", mib(pick("nodeMaxRssBytes"))],
      ["peak RSS, Pagefind", pagefindPeaks.length ? mib(median(pagefindPeaks)) : "n/a"],
      ["_site", mib(pick("siteBytes"))],
      ["_site/pagefind", mib(pick("pagefindBytes"))],
      ["median article page + CSS, gzip", `${(pick("medianArticleGzip") / 1024).toFixed(1)} KiB`],
      ["npm run check", seconds(pick("checkMs"))],
      ["npm start: save → page shows it", devTimes.length ? `${median(devTimes).toFixed(0)} ms (saves: ${devTimes.map((ms) => ms.toFixed(0)).join(", ")} ms)` : "skipped"],
    ];
    process.stdout.write(`\nMedian of ${runs} run(s):\n${rows.map(([name, value]) => `${name.padEnd(34)}${value}`).join("\n")}\n`);
  } finally {
    const outputs = [...Array.from({ length: runs }, (_, index) => runSiteDir(workDir, index)), warmSiteDir(workDir), devSiteDir(workDir)];
    for (const dir of [workDir, ...outputs.map(searchDocumentsDir)]) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
