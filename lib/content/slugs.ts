import slugify from "@sindresorhus/slugify";

const cache = new Map<string, string>();
const GERMAN = { locale: "de", customReplacements: [["&", " und "]] as [string, string][] };

/**
 * The URL slug of a topic label, transliterated the German way (`Fachkräfte` → `fachkraefte`,
 * `Straße` → `strasse`). Memoized: list pages ask for the same few labels thousands of times.
 */
export function topicSlug(label: string): string {
  let slug = cache.get(label);
  if (slug === undefined) {
    slug = slugify(label, GERMAN);
    cache.set(label, slug);
  }
  return slug;
}

/** File names of articles are their URL slugs. */
export const ARTICLE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug suggested for a title, e.g. for a misnamed file or a new article. */
export function titleSlug(title: string): string {
  return slugify(title, GERMAN).slice(0, 80).replace(/-+$/, "");
}
