import { CountedIndex } from "../components/CountedIndex.tsx";
import type { PageData } from "../page-data.ts";

export const data = { permalink: "/archiv/" };

export function render({ site }: PageData) {
  return (
    <CountedIndex
      site={site}
      title="Archiv"
      description="Alle Nachrichten aus der Region nach Jahren."
      path="/archiv/"
      section="archiv"
      entries={site.years.map((year) => ({ url: year.url, label: String(year.year), count: year.count }))}
    />
  );
}
