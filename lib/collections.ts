import type { Article, Page, Region, Topic } from "./article.ts";

/** One page of a paginated list: `/region/goslar/`, `/region/goslar/seite/2/`, … */
export interface ListPage<T> {
  url: string;
  /** The list's first page, e.g. `/region/goslar/`. */
  baseUrl: string;
  pageNumber: number;
  totalPages: number;
  /** Every page of this list, for the page navigation. */
  pageUrls: string[];
  items: T[];
  /** Number of items over all pages. */
  totalItems: number;
}

export interface RegionListPage extends ListPage<Article> {
  region: Region;
}

export interface TopicListPage extends ListPage<Article> {
  topic: Topic;
}

export interface ArticlePage {
  article: Article;
  /** The next newer and next older article by date. */
  newer?: Article;
  older?: Article;
  related: Article[];
}

export interface CountedRegion extends Region {
  url: string;
  count: number;
}

export interface CountedTopic extends Topic {
  url: string;
  count: number;
}

export interface ArchiveYear {
  year: number;
  url: string;
  count: number;
}

export interface ArchiveMonth {
  /** "September 2018" */
  label: string;
  articles: Article[];
}

export interface ArchiveYearPage extends ArchiveYear {
  months: ArchiveMonth[];
  newerYear?: ArchiveYear;
  olderYear?: ArchiveYear;
}

export const regionUrl = (slug: string): string => `/region/${slug}/`;
export const topicUrl = (slug: string): string => `/thema/${slug}/`;
export const yearUrl = (year: number): string => `/archiv/${year}/`;

/** Newest first; articles of the same moment in a stable order by URL. */
export function newestFirst(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => b.date.millis - a.date.millis || a.url.localeCompare(b.url));
}

/** Splits a list into pages of `pageSize`; page 1 lives at `baseUrl`, page n at `baseUrl` + `seite/n/`. */
export function paginate<T>(items: readonly T[], pageSize: number, baseUrl: string): ListPage<T>[] {
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  const pageUrls = Array.from({ length: totalPages }, (_, index) => (index === 0 ? baseUrl : `${baseUrl}seite/${index + 1}/`));
  return pageUrls.map((url, index) => ({
    url,
    baseUrl,
    pageNumber: index + 1,
    totalPages,
    pageUrls,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    totalItems: items.length,
  }));
}

/** Groups already sorted articles by a key; each group keeps the order. */
function groupBy<K>(articles: readonly Article[], keysOf: (article: Article) => readonly K[]): Map<K, Article[]> {
  const groups = new Map<K, Article[]>();
  for (const article of articles) {
    for (const key of keysOf(article)) {
      const group = groups.get(key);
      if (group) group.push(article);
      else groups.set(key, [article]);
    }
  }
  return groups;
}

/** How many neighbours in time, per shared topic or region, are considered for "related". */
const RELATED_WINDOW = 12;

/**
 * Up to `limit` articles that share topics or regions with `article`: a shared topic counts
 * twice a shared region, ties go to the article nearest in time. Only the articles nearest in
 * time within each shared group are considered, so the cost per article stays constant however
 * large the archive grows.
 */
export function relatedArticles(
  article: Article,
  byTopic: ReadonlyMap<string, readonly Article[]>,
  byRegion: ReadonlyMap<string, readonly Article[]>,
  position: ReadonlyMap<Article, ReadonlyMap<string, number>>,
  limit = 3,
): Article[] {
  const scores = new Map<Article, number>();
  const consider = (groupKey: string, group: readonly Article[] | undefined, weight: number) => {
    if (!group) return;
    const at = position.get(article)?.get(groupKey) ?? 0;
    const from = Math.max(0, at - RELATED_WINDOW);
    const to = Math.min(group.length, at + RELATED_WINDOW + 1);
    for (let index = from; index < to; index++) {
      const candidate = group[index]!;
      if (candidate !== article) scores.set(candidate, (scores.get(candidate) ?? 0) + weight);
    }
  };
  for (const topic of article.topics) consider(`t:${topic.slug}`, byTopic.get(topic.slug), 2);
  for (const region of article.regions) consider(`r:${region.slug}`, byRegion.get(region.slug), 1);
  const distance = (other: Article) => Math.abs(other.date.millis - article.date.millis);
  return [...scores]
    .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || distance(a) - distance(b) || a.url.localeCompare(b.url))
    .slice(0, limit)
    .map(([candidate]) => candidate);
}

