/*
 * The search index is split into shards of whole years, each its own Pagefind bundle under
 * /pagefind/<years>/. Each Pagefind process indexes one shard, so none holds the whole
 * archive (its memory grows ~24× with the HTML it holds), and the search page merges the
 * shards in the browser (assets/js/search.ts).
 */

/** About this many articles make a shard; a year is never split. */
export const DEFAULT_SHARD_ARTICLES = 2500;

export interface SearchShard {
  /** `2019-2022`, or `2024` for a single year. */
  id: string;
  /** `/pagefind/2019-2022/`: the shard's Pagefind bundle. */
  path: string;
  /** Its years, newest first. */
  years: number[];
  articleCount: number;
}

/**
 * Groups the years into shards of at least `shardArticles` articles, counted from the oldest
 * year, so that a new article only ever changes the newest shard and the older shards'
 * files stay as they were (and stay in caches). Returned newest first.
 */
export function planSearchShards(articleYears: Iterable<number>, shardArticles: number): SearchShard[] {
  const perYear = new Map<number, number>();
  for (const year of articleYears) perYear.set(year, (perYear.get(year) ?? 0) + 1);
  const shards: SearchShard[] = [];
  let years: number[] = [];
  let count = 0;
  const close = () => {
    const oldest = years[years.length - 1]!;
    const newest = years[0]!;
    const id = oldest === newest ? String(newest) : `${oldest}-${newest}`;
    shards.unshift({ id, path: `/pagefind/${id}/`, years, articleCount: count });
    years = [];
    count = 0;
  };
  for (const year of [...perYear.keys()].sort((a, b) => a - b)) {
    years.unshift(year);
    count += perYear.get(year)!;
    if (count >= shardArticles) close();
  }
  if (years.length > 0) close();
  return shards;
}

/** The shard size of this build: `SEARCH_SHARD_ARTICLES` (tests use small shards), else the default. */
export function shardArticlesSetting(value = process.env.SEARCH_SHARD_ARTICLES): number {
  const parsed = Number(value);
  return value !== undefined && Number.isInteger(parsed) && parsed > 0 ? parsed : DEFAULT_SHARD_ARTICLES;
}
