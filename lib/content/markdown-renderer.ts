import type markdownIt from "markdown-it";
import type { Token } from "markdown-it";
import type { BodyReference } from "./plain-references.ts";

/*
 * How the site renders Markdown: markdown-it's configuration and the rendering of a body. The
 * caller passes markdown-it itself: lib/content/markdown.ts loads it on first use in Node, the web
 * editor's preview bundles it; both render a body alike.
 */

export interface RenderedMarkdown {
  html: string;
  /** The first paragraph as plain text, for a default summary. */
  firstParagraph: string;
  wordCount: number;
  references: BodyReference[];
}

const ALLOWED_SCHEMES = new Set(["http", "https", "mailto", "tel"]);
const SCHEME = /^([a-z][a-z0-9+.-]*):/;
// Authors may write `HTTPS://…` or `Mailto:…`; such a URL is absolute all the same.
export const ANY_CASE_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Only http(s), mailto, tel and relative links become links; `javascript:`, `vbscript:`,
 * `data:`, `file:` and any other scheme are refused and stay visible as text. Control
 * characters and spaces are removed before the check because browsers ignore them in a scheme.
 */
export function isAllowedUrl(url: string): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007F]/g, "").toLowerCase();
  const scheme = SCHEME.exec(compact)?.[1];
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme);
}

export function resolveRelative(url: string, baseUrl: string): string {
  if (url === "" || url.startsWith("#") || url.startsWith("/") || ANY_CASE_SCHEME.test(url) || url.startsWith("?")) return url;
  const resolved = new URL(url, `https://site.invalid${baseUrl}`);
  let path = resolved.pathname;
  // A link to another article's file becomes a link to its page.
  if (path.endsWith(".md")) path = `${path.slice(0, -3)}/`;
  return `${path}${resolved.search}${resolved.hash}`;
}

export type MarkdownIt = ReturnType<typeof markdownIt>;

/** One configuration for the page and for the checks, so that both find the same links and images. */
export function createMarkdown(markdownItFactory: typeof markdownIt): MarkdownIt {
  const parser = markdownItFactory("default", {
    html: false,
    linkify: true,
    typographer: true,
    quotes: "„“‚‘",
  });
  // Addresses without a scheme (`www.example.org`) stay text: a sentence's abbreviations and
  // file names would otherwise become links. Set here, not left to linkify-it's default.
  parser.linkify.set({ fuzzyLink: false });
  parser.validateLink = isAllowedUrl;
  parser.core.ruler.push("alignment_classes", (state) => alignmentClasses(state.tokens));
  skipTextWithoutLinks(parser.linkify);
  return parser;
}

/**
 * What linkify-it can find at all with markdown-it's settings: a scheme (`http:`, `https:`,
 * `ftp:`, `mailto:`, `//`) or an e-mail address (`@`); addresses without a scheme
 * (`www.…`) are off. Most paragraphs have none of these.
 */
export const MAY_HOLD_LINK = /[:@]|\/\//;

/**
 * markdown-it asks linkify-it about every paragraph and text, and linkify-it scans each with
 * a pattern over all of Unicode's punctuation: a third of the time a body takes to render.
 * Text without a character a link needs is answered at once.
 */
function skipTextWithoutLinks(linkify: MarkdownIt["linkify"]): void {
  const test = linkify.test.bind(linkify);
  linkify.test = (text) => MAY_HOLD_LINK.test(text) && test(text);
}

/** markdown-it's table alignment, as the style attribute it writes for `| ---: |`. */
const ALIGNMENT_STYLE = /^text-align:(left|center|right)$/;

/**
 * Table cells aligned with `:---:` get a class instead of markdown-it's `style` attribute,
 * which the site's CSP (style-src 'self') would block: `align-left`, `align-center` or
 * `align-right` (assets/css/site.css).
 */
