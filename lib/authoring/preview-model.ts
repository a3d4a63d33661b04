import markdownIt from "markdown-it";
import type * as z from "zod";
import { readingMinutes, type Article, type Correction, type LeadImage, type Page, type Topic } from "../content/article.ts";
import { articleFrontMatterSchema, pageFrontMatterSchema } from "../content/content-schema.ts";
import { nowInSiteZone, parseContentDate, type DisplayDate } from "../content/dates.ts";
import { excerpt } from "../content/excerpt.ts";
import { createPageMarkdown, renderBody, type MarkdownIt } from "../content/markdown-renderer.ts";
import { regionBySlug, type Region } from "../content/regions.ts";

/*
 * The web editor's preview (assets/js/editor-preview.tsx) shows an entry through the site's own
 * layout components, which take a typed `Article` or `Page`. This module makes one from the
 * fields as the editor holds them, the way the build does (lib/content/content-loader.ts): each field
 * through the content schema, the body through the site's Markdown renderer. Unlike the build it
 * never refuses: an entry being written is incomplete, so a field the schema does not accept yet
 * is shown as typed where it is text and left out otherwise, and a missing title reads
 * "Ohne Titel". Whether the file may be saved is decided by the editor's rules and by check.
 */

/** The fields of an entry as the editor holds them: front-matter names, unchecked values. */
export type EditorFields = Readonly<Record<string, unknown>>;

export const UNTITLED = "Ohne Titel";
/** A lead image's credit that is not written yet. */
export const MISSING_CREDIT = "Bildquelle fehlt";
/** The file name of an article that has none yet (the editor gives it one when it is saved). */
export const UNSAVED_SLUG = "neuer-beitrag";

/** What the preview needs from its surroundings. */
export interface PreviewOptions {
  /** The file name without `.md`, once the editor knows it. */
  slug?: string | undefined;
  /** The URL to show an image by, as the entry names it (`./bild.jpg`): the editor's copy of a file not yet saved. Undefined: the site's own URL. */
  assetUrl?: (path: string) => string | undefined;
}

let parser: MarkdownIt | undefined;
const articleFields = articleFrontMatterSchema.shape;

/** The value as the build reads it, or undefined where check would refuse it. */
function accepted<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** A text field as the build reads it; else as typed, spaces joined, when anything is typed. */
function text(schema: z.ZodType<string>, value: unknown): string | undefined {
  const read = accepted(schema, value);
  if (read !== undefined) return read;
  const typed = typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
  return typed === "" ? undefined : typed;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null || value === "" ? [] : [value]);

/** The current minute in Berlin, for an article whose date is not set yet. */
function now(): DisplayDate {
  const parsed = parseContentDate(nowInSiteZone().toFormat("yyyy-MM-dd'T'HH:mm"));
  if (!parsed.ok) throw new Error("The current time in Europe/Berlin could not be read as a content date");
  return parsed.value;
}

/**
 * The body as the site renders it. Its images next to the file (`./bild.jpg`, resolved by the
 * renderer to `<folder>/bild.jpg`) are shown from `assetUrl` where it knows them: an image just
 * added exists only in the editor.
 */
