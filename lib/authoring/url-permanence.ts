import type { ContentProblem } from "../content/content-error.ts";
import { parseContentDate } from "../content/dates.ts";
import { parseContentFile } from "../content/front-matter.ts";
import { withoutTrailingSlash } from "../content/url-conflicts.ts";

/*
 * URLs are permanent: every article URL the target branch publishes must still lead somewhere
 * on the pull request's branch, as an article, as an old URL in some article's `redirect_from`,
 * or as a takedown in content/_data/removed.json. Read from the files of each branch (folder,
 * file name, `date`, `draft`, `redirect_from`), without a build.
 */

/** The content of one branch: its article files (path within the content folder → bytes) and its takedown list. */
export interface ContentSnapshot {
  /** `nachrichten/2021/beitrag.md` → file content. */
  articles: ReadonlyMap<string, Uint8Array>;
  /** The URLs in `_data/removed.json`. */
  removed: readonly string[];
}

export interface SnapshotArticle {
  /** Path within the content folder. */
  path: string;
  url: string;
  published: boolean;
  redirectFrom: string[];
}

const ARTICLE_PATH = /^nachrichten\/(\d{4})\/([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** The articles of a snapshot with what decides their URLs; files that cannot be read are skipped (the content check reports them). */
export function snapshotArticles(snapshot: ContentSnapshot, now: number): SnapshotArticle[] {
  const articles: SnapshotArticle[] = [];
  for (const [path, bytes] of snapshot.articles) {
    const match = ARTICLE_PATH.exec(path);
    if (!match) continue;
    const parsed = parseContentFile(path, bytes);
    const data = parsed.ok ? parsed.file.data : {};
    const date = typeof data.date === "string" ? parseContentDate(data.date.trim()) : undefined;
    const redirectFrom = Array.isArray(data.redirect_from) ? data.redirect_from.filter((item): item is string => typeof item === "string").map((item) => item.trim()) : [];
    articles.push({
      path,
      url: `/nachrichten/${match[1]}/${match[2]}/`,
      published: date?.ok === true && date.value.millis <= now && data.draft !== true,
      redirectFrom,
    });
  }
  return articles;
}

export interface UrlPermanenceInput {
  base: ContentSnapshot;
  head: ContentSnapshot;
  /** Renamed article files between the branches (old path → new path, within the content folder), as git detects them. */
  renames: ReadonlyMap<string, string>;
  now: number;
  /** The content folder relative to the repository, for messages (`content`). */
  contentPrefix: string;
}

/** One problem per URL the target branch publishes that the pull request would lose. */
export function lostUrlProblems({ base, head, renames, now, contentPrefix }: UrlPermanenceInput): ContentProblem[] {
  const headArticles = snapshotArticles(head, now);
  // Only a published article's old URLs are redirected (a draft's would lead to nothing).
  const published = headArticles.filter((article) => article.published);
  const covered = new Set<string>([...published.map((article) => article.url), ...published.flatMap((article) => article.redirectFrom), ...head.removed].map(withoutTrailingSlash));
  const bySlug = new Map(headArticles.map((article) => [article.url.split("/")[3]!, article]));
  const byPath = new Map(headArticles.map((article) => [article.path, article]));
  const problems: ContentProblem[] = [];
  for (const article of snapshotArticles(base, now)) {
    if (!article.published || covered.has(withoutTrailingSlash(article.url))) continue;
    const still = byPath.get(article.path);
    const successor = byPath.get(renames.get(article.path) ?? "") ?? bySlug.get(article.url.split("/")[3]!);
    const file = `${contentPrefix}/${article.path}`;
    const removal = `oder die Adresse mit Grund und Datum in ${contentPrefix}/_data/removed.json eintragen, wenn der Artikel entfernt werden soll`;
    if (still !== undefined) {
      problems.push({
        file,
        line: 1,
        field: "Adresse",
        message: `${article.url} ist veröffentlicht und wäre nicht mehr erreichbar (der Artikel ist jetzt Entwurf oder in die Zukunft datiert)`,
        fix: `„draft: true“ bzw. das neue Datum zurücknehmen, ${removal}`,
      });
    } else if (successor !== undefined) {
      problems.push({
        file: `${contentPrefix}/${successor.path}`,
        line: 1,
        field: "redirect_from",
        message: `${file} heißt jetzt ${contentPrefix}/${successor.path}: die veröffentlichte Adresse ${article.url} ginge verloren`,
        fix: `im Kopf von ${contentPrefix}/${successor.path} „redirect_from: [${article.url}]“ ergänzen, ${removal}`,
      });
    } else {
      problems.push({
        file,
        line: 1,
        field: "Datei",
        message: `die Datei wurde gelöscht: die veröffentlichte Adresse ${article.url} ginge verloren`,
        fix: `die Datei wiederherstellen, die Adresse in „redirect_from“ des Artikels eintragen, der sie ersetzt, ${removal}`,
      });
    }
  }
  return problems;
}
