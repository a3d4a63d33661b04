import { BaseLayout } from "../components/BaseLayout.tsx";
import type { PageData } from "../page-data.ts";

export const data = { permalink: "/region/" };

export function render({ site }: PageData) {
  return (
    <BaseLayout site={site} title="Regionen" description="Nachrichten nach Regionen: die Städte und Landkreise Südostniedersachsens." path={"/region/"} section="region">
      <h1>Regionen</h1>
      <ul class="term-index" role="list">
        {site.regions.map((region) => (
          <li key={region.slug}>
            <a href={region.url}>{region.name}</a> <span class="count">{region.count === 1 ? "1 Beitrag" : `${region.count} Beiträge`}</span>
          </li>
        ))}
      </ul>
    </BaseLayout>
  );
}
