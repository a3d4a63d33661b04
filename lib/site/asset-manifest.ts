import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import type { AssetManifest } from "./asset-urls.ts";

const HASH_LENGTH = 10;

function fingerprint(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex").slice(0, HASH_LENGTH);
}

/**
 * Writes the stylesheets and the search script under names that carry a hash of their
 * content, so that they can be cached for a year (netlify.toml) and a change still reaches
 * every reader. The search script is bundled for browsers; Pagefind's own `pagefind.js` is
 * loaded by it at run time.
 */
export async function writeAssets(projectDir: string, outputDir: string): Promise<AssetManifest> {
  const manifest: Record<string, string> = {};

  const cssDir = path.join(projectDir, "assets/css");
  mkdirSync(path.join(outputDir, "assets/css"), { recursive: true });
  for (const file of readdirSync(cssDir).filter((name) => name.endsWith(".css"))) {
    const content = readFileSync(path.join(cssDir, file));
    const hashed = file.replace(/\.css$/, `.${fingerprint(content)}.css`);
    writeFileSync(path.join(outputDir, "assets/css", hashed), content);
    manifest[`/assets/css/${file}`] = `/assets/css/${hashed}`;
  }

  const result = await build({
    entryPoints: [path.join(projectDir, "assets/js/search.ts")],
    outdir: path.join(outputDir, "assets/js"),
    entryNames: "[name].[hash]",
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    metafile: true,
    logLevel: "warning",
  });
  for (const [output, meta] of Object.entries(result.metafile.outputs)) {
    if (meta.entryPoint === undefined) continue;
    manifest[`/assets/js/${path.basename(meta.entryPoint).replace(/\.ts$/, ".js")}`] = `/assets/js/${path.basename(output)}`;
  }
  return manifest;
}
