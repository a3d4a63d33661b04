import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { PROJECT_DIR, tempDir } from "./site-build.ts";

/** A copy of the project's code (not its content) that a test may edit, sharing node_modules. */
export function copyProject(): string {
  const dir = tempDir("project");
  for (const entry of [".eleventy.ts", "lib", "layouts", "assets", "package.json", "tsconfig.json", "content/_data"]) {
    mkdirSync(path.dirname(path.join(dir, entry)), { recursive: true });
    cpSync(path.join(PROJECT_DIR, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(PROJECT_DIR, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

export function freePort(): Promise<number> {
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

/** Starts `npm start`'s command in a project folder. */
export async function startDevServer(projectDir: string, contentDir: string): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", "--serve", "--quiet", `--port=${port}`],
    { cwd: projectDir, env: { ...process.env, CONTENT_DIR: contentDir }, stdio: ["ignore", "pipe", "pipe"], detached: true },
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
  await waitFor(server, "/", (html) => html.includes("<h1"), 60_000);
  return server;
}

/** Polls a page until `accept` is true; fails with the server's output after `timeoutMs`. */
export async function waitFor(server: DevServer, urlPath: string, accept: (html: string) => boolean, timeoutMs = 20_000): Promise<string> {
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
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${urlPath} never showed the expected change.\nServer output:\n${server.output()}\nLast page:\n${last.slice(0, 500)}`);
}
