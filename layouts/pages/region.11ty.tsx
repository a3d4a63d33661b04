import type { RegionListPage } from "../../lib/site/collections.ts";
import { FilteredList } from "../components/FilteredList.tsx";
import type { PagedData } from "../page-data.ts";

type Data = PagedData<"list", RegionListPage>;

export const data = {
  pagination: { data: "site.regionPages", size: 1, alias: "list" },
  permalink: (data: Data) => data.list.url,
};

export function render({ site, list }: Data) {
  return (
    <FilteredList
      site={site}
      list={list}
      heading={`Nachrichten aus ${list.region.name}`}
      description={`Nachrichten aus ${list.region.name}: ${list.totalItems} Beiträge des Regionalbündnisses.`}
      section="region"
      regionSlug={list.region.slug}
    />
  );
}
