/*
 * Node module customization hooks for the dev server (see dev-module-reload.ts). They run on
 * Node's loader thread.
 */

interface InitializeData {
  generation: Int32Array;
  projectUrl: string;
}

interface ResolveResult {
  url: string;
  format?: string | null;
  shortCircuit?: boolean;
}

type NextResolve = (specifier: string, context: unknown) => Promise<ResolveResult>;

let generation: Int32Array | undefined;
let projectUrl = "";

export function initialize(data: InitializeData): void {
  generation = data.generation;
  projectUrl = data.projectUrl;
}

const SELF = /\/lib\/dev\/dev-module-reload(-hooks)?\.ts$/;

export async function resolve(specifier: string, context: unknown, nextResolve: NextResolve): Promise<ResolveResult> {
  const result = await nextResolve(specifier, context);
  const current = generation === undefined ? 0 : Atomics.load(generation, 0);
  if (current === 0 || !result.url.startsWith(projectUrl) || result.url.includes("/node_modules/")) return result;
  const url = new URL(result.url);
  if (!/\.(ts|tsx)$/.test(url.pathname) || SELF.test(url.pathname)) return result;
  url.searchParams.set("dev", String(current));
  return { ...result, url: url.href };
}
