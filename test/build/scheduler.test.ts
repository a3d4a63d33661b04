import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { scheduleFile } from "../../lib/site/schedule.ts";
import { PROJECT_DIR } from "../helpers/site-build.ts";

const TSX = path.join(PROJECT_DIR, "node_modules/tsx/dist/cli.mjs");
const SCRIPT = path.join(PROJECT_DIR, "scripts/publish-scheduled.ts");

describe("the scheduler against a deployed schedule and a build hook", () => {
  let server: Server;
  let origin: string;
  let schedule: string | undefined;
  const hookCalls: string[] = [];

  before(async () => {
    server = createServer((request, response) => {
      if (request.method === "POST" && request.url?.startsWith("/build_hooks/abc")) {
        hookCalls.push(request.url);
        response.writeHead(200).end();
      } else if (request.url === "/_schedule.json" && schedule !== undefined) {
        response.writeHead(200, { "Content-Type": "application/json" }).end(schedule);
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  const run = (now: string, env: Record<string, string> = {}) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [TSX, SCRIPT], {
        env: { ...process.env, SITE_URL: origin, NETLIFY_BUILD_HOOK: `${origin}/build_hooks/abc`, NAR_NOW: now, ...env },
      });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });

  it("triggers no build before the scheduled time", async () => {
    schedule = scheduleFile(Date.parse("2026-02-28T12:00:00+01:00"), ["2026-03-01T09:30:00+01:00"]);
    const result = await run("2026-03-01T09:15:00+01:00");
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.trim(), "Nothing due. Next scheduled article at 2026-03-01T09:30:00+01:00. No build triggered.");
    assert.deepEqual(hookCalls, []);
  });

  it("triggers the build hook once the time has passed", async () => {
    const result = await run("2026-03-01T09:30:00+01:00");
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.trim(), "Due since 2026-03-01T09:30:00+01:00: build triggered.");
    assert.equal(hookCalls.length, 1);
    assert.match(hookCalls[0]!, /\?trigger_title=Geplante%20Artikel%20f%C3%A4llig/);
  });

  it("triggers nothing once the deploy that published the article is live, and nothing without a schedule", async () => {
    schedule = scheduleFile(Date.parse("2026-03-01T09:31:00+01:00"), []);
    assert.equal((await run("2026-03-01T09:45:00+01:00")).stdout.trim(), "No scheduled articles. No build triggered.");
    schedule = undefined;
    assert.match((await run("2026-03-01T10:00:00+01:00")).stdout, /_schedule\.json does not exist yet: the next deploy writes it\. No build triggered\./);
    assert.equal(hookCalls.length, 1);
  });

  it("says what is missing when the hook secret is not set", async () => {
    const result = await run("2026-03-01T10:00:00+01:00", { NETLIFY_BUILD_HOOK: "" });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /NETLIFY_BUILD_HOOK is not set: add the build hook's URL as the repository secret NETLIFY_BUILD_HOOK/);
  });
});
