import type { Article } from "../content/article.ts";
import type { RedirectRule } from "./netlify-config.ts";
import type { RemovedArticle } from "../content/removed-articles.ts";
import { withoutTrailingSlash } from "../content/url-conflicts.ts";

export type { RedirectRule } from "./netlify-config.ts";

/** The page a taken-down article's URL shows, with status 410. */
export const GONE_PAGE = "/410.html";

/**
 * The redirects of the content: each old URL of a shown article (`redirect_from`) to its URL
 * with 301, and each taken-down article's URL, and the old URLs of a taken-down article whose
 * file is still there (`takenDown`), to the gone page with 410 (Netlify shows the target of a
 * rule whose status is not 301, 302 or 303 under the requested URL, with that status).
 */
export function articleRedirects(articles: readonly Article[], removed: readonly RemovedArticle[], takenDown: readonly Article[] = []): RedirectRule[] {
  const seen = new Set<string>();
  const rules: RedirectRule[] = [];
  for (const article of articles) {
    for (const from of article.redirectFrom) {
      const key = withoutTrailingSlash(from);
      if (seen.has(key)) continue;
      seen.add(key);
      rules.push({ from, to: article.url, status: 301, force: false });
    }
  }
  for (const from of [...removed.map((item) => item.url), ...takenDown.flatMap((article) => article.redirectFrom)]) {
    const key = withoutTrailingSlash(from);
    if (seen.has(key)) continue;
    seen.add(key);
    rules.push({ from, to: GONE_PAGE, status: 410, force: false });
  }
  return rules;
}

/**
 * A Netlify `_redirects` file of rules, in order (the first match wins; Netlify reads this
 * file before the rules of netlify.toml). Other modules' rules are merged into the list.
 */
export function redirectsFile(rules: readonly RedirectRule[]): string {
  return rules.map((rule) => `${rule.from} ${rule.to} ${rule.status}${rule.force ? "!" : ""}\n`).join("");
}
