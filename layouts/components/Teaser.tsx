import type { Article } from "../../lib/article.ts";
import { listedAsRegionWide } from "../../lib/collections.ts";
import { LEAD_IMAGE_SIZES, TEASER_IMAGE_SIZES, TEASER_IMAGE_WIDTHS } from "../../lib/image-sizes.ts";
import { isScheduled, scheduledTime } from "../../lib/publication.ts";
import type { SiteData } from "../../lib/site-data.ts";

export function DraftBadge({ article, showDrafts }: { article: Article; showDrafts: boolean }) {
  return showDrafts && article.draft ? (
    <>
      {" "}
      <span class="badge">Entwurf</span>
    </>
  ) : null;
}

/** In `npm start` and previews: when an article dated in the future will appear. */
export function ScheduledBadge({ article, site }: { article: Article; site: Pick<SiteData, "now" | "showScheduled"> }) {
  return site.showScheduled && isScheduled(article, site.now) ? (
    <>
      {" "}
      <span class="badge badge--scheduled">geplant für {scheduledTime(article.date)}</span>
    </>
  ) : null;
}

interface TeaserProps {
  article: Article;
  showDrafts: boolean;
  /** The build's clock, to mark scheduled articles where they are shown. */
  schedule: Pick<SiteData, "now" | "showScheduled">;
  /** On a region's page: its slug, so that the region-wide articles listed there are marked. */
  regionSlug?: string | undefined;
  /** Heading level of the title, so that the page's outline stays intact. */
  headingLevel: 2 | 3;
  /** The front page's lead story: a large image, loaded at once. */
  lead?: boolean;
}

/**
 * One article in a list: title, date and regions, teaser text, and its lead image as a
 * thumbnail (or a plain block in the colour of its first region). The image repeats what the
 * title says, so it is decorative here (empty alt); the article page describes it.
 */
export function Teaser({ article, showDrafts, schedule, regionSlug, headingLevel, lead = false }: TeaserProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const region = article.regions[0]!;
  return (
    <div class={`teaser region-${region.slug}${lead ? " teaser--lead" : ""}`}>
      <Heading class="teaser__title">
        <a href={article.url}>{article.title}</a>
        <DraftBadge article={article} showDrafts={showDrafts} />
        <ScheduledBadge article={article} site={schedule} />
      </Heading>
      <p class="teaser__meta">
        {regionSlug !== undefined && listedAsRegionWide(article, regionSlug) && (
          <>
            <span class="region-wide">Gesamte Region</span>{" "}
          </>
        )}
        <time datetime={article.date.iso}>{article.date.long}</time>
        <span aria-hidden="true"> · </span>
        {article.regions.map((entry) => entry.name).join(", ")}
      </p>
      <p class="teaser__summary">{article.summary}</p>
      {article.image ? (
        <div class="teaser__media">
          <img
            src={article.image.url}
            alt=""
            decoding="async"
            {...(lead
              ? { loading: "eager", fetchpriority: "high", sizes: LEAD_IMAGE_SIZES }
              : { loading: "lazy", sizes: TEASER_IMAGE_SIZES, "eleventy:widths": TEASER_IMAGE_WIDTHS })}
          />
        </div>
      ) : (
        <div class="teaser__media teaser__media--none" aria-hidden="true" />
      )}
    </div>
  );
}
