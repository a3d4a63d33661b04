import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";

const renderedBySite = new WeakMap<object, Map<string, string>>();

/**
 * Markup that is the same on every page of a build (the site's header and footer), rendered
 * once per build and variant instead of once per page: every page of a build gets the same
 * frozen `site` object (lib/eleventy/site-build.ts), and the next build gets a new one.
 */
export function renderedOnce(site: object, variant: string, render: () => VNode): { __html: string } {
  let rendered = renderedBySite.get(site);
  if (rendered === undefined) renderedBySite.set(site, (rendered = new Map()));
  let html = rendered.get(variant);
  if (html === undefined) rendered.set(variant, (html = renderToString(render())));
  return { __html: html };
}
