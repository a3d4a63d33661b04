import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Image, { eleventyImageTransformPlugin, type ImageOptions } from "@11ty/eleventy-img";
import posthtml from "posthtml";
import type { Article } from "./article.ts";
import type { ContentLocation } from "./content-loader.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import { IMAGE_LIMITS } from "./media-checks.ts";
import { walkEntries } from "./file-walk.ts";
import { publicFilePath } from "./public-files.ts";
import { CONTENT_IMAGE_SIZES } from "./image-sizes.ts";
import type { ShareImage } from "./site-data.ts";

/*
 * Images: every <img> of the output becomes a <picture> with AVIF and WebP at a few widths,
 * with width/height, through eleventy-img's HTML transform. Generated files go to a cache
 * folder that survives builds (Netlify keeps it, see netlify.toml) and are copied into the
 * output at the end; unchanged images are not processed again.
 */

export const IMAGE_WIDTHS = [400, 800, 1200];
export const IMAGE_FORMATS = ["avif", "webp", "auto"];
export const IMAGE_URL_PATH = "/img/";

/**
 * An image the checks passed that the image library still could not process (a file damaged
 * deep inside, a library limit): said in German with the article or page it belongs to, and
 * without a stack trace (`skipOriginalStack`, as lib/content-error.ts explains).
 */
export class ImagePipelineError extends Error {
  readonly skipOriginalStack = true;

  constructor(where: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message.split("\n")[0] : String(cause);
    super(`${where}: Bild: ein Bild konnte nicht verarbeitet werden (${reason}) — die Bilddatei im Bildprogramm öffnen und neu als JPEG, PNG oder WebP speichern`);
    this.name = "ImagePipelineError";
  }
}

/** The file behind a public image URL of the site, if it exists. */
export function imageSourcePath(url: string, location: ContentLocation): string | undefined {
  const file = /^[a-z]+:/i.test(url) || url.startsWith("//") ? undefined : publicFilePath(url, location);
  return file !== undefined && existsSync(file) ? file : undefined;
}

interface PosthtmlNode {
  tag?: string;
  attrs?: Record<string, string | undefined>;
}

interface PosthtmlTree {
  walk(callback: (node: PosthtmlNode) => PosthtmlNode): void;
}

interface PageContext {
  page?: { inputPath?: string };
}

/**
 * eleventy-img resolves an image against the template's folder (`layouts/pages/`), but our
 * pages reference images by their public URL. This posthtml step, run just before eleventy-img,
 * points each local image at its source file, relative to the template.
 */
function imageSourcesPlugin(location: ContentLocation) {
  return (context: PageContext) => (tree: PosthtmlTree) => {
    const templateDir = path.resolve(location.projectDir, path.dirname(context.page?.inputPath ?? "layouts/pages/x"));
    tree.walk((node) => {
      const src = node.tag === "img" ? node.attrs?.src : undefined;
      const file = src === undefined ? undefined : imageSourcePath(src, location);
      if (node.attrs && file !== undefined) node.attrs.src = path.relative(templateDir, file).split(path.sep).join("/");
      return node;
    });
    return tree;
  };
}

type PosthtmlPluginFactory = (context: object) => (tree: PosthtmlTree) => PosthtmlTree | Promise<PosthtmlTree>;

/**
 * eleventy-img's HTML transform, run only on pages that contain an image: registered through
 * Eleventy's html transformer it would parse every page with posthtml (about 9 s for 10,000
 * article pages without a single image). We hand the plugin a config whose html transformer
 * keeps the plugin for us, and run it from our own transform when a page has an <img>.
 */
/**
 * The names of the generated files the current build uses. The cache folder outlives builds
 * (and on Netlify, deploy previews share it), so it may hold images of articles this build
 * leaves out, such as a scheduled article's lead image from a preview; only what the build
 * used is published. eleventy-img names every file it uses through `filenameFormat`, also
 * when the file is already in the cache.
 */
export class GeneratedImages {
  private readonly names = new Set<string>();

  /** eleventy-img's own naming, recorded. */
  readonly filenameFormat = (id: string, _src: string, width: number, format: string): string => {
    const name = width ? `${id}-${width}.${format}` : `${id}.${format}`;
    this.names.add(name);
    return name;
  };

  has(name: string): boolean {
    return this.names.has(name);
  }

  clear(): void {
    this.names.clear();
  }
}

