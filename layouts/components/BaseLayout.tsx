import type { ComponentChildren } from "preact";
import { assetUrl } from "../../lib/site/asset-urls.ts";
import type { FeedDefinition } from "../../lib/site/feeds.ts";
import type { SiteData } from "../../lib/site/site-data.ts";
import type { JsonLd } from "../../lib/site/structured-data.ts";
import { DEFAULT_SHARE_IMAGE, HeadMeta, type ShareMeta } from "./HeadMeta.tsx";
import { SiteFooter } from "./SiteFooter.tsx";
import { SiteHeader } from "./SiteHeader.tsx";

interface BaseLayoutProps {
  site: SiteData;
  /** The page's own title; the site name is appended. */
  title: string;
  description: string;
  /** The page's own URL path, for its canonical and sharing URLs. */
  path: string;
  /** Defaults to a website with the site's share image. */
  share?: ShareMeta;
  /** A feed of this page's list, linked besides the site-wide feed. */
  feed?: FeedDefinition | undefined;
  structuredData?: JsonLd[];
  /** Section of the main navigation to mark as current. */
  section?: "start" | "region" | "thema" | "archiv";
  /** Stylesheets this page needs beyond the site's own. */
  stylesheets?: string[];
  /** Stylesheets for browsers without JavaScript (the search page hides its form there). */
  noscriptStylesheets?: string[];
  /** False on the search page: its own form is the page's one search field. */
  headerSearch?: boolean;
  children: ComponentChildren;
}

export function BaseLayout({ site, title, description, path, share, feed, structuredData = [], section, stylesheets = [], noscriptStylesheets = [], headerSearch = true, children }: BaseLayoutProps) {
  const fullTitle = title === site.settings.title ? title : `${title} – ${site.settings.title}`;
  return (
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={assetUrl(site.assets, "/assets/css/site.css")} />
        {stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={assetUrl(site.assets, href)} />
        ))}
        {noscriptStylesheets.length > 0 && (
          <noscript>
            {noscriptStylesheets.map((href) => (
              <link key={href} rel="stylesheet" href={assetUrl(site.assets, href)} />
            ))}
          </noscript>
        )}
        <link rel="stylesheet" href={assetUrl(site.assets, "/assets/css/print.css")} media="print" />
        <link rel="icon" href="/assets/images/favicon.svg" type="image/svg+xml" />
        <HeadMeta
          site={site}
          title={title}
          description={description}
          path={path}
          share={share ?? { type: "website", image: DEFAULT_SHARE_IMAGE }}
          feed={feed}
          structuredData={structuredData}
        />
      </head>
      <body>
        <a class="skip-link" href="#inhalt">
          Zum Inhalt springen
        </a>
        <SiteHeader site={site} section={section} search={headerSearch} />
        <main id="inhalt" tabindex={-1}>
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  );
}
