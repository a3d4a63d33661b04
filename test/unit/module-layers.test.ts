import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { PROJECT_DIR } from "../helpers/site-build.ts";

/*
 * The layers of lib/ (README "How it works"): content ← site ← layouts, search on content only,
 * the Eleventy glue on top. Type-only imports count too: a type in the wrong file shows up as
 * the circle it makes.
 */

/** What each folder may import, besides itself. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  "lib/content": [],
  "lib/search": ["lib/content"],
  "lib/site": ["lib/content", "lib/search"],
  "lib/authoring": ["lib/content", "lib/site"],
  "lib/dev": ["lib/content", "lib/site"],
  "lib/eleventy": ["lib/content", "lib/site", "lib/search", "lib/authoring", "lib/dev"],
  layouts: ["lib/content", "lib/site", "lib/search", "lib/authoring"],
};

/** Imports that touch the file system, start processes or load the image and bundling tools: never run by a layout. */
const IMPURE = /^(node:(fs|fs\/promises|child_process|worker_threads|module)|esbuild|@11ty\/eleventy-img|sharp|posthtml|jsdom)$/;

interface ModuleImports {
  /** Project files (relative paths), with whether only types are taken. */
  local: { file: string; typeOnly: boolean }[];
  packages: { name: string; typeOnly: boolean }[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(PROJECT_DIR, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
    .map((entry) => path.relative(PROJECT_DIR, path.join(entry.parentPath, entry.name)));
}

/** Static imports and re-exports (`import type { A } from "…"`, `export { b } from "…"`, `import "…"`) and `import("…")`. */
const STATEMENT = /^\s*(?:import|export)\s+(type\s+)?(?:([\w*\s{},$]*?)\s+from\s+)?["']([^"']+)["'];?\s*$/gm;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(file: string): ModuleImports {
  // Statements may span lines (long name lists): joined first, so that each stands on one line.
  const code = readFileSync(path.join(PROJECT_DIR, file), "utf8").replace(/\{[^{}]*\}(?=\s+from\s)/g, (names) => names.replace(/\s+/g, " "));
  const result: ModuleImports = { local: [], packages: [] };
  const add = (specifier: string, typeOnly: boolean) => {
    if (specifier.startsWith(".")) result.local.push({ file: path.join(path.dirname(file), specifier), typeOnly });
    else result.packages.push({ name: specifier, typeOnly });
  };
  for (const [, typeKeyword, names, specifier] of code.matchAll(STATEMENT)) {
    const braced = /^\{(.*)\}$/.exec(names?.trim() ?? "")?.[1]?.split(",").map((name) => name.trim()).filter(Boolean);
    add(specifier!, typeKeyword !== undefined || (braced !== undefined && braced.length > 0 && braced.every((name) => name.startsWith("type "))));
  }
  for (const [, specifier] of code.matchAll(DYNAMIC)) add(specifier!, false);
  return result;
}

const folderOf = (file: string): string => (file.startsWith("layouts/") ? "layouts" : file.split("/").slice(0, 2).join("/"));

const files = [...sourceFiles("lib"), ...sourceFiles("layouts")];
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe("module layers", () => {
  it("every module of lib/ lives in a stage folder, and every stage folder has a README", () => {
    for (const file of sourceFiles("lib")) assert.ok(folderOf(file) in MAY_IMPORT, `${file} is in no stage folder`);
    for (const folder of Object.keys(MAY_IMPORT).filter((name) => name.startsWith("lib/"))) {
      assert.match(readFileSync(path.join(PROJECT_DIR, folder, "README.md"), "utf8"), /May import/, `${folder}/README.md says what it may import`);
    }
  });

  it("each folder imports only the folders below it", () => {
    const upward: string[] = [];
    for (const [file, { local }] of graph) {
      const from = folderOf(file);
      for (const target of local) {
        const to = folderOf(target.file);
        if (to !== from && !MAY_IMPORT[from]!.includes(to)) upward.push(`${file} → ${target.file}`);
      }
    }
    assert.deepEqual(upward, []);
  });

  it("has no import circles, type-only imports included", () => {
    const circles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        circles.push([...trail.slice(trail.indexOf(file)), file].join(" → "));
        return;
      }
      state.set(file, "open");
      for (const target of graph.get(file)?.local ?? []) visit(target.file, [...trail, file]);
      state.set(file, "done");
    };
    for (const file of files) visit(file, []);
    assert.deepEqual(circles, []);
  });

  it("layouts run only pure modules: nothing they import touches the file system or starts a process", () => {
    const impureReasons = new Map<string, string | undefined>();
    const impurity = (file: string, seen: Set<string>): string | undefined => {
      if (impureReasons.has(file)) return impureReasons.get(file);
      if (seen.has(file)) return undefined;
      seen.add(file);
      const imports = graph.get(file);
      assert.ok(imports, `${file} is imported but is no module of lib/ or layouts/`);
      const direct = imports.packages.find((item) => !item.typeOnly && IMPURE.test(item.name));
      const reason = direct !== undefined ? `${file} imports ${direct.name}` : imports.local.filter((item) => !item.typeOnly).map((item) => impurity(item.file, seen)).find((found) => found !== undefined);
      impureReasons.set(file, reason);
      return reason;
    };
    const layouts = files.filter((file) => file.startsWith("layouts/"));
    assert.deepEqual(layouts.map((file) => impurity(file, new Set())).filter((reason) => reason !== undefined), []);
  });

  it("nothing in lib/ imports layouts/", () => {
    const found = [...graph].flatMap(([file, { local }]) => (file.startsWith("lib/") ? local.filter((item) => item.file.startsWith("layouts/")).map((item) => `${file} → ${item.file}`) : []));
    assert.deepEqual(found, []);
  });
});
