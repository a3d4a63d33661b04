import { register } from "node:module";
import { pathToFileURL } from "node:url";

/*
 * Eleventy 3.1 re-imports a changed template, but not the `.ts`/`.tsx` modules that other
 * modules import: Node keeps them in its module cache, so a rebuild would render with stale
 * components and library code. In the dev server we therefore register a resolve hook that
 * gives every project module a new URL (`?dev=<generation>`) after each change, so the next
 * import evaluates the current file and everything it imports.
 */

const STATE = Symbol.for("nachrichten-aus-der-region.dev-module-generation");

type GlobalWithGeneration = typeof globalThis & { [STATE]?: Int32Array };

/** Registers the hook once per process; the returned function starts a new generation. */
export function enableModuleReload(projectDir: string): () => void {
  const store = globalThis as GlobalWithGeneration;
  let generation = store[STATE];
  if (generation === undefined) {
    // Shared memory: the hook runs on the loader thread and must see a bump at once, not after a message round trip.
    generation = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    register("./dev-module-reload-hooks.ts", import.meta.url, {
      data: { generation, projectUrl: pathToFileURL(`${projectDir}/`).href },
    });
    store[STATE] = generation;
  }
  const shared = generation;
  return () => {
    Atomics.add(shared, 0, 1);
  };
}

/** Changes that make project modules stale (content files are data, not modules). */
export function isProjectModule(file: string): boolean {
  return /\.(ts|tsx)$/.test(file) && !file.includes("node_modules");
}
