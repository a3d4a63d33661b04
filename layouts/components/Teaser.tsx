import type { Article } from "../../lib/article.ts";
import { LEAD_IMAGE_SIZES, TEASER_IMAGE_SIZES, TEASER_IMAGE_WIDTHS } from "../../lib/images.ts";

export function DraftBadge({ article, showDrafts }: { article: Article; showDrafts: boolean }) {
  return showDrafts && article.draft ? (
    <>
      {" "}
      <span class="badge">Entwurf</span>
    </>
  ) : null;
}

interface TeaserProps {
  article: Article;
  showDrafts: boolean;
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
export function Teaser({ article, showDrafts, headingLevel, lead = false }: TeaserProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const region = article.regions[0]!;
  return (
    <div class={`teaser region-${region.slug}${lead ? " teaser--lead" : ""}`}>
      <Heading class="teaser__title">
        <a href={article.url}>{article.title}</a>
        <DraftBadge article={article} showDrafts={showDrafts} />
      </Heading>
      <p class="teaser__meta">
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
