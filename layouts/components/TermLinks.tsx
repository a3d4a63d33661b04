import type { Region, Topic } from "../../lib/content/article.ts";
import { regionUrl, topicUrl } from "../../lib/site/collections.ts";

export function RegionLinks({ regions }: { regions: readonly Region[] }) {
  return (
    <ul class="inline-list" role="list">
      {regions.map((region) => (
        <li key={region.slug}>
          <a href={regionUrl(region.slug)}>{region.name}</a>
        </li>
      ))}
    </ul>
  );
}

export function TopicLinks({ topics }: { topics: readonly Topic[] }) {
  return (
    <ul class="tag-list" role="list">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <a href={topicUrl(topic.slug)}>{topic.label}</a>
        </li>
      ))}
    </ul>
  );
}
