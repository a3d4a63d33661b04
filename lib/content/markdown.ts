import { createRequire } from "node:module";
import type markdownIt from "markdown-it";
import type { Token } from "markdown-it";
import { plainReferences, type BodyReference, type LinkUrl } from "./plain-references.ts";

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
const ANY_CASE_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

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

function resolveRelative(url: string, baseUrl: string): string {
  if (url === "" || url.startsWith("#") || url.startsWith("/") || ANY_CASE_SCHEME.test(url) || url.startsWith("?")) return url;
  const resolved = new URL(url, `https://site.invalid${baseUrl}`);
  let path = resolved.pathname;
  // A link to another article's file becomes a link to its page.
  if (path.endsWith(".md")) path = `${path.slice(0, -3)}/`;
  return `${path}${resolved.search}${resolved.hash}`;
}

type MarkdownIt = ReturnType<typeof markdownIt>;

const require = createRequire(import.meta.url);

/** One configuration for the page and for the checks, so that both find the same links and images. */
function createMarkdown(): MarkdownIt {
  const parser = (require("markdown-it") as typeof markdownIt)("default", {
    html: false,
    linkify: true,
    typographer: true,
    quotes: "„“‚‘",
  });
  parser.validateLink = isAllowedUrl;
  parser.core.ruler.push("alignment_classes", (state) => alignmentClasses(state.tokens));
  return parser;
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

/*
 * For the checks: the core linkify rule only turns bare addresses in plain text into links
 * with a scheme (`www.…` becomes `http://www.…`), which the checks never look at, and it is
 * a third of the parsing time. The inline rule stays: a `https://…` run can swallow brackets.
 */
function createCheckMarkdown(): MarkdownIt {
  const parser = createMarkdown();
  parser.core.ruler.disable("linkify");
  /*
   * Every link or image the checks look at is written with `[` (autolinks and bare addresses
   * always have a scheme), so the inline content of a block without one is not parsed: most
   * paragraphs of a body. The rules after this one see such a block as empty.
   */
  parser.core.ruler.at("inline", (state) => {
    for (const token of state.tokens) {
      if (token.type === "inline" && token.children !== null && token.content.includes("[")) state.md.inline.parse(token.content, state.md, state.env, token.children);
    }
  });
  return parser;
}

/**
 * For pages: an image alone in its paragraph whose title is written (`![Alt](./bild.jpg "Foto:
 * Anna Muster")`) becomes a figure with the title, its credit, as caption.
 */
function createPageMarkdown(): MarkdownIt {
  const parser = createMarkdown();
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

/* Made on first use, with markdown-it loaded then: `npm run check` reads most bodies without it. */
let pageMarkdown: MarkdownIt | undefined;
let checkMarkdown: MarkdownIt | undefined;

function textOf(tokens: readonly Token[]): string {
  return tokens
    .map((token) => (token.type === "softbreak" || token.type === "hardbreak" ? " " : token.children ? textOf(token.children) : token.type === "text" || token.type === "code_inline" ? token.content : ""))
    .join("");
}

/** Collects the links and images of parsed tokens and resolves their URLs in place. */
function resolveReferences(tokens: readonly Token[], baseUrl: string): BodyReference[] {
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
 * Renders an article body: CommonMark without raw HTML; the page title is the only `h1`, so
 * body headings start at `h2`; relative links and images are resolved against `baseUrl`
 * (the URL of the folder the Markdown file lies in).
 */
export function renderMarkdown(body: string, baseUrl: string): RenderedMarkdown {
  const md = (pageMarkdown ??= createPageMarkdown());
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

/** Destinations that markdown-it's `normalizeLink` leaves as they are: most site and relative links. */
const PLAIN_URL = /^[\w./~-]+$/;

/** Where a link destination starts: after `](` or a reference definition's `]:`, spaces, one line break, `<`. */
const DESTINATION = /\](?:\(|:)[ \t]*\n?[ \t]*<?/g;

/**
 * Whether a body may hold an image or a link without a scheme. Every image is written `![`;
 * every link destination follows `](` or `]:`. When each destination starts with a scheme
 * (`https:`), parsing cannot find anything the checks look at. Errs towards parsing.
 */
function mayHaveCheckedReferences(body: string): boolean {
  if (body.includes("![")) return true;
  for (const match of body.matchAll(DESTINATION)) {
    if (!ANY_CASE_SCHEME.test(body.slice(match.index + match[0].length, match.index + match[0].length + 33))) return true;
  }
  return false;
}

/**
 * What the content checks look at in a body, as `renderMarkdown` finds it: every image and
 * every link without a scheme (site links and relative ones), without rendering. Most bodies
 * link only to other sites and are not parsed at all.
 */
export function bodyReferences(body: string, baseUrl: string): BodyReference[] {
  if (!mayHaveCheckedReferences(body)) return [];
  const linkUrl: LinkUrl = (destination, kind) => {
    // A link with a scheme is never checked, so its exact URL does not matter.
    if (kind === "link" && ANY_CASE_SCHEME.test(destination)) return destination;
    const href = PLAIN_URL.test(destination) ? destination : (checkMarkdown ??= createCheckMarkdown()).normalizeLink(destination);
    return isAllowedUrl(href) ? resolveRelative(href, baseUrl) : undefined;
  };
  const references = plainReferences(body, linkUrl) ?? resolveReferences((checkMarkdown ??= createCheckMarkdown()).parse(body, {}), baseUrl);
  return references.filter((reference) => reference.kind === "image" || !ANY_CASE_SCHEME.test(reference.url));
}
