import type { Article } from "../../lib/content/article.ts";
import type { SiteData } from "../../lib/site/site-data.ts";
import { Teaser } from "./Teaser.tsx";

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

/** A list of teasers: home, region, topic and year pages, and an article's related articles. */
export function ArticleList({ articles, showDrafts, schedule, headingLevel = 2, regionSlug }: ArticleListProps) {
  if (articles.length === 0) return <p class="empty">Hier gibt es noch keine Nachrichten.</p>;
  return (
    <ol class="article-list" role="list">
      {articles.map((article) => (
        <li key={article.url}>
          <Teaser article={article} showDrafts={showDrafts} schedule={schedule} regionSlug={regionSlug} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
