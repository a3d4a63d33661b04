import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { readingMinutes, type Article, type LoadedContent, type Page } from "./article.ts";
import { compareProblems, type ContentProblem } from "./content-error.ts";
import {
  ARTICLE_FIELDS,
  ELEVENTY_KEYS,
  PAGE_FIELDS,
  articleFrontMatterSchema,
  pageFrontMatterSchema,
} from "./content-schema.ts";
import { parseContentFile, type ParsedFile } from "./front-matter.ts";
import { renderMarkdown, shorten, type RenderedMarkdown } from "./markdown.ts";
import { regionBySlug, type Region } from "./regions.ts";
import { ARTICLE_SLUG } from "./slugs.ts";
import { closestMatch } from "./suggest.ts";

/** Where content lives; the content folder is a setting so that tests and benchmarks can build other corpora. */
export interface ContentLocation {
  /** Absolute path of the project (for `/assets/…` images and for relative file names in messages). */
  projectDir: string;
  /** Absolute path of the content folder (holds `nachrichten/` and `seiten/`). */
  contentDir: string;
}

export interface LoadResult extends LoadedContent {
  problems: ContentProblem[];
}

const ARTICLES_DIR = "nachrichten";
const PAGES_DIR = "seiten";
/** URL segments the site uses itself; a plain page may not take them. */
const RESERVED_PAGE_SLUGS = new Set(["nachrichten", "region", "thema", "archiv", "suche", "seite", "assets", "pagefind", "feed"]);
const MAX_FILE_BYTES = 1024 * 1024;

type Problem = Omit<ContentProblem, "file">;

function splitMessage(message: string): { message: string; fix: string } {
  const at = message.indexOf(" — ");
  return at === -1 ? { message, fix: "den Wert korrigieren" } : { message: message.slice(0, at), fix: message.slice(at + 3) };
}

function fieldName(issuePath: readonly PropertyKey[]): string {
  return issuePath.map((part, index) => (typeof part === "number" ? `[${part + 1}]` : index === 0 ? String(part) : `.${String(part)}`)).join("");
}

/** Unknown keys, with a did-you-mean; Eleventy's own keys get a message of their own. */
function unknownKeyProblems(parsed: ParsedFile, known: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const key of Object.keys(parsed.data)) {
    if (known.includes(key)) continue;
    const line = parsed.lineOf([key]);
    if ((ELEVENTY_KEYS as readonly string[]).includes(key) || key.startsWith("eleventy")) {
      problems.push({
        line,
        field: key,
        message: "ist ein Steuerfeld von Eleventy und in Inhalten nicht erlaubt",
        fix: "die Zeile entfernen; Adresse und Layout ergeben sich aus Ordner und Dateiname",
      });
      continue;
    }
    const guess = closestMatch(key, known);
    problems.push({
      line,
      field: key,
      message: "ist kein bekanntes Feld",
      fix: guess ? `meinten Sie „${guess}“?` : `erlaubt sind: ${known.join(", ")}`,
    });
  }
  return problems;
}

function schemaProblems(parsed: ParsedFile, error: z.ZodError): Problem[] {
  return error.issues
    .filter((issue) => issue.code !== "unrecognized_keys")
    .map((issue) => ({ line: parsed.lineOf(issue.path), field: fieldName(issue.path) || "Front Matter", ...splitMessage(issue.message) }));
}

function bodyProblems(
  rendered: RenderedMarkdown,
  bodyLine: number,
  imageExists: (url: string) => boolean,
): Problem[] {
  const problems: Problem[] = [];
  for (const reference of rendered.references) {
    if (reference.kind !== "image") continue;
    const line = bodyLine + reference.bodyLine;
    if (reference.alt === "") {
      problems.push({
        line,
        field: "Text",
        message: `das Bild „${reference.url}“ hat keinen Alternativtext`,
        fix: "in die eckigen Klammern beschreiben, was zu sehen ist: ![Beschreibung](bild.jpg)",
      });
    }
    if (!/^[a-z]+:/i.test(reference.url) && !imageExists(reference.url)) {
      problems.push({
        line,
        field: "Text",
        message: `das Bild „${reference.url}“ gibt es nicht`,
        fix: "die Bilddatei neben den Artikel legen oder den Pfad korrigieren",
      });
    } else if (/^[a-z]+:/i.test(reference.url)) {
      problems.push({
        line,
        field: "Text",
        message: `das Bild „${reference.url}“ liegt auf einem fremden Server`,
        fix: "die Bilddatei (mit Nutzungsrecht) neben den Artikel legen und relativ einbinden",
      });
    }
  }
  return problems;
}

