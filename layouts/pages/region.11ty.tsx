import type { RegionListPage } from "../../lib/collections.ts";
import { ArticleList } from "../components/ArticleList.tsx";
import { BaseLayout } from "../components/BaseLayout.tsx";
import { FeedLinks } from "../components/FeedLinks.tsx";
import { Pagination } from "../components/Pagination.tsx";
import type { PagedData } from "../page-data.ts";

type Data = PagedData<"list", RegionListPage>;

export const data = {
  pagination: { data: "site.regionPages", size: 1, alias: "list" },
  permalink: (data: Data) => data.list.url,
};

export function render({ site, list }: Data) {
  const feed = site.feeds.find((candidate) => candidate.pageUrl === list.baseUrl);
  const suffix = list.pageNumber > 1 ? ` – Seite ${list.pageNumber} von ${list.totalPages}` : "";
  return (
    <BaseLayout
      site={site}
      title={`Nachrichten aus ${list.region.name}${suffix}`}
      description={`Nachrichten aus ${list.region.name}: ${list.totalItems} Beiträge des Regionalbündnisses.${suffix ? ` Seite ${list.pageNumber} von ${list.totalPages}.` : ""}`}
      path={list.url}
      feed={feed}
      section="region"
    >
      <h1>
        Nachrichten aus {list.region.name}
        {suffix}
      </h1>
      <p class="list-intro">{list.totalItems === 1 ? "1 Beitrag" : `${list.totalItems} Beiträge`}, die neuesten zuerst.</p>
      <FeedLinks feed={feed} />
      <ArticleList articles={list.items} showDrafts={site.showDrafts} />
      <Pagination list={list} />
    </BaseLayout>
  );
}
