import path from "node:path";

/** Where content lives; the content folder is a setting so that tests and benchmarks can build other corpora. */
export interface ContentLocation {
  /** Absolute path of the project (for `/assets/…` images and for relative file names in messages). */
  projectDir: string;
  /** Absolute path of the content folder (holds `nachrichten/` and `seiten/`). */
  contentDir: string;
}

/** Where the content of this build lives: `CONTENT_DIR` (relative to the project) or `content/`. */
export function contentLocation(projectDir: string, contentDir = process.env.CONTENT_DIR ?? "content"): ContentLocation {
  return { projectDir, contentDir: path.resolve(projectDir, contentDir) };
}

/**
 * The file a URL of the site stands for: `/assets/…` in the project, `/nachrichten/…` in the
 * content folder, anything else relative to `sourceDir` (the folder of the Markdown file that
 * links it). None for a malformed escape (`%E0%A4`) or a path that climbs out of its folder
 * (`/assets/../../x.png`), so that no check reaches, and no build step reads, files elsewhere.
 */
export function publicFilePath(url: string, location: ContentLocation, sourceDir?: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.split(/[?#]/)[0] ?? "");
  } catch {
    return undefined;
  }
  const [root, target] = decoded.startsWith("/assets/")
    ? [path.join(location.projectDir, "assets"), path.join(location.projectDir, decoded)]
    : decoded.startsWith("/nachrichten/")
      ? [path.join(location.contentDir, "nachrichten"), path.join(location.contentDir, decoded)]
      : sourceDir !== undefined
        ? [sourceDir, path.join(sourceDir, decoded)]
        : [undefined, undefined];
  return root !== undefined && target !== undefined && target.startsWith(`${root}${path.sep}`) ? target : undefined;
}
