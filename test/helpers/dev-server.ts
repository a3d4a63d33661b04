import { cpSync, mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { PROJECT_DIR, removeSearchDocumentsAtExit, tempDir } from "./site-build.ts";

/** A copy of the project's code (not its content) that a test may edit, sharing node_modules. */
export function copyProject(): string {
  const dir = tempDir("project");
  for (const entry of [".eleventy.ts", "lib", "layouts", "assets", "package.json", "tsconfig.json", "netlify.toml", "content/_data"]) {
    mkdirSync(path.dirname(path.join(dir, entry)), { recursive: true });
    cpSync(path.join(PROJECT_DIR, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(PROJECT_DIR, "node_modules"), path.join(dir, "node_modules"), "dir");
  removeSearchDocumentsAtExit(path.join(dir, "_site"));
  return dir;
}

export { startDevServer, waitFor, type DevServer } from "../../scripts/dev-server.ts";
