import { assetUrl } from "../../lib/site/asset-urls.ts";
import { EDITOR_CONFIG_FILE, EDITOR_PATH } from "../../lib/authoring/editor-paths.ts";
import type { PageData } from "../page-data.ts";

/*
 * The authors' web editor (Sveltia CMS, lib/authoring/editor-admin.ts). Not a page of the site: no
 * search-index body, not in the sitemap (which lists the site's collections), not indexed.
 * Its own headers (CSP …) come from netlify.toml's /admin/* rule.
 */
export const data = { permalink: `${EDITOR_PATH}index.html`, eleventyExcludeFromCollections: true };

export function render({ site }: PageData) {
  return (
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="same-origin" />
        <title>{`${site.settings.title} – Redaktion`}</title>
        <meta name="description" content="Der Web-Editor der Redaktion: Beiträge schreiben und als Pull Request zur Prüfung geben." />
        <link rel="icon" href="/assets/images/favicon.svg" type="image/svg+xml" />
        <link rel="cms-config-url" type="application/yaml" href={`${EDITOR_PATH}${EDITOR_CONFIG_FILE}`} />
        <meta name="editor-preview-style" content={assetUrl(site.assets, "/assets/css/site.css")} />
        <script type="module" src={assetUrl(site.assets, "/admin/editor.js")} />
      </head>
      <body>
        <noscript>Der Redaktionszugang braucht JavaScript.</noscript>
      </body>
    </html>
  );
}
