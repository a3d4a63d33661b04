import type { Article } from "../content/article.ts";
import type { SiteData } from "../site/site-data.ts";

/** The site's paginated lists (one item, one page) and the URL of each item's page. */
const PAGED_LISTS = {
  articlePages: (item: SiteData["articlePages"][number]) => item.article.url,
  homePages: (item: SiteData["homePages"][number]) => item.url,
  regionPages: (item: SiteData["regionPages"][number]) => item.url,
  topicPages: (item: SiteData["topicPages"][number]) => item.url,
  yearPages: (item: SiteData["yearPages"][number]) => item.url,
  feedPages: (item: SiteData["feedPages"][number]) => item.path,
} satisfies { [List in keyof SiteData]?: (item: SiteData[List] extends (infer Item)[] ? Item : never) => string };

type PagedList = keyof typeof PAGED_LISTS;

/**
 * In `npm start`, a saved article must show at once, also in an archive of 10,000 articles,
 * where rendering every page takes many seconds. Between two builds that only differ in
 * content files, a page whose data is the same as before is not rendered again: its file from
 * the earlier build stays. The content loader keeps the Article object of an unchanged file
 * (lib/content/content-loader.ts), so an article's object identity stands for its version.
 */
export class ChangedPages {
  private readonly articleVersions = new WeakMap<Article, number>();
  private nextVersion = 0;
  private fingerprints = new Map<string, string>();
  private siteFingerprint: string | undefined;

  /**
   * The site with its paginated lists cut to the pages whose data changed since the previous
   * call. With `contentOnly` false (code, layouts or assets changed) every page is kept.
   */
  select(site: SiteData, contentOnly: boolean): { site: SiteData; rendered: number; skipped: number } {
    const articles = new Set<unknown>(site.articles);
    // Lists share some arrays between their pages (every page's `pageUrls`): described once.
    const described = new Map<unknown, string>();
    const fingerprint = (value: unknown): string => {
      const parts: string[] = [];
      this.describe(value, articles, described, parts);
      return parts.join("\u0000");
    };
    // What every page shows besides its own item: header, footer, styles, feeds in the head.
    const siteFingerprint = fingerprint({
      settings: site.settings,
      showDrafts: site.showDrafts,
      assets: site.assets,
      regions: site.regions.map(({ name, url }) => ({ name, url })),
      pages: site.pages.map(({ title, url }) => ({ title, url })),
      // Every page links the site's feed; a list links its own, which its own data names.
      siteFeed: site.feeds.slice(0, 1).map(({ path, title, description, pageUrl }) => ({ path, title, description, pageUrl })),
    });
    const renderAll = !contentOnly || siteFingerprint !== this.siteFingerprint;
    this.siteFingerprint = siteFingerprint;

    const fingerprints = new Map<string, string>();
    const selected: Partial<Pick<SiteData, PagedList>> = {};
    let rendered = 0;
    let skipped = 0;
    for (const list of Object.keys(PAGED_LISTS) as PagedList[]) {
      const urlOf = PAGED_LISTS[list] as (item: unknown) => string;
      const items = (site[list] as unknown[]).filter((item) => {
        const url = urlOf(item);
        const print = fingerprint(item);
        fingerprints.set(url, print);
        const changed = renderAll || this.fingerprints.get(url) !== print;
        if (changed) rendered++;
        else skipped++;
        return changed;
      });
      Object.assign(selected, { [list]: items });
    }
    this.fingerprints = fingerprints;
    return { site: { ...site, ...selected }, rendered, skipped };
  }

  /** Writes out a value, with each article as its version: a plain walk, as JSON.stringify with a replacer took ~250 ms at 10,000 articles. */
  private describe(value: unknown, articles: ReadonlySet<unknown>, described: Map<unknown, string>, parts: string[]): void {
    if (articles.has(value)) {
      parts.push(`#${this.version(value as Article)}`);
    } else if (Array.isArray(value)) {
      let description = described.get(value);
      if (description === undefined) {
        const items: string[] = ["["];
        for (const item of value) this.describe(item, articles, described, items);
        items.push("]");
        described.set(value, (description = items.join("\u0000")));
      }
      parts.push(description);
    } else if (typeof value === "object" && value !== null) {
      parts.push("{");
      for (const [key, inner] of Object.entries(value)) {
        parts.push(key);
        this.describe(inner, articles, described, parts);
      }
      parts.push("}");
    } else {
      parts.push(String(value));
    }
  }

  private version(article: Article): number {
    let version = this.articleVersions.get(article);
    if (version === undefined) this.articleVersions.set(article, (version = this.nextVersion++));
    return version;
  }
}
