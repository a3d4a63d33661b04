import { isValidElement, type VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { EleventyConfig } from "./eleventy-config.ts";

const encoder = new TextEncoder();
/** Pages are encoded one after another into slabs of this size, each page a view of its slab. */
const SLAB_BYTES = 4 << 20;
let slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
let slabUsed = 0;

/**
 * A page's UTF-8 bytes: encoded straight into the free end of a shared slab and returned as a view
 * of it, so that a page costs neither an allocation nor a copy of its own (a copy per page took
 * 0.5 s for the 13,000 pages of a 10,000-article site). Eleventy keeps every page until the build
 * ends, so a slab lives no longer than its pages would have.
 */
export function utf8Bytes(text: string): Buffer {
  // Three bytes per UTF-16 unit is the most UTF-8 can need.
  const most = text.length * 3;
  if (slab.length - slabUsed < most) {
    slab = Buffer.allocUnsafeSlow(Math.max(SLAB_BYTES, most));
    slabUsed = 0;
  }
  const { written } = encoder.encodeInto(text, slab.subarray(slabUsed));
  const bytes = slab.subarray(slabUsed, slabUsed + written);
  slabUsed += written;
  return bytes;
}

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
        return utf8Bytes(`<!DOCTYPE html>\n${renderToString(output as VNode)}`);
      },
  });
  eleventyConfig.addTemplateFormats("11ty.tsx");
}
