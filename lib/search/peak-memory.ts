import { readFileSync } from "node:fs";

/** Peak resident memory of a running process, from /proc: null where there is none (not Linux, or the process ended). */
export function processPeakRss(pid: number): number | null {
  try {
    const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return peak === undefined ? null : Number(peak) * 1024;
  } catch {
    return null;
  }
}
