import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/*
 * The browser tests drive Debian's Chromium with playwright-core; nothing downloads a browser.
 * `tsx scripts/chromium.ts` (run by `npm test` before the tests) finds it, installs it with
 * apt-get where that is possible, or stops with one line saying how to get it.
 */

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/** The Chromium to test with: `CHROME_PATH`, or the first one installed. */
export function findChromium(): string | undefined {
  const fromEnvironment = process.env.CHROME_PATH;
  if (fromEnvironment && existsSync(fromEnvironment)) return fromEnvironment;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Arguments for a headless Chromium on a machine without network or GPU. */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
}

function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (canInstallWithApt()) {
    process.stdout.write("Chromium fehlt: installiere Debians Paket „chromium“ mit apt-get …\n");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    const installed = findChromium();
    if (installed) return installed;
  }
  process.stderr.write(
    "Browser tests need Chromium: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chromium or Chrome binary.\n",
  );
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`Chromium: ${ensureChromium()}\n`);
}
