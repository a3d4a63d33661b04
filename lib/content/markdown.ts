import { createRequire } from "node:module";
import type markdownIt from "markdown-it";
import { ANY_CASE_SCHEME, createMarkdown, createPageMarkdown, isAllowedUrl, renderBody, resolveReferences, resolveRelative, type MarkdownIt, type RenderedMarkdown } from "./markdown-renderer.ts";
import { plainReferences, type BodyReference, type LinkUrl } from "./plain-references.ts";

const require = createRequire(import.meta.url);
const loadMarkdownIt = (): typeof markdownIt => require("markdown-it") as typeof markdownIt;

/*
 * For the checks: the core linkify rule only turns bare addresses in plain text into links
 * with a scheme (`www.…` becomes `http://www.…`), which the checks never look at, and it is
 * a third of the parsing time. The inline rule stays: a `https://…` run can swallow brackets.
 */
function createCheckMarkdown(): MarkdownIt {
  const parser = createMarkdown(loadMarkdownIt());
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

/* Made on first use, with markdown-it loaded then: `npm run check` reads most bodies without it. */
let pageMarkdown: MarkdownIt | undefined;
let checkMarkdown: MarkdownIt | undefined;

/** An article's body as the page shows it (lib/content/markdown-renderer.ts). */
export function renderMarkdown(body: string, baseUrl: string): RenderedMarkdown {
  return renderBody((pageMarkdown ??= createPageMarkdown(loadMarkdownIt())), body, baseUrl);
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
