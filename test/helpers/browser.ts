import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import sirv from "sirv";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/chromium.ts";

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("Chromium not found: run `tsx scripts/chromium.ts` (npm test does) or set CHROME_PATH");
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface StaticSite {
  url: string;
  close: () => Promise<void>;
}

/** Serves a built site on 127.0.0.1 (any free port). */
export function serveSite(dir: string): Promise<StaticSite> {
  const handler = sirv(dir, { dev: true, etag: false });
  const server: Server = createServer((request, response) =>
    handler(request, response, () => {
      response.statusCode = 404;
      response.end("not found");
    }),
  );
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** Collects what a page reports as broken: console errors, uncaught exceptions, failed requests. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`exception: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}