export interface Collections {
  /** Newest first. */
  articles: Article[];
  articlePages: ArticlePage[];
  homePages: ListPage<Article>[];
  regions: CountedRegion[];
  regionPages: RegionListPage[];
  topics: CountedTopic[];
  topicPages: TopicListPage[];
  years: ArchiveYear[];
  yearPages: ArchiveYearPage[];
  pages: Page[];
}

const MONTH = new Intl.DateTimeFormat("de-DE", { month: "long", year: "numeric", timeZone: "Europe/Berlin" });

/** Everything the layouts list, derived once from the validated articles in O(n log n). */
export function buildCollections(input: readonly Article[], pages: readonly Page[], regions: readonly Region[], pageSize: number): Collections {
  const articles = newestFirst(input);

  const byRegion = groupBy(articles, (article) => article.regions.map((region) => region.slug));
  const byTopic = groupBy(articles, (article) => article.topics.map((topic) => topic.slug));
  const position = new Map<Article, Map<string, number>>();
  const remember = (prefix: string, groups: Map<string, Article[]>) => {
    for (const [key, group] of groups) {
      group.forEach((article, index) => {
        let positions = position.get(article);
        if (!positions) position.set(article, (positions = new Map()));
        positions.set(`${prefix}:${key}`, index);
      });
    }
  };
  remember("t", byTopic);
  remember("r", byRegion);

  const articlePages = articles.map((article, index) => {
    const newer = articles[index - 1];
    const older = articles[index + 1];
    return {
      article,
      ...(newer ? { newer } : {}),
      ...(older ? { older } : {}),
      related: relatedArticles(article, byTopic, byRegion, position),
    };
  });

  const countedRegions = regions.map((region) => ({ ...region, url: regionUrl(region.slug), count: byRegion.get(region.slug)?.length ?? 0 }));
  const regionPages = regions.flatMap((region) =>
    paginate(byRegion.get(region.slug) ?? [], pageSize, regionUrl(region.slug)).map((page) => ({ ...page, region })),
  );

  const topics = [...byTopic.values()]
    .map((group) => {
      const topic = group[0]!.topics.find((candidate) => byTopic.get(candidate.slug) === group)!;
      return { label: topic.label, slug: topic.slug, url: topicUrl(topic.slug), count: group.length };
    })
    .sort((a, b) => a.label.localeCompare(b.label, "de"));
  const topicPages = topics.flatMap((topic) =>
    paginate(byTopic.get(topic.slug) ?? [], pageSize, topic.url).map((page) => ({ ...page, topic: { label: topic.label, slug: topic.slug } })),
  );

  const byYear = groupBy(articles, (article) => [article.date.year]);
  const years = [...byYear].map(([year, group]) => ({ year, url: yearUrl(year), count: group.length })).sort((a, b) => b.year - a.year);
  const yearPages = years.map((year, index) => {
    const byMonth = groupBy(byYear.get(year.year) ?? [], (article) => [MONTH.format(article.date.millis)]);
    const newerYear = years[index - 1];
    const olderYear = years[index + 1];
    return {
      ...year,
      months: [...byMonth].map(([label, monthArticles]) => ({ label, articles: monthArticles })),
      ...(newerYear ? { newerYear } : {}),
      ...(olderYear ? { olderYear } : {}),
    };
  });

  return {
    articles,
    articlePages,
    homePages: paginate(articles, pageSize, "/"),
    regions: countedRegions,
    regionPages,
    topics,
    topicPages,
    years,
    yearPages,
    pages: [...pages].sort((a, b) => a.url.localeCompare(b.url)),
  };
}
