import type { Article } from "../../lib/content/article.ts";
import { WHOLE_REGION, type ListPage } from "../../lib/site/collections.ts";
import type { SiteData } from "../../lib/site/site-data.ts";
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
  /** On a region's page: its slug, for marking the region-wide articles (lib/site/collections.ts). */
  regionSlug?: string;
}

/** One page of a region's or a topic's articles, with its feed and the page navigation. */
export function FilteredList({ site, list, heading, description, section, regionSlug }: FilteredListProps) {
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
      <p class="list-intro">
        {articleCount(list.totalItems)}, die neuesten zuerst.
        {regionSlug !== undefined && regionSlug !== WHOLE_REGION && " Dazu gehören die Nachrichten für die gesamte Region, als solche gekennzeichnet."}
      </p>
      <FeedLinks feed={feed} />
      <ArticleList articles={list.items} showDrafts={site.showDrafts} schedule={site} regionSlug={regionSlug} />
      <Pagination list={list} />
    </BaseLayout>
  );
}
