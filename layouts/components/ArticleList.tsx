import type { Article } from "../../lib/article.ts";
import { listedAsRegionWide } from "../../lib/collections.ts";

interface ArticleListProps {
  articles: readonly Article[];
  showDrafts: boolean;
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

export function ArticleList({ articles, showDrafts, headingLevel = 2, regionSlug }: ArticleListProps) {
  if (articles.length === 0) return <p class="empty">Hier gibt es noch keine Nachrichten.</p>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol class="article-list">
      {articles.map((article) => (
        <li key={article.url} class="teaser">
          <Heading class="teaser__title">
            <a href={article.url}>{article.title}</a>
            <DraftBadge article={article} showDrafts={showDrafts} />
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
