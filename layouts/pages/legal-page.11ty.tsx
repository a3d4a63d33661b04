import type { Page } from "../../lib/content/article.ts";
import { BaseLayout } from "../components/BaseLayout.tsx";
import { LegalPageBody } from "../components/LegalPageBody.tsx";
import type { PagedData } from "../page-data.ts";

type Data = PagedData<"entry", Page>;

export const data = {
  pagination: { data: "site.pages", size: 1, alias: "entry" },
  permalink: (data: Data) => data.entry.url,
};

export function render({ site, entry }: Data) {
  return (
    <BaseLayout site={site} title={entry.title} description={entry.summary} path={entry.url}>
      <LegalPageBody page={entry} />
    </BaseLayout>
  );
}
