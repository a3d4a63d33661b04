import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { PROJECT_DIR } from "../helpers/site-build.ts";

/*
 * What production runs and what a content pull request runs: the same supported Node.js LTS,
 * and the same production build of the real content, with a time limit.
 */

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  "timeout-minutes"?: number;
}

const netlify = parseToml(readFileSync(path.join(PROJECT_DIR, "netlify.toml"), "utf8")) as { build: { command: string; environment: { NODE_VERSION: string } } };
const workflow = parseYaml(readFileSync(path.join(PROJECT_DIR, ".github/workflows/content.yml"), "utf8")) as { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
/** Node.js release lines with long-term support that are not past their end of life in 2026. */
const SUPPORTED_LTS = ["22", "24"];

describe("runtime and pull-request workflow", () => {
  it("production and the workflow run the same supported Node.js LTS", () => {
    assert.ok(SUPPORTED_LTS.includes(netlify.build.environment.NODE_VERSION), netlify.build.environment.NODE_VERSION);
    const setupNode = steps.find((step) => step.uses?.startsWith("actions/setup-node"));
    assert.equal(String(setupNode?.with?.["node-version"]), netlify.build.environment.NODE_VERSION);
  });

  it("builds the real content on every pull request as Netlify's production build does, with a time limit", () => {
    assert.ok("pull_request" in workflow.on);
    const build = steps.find((step) => step.run?.includes(netlify.build.command));
    assert.ok(build, `no step runs ${netlify.build.command}`);
    assert.equal(build.env?.CONTEXT, "production");
    assert.ok((build["timeout-minutes"] ?? Infinity) <= 30);
    assert.match(build.run!, /timeout \d+ npm run build/);
    assert.doesNotMatch(build.run!, /CONTENT_DIR/);
    assert.ok(steps.indexOf(build) < steps.findIndex((step) => step.run === "npm test"), "the build runs before the tests");
  });

  it("turns a build's problem lines into annotations on the author's file", () => {
    const build = steps.find((step) => step.run?.includes("npm run build"))!;
    const sed = /sed -nE '(s\/.*\/p)'/.exec(build.run!)?.[1];
    assert.ok(sed);
    const [, pattern, replacement] = /^s\/(.*)\/(.*)\/p$/.exec(sed)!;
    const line = "content/nachrichten/2021/x.md:4:9: error: region: „brunswick“ ist keine bekannte Region — eine von peine verwenden";
    assert.equal(line.replace(new RegExp(pattern!), replacement!.replace(/\\(\d)/g, "$$$1")), "::error file=content/nachrichten/2021/x.md,line=4,title=region::„brunswick“ ist keine bekannte Region — eine von peine verwenden");
  });
});
