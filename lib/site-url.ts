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

/** An absolute URL on the site for a root-relative path. */
export function absoluteUrl(origin: string, pathOrUrl: string): string {
  return new URL(pathOrUrl, `${origin}/`).href;
}
