import { isValidElement, type VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { EleventyConfig } from "./eleventy-config.ts";

/**
 * Lets Eleventy render `.11ty.tsx` templates: the template's `render` returns a Preact
 * element, rendered here to static HTML (text escaped by default; nothing reaches the browser).
 */
export function addTsxTemplates(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    compile: () =>
      async function (data) {
        const output = await this.defaultRenderer(data);
        if (isValidElement(output)) return `<!DOCTYPE html>\n${renderToString(output as VNode)}`;
        if (typeof output === "string") return output;
        throw new TypeError("A .11ty.tsx template must return a Preact element or a string");
      },
  });
  eleventyConfig.addTemplateFormats("11ty.tsx");
}
