import type { TopicListPage } from "../../lib/collections.ts";
import { ArticleList } from "../components/ArticleList.tsx";
import { BaseLayout } from "../components/BaseLayout.tsx";
import { FeedLinks } from "../components/FeedLinks.tsx";
import { Pagination } from "../components/Pagination.tsx";
import type { PagedData } from "../page-data.ts";

type Data = PagedData<"list", TopicListPage>;

export const data = {
  pagination: { data: "site.topicPages", size: 1, alias: "list" },
  permalink: (data: Data) => data.list.url,
};

export function render({ site, list }: Data) {
  const feed = site.feeds.find((candidate) => candidate.pageUrl === list.baseUrl);
  const suffix = list.pageNumber > 1 ? ` – Seite ${list.pageNumber} von ${list.totalPages}` : "";
  return (
    <BaseLayout
      site={site}
      title={`Thema: ${list.topic.label}${suffix}`}
      description={`Nachrichten aus der Region zum Thema ${list.topic.label}: ${list.totalItems} Beiträge.${suffix ? ` Seite ${list.pageNumber} von ${list.totalPages}.` : ""}`}
      path={list.url}
      feed={feed}
      section="thema"
    >
      <h1>
        Thema: {list.topic.label}
        {suffix}
      </h1>
      <p class="list-intro">{list.totalItems === 1 ? "1 Beitrag" : `${list.totalItems} Beiträge`}, die neuesten zuerst.</p>
      <FeedLinks feed={feed} />
      <ArticleList articles={list.items} showDrafts={site.showDrafts} />
      <Pagination list={list} />
    </BaseLayout>
  );
}
