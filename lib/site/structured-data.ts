import { lastChanged, type Article } from "../content/article.ts";
import { byline } from "./byline.ts";
import type { SiteSettings } from "../content/site-settings.ts";
import { absoluteUrl } from "./site-url.ts";

/** schema.org data as JSON-LD objects; the layouts serialise them. */
export type JsonLd = Record<string, unknown>;

/** What a credit line starts with before the name: "Foto:", "Grafik:", "©" … */
const CREDIT_PREFIX = /^(?:(?:fotos?|bilder?|grafik|illustration|karte|abbildung|quelle|copyright)\s*:\s*|©\s*)/i;

/**
 * Who holds the rights to an image, read from its credit as German press practice writes it:
 * "Foto: Allianz für die Region/Anna Muster" names the organisation (before the slash) and the
 * photographer; "Foto: Anna Muster" a person; "Grafik: Regionalverband" an organisation.
 */
export function copyrightHolder(credit: string): JsonLd {
  const name = credit.replace(CREDIT_PREFIX, "").trim();
  const slash = name.indexOf("/");
  if (slash > 0) return { "@type": "Organization", name: name.slice(0, slash).trim() };
  return { "@type": byline(name).organisation ? "Organization" : "Person", name };
}

const HEADLINE_LIMIT = 110;
export const LOGO_PATH = "/assets/images/logo.png";

function publisher(settings: SiteSettings): JsonLd {
  return {
    "@type": "Organization",
    name: settings.publisher,
    url: absoluteUrl(settings.url, "/"),
    logo: { "@type": "ImageObject", url: absoluteUrl(settings.url, LOGO_PATH), width: 512, height: 512 },
  };
}

function headline(title: string): string {
  return title.length <= HEADLINE_LIMIT ? title : `${title.slice(0, HEADLINE_LIMIT - 1).replace(/\s+\S*$/, "")}…`;
}

/** NewsArticle for an article page (Google's news article guidelines). */
export function newsArticle(article: Article, settings: SiteSettings, imageUrl: string): JsonLd {
  const url = absoluteUrl(settings.url, article.url);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: headline(article.title),
    description: article.summary,
    datePublished: article.date.iso,
    dateModified: lastChanged(article).iso,
    image: [
      article.image
        ? {
            "@type": "ImageObject",
            url: absoluteUrl(settings.url, imageUrl),
            ...(article.image.caption === undefined ? {} : { caption: article.image.caption }),
            creditText: article.image.credit,
            copyrightHolder: copyrightHolder(article.image.credit),
          }
        : absoluteUrl(settings.url, imageUrl),
    ],
    author: article.author
      ? { "@type": byline(article.author).organisation ? "Organization" : "Person", name: article.author }
      : { "@type": "Organization", name: settings.publisher, url: absoluteUrl(settings.url, "/") },
    publisher: publisher(settings),
    inLanguage: "de",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    articleSection: article.regions.map((region) => region.name),
    keywords: article.topics.map((topic) => topic.label).join(", "),
    ...(article.corrections.length > 0
      ? { correction: article.corrections.map((item) => ({ "@type": "CorrectionComment", text: item.text, datePublished: item.date.iso })) }
      : {}),
  };
}

/** The way from the home page to a page, for search results' breadcrumbs. */
export function breadcrumbs(settings: SiteSettings, trail: readonly { name: string; path: string }[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((step, index) => ({ "@type": "ListItem", position: index + 1, name: step.name, item: absoluteUrl(settings.url, step.path) })),
  };
}

/** The site itself, with the search that search engines may offer in their results. */
export function webSite(settings: SiteSettings): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: settings.title,
    description: settings.description,
    url: absoluteUrl(settings.url, "/"),
    inLanguage: "de",
    publisher: publisher(settings),
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl(settings.url, "/suche/")}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}

const SCRIPT_ESCAPES: Record<string, string> = { "<": "\\u003c", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/** JSON for a `<script type="application/ld+json">` block: `<` is escaped so no text can end the block. */
export function serializeJsonLd(data: JsonLd): string {
  // One pass over the JSON: every page has two or three of these blocks.
  return JSON.stringify(data).replace(/[<\u2028\u2029]/g, (character) => SCRIPT_ESCAPES[character]!);
}
