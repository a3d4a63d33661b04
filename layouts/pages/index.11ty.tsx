import type { HomeListPage } from "../../lib/site/collections.ts";
import { webSite } from "../../lib/site/structured-data.ts";
import { ArticleList } from "../components/ArticleList.tsx";
import { BaseLayout } from "../components/BaseLayout.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { Teaser } from "../components/Teaser.tsx";
import type { PagedData } from "../page-data.ts";

type Data = PagedData<"list", HomeListPage>;

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
      {first ? (
        <div class="front">
          <h1 class="front__heading">Aktuelle Nachrichten</h1>
          {list.lead && (
            <section class="front__lead" aria-label="Aufmacher">
              <Teaser article={list.lead} showDrafts={site.showDrafts} schedule={site} headingLevel={2} lead />
            </section>
          )}
          <aside class="front__nav" aria-label="Regionen und Themen">
            <nav aria-labelledby="regionen-schnell">
              <h2 id="regionen-schnell" class="front__nav-heading">
                Regionen
              </h2>
              <ul class="chip-list" role="list">
                {site.regions.map((region) => (
                  <li key={region.slug} class={`region-${region.slug}`}>
                    <a href={region.url}>{region.name}</a>
                  </li>
                ))}
              </ul>
            </nav>
            {list.mainTopics.length > 0 && (
              <nav aria-labelledby="themen-schnell">
                <h2 id="themen-schnell" class="front__nav-heading">
                  Themen
                </h2>
                <ul class="chip-list" role="list">
                  {list.mainTopics.map((topic) => (
                    <li key={topic.slug}>
                      <a href={topic.url}>{topic.label}</a>
                    </li>
                  ))}
                  <li class="chip-list__more">
                    <a href="/thema/">Alle Themen</a>
                  </li>
                </ul>
              </nav>
            )}
          </aside>
          {(list.items.length > 0 || !list.lead) && (
            <section class="front__list" aria-labelledby="weitere-nachrichten">
              <h2 id="weitere-nachrichten" class={list.lead ? "visually-hidden" : "front__nav-heading"}>
                {list.lead ? "Weitere Nachrichten" : "Nachrichten"}
              </h2>
              <ArticleList articles={list.items} showDrafts={site.showDrafts} schedule={site} headingLevel={3} />
              <Pagination list={list} />
            </section>
          )}
        </div>
      ) : (
        <>
          <h1>{`Aktuelle Nachrichten – Seite ${list.pageNumber} von ${list.totalPages}`}</h1>
          <ArticleList articles={list.items} showDrafts={site.showDrafts} schedule={site} />
          <Pagination list={list} />
        </>
      )}
    </BaseLayout>
  );
}
