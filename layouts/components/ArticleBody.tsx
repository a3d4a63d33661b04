import { lastChanged, readingTimeLabel, type Article } from "../../lib/content/article.ts";
import { byline } from "../../lib/site/byline.ts";
import type { Contact } from "../../lib/content/contacts.ts";
import { CONTENT_IMAGE_SIZES } from "../../lib/site/image-sizes.ts";
import { isScheduled } from "../../lib/content/publication.ts";
import type { SiteData } from "../../lib/site/site-data.ts";
import { PressContacts } from "./PressContacts.tsx";
import { DraftBadge, ScheduledBadge } from "./Teaser.tsx";
import { RegionLinks, TopicLinks } from "./TermLinks.tsx";

interface ArticleBodyProps {
  article: Article;
  contacts: readonly Contact[];
  site: Pick<SiteData, "showDrafts" | "showScheduled" | "now">;
  siteTitle: string;
  /** The article's absolute URL, printed under it. */
  permalink: string;
}

/**
 * An article itself: regions, title, dates, lead image, body, corrections, topics, press
 * contacts. The article page shows it, and so does the web editor's preview
 * (assets/js/editor-preview.tsx), which bundles it: what it imports must run in a browser.
 */
export function ArticleBody({ article, contacts, site, siteTitle, permalink }: ArticleBodyProps) {
  const modified = lastChanged(article);
  const readingTime = readingTimeLabel(article.readingMinutes);
  return (
    <article class="article">
      <header class="article__header">
        <nav aria-label="Regionen des Artikels" class="article__regions">
          <RegionLinks regions={article.regions} />
        </nav>
        <h1>
          {article.title}
          <DraftBadge article={article} showDrafts={site.showDrafts} />
          <ScheduledBadge article={article} site={site} />
        </h1>
        <p class="article__meta">
          <span>
            {isScheduled(article, site.now) ? "Erscheint am" : "Veröffentlicht am"}{" "}
            <time datetime={article.date.iso}>{article.date.long}</time>
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
          />
          <figcaption>
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
        <h2 class="visually-hidden">Themen</h2>
        <TopicLinks topics={article.topics} />
      </div>
      <PressContacts contacts={contacts} />
      <p class="print-source">
        {siteTitle}: {permalink}
      </p>
    </article>
  );
}
