import path from "node:path";
import * as pagefind from "pagefind";
import type { PagefindIndex } from "pagefind";
import type { Article } from "./article.ts";
import { CompoundSplitter } from "./compound-words.ts";
import type { SearchShard } from "./search-shards.ts";

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
function splitterForArticles(articles: readonly Article[]): CompoundSplitter {
  return CompoundSplitter.fromTexts(
    articles.flatMap((article) => [article.title, article.summary, ...article.topics.map((topic) => topic.label), article.html.replace(/<[^>]*>/g, " ")]),
  );
}

interface ShardIndex {
  shard: SearchShard;
  index: PagefindIndex;
  /** Pages handed over; when it reaches the shard's article count, the shard is written. */
  added: Promise<string[]>[];
  written?: Promise<string[]>;
}

/**
 * The search index, fed page by page while Eleventy renders, so that Pagefind's indexer (its
 * own process) works on the second core in parallel. Each shard (lib/search-shards.ts) is
 * written and freed as soon as its last article has been added; articles render newest first,
 * so the shards complete one after the other while the rest of the site still renders.
 */
export class SearchIndexer {
  private constructor(
    private readonly shards: ShardIndex[],
    private readonly shardOfUrl: ReadonlyMap<string, ShardIndex>,
    private readonly splitter: CompoundSplitter,
    private readonly outputDir: string,
  ) {}

  /** `outputDir` is the site's output folder; shard `/pagefind/2024/` goes to `<outputDir>/pagefind/2024/`. */
  static async create(articles: readonly Article[], shards: readonly SearchShard[], outputDir: string): Promise<SearchIndexer> {
    const indexes: ShardIndex[] = [];
    for (const shard of shards) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: "de" });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
      indexes.push({ shard, index, added: [] });
    }
    const byYear = new Map(indexes.flatMap((entry) => entry.shard.years.map((year) => [year, entry] as const)));
    const shardOfUrl = new Map(articles.flatMap((article) => {
      const entry = byYear.get(article.date.year);
      return entry ? [[article.url, entry] as const] : [];
    }));
    return new SearchIndexer(indexes, shardOfUrl, splitterForArticles(articles), outputDir);
  }

  /** Hands a rendered page to its shard if it is an article; does not wait for the indexer. */
  add(url: string, pageHtml: string): void {
    const entry = this.shardOfUrl.get(url);
    if (!entry || entry.written) return;
    const content = indexableArticle(pageHtml, this.splitter);
    if (content === undefined) return;
    entry.added.push(entry.index.addHTMLFile({ url, content }).then((response) => response.errors.map((error) => `${url}: ${error}`)));
    if (entry.added.length === entry.shard.articleCount) this.writeShard(entry);
  }

  private writeShard(entry: ShardIndex): Promise<string[]> {
    entry.written ??= (async () => {
      const errors = (await Promise.all(entry.added)).flat();
      const written = await entry.index.writeFiles({ outputPath: path.join(this.outputDir, ...entry.shard.path.split("/")) });
      await entry.index.deleteIndex();
      entry.added = [];
      return [...errors, ...written.errors];
    })();
    return entry.written;
  }

  /** Writes the shards not yet written and waits for all of them; throws on any indexing error. */
  async write(): Promise<void> {
    const errors = (await Promise.all(this.shards.map((entry) => this.writeShard(entry)))).flat();
    if (errors.length > 0) throw new Error(`Pagefind: ${errors.join("; ")}`);
  }
}

/** Stops Pagefind's indexer process so that the build can exit. */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
