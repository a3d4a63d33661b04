import type { Region, Topic } from "../../lib/content/article.ts";
import { regionUrl, topicUrl } from "../../lib/site/collections.ts";

/**
 * `searchFilter` marks each entry as a value of the search index's filter (article pages only);
 * the value is given explicitly so that the name also stays searchable text.
 */
export function RegionLinks({ regions, searchFilter = false }: { regions: readonly Region[]; searchFilter?: boolean }) {
  return (
    <ul class="inline-list" role="list">
      {regions.map((region) => (
        <li key={region.slug} data-pagefind-filter={searchFilter ? `region:${region.name}` : undefined}>
          <a href={regionUrl(region.slug)}>{region.name}</a>
        </li>
      ))}
    </ul>
  );
}

export function TopicLinks({ topics, searchFilter = false }: { topics: readonly Topic[]; searchFilter?: boolean }) {
  return (
    <ul class="tag-list" role="list">
      {topics.map((topic) => (
        <li key={topic.slug} data-pagefind-filter={searchFilter ? `thema:${topic.label}` : undefined}>
          <a href={topicUrl(topic.slug)}>{topic.label}</a>
        </li>
      ))}
    </ul>
  );
}
