import type { Article } from "../../lib/article.ts";
import type { ListPage } from "../../lib/collections.ts";
import { ArticleList } from "../components/ArticleList.tsx";
import { webSite } from "../../lib/structured-data.ts";
import { BaseLayout } from "../components/BaseLayout.tsx";
import { FeedLinks } from "../components/FeedLinks.tsx";
import { Pagination } from "../components/Pagination.tsx";
import type { PagedData } from "../page-data.ts";

type Data = PagedData<"list", ListPage<Article>>;

export const data = {
  pagination: { data: "site.homePages", size: 1, alias: "list" },
  permalink: (data: Data) => data.list.url,
};

export function render({ site, list }: Data) {
  const first = list.pageNumber === 1;
  return (
    <BaseLayout
      site={site}
      title={first ? site.settings.title : `Aktuelle Nachrichten, Seite ${list.pageNumber}`}
      description={first ? site.settings.description : `${site.settings.description} Seite ${list.pageNumber} von ${list.totalPages}.`}
      path={list.url}
      section="start"
      structuredData={first ? [webSite(site.settings)] : []}
    >
      <h1>{first ? "Aktuelle Nachrichten" : `Aktuelle Nachrichten – Seite ${list.pageNumber} von ${list.totalPages}`}</h1>
      {first && <FeedLinks feed={site.feeds[0]} />}
      <ArticleList articles={list.items} showDrafts={site.showDrafts} schedule={site} />
      <Pagination list={list} />
    </BaseLayout>
  );
}
