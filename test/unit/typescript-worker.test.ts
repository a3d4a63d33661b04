import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { startTypeScriptWorker } from "../../lib/content/typescript-worker.ts";

describe("a worker thread from a TypeScript module", () => {
  it("runs the module bundled, each module keeping its own location, with packages from the project", async () => {
    const script = new URL("../fixtures/worker/where-am-i.ts", import.meta.url);
    // The dev server's cache-busting query is not part of the file's name.
    const worker = await startTypeScriptWorker(new URL(`${script.href}?_cache_bust=1`), {});
    const message = await new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    await worker.terminate();
    assert.deepEqual(message, {
      own: script.href,
      helper: new URL("../fixtures/worker/nested/helper.ts", import.meta.url).href,
      yaml: { a: 1 },
      text: "import.meta.url",
    });
  });
});
