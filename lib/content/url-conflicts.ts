import type { ContentProblem, Position } from "./content-error.ts";
import type { RemovedArticle } from "./removed-articles.ts";

/*
 * The checks across files that keep every URL unambiguous: an old URL in `redirect_from`
 * leads to exactly one article, is not a URL the site serves itself, and is not both
 * redirected and taken down.
 */

/** One entry of an article's `redirect_from`, where it is written. */
export interface RedirectSource extends Position {
  file: string;
  /** The old URL path as written. */
  from: string;
  /** The article's own URL. */
  to: string;
}

/** First path segments of pages the site builds itself (besides articles and plain pages). */
const SITE_SEGMENTS = new Set(["region", "thema", "archiv", "suche", "seite", "assets", "pagefind", "img", "abonnieren", "admin", "feed.xml", "feed.json", "sitemap.xml", "robots.txt", "404.html", "410.html", "_redirects", "_headers"]);

/** Netlify matches a rule with and without the trailing slash, so URLs are compared without it. */
export const withoutTrailingSlash = (url: string): string => (url.length > 1 && url.endsWith("/") ? url.slice(0, -1) : url);

export interface UrlConflictInput {
  /** Every valid article, published or not: a conflict is one whatever the article's state. */
  articles: readonly { url: string; file: string }[];
  redirects: readonly RedirectSource[];
  removed: readonly RemovedArticle[];
  removedFile: string;
  /** URLs of the plain pages (`/impressum/`). */
  pageUrls: readonly string[];
}

export function urlConflictProblems({ articles, redirects, removed, removedFile, pageUrls }: UrlConflictInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const articleByUrl = new Map(articles.map((article) => [withoutTrailingSlash(article.url), article]));
  const removedByUrl = new Map(removed.map((item) => [withoutTrailingSlash(item.url), item]));
  const pages = new Set(pageUrls.map(withoutTrailingSlash));
  const firstSource = new Map<string, RedirectSource>();
  for (const source of redirects) {
    const key = withoutTrailingSlash(source.from);
    const problem = (message: string, fix: string) =>
      problems.push({ file: source.file, line: source.line, ...(source.column === undefined ? {} : { column: source.column }), field: "redirect_from", message, fix });
    const target = articleByUrl.get(key);
    const earlier = firstSource.get(key);
    if (target !== undefined && target.url === source.to) {
      problem(`„${source.from}“ ist die Adresse dieses Artikels selbst (eine Weiterleitung auf sich selbst wäre eine Schleife)`, "den Eintrag löschen; in redirect_from gehören nur frühere Adressen");
    } else if (target !== undefined) {
      problem(`„${source.from}“ ist die Adresse des Artikels ${target.file}`, "den Eintrag löschen: unter einer Adresse, unter der ein Artikel erscheint, kann keine Weiterleitung stehen");
    } else if (removedByUrl.has(key)) {
      problem(`„${source.from}“ ist in ${removedFile}:${removedByUrl.get(key)!.line} als entfernt eingetragen`, `entweder den Eintrag hier oder den in ${removedFile} löschen: eine Adresse ist entweder weitergeleitet oder entfernt`);
    } else if (key === "" || key === "/" || pages.has(key) || SITE_SEGMENTS.has(key.split("/")[1] ?? "")) {
      problem(`„${source.from}“ ist eine Adresse, unter der die Seite selbst etwas zeigt`, "den Eintrag löschen; in redirect_from gehören nur frühere Adressen dieses Artikels");
    } else if (earlier !== undefined && earlier.to !== source.to) {
      problem(`„${source.from}“ steht auch in redirect_from von ${earlier.file}:${earlier.line}`, "eine alte Adresse kann nur zu einem Artikel führen: den Eintrag in einer der beiden Dateien löschen");
    }
    if (earlier === undefined) firstSource.set(key, source);
  }
  return problems;
}
