/*
 * The `sizes` of the site's images, for the layouts and the image transform alike. Kept apart
 * from lib/images.ts (eleventy-img, the file system) so that layouts import only modules that
 * also run in the web editor's preview.
 */

/** The column of an article: 100 % of a phone's width minus the margins, at most about 46rem. */
export const CONTENT_IMAGE_SIZES = "(min-width: 52rem) 46rem, calc(100vw - 2rem)";
/** A teaser's thumbnail: about 7rem beside the text on phones, a third of the column (≤ 20rem) from 40rem up. */
export const TEASER_IMAGE_SIZES = "(min-width: 62rem) 19rem, (min-width: 40rem) 45vw, 7rem";
/** Thumbnails never need the 1200 px version. */
export const TEASER_IMAGE_WIDTHS = "400,800";
/** The front page's lead story: the main column, at most about 38rem beside its text. */
export const LEAD_IMAGE_SIZES = "(min-width: 62rem) 36rem, calc(100vw - 2rem)";
