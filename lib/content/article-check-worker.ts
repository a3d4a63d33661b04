import { parentPort, workerData } from "node:worker_threads";
import { articleLoader } from "./content-loader.ts";
import { takeFiles, type ArticleCheckResult, type ArticleCheckWork } from "./parallel-article-check.ts";

// The worker side of lib/content/parallel-article-check.ts: checks the files it takes and sends back their outcomes.
const { location, files, next } = workerData as ArticleCheckWork;
const load = articleLoader(location);
const result: ArticleCheckResult = [];
for (const index of takeFiles(next, files.length)) result.push([index, load(files[index]!)]);
parentPort!.postMessage(result);
