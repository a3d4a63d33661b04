/*
 * What a reader sees who opens an Atom feed in the browser. Each feed names two stylesheets:
 * the XSLT below, which turns it into a German page styled by the site's own CSS, and, for
 * browsers without XSLT (Chromium announced its removal), assets/css/feed.css, which styles the
 * feed's elements themselves. Both work under the site's CSP: the page the XSLT makes has no
 * inline style or script, only the site's stylesheet, and links.
 */

/** Where the XSLT is served; not fingerprinted, since every feed names it (lib/site/feeds.ts). */
export const FEED_XSLT_PATH = "/assets/feed.xsl";

/** The processing instructions that attach both stylesheets to a feed. */
export function feedStylesheetInstructions(xsltUrl: string, cssUrl: string): string {
  const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<?xml-stylesheet type="text/xsl" href="${attribute(xsltUrl)}"?>\n<?xml-stylesheet type="text/css" href="${attribute(cssUrl)}"?>\n`;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** "2025-03-01T…" → "01.03.2025", in XSLT 1.0, which has no date functions. */
const germanDate = (select: string) =>
  `<xsl:value-of select="concat(substring(${select}, 9, 2), '.', substring(${select}, 6, 2), '.', substring(${select}, 1, 4))"/>`;

/** The XSLT 1.0 stylesheet; `siteCssUrl` is the site's fingerprinted stylesheet. */
export function feedXslt(options: { siteCssUrl: string; siteTitle: string }): string {
  const css = escapeXml(options.siteCssUrl);
  const siteTitle = escapeXml(options.siteTitle);
  return `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/atom:feed">
    <html lang="de">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <meta name="robots" content="noindex"/>
        <title>Feed: <xsl:value-of select="atom:title"/></title>
        <link rel="stylesheet" href="${css}"/>
        <link rel="icon" href="/assets/images/favicon.svg" type="image/svg+xml"/>
      </head>
      <body>
        <header class="site-header">
          <div class="site-header__inner">
            <a class="site-name" href="/">${siteTitle}</a>
          </div>
        </header>
        <main id="inhalt" class="feed-preview">
          <div class="feed-notice">
            <p><strong>Dies ist ein Feed.</strong> Sie können ihn mit einem Feedreader abonnieren: Kopieren Sie dazu die Adresse unten in Ihren Feedreader. Neue Nachrichten erscheinen dann dort von selbst.</p>
            <p class="feed-address"><span class="feed-address__label">Adresse dieses Feeds:</span> <code><xsl:value-of select="atom:link[@rel='self']/@href"/></code></p>
            <p><a href="/abonnieren/">Was ist ein Feed? Alle Feeds im Überblick</a></p>
          </div>
          <h1><xsl:value-of select="atom:title"/></h1>
          <p class="list-intro"><xsl:value-of select="atom:subtitle"/> Die Webseite dazu: <a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:link[@rel='alternate']/@href"/></a></p>
          <ol class="article-list feed-entries">
            <xsl:for-each select="atom:entry">
              <li class="teaser">
                <h2 class="teaser__title"><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h2>
                <p class="teaser__meta"><time datetime="{atom:published}">${germanDate("atom:published")}</time></p>
                <p class="teaser__summary"><xsl:value-of select="atom:summary"/></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
}
