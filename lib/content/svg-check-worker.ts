import { parentPort, workerData } from "node:worker_threads";
import { svgDangers } from "./svg-safety.ts";
import type { SvgCheckResult, SvgCheckWork } from "./svg-checks.ts";

// The worker side of lib/content/svg-checks.ts: judges each SVG text and sends back what it found, in order.
const texts = workerData as SvgCheckWork;
const result: SvgCheckResult = texts.map(svgDangers);
parentPort!.postMessage(result);
