import { lastChanged } from "../../lib/content/article.ts";
import { absoluteUrl } from "../../lib/site/site-url.ts";
import type { ArticlePage } from "../../lib/site/collections.ts";
import { ArticleList } from "../components/ArticleList.tsx";
import { breadcrumbs, newsArticle } from "../../lib/site/structured-data.ts";
import { ArticleBody } from "../components/ArticleBody.tsx";
import { BaseLayout } from "../components/BaseLayout.tsx";
import { Breadcrumb } from "../components/Breadcrumb.tsx";
import { ShareLinks } from "../components/ShareLinks.tsx";
import { DEFAULT_SHARE_IMAGE, type ShareMeta } from "../components/HeadMeta.tsx";
import type { PagedData } from "../page-data.ts";

type Data = PagedData<"entry", ArticlePage>;

export const data = {
  pagination: { data: "site.articlePages", size: 1, alias: "entry" },
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
  const permalink = absoluteUrl(site.settings.url, article.url);
  return (
    <BaseLayout site={site} title={article.title} description={article.summary} path={article.url} share={share} structuredData={structuredData}>
      <Breadcrumb trail={trail} />
      <ArticleBody article={article} contacts={contacts} site={site} siteTitle={site.settings.title} permalink={permalink} />
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
