/**
 * The part of Eleventy's configuration API this project uses. Eleventy ships no TypeScript
 * declarations, so the config is typed against this narrow interface instead of `any`.
 */
export interface EleventyEventArgs {
  runMode: "build" | "watch" | "serve";
  directories: { input: string; output: string };
}

export interface EleventyConfig {
  /** Eleventy runs the plugins after the configuration function, in the order they were added. */
  addPlugin<Options>(plugin: (eleventyConfig: EleventyConfig, options: Options) => void, options: Options): void;
  addExtension(extensions: string[], options: { key: string; compile: () => (this: TemplateRenderContext, data: unknown) => Promise<PageContent> }): void;
  addTemplateFormats(formats: string): void;
  addGlobalData(name: string, data: unknown): void;
  addTransform(name: string, transform: (this: TransformContext, content: PageContent) => PageContent | Promise<PageContent>): void;
  addPassthroughCopy(paths: Record<string, string>, options?: { filter?: string[] }): void;
  addWatchTarget(target: string, options?: { resetConfig?: boolean }): void;
  setUseTemplateCache(enabled: boolean): void;
  on(event: "eleventy.before", handler: (args: EleventyEventArgs) => void | Promise<void>): void;
  on(event: "eleventy.beforeWatch", handler: (changedFiles: string[]) => void | Promise<void>): void;
  on(event: "eleventy.after", handler: (args: EleventyEventArgs) => void | Promise<void>): void;
}

/** What a template renders to and Eleventy writes: text, or UTF-8 bytes (lib/eleventy/eleventy-tsx.ts). */
export type PageContent = string | Buffer;

export interface TransformContext {
  page: { url: string | false; outputPath: string | false; inputPath: string };
}

export interface TemplateRenderContext {
  defaultRenderer(data: unknown): Promise<unknown>;
}
