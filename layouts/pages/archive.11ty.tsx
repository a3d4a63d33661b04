import { BaseLayout } from "../components/BaseLayout.tsx";
import type { PageData } from "../page-data.ts";

export const data = { permalink: "/archiv/" };

export function render({ site }: PageData) {
  return (
    <BaseLayout site={site} title="Archiv" description="Alle Nachrichten aus der Region nach Jahren." path={"/archiv/"} section="archiv">
      <h1>Archiv</h1>
      <ul class="term-index" role="list">
        {site.years.map((year) => (
          <li key={year.year}>
            <a href={year.url}>{year.year}</a> <span class="count">{year.count === 1 ? "1 Beitrag" : `${year.count} Beiträge`}</span>
          </li>
        ))}
      </ul>
    </BaseLayout>
  );
}
