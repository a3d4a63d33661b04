import assert from "node:assert/strict";
import type { Article } from "../../lib/content/article.ts";
import { parseContentDate } from "../../lib/content/dates.ts";
import { regionBySlug } from "../../lib/content/regions.ts";
import { topicSlug } from "../../lib/content/slugs.ts";

/** A validated article as the loader makes it, for tests of what is built from articles. */
export function article(slug: string, date: string, regions: string[], topics: string[]): Article {
  const parsed = parseContentDate(date);
  assert.ok(parsed.ok);
  const display = parsed.value;
  return {
    slug,
    title: `Artikel ${slug}`,
    date: display,
    url: `/nachrichten/${display.year}/${slug}/`,
    sourcePath: `content/nachrichten/${display.year}/${slug}.md`,
    regions: regions.map((region) => regionBySlug(region)!),
    topics: topics.map((label) => ({ label, slug: topicSlug(label) })),
    summary: "",
    html: "",
    readingMinutes: 1,
    featured: false,
    contacts: [],
    draft: false,
    corrections: [],
    redirectFrom: [],
    files: [],
  };
}
