import { createRequire } from "node:module";
import type { DOMPurify } from "dompurify";

/*
 * SVG is a document, not a picture: it can carry scripts, event handlers, HTML in
 * <foreignObject> and references to other servers. An author's SVG is published as it is
 * (next to the article and through eleventy-img), so it is judged here by DOMPurify, with
 * jsdom as its DOM: an SVG from which the sanitizer would remove anything, or that refers to
 * anything outside itself, is refused with what was found. The site never rewrites an
 * author's file behind their back; what it publishes is exactly what passed this check.
 */

const require = createRequire(import.meta.url);
let purifier: DOMPurify | undefined;

/** DOMPurify on a jsdom window, made on first use: most checks meet no SVG and need neither. */
function purify(): DOMPurify {
  if (purifier === undefined) {
    const { JSDOM } = require("jsdom") as typeof import("jsdom");
    const createDOMPurify = require("dompurify") as (window: unknown) => DOMPurify;
    purifier = createDOMPurify(new JSDOM("").window);
  }
  return purifier;
}

/** A reference to something outside the file: anything but `#id`. */
function isExternalReference(value: string): boolean {
  return !value.trim().startsWith("#");
}

/** CSS that loads something: `url(…)` other than `url(#id)`, or `@import`. */
function loadsFromCss(css: string): boolean {
  return /@import/i.test(css) || [...css.matchAll(/url\(\s*['"]?\s*([^'")\s]*)/gi)].some((match) => isExternalReference(match[1] ?? ""));
}

/** An internal DTD subset can define entities (a "billion laughs" file) for the image library's XML parser. */
const ENTITY_DECLARATION = /<!ENTITY|<!DOCTYPE[^>[]*\[/i;

type Removal = { element: Element } | { attribute: Attr | null };

/**
 * What in an SVG would not be inert, as short German phrases (`<script>`, `onload`, „Verweis
 * auf https://…“); empty when the file is safe to publish as it is.
 */
export function svgDangers(svg: string): string[] {
  const found: string[] = [];
  if (ENTITY_DECLARATION.test(svg)) found.push("Entitäten-Deklarationen (<!ENTITY>)");
  const sanitizer = purify();
  sanitizer.addHook("uponSanitizeElement", (node, data) => {
    if (data.tagName === "style" && loadsFromCss(node.textContent ?? "")) found.push("Stylesheet lädt fremde Inhalte (url(…) oder @import)");
  });
  sanitizer.addHook("uponSanitizeAttribute", (_node, data) => {
    const name = data.attrName.toLowerCase();
    if ((name === "href" || name === "xlink:href" || name === "src") && isExternalReference(data.attrValue)) {
      found.push(`Verweis auf „${data.attrValue.trim().slice(0, 60)}“`);
      data.keepAttr = false;
    } else if (name === "style" && loadsFromCss(data.attrValue)) {
      found.push("style-Attribut lädt fremde Inhalte (url(…))");
    }
  });
  try {
    sanitizer.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true }, ADD_TAGS: ["use"] });
  } finally {
    sanitizer.removeAllHooks();
  }
  const removals = sanitizer.removed as Removal[];
  // DOMPurify reads the file as HTML; browsers and the image library read it as XML. Where the
  // two could differ (CDATA, comments), these words are refused wherever they stand.
  for (const [word, element] of [[/<script/i, "<script>"], [/<foreignObject/i, "<foreignObject>"]] as const) if (word.test(svg)) found.push(element);
  for (const removed of removals) {
    if ("element" in removed) {
      // The sanitizer reports the <body> the HTML parser wraps a fragment in; it is not the author's.
      if (!["body", "html", "head"].includes(removed.element.nodeName.toLowerCase())) found.push(`<${removed.element.nodeName}>`);
    } else if (removed.attribute !== null) {
      const name = removed.attribute.name;
      if (!(name === "href" || name === "xlink:href" || name === "src")) found.push(`Attribut „${name}“`);
    }
  }
  return [...new Set(found)];
}
