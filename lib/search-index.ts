import * as pagefind from "pagefind";
import type { PagefindIndex } from "pagefind";
import type { Article } from "./article.ts";
import { CompoundSplitter } from "./compound-words.ts";

const BODY_START = /<article\b[^>]*\bdata-pagefind-body\b[^>]*>/;
const TEXT_BETWEEN_TAGS = />([^<]+)</g;

/**
 * The part of a rendered page that Pagefind indexes: the article element only (its attributes
 * declare filters, sort keys and metadata), with compound parts marked in its text. Handing
 * over the article instead of the whole page keeps Pagefind's memory small.
 */
export function indexableArticle(pageHtml: string, splitter: CompoundSplitter): string | undefined {
  const start = pageHtml.search(BODY_START);
  if (start === -1) return undefined;
  const end = pageHtml.indexOf("</article>", start);
  if (end === -1) return undefined;
  const article = pageHtml.slice(start, end + "</article>".length).replace(TEXT_BETWEEN_TAGS, (_match, text: string) => `>${splitter.markParts(text)}<`);
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body>${article}</body></html>`;
}

/** Splits compounds into the words the site's own articles use. */
export function splitterForArticles(articles: readonly Article[]): CompoundSplitter {
  return CompoundSplitter.fromTexts(
    articles.flatMap((article) => [article.title, article.summary, ...article.topics.map((topic) => topic.label), article.html.replace(/<[^>]*>/g, " ")]),
  );
}

/**
 * A Pagefind index fed page by page while Eleventy renders, so that Pagefind's indexer (its
 * own process) works on the second core in parallel; written once at the end of the build.
 */
export class SearchIndexer {
  private readonly pending: Promise<string[]>[] = [];

  private constructor(
    private readonly index: PagefindIndex,
    private readonly splitter: CompoundSplitter,
  ) {}

  static async create(splitter: CompoundSplitter): Promise<SearchIndexer> {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "de" });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    return new SearchIndexer(index, splitter);
  }

  /** Hands a rendered page to the index if it is an article; does not wait for the indexer. */
  add(url: string, pageHtml: string): void {
    const content = indexableArticle(pageHtml, this.splitter);
    if (content === undefined) return;
    this.pending.push(this.index.addHTMLFile({ url, content }).then((response) => response.errors.map((error) => `${url}: ${error}`)));
  }

  /** Milliseconds spent waiting for the last pages to be indexed, and writing the index. */
  readonly timings = { waitMs: 0, writeMs: 0 };

  /** Waits for every page, writes the index to `outputPath` and frees the indexer. */
  async write(outputPath: string): Promise<number> {
    const started = performance.now();
    const errors = (await Promise.all(this.pending)).flat();
    this.timings.waitMs = Math.round(performance.now() - started);
    const written = await this.index.writeFiles({ outputPath });
    this.timings.writeMs = Math.round(performance.now() - started) - this.timings.waitMs;
    errors.push(...written.errors);
    await this.index.deleteIndex();
    if (errors.length > 0) throw new Error(`Pagefind: ${errors.join("; ")}`);
    return this.pending.length;
  }
}

/** Stops Pagefind's indexer process so that the build can exit. */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
