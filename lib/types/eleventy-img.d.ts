declare module "@11ty/eleventy-img" {
  export interface ImageOptions {
    widths?: (number | "auto")[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    failOnError?: boolean;
    sharpJpegOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpAvifOptions?: Record<string, unknown>;
    htmlOptions?: { imgAttributes?: Record<string, string>; pictureAttributes?: Record<string, string> };
    [option: string]: unknown;
  }

  export interface ImageOutput {
    url: string;
    width: number;
    height: number;
    format: string;
    outputPath: string;
  }

  /** Generates the images and returns, per format, each width's output. */
  export default function Image(src: string, options?: ImageOptions): Promise<Record<string, ImageOutput[]>>;

  /** Turns every `<img>` of the output into a `<picture>` with generated sources. */
  export function eleventyImageTransformPlugin(eleventyConfig: unknown, options?: ImageOptions & { extensions?: string; transformOnRequest?: boolean }): void;
}
