import type { Article, Region, Topic } from "../content/article.ts";

/*
 * The document Pagefind indexes for an article, and the one place that names what the index
 * holds besides text: its filters, its sort key, its metadata, its language and the compound
 * marker. The search page (layouts/pages/search.11ty.tsx) and the search script
 * (assets/js/search.ts, bundled for browsers) take these names from here, so this module
 * imports types only and touches nothing outside itself.
 */

/** The index's language: Pagefind stems German words (Förderungen finds Förderung). */
export const SEARCH_LANGUAGE = "de";

/** The filters, by what they filter; the names are also the search page's URL parameters (`?region=…`). */
export const SEARCH_FILTERS = { region: "region", topic: "thema", year: "jahr" } as const;
export type SearchFilterName = (typeof SEARCH_FILTERS)[keyof typeof SEARCH_FILTERS];

/** The sort key: the publication date (ISO 8601, which sorts as text). */
export const SEARCH_SORT = "datum";

/** The metadata each result carries, by what it holds. */
export const SEARCH_META = { title: "title", date: "datum", regions: "region", image: "image", imageAlt: "image_alt" } as const;

/**
 * Marks a compound boundary in the indexed text (lib/search/compound-words.ts): Pagefind indexes a word
 * with an underscore as the whole and as each part. Never part of German prose; the search
 * script removes it from what it shows.
 */
export const PART_MARKER = "_";

/** The value of the region filter for a region: its name, as readers know it. */
export const regionFilterValue = (region: Pick<Region, "name">): string => region.name;
/** The value of the topic filter for a topic: its label. */
export const topicFilterValue = (topic: Pick<Topic, "label">): string => topic.label;
/** The value of the year filter for a year. */
export const yearFilterValue = (year: number): string => String(year);

/** What of an article the index needs. A typed `Article` is one; `searchArticle` cuts one to this for a worker thread. */
export interface SearchArticle {
  /** The result's URL. */
  url: string;
  title: string;
  /** Not indexed: its words are part of the vocabulary compounds are split into. */
  summary: string;
  date: Pick<Article["date"], "iso" | "long" | "year">;
  regions: readonly Pick<Region, "name">[];
  topics: readonly Pick<Topic, "label">[];
  image?: { url: string; alt: string } | undefined;
  /** Body HTML from the safe Markdown renderer. */
  html: string;
  corrections: readonly { date: Pick<Article["date"], "iso" | "long">; text: string }[];
}

/** Only the fields of `SearchArticle`: an `Article` holds more, which a worker thread would copy for nothing. */
export function searchArticle(article: Article): SearchArticle {
  const { url, title, summary, date, regions, topics, image, html, corrections } = article;
  return {
    url,
    title,
    summary,
    date: { iso: date.iso, long: date.long, year: date.year },
    regions: regions.map(({ name }) => ({ name })),
    topics: topics.map(({ label }) => ({ label })),
    image: image && { url: image.url, alt: image.alt },
    html,
    corrections: corrections.map((correction) => ({ date: { iso: correction.date.iso, long: correction.date.long }, text: correction.text })),
  };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
/** Text or an attribute value as HTML: every character that could open markup escaped. */
const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (character) => ESCAPES[character]!);

const TEXT_BETWEEN_TAGS = />([^<]+)</g;

/**
 * The HTML document Pagefind indexes for an article, its text with compound parts marked by
 * `markParts` (lib/search/compound-words.ts). The indexed text is the title (its heading weighted
 * highest), the body, the corrections and the topics, in this order: the search script cuts the
 * title and the topics off the excerpt. Dates, regions and the image are filters, sort key and
 * metadata only (`data-pagefind-ignore` keeps them out of the text).
 */
export function searchDocument(article: SearchArticle, markParts: (text: string) => string): string {
  const text = (value: string) => escapeHtml(markParts(value));
  const attribute = (name: string, value: string) => `${name}="${escapeHtml(value)}"`;
  const filter = (name: SearchFilterName, value: string) => `<span ${attribute("data-pagefind-filter", `${name}:${value}`)}></span>`;
  const image = article.image
    ? `<img ${attribute("src", article.image.url)} ${attribute("alt", article.image.alt)} data-pagefind-meta="${SEARCH_META.image}[src], ${SEARCH_META.imageAlt}[alt]">`
    : "";
  // The body is HTML already (escaped by the Markdown renderer): only its text is marked.
  const body = article.html.replace(TEXT_BETWEEN_TAGS, (_match, between: string) => `>${markParts(between)}<`);
  const corrections =
    article.corrections.length === 0
      ? ""
      : `<section><h2>${article.corrections.length === 1 ? "Korrektur" : "Korrekturen"}</h2>${article.corrections
          .map((correction) => `<p><strong>Korrektur vom <time>${text(correction.date.long)}</time>:</strong> ${text(correction.text)}</p>`)
          .join("")}</section>`;
  return [
    `<!doctype html><html lang="${SEARCH_LANGUAGE}"><head><meta charset="utf-8"></head><body>`,
    `<h1 data-pagefind-meta="${SEARCH_META.title}">${text(article.title)}</h1>`,
    "<div data-pagefind-ignore>",
    `<span data-pagefind-meta="${SEARCH_META.regions}">${escapeHtml(article.regions.map((region) => region.name).join(" · "))}</span>`,
    article.regions.map((region) => filter(SEARCH_FILTERS.region, regionFilterValue(region))).join(""),
    `<time ${attribute("datetime", article.date.iso)} data-pagefind-meta="${SEARCH_META.date}" data-pagefind-sort="${SEARCH_SORT}[datetime]" ${attribute("data-pagefind-filter", `${SEARCH_FILTERS.year}:${yearFilterValue(article.date.year)}`)}>${text(article.date.long)}</time>`,
    image,
    "</div>",
    `<div>${body}</div>`,
    corrections,
    `<ul>${article.topics.map((topic) => `<li ${attribute("data-pagefind-filter", `${SEARCH_FILTERS.topic}:${topicFilterValue(topic)}`)}>${text(topic.label)}</li>`).join("")}</ul>`,
    "</body></html>",
  ].join("");
}
