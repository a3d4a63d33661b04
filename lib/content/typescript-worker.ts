import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";
import { build, type Plugin } from "esbuild";
import { PROJECT_DIR } from "./build-cache.ts";

/*
 * Worker threads run this project's TypeScript as one module bundled by esbuild, not through
 * tsx's loader: tsx would start its own loader thread in each worker and route every import
 * through it, about half a second of CPU time per worker. Packages stay imports of their own.
 */

/** Inside the project, so that the bundles' imports of packages resolve to its node_modules. */
const BUNDLE_DIR = path.join(PROJECT_DIR, "node_modules", ".cache", "nachrichten-workers");
/** A bundle not used for this long is code that changed since: deleted when another is written. */
const UNUSED_MS = 60 * 60 * 1000;

/**
 * Each module keeps its own `import.meta.url` (modules find files and packages relative to
 * themselves): it is a constant of the module's own, which esbuild renames apart in the bundle.
 */
const MODULE_URL = "__moduleUrl";
const ownLocation: Plugin = {
  name: "own-location",
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.tsx?$/ }, (args) => ({
      contents: `const ${MODULE_URL} = ${JSON.stringify(pathToFileURL(args.path).href)};\n${readFileSync(args.path, "utf8")}`,
      loader: args.path.endsWith(".tsx") ? "tsx" : "ts",
    }));
  },
};

/** The bundle of a worker's module, written once per content: workers of other builds may load the same file meanwhile. */
function bundleFile(name: string, code: Uint8Array): string {
  const file = path.join(BUNDLE_DIR, `${name}.${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`);
  const now = new Date();
  try {
    utimesSync(file, now, now);
    return file;
  } catch {
    mkdirSync(BUNDLE_DIR, { recursive: true });
    const partial = `${file}.${randomBytes(6).toString("hex")}`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  for (const other of readdirSync(BUNDLE_DIR)) {
    const stale = path.join(BUNDLE_DIR, other);
    const unused = now.getTime() - (statSync(stale, { throwIfNoEntry: false })?.mtimeMs ?? now.getTime());
    if (other.startsWith(`${name}.`) && stale !== file && unused > UNUSED_MS) rmSync(stale, { force: true });
  }
  return file;
}

/**
 * A worker thread running a TypeScript module of this project (`script`, e.g.
 * `new URL("../search/search-index-worker.ts", import.meta.url)`).
 */
export async function startTypeScriptWorker(script: URL, options: Omit<WorkerOptions, "eval">): Promise<Worker> {
  // Without the dev server's cache-busting query: the bundle is made from the files as saved.
  const entry = fileURLToPath(new URL(script.pathname, script));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    plugins: [ownLocation],
    define: { "import.meta.url": MODULE_URL },
    write: false,
    logLevel: "silent",
  });
  const file = bundleFile(path.basename(entry, path.extname(entry)), result.outputFiles[0]!.contents);
  // Not the main thread's options: those load tsx.
  return new Worker(pathToFileURL(file), { execArgv: [], ...options });
}
