import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ContentProblem } from "./content-error.ts";
import type { ContentLocation } from "./content-location.ts";
import { walkEntries } from "./file-walk.ts";
import { svgChecker } from "./svg-checks.ts";

/*
 * The files next to the Markdown: every image an article or page refers to is read with the
 * image library (sharp, which eleventy-img uses to publish it) and judged before anything is
 * built, and every file under content/ and assets/ is looked at for symbolic links. `npm run
 * check` and the build call the same function, so they judge alike.
 */

/** The one setting for images: larger files, and more pixels, are refused by check and build, and by the image pipeline itself. */
export const IMAGE_LIMITS = Object.freeze({ maxBytes: 10 * 1024 * 1024, maxPixels: 50_000_000 });

/** Extensions the site publishes, each with the format sharp must find in the file. */
const PUBLISHED_FORMATS: Readonly<Record<string, { format: string; name: string }>> = {
  jpg: { format: "jpeg", name: "JPEG" },
  jpeg: { format: "jpeg", name: "JPEG" },
  png: { format: "png", name: "PNG" },
  webp: { format: "webp", name: "WebP" },
  avif: { format: "heif", name: "AVIF" },
  gif: { format: "gif", name: "GIF" },
  svg: { format: "svg", name: "SVG" },
};
/** The extension a file of a format sharp reads should have, for the rename to suggest. */
const EXTENSION_OF_FORMAT: Readonly<Record<string, string>> = { jpeg: "jpg", png: "png", webp: "webp", heif: "avif", gif: "gif", svg: "svg" };
/** Files the build copies as they are: images next to articles and under assets/images (see lib/site/images.ts). */
const PUBLISHED_IMAGE = /\.(jpe?g|png|webp|avif|gif|svg)$/;

/** Where an article or page refers to an image: `url` as written or resolved, `source` the file it stands for. */
export interface ImageUse {
  /** The Markdown file, relative to the project. */
  file: string;
  line: number;
  column?: number;
  /** `image` for the lead image, `Text` for the body. */
  field: string;
  /** The reference as the author wrote it (for messages). */
  url: string;
  /** Absolute path of the image file. */
  source: string;
}

/** What is wrong with an image file, said once for every place that uses it. */
interface ImageVerdict {
  message: string;
  fix: string;
}

const MEGABYTE = 1024 * 1024;

function megabytes(bytes: number): string {
  return (bytes / MEGABYTE).toLocaleString("de-DE", { maximumFractionDigits: 1 });
}

/** The file name with its extension written as `extension`: `Bild.JPG` → `Bild.jpg`. */
function renamed(name: string, extension: string): string {
  return `${name.replace(/\.[^./]*$/, "")}.${extension}`;
}