export function addImageTransform(eleventyConfig: EleventyConfig, location: ContentLocation, cacheDir: string, generated: GeneratedImages): void {
  let imagePlugin: PosthtmlPluginFactory | undefined;
  const capturingConfig = new Proxy(eleventyConfig, {
    get(target, property, receiver) {
      if (property === "htmlTransformer") return { addPosthtmlPlugin: (_extensions: string, plugin: PosthtmlPluginFactory) => (imagePlugin = plugin) };
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const options: ImageOptions & { extensions: string } = {
    extensions: "html",
    widths: IMAGE_WIDTHS,
    formats: IMAGE_FORMATS,
    outputDir: cacheDir,
    urlPath: IMAGE_URL_PATH,
    failOnError: true,
    // The checks refuse larger images first (lib/media-checks.ts); this keeps the pipeline within the same limit.
    sharpOptions: { limitInputPixels: IMAGE_LIMITS.maxPixels },
    filenameFormat: generated.filenameFormat,
    htmlOptions: { imgAttributes: { loading: "lazy", decoding: "async", sizes: CONTENT_IMAGE_SIZES } },
  };
  eleventyImageTransformPlugin(capturingConfig, options);
  const sources = imageSourcesPlugin(location);
  eleventyConfig.addTransform("images", async function (content) {
    if (imagePlugin === undefined || typeof this.page.outputPath !== "string" || !this.page.outputPath.endsWith(".html") || !content.includes("<img")) return content;
    try {
      const result = await posthtml([sources(this) as never, imagePlugin(this) as never]).process(content.toString());
      return result.html;
    } catch (error) {
      throw new ImagePipelineError(typeof this.page.url === "string" ? this.page.url : this.page.outputPath, error);
    }
  });
}

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|svg)$/;

/**
 * Copies the images that lie next to articles (`nachrichten/<year>/`) to the same place in the
 * output, unless an unchanged copy is there or only articles the build leaves out show them
 * (`hidden`: their URLs; a copy from an earlier build is removed). A folder walk rather than a passthrough copy:
 * Eleventy matched every file of the archive against the glob on every build, ~170 ms at
 * 10,000 articles, on each save in `npm start`.
 */
export function publishContentImages(contentDir: string, outputDir: string, hidden: ReadonlySet<string>): void {
  const root = path.join(contentDir, "nachrichten");
  if (!existsSync(root)) return;
  for (const entry of walkEntries(root)) {
    if (!entry.isFile() || !IMAGE_FILE.test(entry.name)) continue;
    const source = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, source);
    const target = path.join(outputDir, "nachrichten", relative);
    if (hidden.has(`/nachrichten/${relative.split(path.sep).join("/")}`)) {
      rmSync(target, { force: true });
      continue;
    }
    const copied = existsSync(target) ? statSync(target) : undefined;
    const original = statSync(source);
    if (copied && copied.size === original.size && copied.mtimeMs >= original.mtimeMs) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(source, target);
  }
}

/**
 * Copies the generated images this build used into the output (only files are copied; the
 * cache keeps them). Their names carry a hash of the source, so a file already in the output
 * is left alone: in `npm start` every save ends here.
 */
export function publishImages(cacheDir: string, outputDir: string, generated: GeneratedImages): void {
  if (!existsSync(cacheDir)) return;
  const target = path.join(outputDir, IMAGE_URL_PATH);
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(cacheDir)) {
    if (generated.has(name) && !existsSync(path.join(target, name))) copyFileSync(path.join(cacheDir, name), path.join(target, name));
  }
}

const SHARE_WIDTH = 1200;

/** A 1200 px JPEG of each article's lead image, for Open Graph and structured data. */
export async function shareImages(articles: readonly Article[], location: ContentLocation, cacheDir: string, generated: GeneratedImages): Promise<Record<string, ShareImage>> {
  const images: Record<string, ShareImage> = {};
  for (const article of articles) {
    const source = article.image ? imageSourcePath(article.image.url, location) : undefined;
    if (!article.image || source === undefined) continue;
    let output: Awaited<ReturnType<typeof Image>>;
    try {
      output = await Image(source, { widths: [SHARE_WIDTH], formats: ["jpeg"], outputDir: cacheDir, urlPath: IMAGE_URL_PATH, failOnError: true, sharpOptions: { limitInputPixels: IMAGE_LIMITS.maxPixels }, filenameFormat: generated.filenameFormat });
    } catch (error) {
      throw new ImagePipelineError(article.sourcePath, error);
    }
    const jpeg = output.jpeg?.[0];
    if (jpeg) images[article.url] = { url: jpeg.url, alt: article.image.alt, width: jpeg.width, height: jpeg.height };
  }
  return images;
}
