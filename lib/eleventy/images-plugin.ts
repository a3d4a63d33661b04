import path from "node:path";
import { eleventyImageTransformPlugin, type ImageOptions } from "@11ty/eleventy-img";
import posthtml from "posthtml";
import { buildCacheDir } from "../content/build-cache.ts";
import type { ContentLocation } from "../content/content-location.ts";
import { IMAGE_LIMITS } from "../content/media-checks.ts";
import { CONTENT_IMAGE_SIZES } from "../site/image-sizes.ts";
import { GeneratedImages, IMAGE_FORMATS, IMAGE_URL_PATH, IMAGE_WIDTHS, ImagePipelineError, imageSourcePath } from "../site/images.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import type { SiteBuild } from "./site-build.ts";

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
 * article pages without a single image). Neither Eleventy nor eleventy-img has a documented
 * way to skip pages, so the plugin gets a config whose html transformer keeps the plugin for us
 * (a Proxy), and our own transform runs it when a page has an <img>.
 */
function addImageTransform(eleventyConfig: EleventyConfig, location: ContentLocation, cacheDir: string, generated: GeneratedImages): void {
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
    // The checks refuse larger images first (lib/content/media-checks.ts); this keeps the pipeline within the same limit.
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

/*
 * Images (lib/site/images.ts): every <img> of the output becomes a <picture> with AVIF and WebP
 * at a few widths; articles with a lead image get a share image; the build publishes the
 * generated files it used and the images beside the articles.
 */
export function imagesPlugin(eleventyConfig: EleventyConfig, build: SiteBuild): void {
  // Generated images outlive builds here (Netlify caches the folder, see netlify.toml).
  const cacheDir = path.join(buildCacheDir(), "eleventy-img");
  const generated = new GeneratedImages();
  addImageTransform(eleventyConfig, build.location, cacheDir, generated);
  eleventyConfig.addPassthroughCopy({ "assets/images": "assets/images" }, { filter: ["**/*.{jpg,jpeg,png,webp,avif,gif,svg}"] });

  build.beforeRender(async () => {
    const { shareImages } = await import("../site/images.ts");
    generated.clear();
    const site = build.requireSite();
    site.shareImages = await shareImages(site.articles, build.location, cacheDir, generated);
  });
  build.afterRender(async ({ outputDir }) => {
    const { publishContentImages, publishImages } = await import("../site/images.ts");
    publishImages(cacheDir, outputDir, generated);
    publishContentImages(build.location.contentDir, outputDir, build.site?.hiddenFiles ?? new Set());
  });
}
