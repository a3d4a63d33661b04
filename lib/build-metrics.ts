import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";

/*
 * Phase times and peak memory of one build, written as JSON when BENCH_REPORT names a file
 * (scripts/bench.ts sets it). Measuring costs nothing when it is not asked for.
 */

export interface BuildMetrics {
  /** content → validated entries → collections */
  validateMs: number;
  /** Eleventy rendering and writing pages (search indexing overlaps it) */
  renderMs: number;
  /** after rendering: waiting for Pagefind to write the shards not yet written */
  indexMs: number;
  /** shards of the search index (lib/search-shards.ts) */
  searchShards: number;
  nodeMaxRssBytes: number;
  pagefindMaxRssBytes: number | null;
}

/**
 * Peak resident memory of Pagefind's indexer processes, our children, summed: from /proc
 * (Linux only). The sum of the peaks is an upper bound of the memory they need together.
 */
export function pagefindPeakRss(): number | null {
  let total: number | null = null;
  const entries = existsSync("/proc") ? readdirSync("/proc") : [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const name = /\(([^)]*)\)/.exec(stat)?.[1] ?? "";
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent !== process.pid || !name.startsWith("pagefind")) continue;
      const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1];
      if (peak) total = (total ?? 0) + Number(peak) * 1024;
    } catch {
      // The process ended while we looked.
    }
  }
  // Not Linux, or no Pagefind process: the benchmark reports "n/a".
  return total;
}

export class BuildClock {
  private readonly marks = new Map<string, number>();

  mark(name: string): void {
    this.marks.set(name, performance.now());
  }

  between(from: string, to: string): number {
    return Math.round((this.marks.get(to) ?? 0) - (this.marks.get(from) ?? 0));
  }
}

export function writeBuildMetrics(file: string | undefined, metrics: BuildMetrics): void {
  if (file) writeFileSync(file, JSON.stringify(metrics));
}
