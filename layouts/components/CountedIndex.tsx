import type { SiteData } from "../../lib/site/site-data.ts";
import { BaseLayout } from "./BaseLayout.tsx";
import { articleCount } from "./FilteredList.tsx";

export interface CountedEntry {
  url: string;
  label: string;
  count: number;
}

interface CountedIndexProps {
  site: SiteData;
  title: string;
  description: string;
  path: string;
  section: "region" | "thema" | "archiv";
  entries: readonly CountedEntry[];
}

/** A page that lists regions, topics or years, each with how many articles it has. */
export function CountedIndex({ site, title, description, path, section, entries }: CountedIndexProps) {
  return (
    <BaseLayout site={site} title={title} description={description} path={path} section={section}>
      <h1>{title}</h1>
      <ul class="term-index" role="list">
        {entries.map((entry) => (
          <li key={entry.url}>
            <a href={entry.url}>{entry.label}</a> <span class="count">{articleCount(entry.count)}</span>
          </li>
        ))}
      </ul>
    </BaseLayout>
  );
}
