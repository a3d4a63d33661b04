import { writeFileSync } from "node:fs";

/*
 * Phase times and peak memory of one build, written as JSON when BENCH_REPORT names a file
 * (scripts/bench.ts sets it). Measuring costs next to nothing: the phase marks, and a read of
 * /proc every 50 ms while Pagefind runs (lib/search/peak-memory.ts).
 */

export interface BuildMetrics {
  /** content → validated entries → collections */
  validateMs: number;
  /** Eleventy rendering and writing pages (search indexing overlaps it) */
  renderMs: number;
  /** after rendering: waiting for Pagefind to write the shards not yet written */
  indexMs: number;
  /** shards of the search index (lib/search/search-shards.ts) */
  searchShards: number;
  nodeMaxRssBytes: number;
  pagefindMaxRssBytes: number | null;
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
