import type { Article, Page, Region, Topic } from "../content/article.ts";
import type { Contact } from "../content/contacts.ts";

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

/** A page of the front page's list; the first also has the lead story and the main topics. */
export interface HomeListPage extends ListPage<Article> {
  /** The lead story (`leadStory`), shown large above the list, which then leaves it out. */
  lead?: Article;
  /** The topics with the most articles, for the front page's topic navigation. */
  mainTopics: CountedTopic[];
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
  /** Never the newer or older article, which the page links already. */
  related: Article[];
  /** The press contacts the article names. */
  contacts: Contact[];
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

/**
 * The region that stands for all of south-east Lower Saxony. Its articles concern every
 * region, so each region's page and feed lists them too (marked as such); its own page lists
 * only its own articles, as the home page and the archive already list everything.
 */
export const WHOLE_REGION = "suedostniedersachsen";

/** Whether `article` is listed under `regionSlug` only because it concerns the whole region. */
export function listedAsRegionWide(article: Article, regionSlug: string): boolean {
  return regionSlug !== WHOLE_REGION && !article.regions.some((region) => region.slug === regionSlug);
}

/** The regions whose lists show `article`: its own, and every region if it concerns the whole region. */
export function listingRegions(article: Article, allRegionSlugs: readonly string[]): readonly string[] {
  const own = article.regions.map((region) => region.slug);
  return own.includes(WHOLE_REGION) ? allRegionSlugs : own;
}
export const topicUrl = (slug: string): string => `/thema/${slug}/`;
export const yearUrl = (year: number): string => `/archiv/${year}/`;

/** Newest first; articles of the same moment in a stable order by URL. */
/** A stable tie-break; URLs are ASCII, so no collation is needed (and localeCompare is slow). */
const byUrl = (a: Article, b: Article): number => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

export function newestFirst(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => b.date.millis - a.date.millis || byUrl(a, b));
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
/** A shared region says less than a shared topic: about a third of a topic that a third of all articles carry. */
const REGION_WEIGHT = 0.5;
/** The first topic an author lists is what the article is mainly about. */
const MAIN_TOPIC_FACTOR = 2;
/** Years after which a candidate's score is halved: recency matters, but less than the subject. */
const HALF_SCORE_YEARS = 10;
const YEAR_MILLIS = 365.25 * 24 * 60 * 60 * 1000;

/** A group of articles (one topic's or one region's, newest first) and where each stands in it. */
export interface ArticleGroup {
  articles: readonly Article[];
  indexOf: ReadonlyMap<Article, number>;
}

function indexGroups(groups: ReadonlyMap<string, Article[]>): Map<string, ArticleGroup> {
  return new Map([...groups].map(([key, articles]) => [key, { articles, indexOf: new Map(articles.map((article, index) => [article, index])) }]));
}

/** How much sharing a topic says: a topic few articles carry says more (inverse document frequency). */
export function topicRarity(articleCount: number, topicCount: number): number {
  return Math.log(1 + articleCount / Math.max(1, topicCount));
}

/** Whether `a` is more related than `b`: higher score, then nearer in time, then by URL. */
function moreRelated(a: Article, scoreA: number, b: Article, scoreB: number, millis: number): boolean {
  if (scoreA !== scoreB) return scoreA > scoreB;
  const distanceA = Math.abs(a.date.millis - millis);
  const distanceB = Math.abs(b.date.millis - millis);
  return distanceA !== distanceB ? distanceA < distanceB : byUrl(a, b) < 0;
}

export interface RelatedOptions {
  /** Number of articles in the archive, for the rarity of topics. */
  articleCount: number;
  /** Articles the page links anyway (previous and next): never repeated. */
  exclude?: readonly (Article | undefined)[];
  limit?: number;
}

/**
 * Up to `limit` articles that share topics or regions with `article`. Each shared topic adds
 * its rarity (`topicRarity`), doubled for the article's main (first) topic; a shared region
 * adds REGION_WEIGHT; the sum shrinks with the distance in time (half after HALF_SCORE_YEARS).
 * Only the articles nearest in time within each shared group are considered, so the cost per
 * article stays constant however large the archive grows.
 */
export function relatedArticles(
  article: Article,
  byTopic: ReadonlyMap<string, ArticleGroup>,
  byRegion: ReadonlyMap<string, ArticleGroup>,
  options: RelatedOptions,
): Article[] {
  const limit = options.limit ?? 3;
  const excluded = new Set<Article | undefined>([article, ...(options.exclude ?? [])]);
  const scores = new Map<Article, number>();
  const consider = (group: ArticleGroup | undefined, weight: number) => {
    if (!group) return;
    const at = group.indexOf.get(article) ?? 0;
    const to = Math.min(group.articles.length, at + RELATED_WINDOW + 1);
    for (let index = Math.max(0, at - RELATED_WINDOW); index < to; index++) {
      const candidate = group.articles[index]!;
      if (!excluded.has(candidate)) scores.set(candidate, (scores.get(candidate) ?? 0) + weight);
    }
  };
  article.topics.forEach((topic, index) => {
    const group = byTopic.get(topic.slug);
    consider(group, topicRarity(options.articleCount, group?.articles.length ?? 1) * (index === 0 ? MAIN_TOPIC_FACTOR : 1));
  });
  for (const region of article.regions) consider(byRegion.get(region.slug), REGION_WEIGHT);
  // The best few by insertion: cheaper than sorting every candidate, for every article.
  const best: [Article, number][] = [];
  for (const [candidate, sum] of scores) {
    const years = Math.abs(candidate.date.millis - article.date.millis) / YEAR_MILLIS;
    const score = sum / (1 + years / HALF_SCORE_YEARS);
    let at = best.length;
    while (at > 0 && moreRelated(candidate, score, best[at - 1]![0], best[at - 1]![1], article.date.millis)) at--;
    if (at < limit) {
      best.splice(at, 0, [candidate, score]);
      if (best.length > limit) best.pop();
    }
  }
  return best.map(([candidate]) => candidate);
}

/**
 * The front page's lead story: the newest article marked `featured`, else the newest with an
 * image; none when no article has either.
 */
export function leadStory(articles: readonly Article[]): Article | undefined {
  return articles.find((article) => article.featured) ?? articles.find((article) => article.image !== undefined);
}

export interface Collections {
  /** Newest first. */
  articles: Article[];
  articlePages: ArticlePage[];
  homePages: HomeListPage[];
  regions: CountedRegion[];
  regionPages: RegionListPage[];
  topics: CountedTopic[];
  topicPages: TopicListPage[];
  years: ArchiveYear[];
  yearPages: ArchiveYearPage[];
  pages: Page[];
}

const MONTH = new Intl.DateTimeFormat("de-DE", { month: "long", year: "numeric", timeZone: "Europe/Berlin" });
const monthLabels = new Map<string, string>();
/** "September 2018", formatted once per month ("25.09.2018" → "09.2018"): formatting is slow. */
function monthLabel(article: Article): string {
  const key = article.date.short.slice(3);
  let label = monthLabels.get(key);
  if (label === undefined) monthLabels.set(key, (label = MONTH.format(article.date.millis)));
  return label;
}

/** How many topics the front page offers. */
const MAIN_TOPICS = 8;

function homePages(articles: readonly Article[], pageSize: number, topics: readonly CountedTopic[]): HomeListPage[] {
  const lead = leadStory(articles);
  const mainTopics = [...topics].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "de")).slice(0, MAIN_TOPICS);
  return paginate(articles, pageSize, "/").map((page) =>
    page.pageNumber === 1 ? { ...page, ...(lead ? { lead, items: page.items.filter((item) => item !== lead) } : {}), mainTopics } : { ...page, mainTopics: [] },
  );
}

