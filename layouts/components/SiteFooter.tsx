import { SUBSCRIBE_URL } from "../../lib/site/feeds.ts";
import type { SiteData } from "../../lib/site/site-data.ts";
import { renderedOnce } from "./rendered-once.ts";

export function SiteFooter({ site }: { site: SiteData }) {
  const content = renderedOnce(site, "footer", () => <SiteFooterContent site={site} />);
  return <footer class="site-footer" dangerouslySetInnerHTML={content} />;
}

function SiteFooterContent({ site }: { site: SiteData }) {
  return (
    <div class="site-footer__inner">
      <nav aria-label="Regionen">
        <h2 class="site-footer__heading">Regionen</h2>
        <ul class="inline-list" role="list">
          {site.regions.map((region) => (
            <li key={region.slug}>
              <a href={region.url}>{region.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Rechtliches">
        <h2 class="site-footer__heading">Über diese Seite</h2>
        <ul class="inline-list" role="list">
          <li>
            <a href={SUBSCRIBE_URL}>Abonnieren</a>
          </li>
          {site.pages.map((page) => (
            <li key={page.url}>
              <a href={page.url}>{page.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p class="site-footer__note">{site.settings.publisher}</p>
    </div>
  );
}
