import { BaseLayout } from "../components/BaseLayout.tsx";
import type { PageData } from "../page-data.ts";

export const data = { permalink: "/thema/" };

export function render({ site }: PageData) {
  return (
    <BaseLayout site={site} title="Themen" description="Alle Themen der Nachrichten aus der Region, von A bis Z." path={"/thema/"} section="thema">
      <h1>Themen</h1>
      <ul class="term-index" role="list">
        {site.topics.map((topic) => (
          <li key={topic.slug}>
            <a href={topic.url}>{topic.label}</a> <span class="count">{topic.count === 1 ? "1 Beitrag" : `${topic.count} Beiträge`}</span>
          </li>
        ))}
      </ul>
    </BaseLayout>
  );
}
