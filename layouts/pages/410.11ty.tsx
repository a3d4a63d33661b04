import { GONE_PAGE } from "../../lib/site/redirects.ts";
import { BaseLayout } from "../components/BaseLayout.tsx";
import type { PageData } from "../page-data.ts";

// Shown with status 410 under the URL of each taken-down article (lib/site/redirects.ts).
export const data = { permalink: GONE_PAGE };

export function render({ site }: PageData) {
  return (
    <BaseLayout site={site} title="Beitrag entfernt" description="Dieser Beitrag wurde von der Redaktion entfernt." path={GONE_PAGE}>
      <h1>Beitrag entfernt</h1>
      <p>Dieser Beitrag ist nicht mehr verfügbar: Die Redaktion hat ihn dauerhaft von der Seite genommen.</p>
      <p>Fragen dazu beantwortet die Redaktion über die Kontaktangaben im <a href="/impressum/">Impressum</a>.</p>
      <ul>
        <li>
          <a href="/">Aktuelle Nachrichten</a>
        </li>
        <li>
          <a href="/archiv/">Archiv nach Jahren</a>
        </li>
        <li>
          <a href="/suche/">Suche</a>
        </li>
      </ul>
    </BaseLayout>
  );
}
