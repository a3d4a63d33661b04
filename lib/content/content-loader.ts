import { createHash } from "node:crypto";
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { readingMinutes, type Article, type LoadedContent, type Page } from "./article.ts";
import { compareProblems, type ContentProblem, type Position } from "./content-error.ts";
import { loadContacts, unknownContactProblems, type Contact } from "./contacts.ts";
import {
  ARTICLE_FIELDS,
  ELEVENTY_KEYS,
  PAGE_FIELDS,
  articleFrontMatterSchema,
  pageFrontMatterSchema,
  type ArticleFrontMatter,
  type PageFrontMatter,
  type Topic,
} from "./content-schema.ts";
import { parseContentDate } from "./dates.ts";
import { publicFilePath, type ContentLocation } from "./content-location.ts";
import { walkEntries } from "./file-walk.ts";
import { parseContentFile, type ParsedFile } from "./front-matter.ts";
import { excerpt } from "./excerpt.ts";
import { bodyReferences, renderMarkdown } from "./markdown.ts";
import type { RenderedMarkdown } from "./markdown-renderer.ts";
import type { BodyReference } from "./plain-references.ts";
import { startMediaChecks, type ImageUse, type MediaChecks } from "./media-checks.ts";
import { regionBySlug, type Region } from "./regions.ts";
import { scaffoldProblems } from "./scaffold-text.ts";
import { describeCharacter, forbiddenCharacter } from "./text-cleanliness.ts";
import { ARTICLE_SLUG } from "./slugs.ts";
import { closestMatch } from "./suggest.ts";
import { readRemovedArticles, REMOVED_FILE, type RemovedArticle } from "./removed-articles.ts";
import { urlConflictProblems, type RedirectSource } from "./url-conflicts.ts";
import { nowMillis } from "./clock.ts";
import { scheduledTime } from "./publication.ts";
import { fillPlaceholders, PUBLISHER_DETAILS, PUBLISHER_FILE, readPublisher, type Publisher } from "./publisher.ts";

export interface LoadResult extends LoadedContent {
  problems: ContentProblem[];
  /** Taken-down articles (content/_data/removed.json). */
  removed: RemovedArticle[];
  /** The publisher's details (content/_data/publisher.json), if the content folder has them. */
  publisher: Publisher | undefined;
  /** Press contacts by key (content/_data/contacts.json). */
  contacts: ReadonlyMap<string, Contact>;
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
    const at = parsed.positionOf([key], "key");
    if ((ELEVENTY_KEYS as readonly string[]).includes(key) || key.startsWith("eleventy")) {
      problems.push({
        ...at,
        field: key,
        message: "ist ein Steuerfeld von Eleventy und in Inhalten nicht erlaubt",
        fix: "die Zeile entfernen; Adresse und Layout ergeben sich aus Ordner und Dateiname",
      });
      continue;
    }
    const guess = closestMatch(key, known);
    problems.push({
      ...at,
      field: key,
      message: "ist kein bekanntes Feld",
      fix: guess ? `meinten Sie „${guess}“?` : `erlaubt sind: ${known.join(", ")}`,
    });
  }
  return problems;
}

/**
 * Invisible characters in any field, however deeply nested and whatever the field (also one
 * the schema does not know yet): written as YAML escapes (`"\a"`), they are not in the file
 * as such, so lib/content/front-matter.ts cannot find them there.
 */
function invisibleCharacterProblems(parsed: ParsedFile): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, at: PropertyKey[]): void => {
    if (typeof value === "string") {
      const character = forbiddenCharacter(value);
      if (character !== undefined) {
        problems.push({
          ...parsed.positionOf(at),
          field: fieldName(at),
          message: `enthält ${describeCharacter(character)}`,
          fix: "das Zeichen entfernen und den Text neu eintippen",
        });
      }
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...at, index]));
    else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) visit(item, [...at, key]);
  };
  for (const [key, value] of Object.entries(parsed.data)) visit(value, [key]);
  return problems;
}

/** The problems of fields that `reported` does not name already: one problem per field is enough. */
function withoutFields(problems: Problem[], reported: readonly Problem[]): Problem[] {
  const fields = new Set(reported.map((problem) => problem.field));
  return problems.filter((problem) => !fields.has(problem.field));
}

