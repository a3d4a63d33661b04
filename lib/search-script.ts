import path from "node:path";
import { build } from "esbuild";

/**
 * Bundles the search page's script (assets/js/search.ts) for browsers. It is the site's only
 * client JavaScript; Pagefind's own `pagefind.js` is loaded by it at run time, not bundled.
 */
export async function bundleSearchScript(projectDir: string, outputDir: string): Promise<void> {
  await build({
    entryPoints: [path.join(projectDir, "assets/js/search.ts")],
    outfile: path.join(outputDir, "assets/js/search.js"),
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    sourcemap: false,
    external: ["/pagefind/pagefind.js"],
    logLevel: "warning",
  });
}
