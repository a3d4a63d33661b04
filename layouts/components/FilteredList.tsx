import type { Article } from "../../lib/article.ts";
import type { ListPage } from "../../lib/collections.ts";
import type { SiteData } from "../../lib/site-data.ts";
import { ArticleList } from "./ArticleList.tsx";
import { BaseLayout } from "./BaseLayout.tsx";
import { FeedLinks } from "./FeedLinks.tsx";
import { Pagination } from "./Pagination.tsx";

export const articleCount = (count: number): string => (count === 1 ? "1 Beitrag" : `${count} Beiträge`);

interface FilteredListProps {
  site: SiteData;
  list: ListPage<Article>;
  /** "Nachrichten aus Landkreis Goslar", "Thema: Fachkräfte" */
  heading: string;
  /** One sentence for search engines; the page number is added on later pages. */
  description: string;
  section: "region" | "thema";
}

/** One page of a region's or a topic's articles, with its feed and the page navigation. */
export function FilteredList({ site, list, heading, description, section }: FilteredListProps) {
  const feed = site.feeds.find((candidate) => candidate.pageUrl === list.baseUrl);
  const pageOf = list.pageNumber > 1 ? `Seite ${list.pageNumber} von ${list.totalPages}` : "";
  return (
    <BaseLayout
      site={site}
      title={pageOf ? `${heading} – ${pageOf}` : heading}
      description={pageOf ? `${description} ${pageOf}.` : description}
      path={list.url}
      feed={feed}
      section={section}
    >
      <h1>{pageOf ? `${heading} – ${pageOf}` : heading}</h1>
      <p class="list-intro">{articleCount(list.totalItems)}, die neuesten zuerst.</p>
      <FeedLinks feed={feed} />
      <ArticleList articles={list.items} showDrafts={site.showDrafts} schedule={site} />
      <Pagination list={list} />
    </BaseLayout>
  );
}
