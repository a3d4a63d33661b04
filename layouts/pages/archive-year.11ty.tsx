import type { ArchiveYearPage } from "../../lib/site/collections.ts";
import { ArticleList } from "../components/ArticleList.tsx";
import { BaseLayout } from "../components/BaseLayout.tsx";
import { articleCount } from "../components/FilteredList.tsx";
import type { PagedData } from "../page-data.ts";

type Data = PagedData<"year", ArchiveYearPage>;

export const data = {
  pagination: { data: "site.yearPages", size: 1, alias: "year" },
  permalink: (data: Data) => data.year.url,
};

export function render({ site, year }: Data) {
  return (
    <BaseLayout site={site} title={`Archiv ${year.year}`} description={`Alle ${year.count} Nachrichten aus der Region im Jahr ${year.year}.`} path={year.url} section="archiv">
      <h1>Archiv {year.year}</h1>
      <p class="list-intro">{articleCount(year.count)}, die neuesten zuerst.</p>
      {year.months.map((month) => (
        <section key={month.label} class="archive-month">
          <h2>{month.label}</h2>
          <ArticleList articles={month.articles} showDrafts={site.showDrafts} schedule={site} headingLevel={3} />
        </section>
      ))}
      <nav class="pagination" aria-label="Weitere Jahre">
        <ul role="list">
          {year.newerYear && (
            <li>
              <a href={year.newerYear.url} rel="prev">
                <span aria-hidden="true">‹ </span>
                {year.newerYear.year}
              </a>
            </li>
          )}
          <li>
            <a href="/archiv/">Alle Jahre</a>
          </li>
          {year.olderYear && (
            <li>
              <a href={year.olderYear.url} rel="next">
                {year.olderYear.year}
                <span aria-hidden="true"> ›</span>
              </a>
            </li>
          )}
        </ul>
      </nav>
    </BaseLayout>
  );
}