function listMarkdown(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Reads every article and page of a content folder, validates each against the content
 * contract, and returns the typed entries together with all problems of all files.
 */
export function loadContent(location: ContentLocation): LoadResult {
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];
  const pages: Page[] = [];
  const relative = (absolute: string) => path.relative(location.projectDir, absolute).split(path.sep).join("/");
  const topicUses: TopicUse[] = [];
  const articleLinks: ArticleLink[] = [];
  const articlesRoot = path.join(location.contentDir, ARTICLES_DIR);
  const publicFileExists = (url: string, sourceDir: string): boolean => {
    const decoded = decodeURIComponent(url.split(/[?#]/)[0] ?? "");
    if (decoded.startsWith("/assets/")) return existsSync(path.join(location.projectDir, decoded));
    if (decoded.startsWith(`/${ARTICLES_DIR}/`)) return existsSync(path.join(location.contentDir, decoded));
    return existsSync(path.join(sourceDir, decoded));
  };

  for (const absolute of listMarkdown(articlesRoot)) {
    const file = relative(absolute);
    const report = (list: Problem[]) => problems.push(...list.map((problem) => ({ file, ...problem })));
    const inFolder = path.relative(articlesRoot, absolute).split(path.sep);
    const slug = path.basename(absolute, ".md");
    const folderYear = inFolder.length === 2 && /^\d{4}$/.test(inFolder[0]!) ? Number(inFolder[0]) : undefined;
    if (folderYear === undefined) {
      report([{ line: 1, field: "Datei", message: "liegt nicht in einem Jahresordner", fix: `nach ${ARTICLES_DIR}/<Jahr>/${slug}.md verschieben (Jahr aus „date“)` }]);
      continue;
    }
    if (!ARTICLE_SLUG.test(slug)) {
      report([{ line: 1, field: "Datei", message: `der Dateiname „${slug}.md“ enthält Großbuchstaben, Umlaute, Leer- oder Sonderzeichen`, fix: "nur a–z, 0–9 und Bindestriche verwenden, z. B. „neue-foerderung.md“" }]);
      continue;
    }
    const size = statSync(absolute).size;
    if (size > MAX_FILE_BYTES) {
      report([{ line: 1, field: "Datei", message: `ist mit ${Math.round(size / 1024)} KB zu groß (höchstens ${MAX_FILE_BYTES / 1024} KB)`, fix: "den Text kürzen; Bilder als eigene Dateien ablegen" }]);
      continue;
    }
    const parsed = parseContentFile(file, readFileSync(absolute));
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const fileProblems = unknownKeyProblems(parsed.file, ARTICLE_FIELDS);
    const known = Object.fromEntries(Object.entries(parsed.file.data).filter(([key]) => (ARTICLE_FIELDS as readonly string[]).includes(key)));
    const result = articleFrontMatterSchema.safeParse(known);
    if (!result.success) {
      report([...fileProblems, ...schemaProblems(parsed.file, result.error)]);
      continue;
    }
    const fields = result.data;
    if (fields.date.year !== folderYear) {
      fileProblems.push({
        line: parsed.file.lineOf(["date"]),
        field: "date",
        message: `das Jahr ${fields.date.year} passt nicht zum Ordner ${folderYear}`,
        fix: `die Datei nach ${ARTICLES_DIR}/${fields.date.year}/ verschieben oder das Datum korrigieren`,
      });
    }
    const sourceDir = path.dirname(absolute);
    if (fields.image !== undefined && !publicFileExists(fields.image, sourceDir)) {
      fileProblems.push({ line: parsed.file.lineOf(["image"]), field: "image", message: `die Bilddatei „${fields.image}“ gibt es nicht`, fix: "die Datei neben den Artikel legen oder den Pfad korrigieren" });
    }
    const folderUrl = `/${ARTICLES_DIR}/${folderYear}/`;
    const rendered = renderMarkdown(parsed.file.body, folderUrl);
    fileProblems.push(...bodyProblems(rendered, parsed.file.bodyLine, (url) => publicFileExists(url, sourceDir)));
    if (fileProblems.length > 0) {
      report(fileProblems);
      continue;
    }
    fields.tags.forEach((topic, index) => topicUses.push({ file, line: parsed.file.lineOf(["tags", index]), ...topic }));
    for (const reference of rendered.references) {
      if (reference.kind === "link" && reference.url.startsWith(`/${ARTICLES_DIR}/`)) {
        articleLinks.push({ file, line: parsed.file.bodyLine + reference.bodyLine, url: reference.url.split(/[?#]/)[0]! });
      }
    }
    const { region, tags, summary, image, image_alt, draft, ...rest } = fields;
    articles.push({
      ...rest,
      slug,
      url: `${folderUrl}${slug}/`,
      sourcePath: file,
      regions: region.map((slugOfRegion) => regionBySlug(slugOfRegion) as Region),
      topics: tags,
      summary: summary ?? shorten(rendered.firstParagraph, 200),
      ...(image !== undefined && image_alt !== undefined
        ? { image: { url: image.startsWith("/") ? image : `${folderUrl}${image.slice(2)}`, alt: image_alt } }
        : {}),
      html: rendered.html,
      readingMinutes: readingMinutes(rendered.wordCount),
      draft: draft ?? false,
    });
  }

  problems.push(...topicSpellingProblems(topicUses));
  problems.push(...brokenLinkProblems(articleLinks, new Set(articles.map((article) => article.url)), (url) => existsSync(path.join(location.contentDir, decodeURIComponent(url)))));

  for (const absolute of listMarkdown(path.join(location.contentDir, PAGES_DIR))) {
    const file = relative(absolute);
    const report = (list: Problem[]) => problems.push(...list.map((problem) => ({ file, ...problem })));
    const slug = path.basename(absolute, ".md");
    if (!ARTICLE_SLUG.test(slug) || RESERVED_PAGE_SLUGS.has(slug) || path.dirname(absolute) !== path.join(location.contentDir, PAGES_DIR)) {
      report([{ line: 1, field: "Datei", message: `„${file}“ kann keine Seite sein (Unterordner, Sonderzeichen oder reservierter Name)`, fix: "direkt in seiten/ ablegen und nur a–z, 0–9 und Bindestriche verwenden" }]);
      continue;
    }
    const parsed = parseContentFile(file, readFileSync(absolute));
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const fileProblems = unknownKeyProblems(parsed.file, PAGE_FIELDS);
    const known = Object.fromEntries(Object.entries(parsed.file.data).filter(([key]) => (PAGE_FIELDS as readonly string[]).includes(key)));
    const result = pageFrontMatterSchema.safeParse(known);
    if (!result.success) fileProblems.push(...schemaProblems(parsed.file, result.error));
    if (fileProblems.length > 0 || !result.success) {
      report(fileProblems);
      continue;
    }
    const rendered = renderMarkdown(parsed.file.body, `/${slug}/`);
    pages.push({ ...result.data, slug, url: `/${slug}/`, sourcePath: file, html: rendered.html });
  }

  return { articles, pages, problems: problems.sort(compareProblems) };
}

interface TopicUse {
  file: string;
  line: number;
  label: string;
  slug: string;
}

interface ArticleLink {
  file: string;
  line: number;
  url: string;
}

/** One topic must be written one way: `Fachkräfte` and `Fachkraefte` would share a URL. */
function topicSpellingProblems(uses: readonly TopicUse[]): ContentProblem[] {
  const first = new Map<string, TopicUse>();
  const problems: ContentProblem[] = [];
  for (const use of uses) {
    const earlier = first.get(use.slug);
    if (earlier === undefined) first.set(use.slug, use);
    else if (earlier.label !== use.label) {
      problems.push({
        file: use.file,
        line: use.line,
        field: "tags",
        message: `das Thema „${use.label}“ ist anders geschrieben als „${earlier.label}“ in ${earlier.file}:${earlier.line}`,
        fix: `„${earlier.label}“ schreiben, damit beide unter demselben Thema erscheinen`,
      });
    }
  }
  return problems;
}

/** Links to articles that do not exist would lead readers to the 404 page. */
function brokenLinkProblems(links: readonly ArticleLink[], articleUrls: ReadonlySet<string>, fileExists: (url: string) => boolean): ContentProblem[] {
  return links
    .filter((link) => !articleUrls.has(link.url) && !(/\.[a-z0-9]+$/i.test(link.url) && fileExists(link.url)))
    .map((link) => ({
      file: link.file,
      line: link.line,
      field: "Text",
      message: `der Link „${link.url}“ führt zu keinem Artikel`,
      fix: "die Adresse des Zielartikels prüfen: /nachrichten/<Jahr>/<Dateiname>/",
    }));
}