function render(body: unknown, baseUrl: string, assetUrl: PreviewOptions["assetUrl"]) {
  const md = (parser ??= createPageMarkdown(markdownIt));
  const rendered = renderBody(md, typeof body === "string" ? body : "", baseUrl);
  let html = rendered.html;
  for (const { kind, url } of rendered.references) {
    if (kind !== "image" || !url.startsWith(baseUrl) || /[?#]/.test(url)) continue;
    const shown = assetUrl?.(`./${decodeURIComponent(url.slice(baseUrl.length))}`);
    if (shown !== undefined) html = html.replaceAll(`src="${md.utils.escapeHtml(url)}"`, `src="${md.utils.escapeHtml(shown)}"`);
  }
  return { ...rendered, html };
}

/** The regions named, each once, in the order given; unknown slugs are left out. */
function regions(value: unknown): Region[] {
  const slugs = new Set(list(value).filter((slug): slug is string => typeof slug === "string"));
  return [...slugs].map((slug) => regionBySlug(slug)).filter((region): region is Region => region !== undefined);
}

/** The topics as the schema normalises them; a second spelling of a topic is left out. */
function topics(value: unknown): Topic[] {
  const seen = new Set<string>();
  const read: Topic[] = [];
  for (const label of list(value)) {
    const topic = accepted(articleFields.tags.element, label);
    if (topic === undefined || seen.has(topic.slug)) continue;
    seen.add(topic.slug);
    read.push(topic);
  }
  return read;
}

function corrections(value: unknown): Correction[] {
  return list(value)
    .map((item) => accepted(articleFields.corrections.unwrap().element, item))
    .filter((item): item is Correction => item !== undefined)
    .sort((a, b) => a.date.millis - b.date.millis);
}

function leadImage(fields: EditorFields, folderUrl: string, options: PreviewOptions): LeadImage | undefined {
  const path = accepted(articleFields.image.unwrap(), fields.image);
  if (path === undefined) return undefined;
  const caption = text(articleFields.image_caption.unwrap(), fields.image_caption);
  return {
    url: options.assetUrl?.(path) ?? (path.startsWith("/") ? path : `${folderUrl}${path.slice(2)}`),
    alt: text(articleFields.image_alt.unwrap(), fields.image_alt) ?? "",
    ...(caption === undefined ? {} : { caption }),
    credit: text(articleFields.image_credit.unwrap(), fields.image_credit) ?? MISSING_CREDIT,
  };
}

/** An article as the site's layout receives it, from the fields and body being edited. */
export function previewArticle(fields: EditorFields, body: unknown, options: PreviewOptions = {}): Article {
  const date = accepted(articleFields.date, fields.date) ?? now();
  const updated = accepted(articleFields.updated.unwrap(), fields.updated);
  const author = text(articleFields.author.unwrap(), fields.author);
  const folderUrl = `/nachrichten/${date.year}/`;
  const slug = options.slug || UNSAVED_SLUG;
  const rendered = render(body, folderUrl, options.assetUrl);
  const image = leadImage(fields, folderUrl, options);
  return {
    title: text(articleFields.title, fields.title) ?? UNTITLED,
    date,
    ...(updated === undefined ? {} : { updated }),
    ...(author === undefined ? {} : { author }),
    slug,
    url: `${folderUrl}${slug}/`,
    sourcePath: `content/nachrichten/${date.year}/${slug}.md`,
    regions: regions(fields.region),
    topics: topics(fields.tags),
    summary: text(articleFields.summary.unwrap(), fields.summary) ?? excerpt(rendered.firstParagraph, 200),
    ...(image === undefined ? {} : { image }),
    featured: fields.featured === true,
    contacts: list(fields.contact).filter((key): key is string => typeof key === "string"),
    html: rendered.html,
    readingMinutes: readingMinutes(rendered.wordCount),
    draft: fields.draft === true,
    corrections: corrections(fields.corrections),
    redirectFrom: [],
    files: [],
  };
}

/** A legal page as the site's layout receives it. Its placeholders (`{{ organisation.name }}`) are filled by the build and shown as written. */
export function previewPage(fields: EditorFields, body: unknown, slug: string, assetUrl?: PreviewOptions["assetUrl"]): Page {
  const pageFields = pageFrontMatterSchema.shape;
  const updated = accepted(pageFields.updated.unwrap(), fields.updated);
  return {
    title: text(pageFields.title, fields.title) ?? UNTITLED,
    summary: text(pageFields.summary, fields.summary) ?? "",
    ...(updated === undefined ? {} : { updated }),
    slug,
    url: `/${slug}/`,
    sourcePath: `content/seiten/${slug}.md`,
    html: render(body, `/${slug}/`, assetUrl).html,
    incompleteDetails: [],
  };
}