/** Everything the layouts list, derived once from the validated articles in O(n log n). */
export function buildCollections(
  input: readonly Article[],
  pages: readonly Page[],
  regions: readonly Region[],
  pageSize: number,
  contacts: ReadonlyMap<string, Contact> = new Map(),
): Collections {
  const articles = newestFirst(input);

  const byRegion = groupBy(articles, (article) => article.regions.map((region) => region.slug));
  const byTopic = groupBy(articles, (article) => article.topics.map((topic) => topic.slug));
  const topicGroups = indexGroups(byTopic);
  const regionGroups = indexGroups(byRegion);

  const articlePages = articles.map((article, index) => {
    const newer = articles[index - 1];
    const older = articles[index + 1];
    return {
      article,
      ...(newer ? { newer } : {}),
      ...(older ? { older } : {}),
      related: relatedArticles(article, topicGroups, regionGroups, { articleCount: articles.length, exclude: [newer, older] }),
      contacts: article.contacts.flatMap((key) => contacts.get(key) ?? []),
    };
  });

  // Region pages and their counts include the region-wide articles (see WHOLE_REGION); related
  // articles above weigh only the regions an article names itself.
  const regionSlugs = regions.map((region) => region.slug);
  const regionLists = groupBy(articles, (article) => listingRegions(article, regionSlugs));
  const countedRegions = regions.map((region) => ({ ...region, url: regionUrl(region.slug), count: regionLists.get(region.slug)?.length ?? 0 }));
  const regionPages = regions.flatMap((region) =>
    paginate(regionLists.get(region.slug) ?? [], pageSize, regionUrl(region.slug)).map((page) => ({ ...page, region })),
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
    const byMonth = groupBy(byYear.get(year.year) ?? [], (article) => [monthLabel(article)]);
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
    homePages: homePages(articles, pageSize, topics),
    regions: countedRegions,
    regionPages,
    topics,
    topicPages,
    years,
    yearPages,
    pages: [...pages].sort((a, b) => a.url.localeCompare(b.url)),
  };
}
