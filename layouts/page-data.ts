import type { SiteData } from "../lib/site/site-data.ts";

/** What Eleventy hands every page template: the global `site` data and the page's own URL. */
export interface PageData {
  site: SiteData;
  page: { url: string };
}

/** A template paginated over one of the site's lists, one item per page, under `alias`. */
export type PagedData<Alias extends string, Item> = PageData & { [key in Alias]: Item };
