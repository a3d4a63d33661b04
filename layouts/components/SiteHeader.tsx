import type { SiteData } from "../../lib/site/site-data.ts";
import { renderedOnce } from "./rendered-once.ts";

interface SiteHeaderProps {
  site: SiteData;
  section?: "start" | "region" | "thema" | "archiv" | undefined;
  /** False on the search page, whose own form is the one search field. */
  search?: boolean;
}

const NAVIGATION = [
  { key: "start", href: "/", label: "Aktuelles" },
  { key: "region", href: "/region/", label: "Regionen" },
  { key: "thema", href: "/thema/", label: "Themen" },
  { key: "archiv", href: "/archiv/", label: "Archiv" },
] as const;

export function SiteHeader({ site, section, search = true }: SiteHeaderProps) {
  const content = renderedOnce(site, `header ${section} ${search}`, () => <SiteHeaderContent site={site} section={section} search={search} />);
  return <header class="site-header" dangerouslySetInnerHTML={content} />;
}

function SiteHeaderContent({ site, section, search }: SiteHeaderProps) {
  return (
    <div class="site-header__inner">
      <a class="site-name" href="/">
        {site.settings.title}
      </a>
      {search && (
        <form class="site-search" role="search" action="/suche/" method="get">
          <label for="kopfsuche" class="visually-hidden">
            Nachrichten durchsuchen
          </label>
          <input id="kopfsuche" type="search" name="q" autocomplete="off" enterkeyhint="search" />
          <button type="submit">Suchen</button>
        </form>
      )}
      <nav class="site-nav" aria-label="Hauptnavigation">
        <ul role="list">
          {NAVIGATION.map((item) => (
            <li key={item.key}>
              <a href={item.href} aria-current={item.key === section ? "page" : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
