import type { Region } from "../content/article.ts";

/*
 * The generated part of the author guide (CONTRIBUTING.md): the regions, between
 * `<!-- regionen:start -->` and `<!-- regionen:end -->`. `npm run docs:regionen` writes it; a
 * test fails when it is out of date. Regions change only with lib/content/regions.ts' data, in a
 * programmer's pull request. The topics are not listed in the guide: a new topic in an author's
 * pull request must not make a file stale; the site's /thema/ page lists them.
 */

export function regionTable(regions: readonly Region[]): string {
  return ["| Kürzel für `region` | Region |", "| --- | --- |", ...regions.map((region) => `| \`${region.slug}\` | ${region.name} |`)].join("\n");
}

/** Replaces what lies between a section's markers; the markers must be there exactly once. */
export function replaceSection(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from || text.indexOf(start, from + 1) !== -1 || text.indexOf(end, to + 1) !== -1) {
    throw new Error(`the markers ${start} … ${end} must each appear once, in that order`);
  }
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/** The guide with its generated section brought up to date. */
export function updateGuide(text: string, regions: readonly Region[]): string {
  return replaceSection(text, "regionen", regionTable(regions));
}
