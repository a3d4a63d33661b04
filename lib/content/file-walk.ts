import { readdirSync, type Dirent } from "node:fs";
import path from "node:path";

/**
 * Every entry under `root`, depth first, without following symbolic links: a link is listed
 * as itself and never entered. (`readdirSync`'s `recursive` option enters linked folders on
 * newer Node.js versions, so that a link to /etc would list the system's files.) An empty
 * list for a folder that does not exist.
 */
export function walkEntries(root: string): Dirent[] {
  const entries: Dirent[] = [];
  const folders = [root];
  while (folders.length > 0) {
    const folder = folders.pop()!;
    let children: Dirent[];
    try {
      children = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const child of children) {
      entries.push(child);
      if (child.isDirectory()) folders.push(path.join(folder, child.name));
    }
  }
  return entries;
}
