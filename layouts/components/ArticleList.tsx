import type { Article } from "../../lib/article.ts";
import { isScheduled, scheduledTime } from "../../lib/publication.ts";
import type { SiteData } from "../../lib/site-data.ts";
import { listedAsRegionWide } from "../../lib/collections.ts";

interface ArticleListProps {
  articles: readonly Article[];
  showDrafts: boolean;
  /** The build's clock, to mark scheduled articles where they are shown. */
  schedule: Pick<SiteData, "now" | "showScheduled">;
  /** Heading level of each teaser's title, so that the page's outline stays intact. */
  headingLevel?: 2 | 3;
  /** On a region's page: its slug, so that the region-wide articles listed there are marked. */
  regionSlug?: string | undefined;
}

export function DraftBadge({ article, showDrafts }: { article: Article; showDrafts: boolean }) {
  return showDrafts && article.draft ? (
    <>
      {" "}
      <span class="badge">Entwurf</span>
    </>
  ) : null;
}

/** In `npm start` and previews: when an article dated in the future will appear. */
export function ScheduledBadge({ article, site }: { article: Article; site: Pick<SiteData, "now" | "showScheduled"> }) {
  return site.showScheduled && isScheduled(article, site.now) ? (
    <>
      {" "}
      <span class="badge badge--scheduled">geplant für {scheduledTime(article.date)}</span>
    </>
  ) : null;
}

export function ArticleList({ articles, showDrafts, schedule, headingLevel = 2, regionSlug }: ArticleListProps) {
  if (articles.length === 0) return <p class="empty">Hier gibt es noch keine Nachrichten.</p>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol class="article-list">
      {articles.map((article) => (
        <li key={article.url} class="teaser">
          <Heading class="teaser__title">
            <a href={article.url}>{article.title}</a>
            <DraftBadge article={article} showDrafts={showDrafts} />
            <ScheduledBadge article={article} site={schedule} />
          </Heading>
          <p class="teaser__meta">
            {regionSlug !== undefined && listedAsRegionWide(article, regionSlug) && (
              <>
                <span class="region-wide">Gesamte Region</span>{" "}
              </>
            )}
            <time datetime={article.date.iso}>{article.date.short}</time>
            <span aria-hidden="true"> · </span>
            {article.regions.map((region) => region.name).join(", ")}
          </p>
          <p class="teaser__summary">{article.summary}</p>
        </li>
      ))}
    </ol>
  );
}
