import { spawn } from "node:child_process";

/*
 * Pagefind's command line, run on a folder of HTML documents. Its Node API would take the
 * documents without files, but in Pagefind 1.6 the API's process takes one page at a time and
 * builds the index twice when it writes it; the command line reads a folder on all cores and
 * builds the index once. On 10,000 articles: ~31 s of CPU through the API, ~23 s this way.
 */

/*
 * The binary is found as Pagefind's own launchers find it (its `bin` and its Node API both
 * call this function): the package for this platform, or PAGEFIND_BINARY_PATH.
 */
const { resolveBinaryPath } = (await import(new URL("./resolveBinary.js", import.meta.resolve("pagefind")).href)) as {
  resolveBinaryPath(names: string[]): string;
};
const binary = resolveBinaryPath(["pagefind_extended", "pagefind"]);

// Settings of the index are made here, not by PAGEFIND_* variables a shell happens to have.
const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("PAGEFIND_")));

export interface PagefindRun {
  /** The process id while it runs. */
  pid: number | undefined;
  /** Resolves when the bundle is written; rejects with Pagefind's own message otherwise. */
  finished: Promise<void>;
}

/** Indexes the HTML documents in `site` (URLs from their paths) into a Pagefind bundle in `bundle`. */
export function runPagefind(site: string, bundle: string, language: string): PagefindRun {
  const child = spawn(binary, ["--site", site, "--output-path", bundle, "--force-language", language, "--silent"], {
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
