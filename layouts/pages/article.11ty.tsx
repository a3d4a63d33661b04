import { lastChanged, readingTimeLabel } from "../../lib/article.ts";
import { byline } from "../../lib/byline.ts";
import { absoluteUrl } from "../../lib/site-url.ts";
import type { ArticlePage } from "../../lib/collections.ts";
import { ArticleList } from "../components/ArticleList.tsx";
import { DraftBadge, ScheduledBadge } from "../components/Teaser.tsx";
import { CONTENT_IMAGE_SIZES } from "../../lib/image-sizes.ts";
import { isScheduled } from "../../lib/publication.ts";
import { breadcrumbs, newsArticle } from "../../lib/structured-data.ts";
import { BaseLayout } from "../components/BaseLayout.tsx";
import { Breadcrumb } from "../components/Breadcrumb.tsx";
import { PressContacts } from "../components/PressContacts.tsx";
import { ShareLinks } from "../components/ShareLinks.tsx";
import { DEFAULT_SHARE_IMAGE, type ShareMeta } from "../components/HeadMeta.tsx";
import { RegionLinks, TopicLinks } from "../components/TermLinks.tsx";
import type { PagedData } from "../page-data.ts";

type Data = PagedData<"entry", ArticlePage>;

export const data = {
  // Oldest first: the search index's shards fill up from the oldest year (lib/search-shards.ts),
  // so the newest shard, mostly the smallest, is completed last and the build's last write is short.
  pagination: { data: "site.articlePages", size: 1, alias: "entry", reverse: true },
  permalink: (data: Data) => data.entry.article.url,
};

export function render({ site, entry }: Data) {
  const { article, newer, older, related, contacts } = entry;
  const firstRegion = article.regions[0]!;
  const modified = lastChanged(article);
  const share: ShareMeta = {
    type: "article",
    image: site.shareImages[article.url] ?? DEFAULT_SHARE_IMAGE,
    publishedTime: article.date.iso,
    modifiedTime: modified.iso,
    section: firstRegion.name,
    tags: article.topics.map((topic) => topic.label),
  };
  const trail = [
    { name: "Start", path: "/" },
    { name: firstRegion.name, path: `/region/${firstRegion.slug}/` },
    { name: article.title, path: article.url },
  ];
  const structuredData = [newsArticle(article, site.settings, share.image.url), breadcrumbs(site.settings, trail)];
  const readingTime = readingTimeLabel(article.readingMinutes);
  const permalink = absoluteUrl(site.settings.url, article.url);
  return (
    <BaseLayout site={site} title={article.title} description={article.summary} path={article.url} share={share} structuredData={structuredData}>
      <Breadcrumb trail={trail} />
      <article class="article" data-pagefind-body>
        <header class="article__header">
          <nav
            aria-label="Regionen des Artikels"
            class="article__regions"
            data-pagefind-meta={`region:${article.regions.map((region) => region.name).join(" · ")}`}
          >
            <RegionLinks regions={article.regions} searchFilter />
          </nav>
          <h1 data-pagefind-meta="title">
            {article.title}
            <DraftBadge article={article} showDrafts={site.showDrafts} />
            <ScheduledBadge article={article} site={site} />
          </h1>
          <p class="article__meta" data-pagefind-ignore>
            <span>
              {isScheduled(article, site.now) ? "Erscheint am" : "Veröffentlicht am"}{" "}
              <time
                datetime={article.date.iso}
                data-pagefind-meta="datum"
                data-pagefind-sort="datum[datetime]"
                data-pagefind-filter={`jahr:${article.date.year}`}
              >
                {article.date.long}
              </time>
            </span>
            {modified.millis > article.date.millis && (
              <span>
                Aktualisiert am <time datetime={modified.iso}>{modified.long}</time>
              </span>
            )}
            {article.author && <span>{byline(article.author).text}</span>}
            {readingTime && <span>{readingTime}</span>}
          </p>
        </header>
        {article.image && (
          <figure class="article__image">
            <img
              src={article.image.url}
              alt={article.image.alt}
              loading="eager"
              fetchpriority="high"
              decoding="async"
              sizes={CONTENT_IMAGE_SIZES}
              data-pagefind-meta="image[src], image_alt[alt]"
            />
            <figcaption data-pagefind-ignore>
              {article.image.caption && <span class="article__caption">{article.image.caption} </span>}
              <span class="credit">{article.image.credit}</span>
            </figcaption>
          </figure>
        )}
        <div class="article__body" dangerouslySetInnerHTML={{ __html: article.html }} />
        {article.corrections.length > 0 && (
          <section class="corrections" aria-labelledby="korrektur">
            <h2 id="korrektur">{article.corrections.length === 1 ? "Korrektur" : "Korrekturen"}</h2>
            {article.corrections.map((correction) => (
              <p key={correction.date.iso + correction.text}>
                <strong>
                  Korrektur vom <time datetime={correction.date.iso}>{correction.date.long}</time>:
                </strong>{" "}
                {correction.text}
              </p>
            ))}
          </section>
        )}
        <div class="article__footer">
          <h2 class="visually-hidden" data-pagefind-ignore>
            Themen
          </h2>
          <TopicLinks topics={article.topics} searchFilter />
        </div>
        <PressContacts contacts={contacts} />
        <p class="print-source" data-pagefind-ignore>
          {site.settings.title}: {permalink}
        </p>
      </article>
      <ShareLinks title={article.title} url={permalink} />
      {(newer || older) && (
        <nav class="article-nav" aria-label="Weitere Artikel">
          {older && (
            <a href={older.url} rel="prev" class="article-nav__older">
              <span class="article-nav__label">Vorheriger Artikel</span> {older.title}
            </a>
          )}
          {newer && (
            <a href={newer.url} rel="next" class="article-nav__newer">
              <span class="article-nav__label">Nächster Artikel</span> {newer.title}
            </a>
          )}
        </nav>
      )}
      {related.length > 0 && (
        <section class="related" aria-labelledby="verwandt">
          <h2 id="verwandt">Das könnte Sie auch interessieren</h2>
          <ArticleList articles={related} showDrafts={site.showDrafts} schedule={site} headingLevel={3} />
        </section>
      )}
    </BaseLayout>
  );
}