function schemaProblems(parsed: ParsedFile, error: z.ZodError): Problem[] {
  // zod still runs a value's checks after its type was wrong ("tags: a, b" is a string that is
  // also "too long" for a list); only the type error helps the author.
  const wrongType = new Set(error.issues.filter((issue) => issue.code === "invalid_type").map((issue) => fieldName(issue.path)));
  return error.issues
    .filter((issue) => issue.code !== "unrecognized_keys")
    .filter((issue) => issue.code === "invalid_type" || !wrongType.has(fieldName(issue.path)))
    .map((issue) => ({ ...parsed.positionOf(issue.path), field: fieldName(issue.path) || "Front Matter", ...splitMessage(issue.message) }));
}

/** Where an article refers to an image file that exists, for the checks of the file itself (lib/content/media-checks.ts). */
export type ImageReference = Omit<ImageUse, "file" | "source">;

function bodyProblems(references: readonly BodyReference[], bodyLine: number, imageExists: (url: string) => boolean, images: ImageReference[]): Problem[] {
  const problems: Problem[] = [];
  for (const reference of references) {
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
    const local = !/^[a-z]+:/i.test(reference.url);
    if (local && imageExists(reference.url)) images.push({ line, field: "Text", url: reference.url });
    if (local && !imageExists(reference.url)) {
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

/** A file's bytes, or only its size when that is over `limit`: one open, without a second look-up by name. */
function readAtMost(absolute: string, limit: number): { bytes: Buffer } | { size: number } {
  const fd = openSync(absolute, "r");
  try {
    const { size } = fstatSync(fd);
    if (size > limit) return { size };
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const chunk = readSync(fd, bytes, read, size - read, read);
      if (chunk === 0) break;
      read += chunk;
    }
    return { bytes: bytes.subarray(0, read) };
  } finally {
    closeSync(fd);
  }
}

function listMarkdown(dir: string): string[] {
  return walkEntries(dir)
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** One article file's bytes and place: all that its own checks need, without the file system. */
export interface ArticleSource {
  /** Path relative to the project root, with forward slashes, for messages. */
  file: string;
  bytes: Uint8Array;
  /** The year of the folder the file lies in (`nachrichten/<year>/`). */
  folderYear: number;
  /** The file name without `.md`. */
  slug: string;
  /** Whether an image or file the article refers to exists: `./bild.jpg`, `/assets/…` or a resolved body URL. */
  fileExists(url: string): boolean;
}

/** How a body is read: rendered for the site, or only its references for the checks. */
export type BodyReader<Body extends { references: readonly BodyReference[] }> = (body: string, baseUrl: string) => Body;

/** Reads only what the checks need from a body (no HTML). */
export const readReferences: BodyReader<{ references: BodyReference[] }> = (body, baseUrl) => ({ references: bodyReferences(body, baseUrl) });

/** An article that passed its own checks, with what the checks across files need. */
export interface ValidArticle<Body> {
  fields: ArticleFrontMatter;
  body: Body;
  /** `/nachrichten/<year>/`, the URL of the folder it lies in. */
  folderUrl: string;
  topics: TopicUse[];
  links: ArticleLink[];
  /** Where each `redirect_from` entry is written; `to` is filled in with the article's URL. */
  redirects: Omit<RedirectSource, "to">[];
  /** The line of `date`, for the notice that the article is scheduled. */
  dateLine: number;
  contacts: ContactUse[];
}

/** The outcome of an article's own checks, with the images it uses (checked with the other files, lib/content/media-checks.ts). */
export type ArticleCheck<Body> = ({ ok: true; article: ValidArticle<Body> } | { ok: false; problems: ContentProblem[] }) & { images: ImageReference[] };

/**
 * The checks of one article file that need no other file: front matter (fields, types,
 * dates, year folder), the lead image and the images of the body. The same function serves
 * the build, `npm run check` and `npm run new`; it returns problems and never throws.
 */
export function checkArticle<Body extends { references: readonly BodyReference[] }>(
  source: ArticleSource,
  readBody: BodyReader<Body>,
): ArticleCheck<Body> {
  const { file } = source;
  const images: ImageReference[] = [];
  const located = (list: Problem[]): ArticleCheck<Body> => ({ ok: false, problems: list.map((problem) => ({ file, ...problem })), images });
  const parsed = parseContentFile(file, source.bytes);
  if (!parsed.ok) return { ok: false, problems: parsed.problems, images };
  const fileProblems = unknownKeyProblems(parsed.file, ARTICLE_FIELDS);
  const invisible = invisibleCharacterProblems(parsed.file);
  fileProblems.push(...invisible);
  const known = Object.fromEntries(Object.entries(parsed.file.data).filter(([key]) => (ARTICLE_FIELDS as readonly string[]).includes(key)));
  const result = articleFrontMatterSchema.safeParse(known);
  if (!result.success) fileProblems.push(...withoutFields(schemaProblems(parsed.file, result.error), invisible));
  // The year folder and the body are checked even when other fields are wrong: every problem of a file at once.
  const parsedDate = typeof known.date === "string" ? parseContentDate(known.date.trim()) : undefined;
  const year = parsedDate?.ok ? parsedDate.value.year : undefined;
  if (year !== undefined && year !== source.folderYear) {
    fileProblems.push({
      ...parsed.file.positionOf(["date"]),
      field: "date",
      message: `das Jahr ${year} passt nicht zum Ordner ${source.folderYear}`,
      fix: `die Datei nach ${ARTICLES_DIR}/${year}/ verschieben oder das Datum korrigieren`,
    });
  }
  if (result.success && result.data.image !== undefined && !source.fileExists(result.data.image)) {
    fileProblems.push({ ...parsed.file.positionOf(["image"]), field: "image", message: `die Bilddatei „${result.data.image}“ gibt es nicht`, fix: "die Datei neben den Artikel legen oder den Pfad korrigieren" });
  } else if (result.success && result.data.image !== undefined) {
    images.push({ ...parsed.file.positionOf(["image"]), field: "image", url: result.data.image });
  }
  const folderUrl = `/${ARTICLES_DIR}/${source.folderYear}/`;
  const body = readBody(parsed.file.body, folderUrl);
  fileProblems.push(...bodyProblems(body.references, parsed.file.bodyLine, source.fileExists, images));
  fileProblems.push(...scaffoldProblems(parsed.file.body, parsed.file.bodyLine));
  if (!result.success || fileProblems.length > 0) return located(fileProblems);
  const fields = result.data;
  const links: ArticleLink[] = [];
  for (const reference of body.references) {
    if (reference.kind === "link" && reference.url.startsWith(`/${ARTICLES_DIR}/`)) {
      links.push({ file, line: parsed.file.bodyLine + reference.bodyLine, url: reference.url.split(/[?#]/)[0]! });
    }
  }
  return {
    ok: true,
    images,
    article: {
      fields,
      body,
      folderUrl,
      topics: fields.tags.map((topic, index) => ({ file, ...parsed.file.positionOf(["tags", index]), ...topic })),
      links,
      redirects: (fields.redirect_from ?? []).map((from, index) => ({ file, ...parsed.file.positionOf(["redirect_from", index]), from })),
      dateLine: parsed.file.lineOf(["date"]),
      contacts: (fields.contact ?? []).map((key) => ({
        file,
        ...parsed.file.positionOf(Array.isArray(known.contact) ? ["contact", known.contact.indexOf(key)] : ["contact"]),
        key,
      })),
    },
  };
}

/** A plain page that passed its checks. */
interface ValidPage {
  fields: PageFrontMatter;
  slug: string;
  sourcePath: string;
  body: string;
  /** The publisher's details the page shows that are missing or still an example (German names). */
  incompleteDetails: string[];
}

interface ContentScan<A> {
  articles: A[];
  removed: RemovedArticle[];
  publisher: Publisher | undefined;
  pages: ValidPage[];
  /** Every use of a topic by a valid article, in file order. */
  topicUses: TopicUse[];
  contacts: ReadonlyMap<string, Contact>;
  problems: ContentProblem[];
  /** Every use of an image file, by articles and pages, for lib/content/media-checks.ts. */
  images: ImageUse[];
}

/** What one article file yields: its problems, or, when it is valid, what the checks across files and the caller need. */
export interface ArticleOutcome<A> {
  problems: ContentProblem[];
  /** The images the file uses, checked with the other files (lib/content/media-checks.ts). */
  images: ImageUse[];
  valid?: { url: string; file: string; topics: TopicUse[]; links: ArticleLink[]; redirects: RedirectSource[]; contacts: ContactUse[]; entry: A };
  /** SHA-256 of the bytes checked, for a build's article store (lib/content/article-cache-store.ts). */
  sha256?: string;
}

/** A file's bytes as `ArticleOutcome.sha256` holds them. */
export const bytesSha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** The file system side of the checks of one content folder. */
interface ContentFiles {
  location: ContentLocation;
  articlesRoot: string;
  relative(absolute: string): string;
  publicFileExists(url: string, sourceDir: string): boolean;
  /** The uses of images found in a file, with the image files they stand for. */
  imageUses(file: string, references: readonly ImageReference[], sourceDir: string): ImageUse[];
}

function contentFiles(location: ContentLocation): ContentFiles {
  const articlesRoot = path.join(location.contentDir, ARTICLES_DIR);
  const localFile = (url: string, sourceDir: string): string | undefined => publicFilePath(url, location, sourceDir);
  return {
    location,
    articlesRoot,
    relative: (absolute) => path.relative(location.projectDir, absolute).split(path.sep).join("/"),
    publicFileExists(url, sourceDir) {
      const file = localFile(url, sourceDir);
      return file !== undefined && existsSync(file);
    },
    imageUses(file, references, sourceDir) {
      return references.flatMap((reference) => {
        const source = localFile(reference.url, sourceDir);
        return source === undefined ? [] : [{ ...reference, file, source }];
      });
    },
  };
}

/** The checks of one article file: its place and name, its size, then `checkArticle`. */
function checkArticleFile<Body extends { references: readonly BodyReference[] }, A>(
  files: ContentFiles,
  absolute: string,
  readBody: BodyReader<Body>,
  toArticle: (valid: ValidArticle<Body>, slug: string, file: string) => A,
  /** Whether the outcome carries the hash of the bytes checked: a build stores it, `npm run check` does not. */
  hashBytes = false,
): ArticleOutcome<A> {
  const file = files.relative(absolute);
  const fileProblem = (message: string, fix: string): ArticleOutcome<A> => ({ problems: [{ file, line: 1, field: "Datei", message, fix }], images: [] });
  const inFolder = path.relative(files.articlesRoot, absolute).split(path.sep);
  const slug = path.basename(absolute, ".md");
  const folderYear = inFolder.length === 2 && /^\d{4}$/.test(inFolder[0]!) ? Number(inFolder[0]) : undefined;
  if (folderYear === undefined) return fileProblem("liegt nicht in einem Jahresordner", `nach ${ARTICLES_DIR}/<Jahr>/${slug}.md verschieben (Jahr aus „date“)`);
  if (!ARTICLE_SLUG.test(slug)) {
    return fileProblem(`der Dateiname „${slug}.md“ enthält Großbuchstaben, Umlaute, Leer- oder Sonderzeichen`, "nur a–z, 0–9 und Bindestriche verwenden, z. B. „neue-foerderung.md“");
  }
  const read = readAtMost(absolute, MAX_FILE_BYTES);
  if ("size" in read) return fileProblem(`ist mit ${Math.round(read.size / 1024)} KB zu groß (höchstens ${MAX_FILE_BYTES / 1024} KB)`, "den Text kürzen; Bilder als eigene Dateien ablegen");
  const sourceDir = path.dirname(absolute);
  const checked = checkArticle({ file, bytes: read.bytes, folderYear, slug, fileExists: (url) => files.publicFileExists(url, sourceDir) }, readBody);
  const images = files.imageUses(file, checked.images, sourceDir);
  if (!checked.ok) return { problems: checked.problems, images };
  const { article } = checked;
  const url = `${article.folderUrl}${slug}/`;
  return {
    problems: [],
    images,
    valid: { url, file, topics: article.topics, links: article.links, redirects: article.redirects.map((source) => ({ ...source, to: url })), contacts: article.contacts, entry: toArticle(article, slug, file) },
    ...(hashBytes ? { sha256: bytesSha256(read.bytes) } : {}),
  };
}

/** Everything after the articles' own checks: the checks across files, the pages, the order of the problems. */
function finishScan<A>(files: ContentFiles, outcomes: readonly ArticleOutcome<A>[]): ContentScan<A> {
  const { location } = files;
  const problems = outcomes.flatMap((outcome) => outcome.problems);
  const valid = outcomes.flatMap((outcome) => (outcome.valid ? [outcome.valid] : []));
  const topicUses = valid.flatMap((article) => article.topics);
  problems.push(...topicSpellingProblems(topicUses));
  problems.push(
    ...brokenLinkProblems(
      valid.flatMap((article) => article.links),
      new Set(valid.map((article) => article.url)),
      (url) => files.publicFileExists(url, files.articlesRoot),
    ),
  );
  const contacts = loadContacts(location.contentDir, location.projectDir);
  problems.push(...contacts.problems);
  // With a broken contacts file every key would look unknown; its own problems say enough.
  if (contacts.problems.length === 0) problems.push(...unknownContactProblems(valid.flatMap((article) => article.contacts), contacts.contacts));

  const images = outcomes.flatMap((outcome) => outcome.images);

  const removedList = readRemovedArticles(location.contentDir, location.projectDir);
  const removed = removedList.ok ? removedList.removed : [];
  if (!removedList.ok) problems.push(...removedList.problems);

  const publisherResult = readPublisher(location.contentDir, location.projectDir);
  const publisher = publisherResult.ok ? publisherResult.publisher : undefined;
  if (!publisherResult.ok) problems.push(...publisherResult.problems);
  const publisherFile = files.relative(path.join(location.contentDir, PUBLISHER_FILE));

  const pages: ValidPage[] = [];
  for (const absolute of listMarkdown(path.join(location.contentDir, PAGES_DIR))) {
    const file = files.relative(absolute);
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
    const invisible = invisibleCharacterProblems(parsed.file);
    fileProblems.push(...invisible);
    const pageImages: ImageReference[] = [];
    for (const reference of bodyReferences(parsed.file.body, `/${slug}/`)) {
      if (reference.kind === "image" && files.publicFileExists(reference.url, location.contentDir)) pageImages.push({ line: parsed.file.bodyLine + reference.bodyLine, field: "Text", url: reference.url });
    }
    images.push(...files.imageUses(file, pageImages, location.contentDir));
    const known = Object.fromEntries(Object.entries(parsed.file.data).filter(([key]) => (PAGE_FIELDS as readonly string[]).includes(key)));
    const result = pageFrontMatterSchema.safeParse(known);
    if (!result.success) fileProblems.push(...withoutFields(schemaProblems(parsed.file, result.error), invisible));
    const filled = fillPlaceholders(parsed.file.body, parsed.file.bodyLine, publisher, publisherFile);
    fileProblems.push(...filled.problems);
    if (fileProblems.length > 0 || !result.success) {
      report(fileProblems);
      continue;
    }
    pages.push({ fields: result.data, slug, sourcePath: file, body: filled.markdown, incompleteDetails: filled.incomplete.map((detail) => PUBLISHER_DETAILS[detail]) });
  }

  problems.push(
    ...urlConflictProblems({
      articles: valid,
      redirects: valid.flatMap((article) => article.redirects),
      removed,
      removedFile: files.relative(path.join(location.contentDir, REMOVED_FILE)),
      pageUrls: pages.map((page) => `/${page.slug}/`),
    }),
  );
  return { articles: valid.map((article) => article.entry), removed, publisher, pages, topicUses, contacts: contacts.contacts, problems: problems.sort(compareProblems), images };
}

/**
 * Reads every article and page of a content folder and runs every check, per file and across
 * files; `toArticle` makes what the caller keeps of each valid article.
 */
function scanContent<Body extends { references: readonly BodyReference[] }, A>(
  location: ContentLocation,
  readBody: BodyReader<Body>,
  toArticle: (valid: ValidArticle<Body>, slug: string, file: string) => A,
  cache?: ArticleCache<A>,
): ContentScan<A> {
  const files = contentFiles(location);
  const check = (absolute: string) => checkArticleFile(files, absolute, readBody, toArticle);
  return finishScan(
    files,
    listMarkdown(files.articlesRoot).map((absolute) => (cache ? cache.outcome(absolute, check) : check(absolute))),
  );
}

/**
 * The outcome of each article file, for `npm start`: an unchanged file is neither read nor
 * checked again, and keeps its Article object, which lib/dev/changed-pages.ts takes as the
 * article's version. The dev server tells the cache which files changed (its watcher knows);
 * an outcome also depends on the files the article refers to, so when anything but an article
 * changed, the dev server clears the cache.
 */
export class ArticleCache<A = Article> {
  private readonly outcomes = new Map<string, ArticleOutcome<A>>();

  has(absolute: string): boolean {
    return this.outcomes.has(absolute);
  }

  outcome(absolute: string, check: (absolute: string) => ArticleOutcome<A>): ArticleOutcome<A> {
    let outcome = this.outcomes.get(absolute);
    if (outcome === undefined) this.outcomes.set(absolute, (outcome = check(absolute)));
    return outcome;
  }

  /** Forgets the outcomes of these files (absolute paths). */
  forget(files: Iterable<string>): void {
    for (const file of files) this.outcomes.delete(file);
  }

  clear(): void {
    this.outcomes.clear();
  }
}

/** A valid article file as layouts receive it; the same in every thread that loads articles. */
function articleEntry({ fields, body, folderUrl }: ValidArticle<RenderedMarkdown>, slug: string, file: string): Article {
  const { region, tags, summary, image, image_alt, image_caption, image_credit, featured, contact, draft, corrections, redirect_from, ...rest } = fields;
  const imageUrl = image === undefined ? undefined : image.startsWith("/") ? image : `${folderUrl}${image.slice(2)}`;
  return {
    ...rest,
    slug,
    url: `${folderUrl}${slug}/`,
    sourcePath: file,
    regions: region.map((slugOfRegion) => regionBySlug(slugOfRegion) as Region),
    topics: tags,
    summary: summary ?? excerpt(body.firstParagraph, 200),
    ...(imageUrl !== undefined && image_alt !== undefined && image_credit !== undefined
      ? {
          image: {
            url: imageUrl,
            alt: image_alt,
            ...(image_caption === undefined ? {} : { caption: image_caption }),
            credit: image_credit,
          },
        }
      : {}),
    featured: featured ?? false,
    contacts: contact ?? [],
    html: body.html,
    readingMinutes: readingMinutes(body.wordCount),
    draft: draft ?? false,
    corrections: [...(corrections ?? [])].sort((a, b) => a.date.millis - b.date.millis),
    redirectFrom: redirect_from ?? [],
    files: articleFiles(imageUrl, body.references),
  };
}

/** The images from the articles' folders that it shows (lead image, body images): a build leaves them out with the article, unless a published one shows them too. */
function articleFiles(imageUrl: string | undefined, references: readonly BodyReference[]): string[] {
  const urls = [imageUrl, ...references.filter((reference) => reference.kind === "image").map((reference) => reference.url.split(/[?#]/)[0])];
  return [...new Set(urls.filter((url): url is string => url !== undefined && url.startsWith(`/${ARTICLES_DIR}/`)))];
}

/** Checks and loads one article file (absolute path) as a build does, its body rendered. */
export function articleLoader(location: ContentLocation): (absolute: string) => ArticleOutcome<Article> {
  const files = contentFiles(location);
  return (absolute) => checkArticleFile(files, absolute, renderMarkdown, articleEntry, true);
}

/** The scan with the problems of the image files and links it found (lib/content/media-checks.ts), in file order. */
async function withMediaProblems<A>(checks: MediaChecks, scan: ContentScan<A>): Promise<ContentScan<A>> {
  const media = await checks.problems(scan.images);
  return media.length === 0 ? scan : { ...scan, problems: [...scan.problems, ...media].sort(compareProblems) };
}

function loadedContent(scan: ContentScan<Article>): LoadResult {
  const pages = scan.pages.map(({ fields, slug, sourcePath, body, incompleteDetails }): Page => ({
    ...fields,
    slug,
    url: `/${slug}/`,
    sourcePath,
    incompleteDetails,
    html: renderMarkdown(body, `/${slug}/`).html,
  }));
  return { articles: scan.articles, pages, contacts: scan.contacts, problems: scan.problems, removed: scan.removed, publisher: scan.publisher };
}

/**
 * Reads every article and page of a content folder, validates each against the content
 * contract, and returns the typed entries (bodies rendered) together with all problems of all files.
 */
export async function loadContent(location: ContentLocation, cache?: ArticleCache): Promise<LoadResult> {
  const media = startMediaChecks(location);
  return loadedContent(await withMediaProblems(media, scanContent(location, renderMarkdown, articleEntry, cache)));
}

/** The outcome of each of many article files (absolute paths), e.g. checked on two threads (lib/content/parallel-article-check.ts). */
export type ArticleFilesCheck = (location: ContentLocation, files: readonly string[]) => Promise<ReadonlyMap<string, ArticleOutcome<Article>>>;

/** `loadContent` with the article files not in the cache checked by `checkFiles`. */
export async function loadContentWith(location: ContentLocation, checkFiles: ArticleFilesCheck, cache?: ArticleCache): Promise<LoadResult> {
  const media = startMediaChecks(location);
  const files = contentFiles(location);
  const all = listMarkdown(files.articlesRoot);
  const checked = await checkFiles(location, cache ? all.filter((absolute) => !cache.has(absolute)) : all);
  const outcomes = all.map((absolute) => cache?.outcome(absolute, () => checked.get(absolute)!) ?? checked.get(absolute)!);
  return loadedContent(await withMediaProblems(media, finishScan(files, outcomes)));
}

/** Something an author should know that is not a mistake: when a scheduled article appears, what a takedown leaves out. */
export interface ContentNotice {
  file: string;
  line: number;
  message: string;
}

export interface CheckResult {
  problems: ContentProblem[];
  notices: ContentNotice[];
  /** Valid articles and pages, for the summary line. */
  articleCount: number;
  pageCount: number;
  /** The topics of the valid articles, each in the spelling first found. */
  topics: Topic[];
}

/** The same checks as `loadContent`, without rendering anything: for `npm run check` and `npm run new`. */
export async function checkContent(location: ContentLocation, now: number = nowMillis()): Promise<CheckResult> {
  const media = startMediaChecks(location);
  const scan = await withMediaProblems(media, scanContent(location, readReferences, ({ fields, folderUrl, dateLine }, slug, file) => ({ fields, file, dateLine, url: `${folderUrl}${slug}/` })));
  const topics = new Map<string, Topic>();
  for (const { label, slug } of scan.topicUses) if (!topics.has(slug)) topics.set(slug, { label, slug });
  const removed = new Map(scan.removed.map((item) => [item.url, item]));
  const removedFile = path.relative(location.projectDir, path.join(location.contentDir, REMOVED_FILE)).split(path.sep).join("/");
  const notices: ContentNotice[] = [];
  for (const { fields, file, dateLine, url } of scan.articles) {
    const takenDown = removed.get(url);
    if (takenDown) {
      notices.push({ file, line: 1, message: `ist in ${removedFile}:${takenDown.line} als entfernt eingetragen und wird nicht veröffentlicht; die Adresse antwortet mit „410 Gone“` });
    } else if (fields.date.millis > now && fields.draft !== true) {
      notices.push({ file, line: dateLine, message: `geplant für ${scheduledTime(fields.date)} — erscheint erst dann auf der Seite (ein zeitgesteuerter Build veröffentlicht ihn); npm start und die Vorschau zeigen ihn schon jetzt` });
    }
  }
  if (scan.publisher && scan.publisher.incomplete.length > 0) {
    notices.push({
      file: scan.publisher.file,
      line: scan.publisher.incomplete[0]!.line,
      message: `${scan.publisher.incomplete.length} Angaben des Betreibers fehlen oder sind noch Beispielwerte — Impressum, Datenschutz und Barrierefreiheit zeigen „Entwurf“, und der Produktions-Build bricht ab, bis sie eingetragen sind`,
    });
  }
  return { problems: scan.problems, notices, articleCount: scan.articles.length, pageCount: scan.pages.length, topics: [...topics.values()] };
}

/** Where an article uses a topic, for the check that each topic is written one way. */
interface TopicUse extends Position {
  file: string;
  label: string;
  slug: string;
}

/** Where an article names a press contact, checked once the contacts file is read. */
interface ContactUse extends Position {
  file: string;
  key: string;
}

/** A link from an article to another article, checked once all articles are known. */
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
        ...(use.column === undefined ? {} : { column: use.column }),
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
