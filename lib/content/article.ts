import type { ArticleFrontMatter, PageFrontMatter, Topic } from "./content-schema.ts";
import type { DisplayDate } from "./dates.ts";
import type { Region } from "./regions.ts";

export type { Topic } from "./content-schema.ts";
export type { Region } from "./regions.ts";
export type { DisplayDate } from "./dates.ts";

/**
 * A validated article as layouts receive it: the schema's output (dates parsed, regions and
 * topics normalised) plus what the file's place and body add.
 */
export interface Article extends Omit<ArticleFrontMatter, "region" | "tags" | "summary" | "image" | "image_alt" | "image_caption" | "image_credit" | "featured" | "contact" | "draft" | "corrections" | "redirect_from"> {
  /** File name without `.md`; the last segment of the URL. */
  slug: string;
  /** `/nachrichten/2018/foerderung-verlaengert/` */
  url: string;
  /** Path of the Markdown file relative to the project root. */
  sourcePath: string;
  regions: Region[];
  topics: Topic[];
  /** The author's summary, or the first sentences of the first paragraph (lib/content/excerpt.ts). */
  summary: string;
  image?: LeadImage;
  /** Marked by the author as the front page's lead story. */
  featured: boolean;
  /** Keys of the press contacts (content/_data/contacts.json), checked to exist. */
  contacts: string[];
  /** Body HTML from the safe Markdown renderer. */
  html: string;
  readingMinutes: number;
  draft: boolean;
  /** Correction notes, oldest first. */
  corrections: Correction[];
  /** Old URL paths served as 301 redirects to `url`. */
  redirectFrom: string[];
  /** The article's own files in the content folder (lead image, body images) by public URL, which leave with it. */
  files: string[];
}

export interface Correction {
  date: DisplayDate;
  text: string;
}

/** An article's lead image; the credit names its author (§ 13 UrhG). */
export interface LeadImage {
  url: string;
  alt: string;
  caption?: string;
  /** "Foto: Allianz für die Region/Anna Muster" */
  credit: string;
}

/** A plain page such as the Impressum. */
export interface Page extends PageFrontMatter {
  slug: string;
  url: string;
  sourcePath: string;
  html: string;
  /** The publisher's details (content/_data/publisher.json) the page shows that are missing or still an example: shown as a draft. */
  incompleteDetails: string[];
}

export interface LoadedContent {
  articles: Article[];
  pages: Page[];
}

/** When an article last changed: the latest of its `updated` date and its corrections, else its publication date. */
export function lastChanged(article: Article): DisplayDate {
  let latest = article.updated ?? article.date;
  for (const correction of article.corrections) if (correction.date.millis > latest.millis) latest = correction.date;
  return latest;
}

/** The latest change among articles, for feeds and sitemaps; undefined for none. */
export function newestChange(articles: readonly Article[]): DisplayDate | undefined {
  let newest: DisplayDate | undefined;
  for (const article of articles) {
    const changed = lastChanged(article);
    if (newest === undefined || changed.millis > newest.millis) newest = changed;
  }
  return newest;
}

/** Reading time at 200 words a minute, never less than a minute. Pages show it from 2 minutes up (`readingTimeLabel`). */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 200));
}


/** "4 Min. Lesezeit"; nothing below 2 minutes, where a reading time tells a reader nothing. */
export function readingTimeLabel(minutes: number): string | undefined {
  return minutes >= 2 ? `${minutes} Min. Lesezeit` : undefined;
}