function alignmentClasses(tokens: readonly Token[]): void {
  for (const token of tokens) {
    if (token.type !== "th_open" && token.type !== "td_open") continue;
    const style = token.attrGet("style");
    if (style === null) continue;
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== "style");
    const align = ALIGNMENT_STYLE.exec(String(style))?.[1];
    if (align !== undefined) token.attrJoin("class", `align-${align}`);
  }
}

/**
 * For pages: an image alone in its paragraph whose title is written (`![Alt](./bild.jpg "Foto:
 * Anna Muster")`) becomes a figure with the title, its credit, as caption.
 */
export function createPageMarkdown(markdownItFactory: typeof markdownIt): MarkdownIt {
  const parser = createMarkdown(markdownItFactory);
  const renderImage = parser.renderer.rules.image!;
  parser.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    const caption = token.meta?.caption;
    if (typeof caption !== "string") return renderImage(tokens, index, options, env, self);
    return `${renderImage(tokens, index, options, env, self)}<figcaption>${parser.utils.escapeHtml(caption)}</figcaption>`;
  };
  return parser;
}

/** Marks an image that is its paragraph's only content and has a title as a figure with that caption. */
function markFigure(open: Token, inline: Token | undefined, close: Token | undefined): void {
  const children = inline?.children?.filter((child) => !(child.type === "text" && child.content.trim() === "")) ?? [];
  const image = children.length === 1 && children[0]!.type === "image" ? children[0]! : undefined;
  const title = String(image?.attrGet("title") ?? "").trim();
  if (!image || !title || close?.type !== "paragraph_close") return;
  image.meta = { ...image.meta, caption: title };
  // The caption says it; a tooltip would say it twice.
  image.attrs = (image.attrs ?? []).filter(([name]) => name !== "title");
  open.tag = "figure";
  open.attrSet("class", "body-figure");
  close.tag = "figure";
}

function textOf(tokens: readonly Token[]): string {
  return tokens
    .map((token) => (token.type === "softbreak" || token.type === "hardbreak" ? " " : token.children ? textOf(token.children) : token.type === "text" || token.type === "code_inline" ? token.content : ""))
    .join("");
}

/** Collects the links and images of parsed tokens and resolves their URLs in place. */
export function resolveReferences(tokens: readonly Token[], baseUrl: string): BodyReference[] {
  const references: BodyReference[] = [];
  let line = 0;
  for (const token of tokens) {
    if (token.map) line = token.map[0];
    if (token.type !== "inline" || !token.children) continue;
    for (const child of token.children) {
      if (child.type !== "link_open" && child.type !== "image") continue;
      const attribute = child.type === "image" ? "src" : "href";
      const url = resolveRelative(String(child.attrGet(attribute) ?? ""), baseUrl);
      child.attrSet(attribute, url);
      references.push({
        kind: child.type === "image" ? "image" : "link",
        url,
        alt: child.type === "image" ? textOf(child.children ?? []).trim() : "",
        bodyLine: line,
      });
    }
  }
  return references;
}

/**
 * Renders an article body with the parser of `createPageMarkdown`: CommonMark without raw HTML; the page title is the only `h1`, so
 * body headings start at `h2`; relative links and images are resolved against `baseUrl`
 * (the URL of the folder the Markdown file lies in).
 */
export function renderBody(md: MarkdownIt, body: string, baseUrl: string): RenderedMarkdown {
  const tokens = md.parse(body, {});
  const references = resolveReferences(tokens, baseUrl);
  let firstParagraph = "";
  let wordCount = 0;

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
    if (token.type === "paragraph_open") {
      const inline = tokens[index + 1];
      if (inline?.children && firstParagraph === "") firstParagraph = textOf([inline]).trim();
      markFigure(token, inline, tokens[index + 2]);
    }
    if (token.type !== "inline" || !token.children) continue;
    wordCount += token.content.split(/\s+/).filter(Boolean).length;
    for (const child of token.children) {
      if (child.type === "image") {
        child.attrSet("loading", "lazy");
        child.attrSet("decoding", "async");
      }
    }
  }

  return { html: md.renderer.render(tokens, md.options, {}), firstParagraph, wordCount, references };
}
