import { BaseLayout } from "../components/BaseLayout.tsx";
import type { PageData } from "../page-data.ts";

export const data = { permalink: "/404.html" };

export function render({ site }: PageData) {
  return (
    <BaseLayout site={site} title="Seite nicht gefunden" description="Diese Seite gibt es nicht (mehr)." path="/404.html">
      <h1>Seite nicht gefunden</h1>
      <p>Diese Adresse gibt es auf unserer Seite nicht (mehr). Vielleicht hilft eine dieser Seiten weiter:</p>
      <ul>
        <li>
          <a href="/">Aktuelle Nachrichten</a>
        </li>
        <li>
          <a href="/region/">Nachrichten nach Regionen</a>
        </li>
        <li>
          <a href="/thema/">Nachrichten nach Themen</a>
        </li>
        <li>
          <a href="/archiv/">Archiv nach Jahren</a>
        </li>
      </ul>
    </BaseLayout>
  );
}
