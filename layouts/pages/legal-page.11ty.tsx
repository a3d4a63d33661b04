import type { Page } from "../../lib/content/article.ts";
import { BaseLayout } from "../components/BaseLayout.tsx";
import type { PagedData } from "../page-data.ts";

type Data = PagedData<"entry", Page>;

export const data = {
  pagination: { data: "site.pages", size: 1, alias: "entry" },
  permalink: (data: Data) => data.entry.url,
};

export function render({ site, entry }: Data) {
  return (
    <BaseLayout site={site} title={entry.title} description={entry.summary} path={entry.url}>
      <article class="article">
        {entry.incompleteDetails.length > 0 && (
          <aside class="draft-banner" aria-labelledby="entwurf">
            <p id="entwurf" class="draft-banner__title">Entwurf</p>
            <p>
              Diese Seite ist noch nicht fertig: Die folgenden Angaben des Betreibers fehlen oder sind Beispielwerte. Sie werden in{" "}
              <code>content/_data/publisher.json</code> eingetragen; bis dahin bricht der Produktions-Build ab.
            </p>
            <ul>
              {entry.incompleteDetails.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          </aside>
        )}
        <h1>{entry.title}</h1>
        <div class="article__body" dangerouslySetInnerHTML={{ __html: entry.html }} />
        {entry.updated && (
          <p class="article__meta">
            Stand: <time datetime={entry.updated.iso}>{entry.updated.long}</time>
          </p>
        )}
      </article>
    </BaseLayout>
  );
}
