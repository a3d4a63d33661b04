import type { TopicListPage } from "../../lib/site/collections.ts";
import { FilteredList } from "../components/FilteredList.tsx";
import type { PagedData } from "../page-data.ts";

type Data = PagedData<"list", TopicListPage>;

export const data = {
  pagination: { data: "site.topicPages", size: 1, alias: "list" },
  permalink: (data: Data) => data.list.url,
};

export function render({ site, list }: Data) {
  return (
    <FilteredList
      site={site}
      list={list}
      heading={`Thema: ${list.topic.label}`}
      description={`Nachrichten aus der Region zum Thema ${list.topic.label}: ${list.totalItems} Beiträge.`}
      section="thema"
    />
  );
}
