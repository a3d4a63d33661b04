import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/*
 * The folder whose contents outlive builds (Netlify keeps it between deploys, see netlify.toml):
 * generated images, search bundles, checked articles. Whatever lies in it is found by a key
 * over everything that made it, so a build that reuses it writes the same bytes as one without.
 */

/** The project's root folder (this module is lib/content/build-cache.ts). */
export const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** `BUILD_CACHE_DIR` (relative to the project; the benchmark starts its cold builds empty), else `.cache/`. */
export function buildCacheDir(value = process.env.BUILD_CACHE_DIR): string {
  return path.resolve(PROJECT_DIR, value || ".cache");
}

let version: string | undefined;

/** The files of a folder and its subfolders whose names match, sorted; none if it does not exist. */
function filesIn(dir: string, name: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && name.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * SHA-256 of the code that makes what is cached: every module under lib/, the data files the
 * modules read as they load (content/_data/regions.json, whatever CONTENT_DIR says), and the
 * locked dependencies (markdown-it, Pagefind and its binary, …). Any change there makes every
 * entry stale.
 */
export function codeVersion(): string {
  if (version !== undefined) return version;
  const lock = path.join(PROJECT_DIR, "package-lock.json");
  const files = [...filesIn(path.join(PROJECT_DIR, "lib"), /\.tsx?$/), ...filesIn(path.join(PROJECT_DIR, "content/_data"), /./), ...(existsSync(lock) ? [lock] : [])];
  const hash = createHash("sha256");
  for (const file of files) hash.update(path.relative(PROJECT_DIR, file)).update("\0").update(readFileSync(file)).update("\0");
  return (version = hash.digest("hex"));
}
