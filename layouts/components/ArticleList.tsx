import type { Article } from "../../lib/article.ts";
import { Teaser } from "./Teaser.tsx";

export { DraftBadge } from "./Teaser.tsx";

interface ArticleListProps {
  articles: readonly Article[];
  showDrafts: boolean;
  /** Heading level of each teaser's title, so that the page's outline stays intact. */
  headingLevel?: 2 | 3;
}

/** A list of teasers: home, region, topic and year pages, and an article's related articles. */
export function ArticleList({ articles, showDrafts, headingLevel = 2 }: ArticleListProps) {
  if (articles.length === 0) return <p class="empty">Hier gibt es noch keine Nachrichten.</p>;
  return (
    <ol class="article-list" role="list">
      {articles.map((article) => (
        <li key={article.url}>
          <Teaser article={article} showDrafts={showDrafts} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
