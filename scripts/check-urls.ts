import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { nowMillis } from "../lib/content/clock.ts";
import { compilerLine, githubAnnotation } from "../lib/content/problem-report.ts";
import { lostUrlProblems, type ContentSnapshot } from "../lib/authoring/url-permanence.ts";

/*
 * `npx tsx scripts/check-urls.ts [--base <git ref>] [--content content] [--format text|github]`:
 * fails when an article URL that the base branch publishes would disappear with the working
 * tree's content (a renamed file, a changed year folder, a deleted file, an article turned
 * into a draft) without a `redirect_from` or a takedown entry. Run from the repository; the
 * pull-request workflow passes the target branch as --base. Exit 0: every URL kept; 1: URLs
 * lost (printed); 2: wrong call or no such ref.
 */

const USAGE = "Aufruf: npx tsx scripts/check-urls.ts -- [--base <Git-Ref>] [--content <Ordner>] [--format text|github]";

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

const { values } = parseArgs({ options: { base: { type: "string" }, content: { type: "string", default: "content" }, format: { type: "string", default: "text" } } });
const base = values.base ?? (process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : "origin/main");
const contentPrefix = values.content.replace(/\/+$/, "");
if (!["text", "github"].includes(values.format)) fail(`Unbekanntes Format „${values.format}“: text oder github angeben.`);

const git = (args: string[], input?: string): Buffer => execFileSync("git", args, { input, maxBuffer: 1024 * 1024 * 1024, stdio: ["pipe", "pipe", "pipe"] });
let root: string;
try {
  root = git(["rev-parse", "--show-toplevel"]).toString().trim();
  git(["rev-parse", "--verify", "--quiet", `${base}^{commit}`]);
} catch {
  fail(`„${base}“ ist kein Commit in diesem Git-Repository (bei GitHub Actions: actions/checkout mit fetch-depth: 0).`);
}
const contentDir = path.join(root, contentPrefix);

/** The article files and takedowns of the base ref, read from git's object store in one batch. */
function baseSnapshot(): ContentSnapshot {
  const paths = git(["ls-tree", "-r", "-z", "--name-only", base, "--", `${contentPrefix}/nachrichten`]).toString().split("\0").filter((file) => file.endsWith(".md"));
  const batch = git(["cat-file", "--batch"], paths.map((file) => `${base}:${file}\n`).join(""));
  const articles = new Map<string, Uint8Array>();
  let offset = 0;
  for (const file of paths) {
    const headerEnd = batch.indexOf(0x0a, offset);
    const size = Number(batch.subarray(offset, headerEnd).toString().split(" ")[2]);
    articles.set(path.posix.relative(contentPrefix, file), batch.subarray(headerEnd + 1, headerEnd + 1 + size));
    offset = headerEnd + 1 + size + 1;
  }
  let removed: string[] = [];
  try {
    removed = removedUrls(git(["show", `${base}:${contentPrefix}/_data/removed.json`]).toString());
  } catch {
    // No takedown list on the base branch.
  }
  return { articles, removed };
}

function removedUrls(json: string): string[] {
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? list.flatMap((item: unknown) => (typeof item === "object" && item !== null && typeof (item as { url?: unknown }).url === "string" ? [(item as { url: string }).url] : [])) : [];
  } catch {
    return [];
  }
}

function headSnapshot(): ContentSnapshot {
  const articlesDir = path.join(contentDir, "nachrichten");
  const articles = new Map<string, Uint8Array>();
  if (existsSync(articlesDir)) {
    for (const entry of readdirSync(articlesDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
      const absolute = path.join(entry.parentPath, entry.name);
      articles.set(path.relative(contentDir, absolute).split(path.sep).join("/"), readFileSync(absolute));
    }
  }
  const removedFile = path.join(contentDir, "_data/removed.json");
  return { articles, removed: existsSync(removedFile) ? removedUrls(readFileSync(removedFile, "utf8")) : [] };
}

/** Renamed article files between the base and the working tree, as git's rename detection sees them. */
function renames(): Map<string, string> {
  const fields = git(["diff", "--name-status", "-z", "-M", base, "--", `${contentPrefix}/nachrichten`]).toString().split("\0");
  const found = new Map<string, string>();
  for (let index = 0; index < fields.length; index++) {
    if (fields[index]?.startsWith("R")) {
      found.set(path.posix.relative(contentPrefix, fields[index + 1]!), path.posix.relative(contentPrefix, fields[index + 2]!));
      index += 2;
    }
  }
  return found;
}

const baseContent = baseSnapshot();
const problems = lostUrlProblems({ base: baseContent, head: headSnapshot(), renames: renames(), now: nowMillis(), contentPrefix });
const lines = problems.map(values.format === "github" ? githubAnnotation : compilerLine);
lines.push(
  problems.length === 0
    ? `Alle veröffentlichten Adressen von ${base} bleiben erreichbar (${baseContent.articles.size} Artikeldateien verglichen)`
    : `${problems.length} veröffentlichte ${problems.length === 1 ? "Adresse ginge" : "Adressen gingen"} verloren`,
);
process.stdout.write(`${lines.join("\n")}\n`);
process.exitCode = problems.length > 0 ? 1 : 0;
