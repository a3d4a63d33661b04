import { atomUrl, jsonFeedUrl, type FeedDefinition } from "../../lib/site/feeds.ts";
import type { SiteData } from "../../lib/site/site-data.ts";
import { absoluteUrl } from "../../lib/site/site-url.ts";
import { serializeJsonLd, type JsonLd } from "../../lib/site/structured-data.ts";

/** What a page tells social networks when it is shared (Open Graph, Twitter cards). */
export interface ShareMeta {
  type: "article" | "website";
  image: { url: string; alt: string; width: number; height: number };
  publishedTime?: string;
  modifiedTime?: string;
  section?: string;
  tags?: string[];
}

export const DEFAULT_SHARE_IMAGE: ShareMeta["image"] = {
  url: "/assets/images/share-default.png",
  alt: "Nachrichten aus der Region – Südostniedersachsen",
  width: 1200,
  height: 630,
};

interface HeadMetaProps {
  site: SiteData;
  title: string;
  description: string;
  path: string;
  share: ShareMeta;
  feed?: FeedDefinition | undefined;
  structuredData: JsonLd[];
}

export function HeadMeta({ site, title, description, path, share, feed, structuredData }: HeadMetaProps) {
  const origin = site.settings.url;
  const siteFeed = site.feeds[0];
  const feeds = [siteFeed, feed].filter((candidate, index, all): candidate is FeedDefinition => candidate !== undefined && all.indexOf(candidate) === index);
  return (
    <>
      <link rel="canonical" href={absoluteUrl(origin, path)} />
      {feeds.flatMap((entry) => [
        <link key={atomUrl(entry)} rel="alternate" type="application/atom+xml" title={entry.title} href={atomUrl(entry)} />,
        <link key={jsonFeedUrl(entry)} rel="alternate" type="application/feed+json" title={entry.title} href={jsonFeedUrl(entry)} />,
      ])}
      <meta property="og:site_name" content={site.settings.title} />
      <meta property="og:locale" content="de_DE" />
      <meta property="og:type" content={share.type} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={absoluteUrl(origin, path)} />
      <meta property="og:image" content={absoluteUrl(origin, share.image.url)} />
      <meta property="og:image:width" content={String(share.image.width)} />
      <meta property="og:image:height" content={String(share.image.height)} />
      <meta property="og:image:alt" content={share.image.alt} />
      {share.publishedTime && <meta property="article:published_time" content={share.publishedTime} />}
      {share.modifiedTime && <meta property="article:modified_time" content={share.modifiedTime} />}
      {share.section && <meta property="article:section" content={share.section} />}
      {share.tags?.map((tag) => <meta key={tag} property="article:tag" content={tag} />)}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:image:alt" content={share.image.alt} />
      {structuredData.map((entry, index) => (
        <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(entry) }} />
      ))}
    </>
  );
}