/** The problem with a referenced file's name alone (its extension), before the file is read. */
function extensionVerdict(url: string): ImageVerdict | undefined {
  const name = decodeURIComponent(url.split(/[?#]/)[0]!.split("/").pop() ?? "");
  const extension = /\.([^./]+)$/.exec(name)?.[1];
  if (extension === undefined) {
    return { message: `„${name}“ hat keine Dateiendung`, fix: `als JPEG, PNG oder WebP speichern und z. B. „${name}.jpg“ nennen` };
  }
  const lower = extension.toLowerCase();
  if (!(lower in PUBLISHED_FORMATS)) {
    return {
      message: `das Format „.${extension}“ veröffentlicht die Website nicht`,
      fix: "das Bild als JPEG, PNG oder WebP exportieren (jpg, png, webp, avif, gif oder svg)",
    };
  }
  if (extension !== lower) {
    return {
      message: `die Dateiendung „.${extension}“ ist großgeschrieben`,
      fix: `die Datei in „${renamed(name, lower)}“ umbenennen und den Verweis anpassen (Endungen klein schreiben)`,
    };
  }
  return undefined;
}

type Sharp = typeof import("sharp");
let sharpLibrary: Promise<Sharp> | undefined;

/** sharp, loaded when the first image is read: a content folder without images never needs it. */
function sharp(): Promise<Sharp> {
  sharpLibrary ??= import("sharp").then((module) => (module as unknown as { default: Sharp }).default);
  return sharpLibrary;
}

/** Reads the image at `source` and says what is wrong with it, or undefined. Never throws. */
async function imageVerdict(source: string, url: string): Promise<ImageVerdict | undefined> {
  const name = path.basename(source);
  const extension = path.extname(source).slice(1).toLowerCase();
  const expected = PUBLISHED_FORMATS[extension]!;
  let size: number;
  try {
    size = lstatSync(source).size;
  } catch {
    return { message: `die Bilddatei „${url}“ lässt sich nicht lesen`, fix: "die Datei neu ablegen" };
  }
  if (size > IMAGE_LIMITS.maxBytes) {
    return {
      message: `das Bild „${name}“ ist mit ${megabytes(size)} MB zu groß (höchstens ${megabytes(IMAGE_LIMITS.maxBytes)} MB)`,
      fix: "das Bild verkleinern (z. B. auf 2400 Pixel Breite) oder stärker komprimieren",
    };
  }
  if (extension === "svg") {
    const dangers = await svgChecker.dangers(readFileSync(source, "utf8"));
    if (dangers.length > 0) {
      return {
        message: `das SVG „${name}“ enthält ${dangers.join(", ")}`,
        fix: "diese Teile entfernen (Skripte, Ereignis-Attribute, eingebettetes HTML und Verweise auf andere Dateien sind in Bildern nicht erlaubt) oder das Bild als PNG exportieren",
      };
    }
  }
  let metadata: { format?: string; width?: number; height?: number; pages?: number };
  try {
    metadata = await (await sharp())(source, { limitInputPixels: false, animated: true }).metadata();
  } catch {
    if (extension === "svg") {
      return {
        message: `„${name}“ ist kein lesbares SVG (beschädigt, oder ohne Größe: width und height oder viewBox)`,
        fix: "im Grafikprogramm neu als SVG mit Breite und Höhe speichern oder als PNG exportieren",
      };
    }
    return {
      message: `„${name}“ ist keine lesbare ${expected.name}-Datei (beschädigt oder kein Bild)`,
      fix: "das Bild im Bildprogramm öffnen und neu als JPEG, PNG oder WebP speichern",
    };
  }
  const format = metadata.format ?? "unbekannt";
  if (format !== expected.format) {
    const actual = EXTENSION_OF_FORMAT[format];
    return {
      message: `„${name}“ ist kein ${expected.name}-Bild, sondern ${actual ? `ein ${PUBLISHED_FORMATS[actual]!.name}-Bild` : `im Format „${format}“, das die Website nicht veröffentlicht`}`,
      fix: actual ? `die Datei in „${renamed(name, actual)}“ umbenennen und den Verweis anpassen` : "das Bild als JPEG, PNG oder WebP exportieren",
    };
  }
  // An animated image's height counts every frame.
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  if (pixels > IMAGE_LIMITS.maxPixels) {
    const megapixels = (count: number) => Math.round(count / 1_000_000).toLocaleString("de-DE");
    return {
      message: `das Bild „${name}“ hat ${megapixels(pixels)} Megapixel (${metadata.width} × ${metadata.height}; höchstens ${megapixels(IMAGE_LIMITS.maxPixels)})`,
      fix: "das Bild verkleinern, z. B. auf 2400 Pixel Breite",
    };
  }
  return undefined;
}

/** Every symbolic link under `root` (not followed), as paths relative to `projectDir`. */
function symbolicLinks(root: string, projectDir: string): string[] {
  return walkEntries(root)
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => path.relative(projectDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** Every file the build publishes as it is: images next to articles, and under assets/images. */
function publishedImageFiles(location: ContentLocation): string[] {
  const files: string[] = [];
  for (const root of [path.join(location.contentDir, "nachrichten"), path.join(location.projectDir, "assets", "images")]) {
    for (const entry of walkEntries(root)) {
      if (entry.isFile() && PUBLISHED_IMAGE.test(entry.name)) files.push(path.join(entry.parentPath, entry.name));
    }
  }
  return files;
}

/** The checks of the files beside the Markdown for one scan of the content folder. */
export interface MediaChecks {
  /** The problems found, given the images the articles and pages use. */
  problems(uses: readonly ImageUse[]): Promise<ContentProblem[]>;
}

/**
 * Starts the media checks before the articles are checked: every SVG the build publishes is
 * handed to the SVG thread (lib/content/svg-checks.ts) now, so that its verdicts are ready when
 * `problems` asks for them.
 */
export function startMediaChecks(location: ContentLocation): MediaChecks {
  const published = publishedImageFiles(location);
  const svgTexts: string[] = [];
  for (const source of published) {
    if (!source.endsWith(".svg")) continue;
    try {
      // A file over the limit is refused without being read.
      if (lstatSync(source).size <= IMAGE_LIMITS.maxBytes) svgTexts.push(readFileSync(source, "utf8"));
    } catch {
      // `problems` says which file cannot be read, and where it is used.
    }
  }
  svgChecker.check(svgTexts);
  return { problems: (uses) => mediaProblems(location, uses, published) };
}

/**
 * The problems of the files beside the Markdown: symbolic links anywhere under content/ and
 * assets/, every image used (read with sharp: is it an image, of the format its extension
 * says, within IMAGE_LIMITS, an SVG without anything active), and every SVG the build would
 * publish even though nothing uses it. Located at each use (file:line of the reference).
 */
async function mediaProblems(location: ContentLocation, uses: readonly ImageUse[], published: readonly string[]): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const relative = (absolute: string) => path.relative(location.projectDir, absolute).split(path.sep).join("/");
  const links = new Set([...symbolicLinks(location.contentDir, location.projectDir), ...symbolicLinks(path.join(location.projectDir, "assets"), location.projectDir)]);
  for (const link of links) {
    problems.push({
      file: link,
      line: 1,
      field: "Datei",
      message: "ist ein symbolischer Link; Links werden nie veröffentlicht",
      fix: "den Link löschen und die Datei selbst an diese Stelle legen",
    });
  }

  const verdicts = new Map<string, Promise<ImageVerdict | undefined>>();
  const verdictOf = (source: string, url: string) => {
    let verdict = verdicts.get(source);
    if (verdict === undefined) verdicts.set(source, (verdict = imageVerdict(source, url)));
    return verdict;
  };
  const located = await Promise.all(
    uses.map(async (use): Promise<ContentProblem | undefined> => {
      if ([...links].some((link) => use.source === path.join(location.projectDir, link) || use.source.startsWith(path.join(location.projectDir, link) + path.sep))) return undefined;
      const verdict = extensionVerdict(use.url) ?? (await verdictOf(use.source, use.url));
      if (verdict === undefined) return undefined;
      return { file: use.file, line: use.line, ...(use.column === undefined ? {} : { column: use.column }), field: use.field, ...verdict };
    }),
  );
  for (const problem of located) if (problem !== undefined) problems.push(problem);

  // SVGs that nothing uses are published all the same: they must be inert too.
  const used = new Set(uses.map((use) => use.source));
  for (const source of published) {
    if (used.has(source) || !source.endsWith(".svg")) continue;
    const verdict = await verdictOf(source, relative(source));
    if (verdict !== undefined) problems.push({ file: relative(source), line: 1, field: "Datei", ...verdict });
  }
  return problems;
}
