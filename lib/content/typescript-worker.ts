import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * A worker thread running a TypeScript module of this project (`script`, e.g.
 * `new URL("../search/search-index-worker.ts", import.meta.url)`), with TypeScript loaded as in the main thread.
 */
export function startTypeScriptWorker(script: URL, options: Omit<WorkerOptions, "eval">): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  const module = new URL(script);
  // Without the dev server's cache-busting query: the worker loads the module once anyway.
  module.search = "";
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}
