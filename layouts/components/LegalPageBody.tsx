import type { Page } from "../../lib/content/article.ts";

/**
 * A legal page itself (Impressum, Datenschutz, Barrierefreiheit): the page shows it, and so
 * does the web editor's preview (assets/js/editor-preview.tsx).
 */
export function LegalPageBody({ page }: { page: Page }) {
  return (
    <article class="article">
      {page.incompleteDetails.length > 0 && (
        <aside class="draft-banner" aria-labelledby="entwurf">
          <p id="entwurf" class="draft-banner__title">Entwurf</p>
          <p>
            Diese Seite ist noch nicht fertig: Die folgenden Angaben des Betreibers fehlen oder sind Beispielwerte. Sie werden in{" "}
            <code>content/_data/publisher.json</code> eingetragen; bis dahin bricht der Produktions-Build ab.
          </p>
          <ul>
            {page.incompleteDetails.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        </aside>
      )}
      <h1>{page.title}</h1>
      <div class="article__body" dangerouslySetInnerHTML={{ __html: page.html }} />
      {page.updated && (
        <p class="article__meta">
          Stand: <time datetime={page.updated.iso}>{page.updated.long}</time>
        </p>
      )}
    </article>
  );
}
