/** A link or image found in a body, with its source line, for the content checks. */
export interface BodyReference {
  kind: "link" | "image";
  /** The URL as the page will use it (relative ones resolved against the article's folder). */
  url: string;
  /** Text of an image's alt attribute; empty when the author wrote none. */
  alt: string;
  /** 0-based line within the body. */
  bodyLine: number;
}

/*
 * Most bodies are written plainly: paragraphs, `## ` headings, `- ` lists and `> ` quotes, each
 * line starting at the margin, with links and images written `[text](/ziel/)`. In such a body
 * every link and image lies on one line and belongs to the block that starts at the nearest
 * line before it that begins a block, so they are found here line by line, without markdown-it,
 * whose parsing took a third of a check. Anything else (code, indentation, tables, HTML,
 * escapes, references, brackets that are not links …) is left to markdown-it, which finds the
 * same references in what is read here (test/unit/markdown-references.test.ts compares both).
 */

/** Characters that can change what is a link anywhere in a body: code, tabs (indentation), tables. */
const UNUSUAL_IN_BODY = ["`", "\t", "|"];
/** Characters that can change what is a link on its own line: escapes, autolinks, controls (they end a destination). */
const UNUSUAL_IN_LINE = /[\u0000-\u001F\u007F\\<]/;
const HEADING = /^#{1,6} (?=\S)/;
const LIST_ITEM = /^[-*+] (?=\S)/;
const QUOTE = /^> (?=\S)/;
/**
 * A line, or what follows a list or quote marker, that would open a block other than a
 * paragraph there: indented code, a quote, a heading (also an empty `#`; `#text` too, to be
 * safe), a fence, a list item, a thematic break or a setext underline.
 */
const OTHER_BLOCK = /^(?:[ >#]|~~~|[-*+](?: |$)|\d{1,9}[.)](?: |$)|([-*_])(?: *\1){2,} *$|=+ *$|-+ *$)/;
/** The first characters of a line that can make it more than plain text. */
const MAY_START_BLOCK = /^[-#*+>=_~ \d]/;
/** A link or image on one line: no brackets in its text, its destination without spaces, brackets, parentheses, escapes or entities. */
const LINK = /(!?)\[([^[\]]*)\]\(([^()[\]\s<>&]+)\)/g;
/** Alternative text that markdown-it reads as written: no entities, emphasis, strikethrough or bare addresses (`:`). */
const PLAIN_ALT = /^[^[\]*_~&:]*$/;

/** The URL a written destination becomes, or undefined when markdown-it would not make it a link or image. */
export type LinkUrl = (destination: string, kind: BodyReference["kind"]) => string | undefined;

/**
 * Every link and image of a plainly written body, in order, with the line of the block it is
 * in; undefined for a body that markdown-it has to read.
 */
export function plainReferences(body: string, linkUrl: LinkUrl): BodyReference[] | undefined {
  if (UNUSUAL_IN_BODY.some((character) => body.includes(character))) return undefined;
  const references: BodyReference[] = [];
  // The kind of block a line of plain text would continue, and the line where that block starts.
  let open: "none" | "paragraph" | "quote" = "none";
  let blockLine = 0;
  const lines = body.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === "") {
      open = "none";
      continue;
    }
    // Most lines start with a letter: plain text, no block marker to look for.
    const marker = MAY_START_BLOCK.test(line) ? (HEADING.exec(line) ?? LIST_ITEM.exec(line) ?? QUOTE.exec(line)) : null;
    const content = marker === null ? line : line.slice(marker[0].length);
    if (line.startsWith("#") && marker !== null) {
      open = "none";
      blockLine = index;
    } else {
      if (OTHER_BLOCK.test(content)) return undefined;
      // A list item or a quote after another block starts a block; plain text continues the open one.
      const kind = marker === null ? "text" : line.startsWith(">") ? "quote" : "item";
      if (kind === "item" || (kind === "quote" && open !== "quote") || (kind === "text" && open === "none")) blockLine = index;
      if (kind !== "text" || open === "none") open = kind === "quote" ? "quote" : "paragraph";
    }
    if (!content.includes("[")) continue;
    if (UNUSUAL_IN_LINE.test(content)) return undefined;
    const outside = content.replace(LINK, "");
    // Brackets that are not simple links, and bare addresses, which can swallow what follows.
    if (outside.includes("[") || outside.includes("]") || outside.includes("://")) return undefined;
    for (const [, bang, text, destination] of content.matchAll(LINK)) {
      const kind = bang === "!" ? "image" : "link";
      if (kind === "image" && !PLAIN_ALT.test(text!)) return undefined;
      const url = linkUrl(destination!, kind);
      if (url !== undefined) references.push({ kind, url, alt: kind === "image" ? text!.trim() : "", bodyLine: blockLine });
    }
  }
  return references;
}
