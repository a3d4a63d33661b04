/**
 * The site's public origin, for absolute URLs in feeds, sitemaps, canonical links and sharing.
 * On Netlify the deploy tells it: `URL` for production, `DEPLOY_PRIME_URL` for deploy
 * previews and branch deploys (so that a preview's feeds point at the preview); otherwise
 * the configured `site.json` URL.
 */
export function siteOrigin(configured: string, environment: NodeJS.ProcessEnv = process.env): string {
  const fromDeploy = environment.CONTEXT === "production" ? environment.URL : (environment.DEPLOY_PRIME_URL ?? environment.URL);
  return new URL(fromDeploy || configured).origin;
}

const absoluteUrls = new Map<string, string>();

/**
 * An absolute URL on the site for a root-relative path. Remembered: a page names its own URL,
 * its region's and the logo's several times, and feeds and the sitemap name them again.
 */
export function absoluteUrl(origin: string, pathOrUrl: string): string {
  const key = `${origin} ${pathOrUrl}`;
  let url = absoluteUrls.get(key);
  if (url === undefined) absoluteUrls.set(key, (url = new URL(pathOrUrl, `${origin}/`).href));
  return url;
}
