import type { Article, DisplayDate } from "./article.ts";
import type { RemovedArticle } from "./removed-articles.ts";

/*
 * Which articles a build publishes. A draft only in `npm start`; a taken-down article never;
 * an article dated after "now" (lib/content/clock.ts) is scheduled: production builds leave it out
 * entirely, `npm start` and Netlify's deploy previews and branch deploys show it marked.
 */

export interface PublicationRules {
  /** The moment of the build, in milliseconds since the epoch. */
  now: number;
  includeDrafts: boolean;
  includeScheduled: boolean;
  removed: readonly RemovedArticle[];
}

/** Whether this build shows scheduled articles: in `npm start` and in Netlify's previews, never in production. */
export function showsScheduled(dev: boolean, environment: NodeJS.ProcessEnv = process.env): boolean {
  return dev || environment.CONTEXT === "deploy-preview" || environment.CONTEXT === "branch-deploy";
}

export const isScheduled = (article: Pick<Article, "date">, now: number): boolean => article.date.millis > now;

/** "1. März 2026, 09:00 Uhr" */
export function scheduledTime(date: DisplayDate): string {
  return `${date.long}, ${date.iso.slice(11, 16)} Uhr`;
}

export interface Publication {
  /** What this build shows. */
  shown: Article[];
  /** What it leaves out, with everything that is the article's own (its images). */
  hidden: Article[];
}

export function publication(articles: readonly Article[], rules: PublicationRules): Publication {
  const removed = new Set(rules.removed.map((item) => item.url));
  const shown: Article[] = [];
  const hidden: Article[] = [];
  for (const article of articles) {
    const visible =
      !removed.has(article.url) && (rules.includeDrafts || !article.draft) && (rules.includeScheduled || !isScheduled(article, rules.now));
    (visible ? shown : hidden).push(article);
  }
  return { shown, hidden };
}

/** The image URLs only hidden articles show: a build does not copy them. */
export function hiddenFiles({ shown, hidden }: Publication): Set<string> {
  const kept = new Set(shown.flatMap((article) => article.files));
  return new Set(hidden.flatMap((article) => article.files).filter((url) => !kept.has(url)));
}

/** The scheduled articles of the build that are left out, soonest first: the scheduler's list. */
export function upcoming(articles: readonly Article[], rules: PublicationRules): Article[] {
  const removed = new Set(rules.removed.map((item) => item.url));
  return articles
    .filter((article) => isScheduled(article, rules.now) && !article.draft && !removed.has(article.url))
    .sort((a, b) => a.date.millis - b.date.millis);
}
