import { CountedIndex } from "../components/CountedIndex.tsx";
import type { PageData } from "../page-data.ts";

export const data = { permalink: "/thema/" };

export function render({ site }: PageData) {
  return (
    <CountedIndex
      site={site}
      title="Themen"
      description="Alle Themen der Nachrichten aus der Region, von A bis Z."
      path="/thema/"
      section="thema"
      entries={site.topics.map((topic) => ({ url: topic.url, label: topic.label, count: topic.count }))}
    />
  );
}
