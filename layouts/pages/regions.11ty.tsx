import { CountedIndex } from "../components/CountedIndex.tsx";
import type { PageData } from "../page-data.ts";

export const data = { permalink: "/region/" };

export function render({ site }: PageData) {
  return (
    <CountedIndex
      site={site}
      title="Regionen"
      description="Nachrichten nach Regionen: die Städte und Landkreise Südostniedersachsens."
      path="/region/"
      section="region"
      entries={site.regions.map((region) => ({ url: region.url, label: region.name, count: region.count }))}
    />
  );
}
