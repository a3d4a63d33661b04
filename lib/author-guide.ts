import type { Article, Region, Topic } from "./article.ts";

/*
 * The generated parts of the author guide (CONTRIBUTING.md): the regions and the topics in
 * use, between `<!-- name:start -->` and `<!-- name:end -->`. `npm run docs:themen` writes
 * them; a test fails when they are out of date.
 */

const collator = new Intl.Collator("de");

/** The topics of all articles, each once in its first spelling, in German alphabetical order. */
export function topicsInUse(articles: readonly Pick<Article, "topics">[]): Topic[] {
  const bySlug = new Map<string, Topic>();
  for (const article of articles) for (const topic of article.topics) if (!bySlug.has(topic.slug)) bySlug.set(topic.slug, topic);
  return [...bySlug.values()].sort((a, b) => collator.compare(a.label, b.label));
}

export function regionTable(regions: readonly Region[]): string {
  return ["| Kürzel für `region` | Region |", "| --- | --- |", ...regions.map((region) => `| \`${region.slug}\` | ${region.name} |`)].join("\n");
}

export function topicList(topics: readonly Topic[]): string {
  return topics.map((topic) => `- ${topic.label}`).join("\n");
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

/** The guide with its generated sections brought up to date. */
export function updateGuide(text: string, regions: readonly Region[], articles: readonly Pick<Article, "topics">[]): string {
  return replaceSection(replaceSection(text, "regionen", regionTable(regions)), "themen", topicList(topicsInUse(articles)));
}
