import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/*
 * Drives `npm start`'s command from outside: for the dev-server tests and for the benchmark's
 * save → shown measurement (scripts/bench.ts).
 */

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface DevServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

export interface DevServerOptions {
  /** The content folder (CONTENT_DIR). */
  contentDir: string;
  /** Another output folder than the project's `_site/`. */
  outputDir?: string;
  /** How long the first build may take. */
  startTimeoutMs?: number;
}

/** Starts `npm start`'s command in a project folder and waits until it serves the home page. */
export async function startDevServer(projectDir: string, options: DevServerOptions): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      "node_modules/tsx/dist/cli.mjs",
      "node_modules/@11ty/eleventy/cmd.cjs",
      "--config=.eleventy.ts",
      "--serve",
      "--quiet",
      `--port=${port}`,
      ...(options.outputDir ? [`--output=${options.outputDir}`] : []),
    ],
    { cwd: projectDir, env: { ...process.env, CONTENT_DIR: options.contentDir }, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const server: DevServer = {
    url: `http://localhost:${port}`,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on("exit", () => resolve());
        process.kill(-child.pid!, "SIGTERM");
      }),
  };
  await waitFor(server, "/", (html) => html.includes("<h1"), { timeoutMs: options.startTimeoutMs ?? 60_000 });
  return server;
}

/** Polls a page every `pollMs` until `accept` is true; fails with the server's output after `timeoutMs`. */
export async function waitFor(
  server: DevServer,
  urlPath: string,
  accept: (html: string) => boolean,
  { timeoutMs = 20_000, pollMs = 150 }: { timeoutMs?: number; pollMs?: number } = {},
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${server.url}${urlPath}`);
      last = await response.text();
      if (response.ok && accept(last)) return last;
    } catch {
      // The server is not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  throw new Error(`${urlPath} never showed the expected change.\nServer output:\n${server.output()}\nLast page:\n${last.slice(0, 500)}`);
}
