import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

/*
 * Pagefind's command line, run on a folder of HTML documents. Its Node API would take the
 * documents without files, but in Pagefind 1.6 the API's process takes one page at a time and
 * builds the index twice when it writes it; the command line reads a folder on all cores and
 * builds the index once. On 10,000 articles: ~31 s of CPU through the API, ~23 s this way.
 */

/*
 * The command as Pagefind's package documents it (`npx pagefind --site …`): the `pagefind`
 * launcher that npm links into node_modules/.bin, beside the package. It runs the binary for
 * this platform, or the one PAGEFIND_BINARY_PATH names, as a child process of its own.
 */
const command = fileURLToPath(new URL("../../.bin/pagefind", import.meta.resolve("pagefind")));

// Settings of the index are made here, not by PAGEFIND_* variables a shell happens to have;
// only the launcher's choice of binary passes.
const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("PAGEFIND_") || /^PAGEFIND(_EXTENDED)?_BINARY_PATH$/.test(name)));

export interface PagefindRun {
  /** The launcher's process id while it runs. */
  pid: number | undefined;
  /** Resolves when the bundle is written; rejects with Pagefind's own message otherwise. */
  finished: Promise<void>;
}

/** Indexes the HTML documents in `site` (URLs from their paths) into a Pagefind bundle in `bundle`, which then holds this index only. */
export function runPagefind(site: string, bundle: string, language: string): PagefindRun {
  // Pagefind adds to what its output folder holds: an earlier index's fragments would stay beside the new ones.
  rmSync(bundle, { recursive: true, force: true });
  const child = spawn(command, ["--site", site, "--output-path", bundle, "--force-language", language, "--silent"], {
    // Pagefind would also read a configuration file in its working folder.
    cwd: site,
    env: environment,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const finished = new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(stderr.trim() || `stopped with ${signal ?? `exit code ${code}`}`));
    });
  });
  return { pid: child.pid, finished };
}

/**
 * The processes a run consists of: the launcher's descendants (the binary), then the launcher,
 * from /proc; only the launcher where /proc is missing (not Linux).
 */
export function pagefindProcesses(launcher: number): number[] {
  const children = (pid: number): number[] => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const descendants = (pid: number): number[] => children(pid).flatMap((child) => [...descendants(child), child]);
  return [...descendants(launcher), launcher];
}
