import { isValidElement, type VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { EleventyConfig } from "./eleventy-config.ts";

/**
 * Lets Eleventy render `.11ty.tsx` templates: the template's `render` returns a Preact
 * element, rendered here to static HTML (text escaped by default; nothing reaches the browser),
 * or a string (feeds, sitemap).
 */
export function addTsxTemplates(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    compile: () =>
      async function (data) {
        const output = await this.defaultRenderer(data);
        if (typeof output === "string") return output;
        if (!isValidElement(output)) throw new TypeError("A .11ty.tsx template must return a Preact element or a string");
        // As UTF-8 bytes: Eleventy keeps every rendered page until the build ends, and a page
        // as a string (two bytes a character, with any umlaut) took four times the memory.
        return Buffer.from(`<!DOCTYPE html>\n${renderToString(output as VNode)}`);
      },
  });
  eleventyConfig.addTemplateFormats("11ty.tsx");
}
