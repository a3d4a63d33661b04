/*
 * German bylines. A person reads "Von Anna Muster"; an office or a team takes the article of
 * its noun: "Von der Redaktion", "Vom Presseteam", "Vom Landkreis Goslar". Authors write the
 * name only (`author: Redaktion`); what they wrote with "von" or an article stays theirs.
 */

/** Nouns that name an office or a group, by the dative article they take after "von". */
const FEMININE = ["redaktion", "stelle", "abteilung", "verwaltung", "kanzlei", "agentur", "gesellschaft", "genossenschaft", "gemeinschaft", "kammer", "stadt", "gemeinde", "region", "allianz", "initiative", "hochschule", "universität", "akademie", "schule", "stiftung", "behörde", "organisation", "kommunikation", "leitung", "geschäftsführung", "koordination", "gruppe", "partei", "zeitung"];
const MASCULINE_OR_NEUTER = ["team", "büro", "amt", "verband", "verbund", "verein", "netzwerk", "bündnis", "zentrum", "center", "institut", "ministerium", "referat", "landkreis", "kreis", "rat", "vorstand", "dienst", "stab", "ausschuss", "bezirk", "forum", "projekt", "unternehmen", "konzern"];

/**
 * Whether a word is one of the nouns or a compound ending in one ("Lokalredaktion",
 * "Presseteam"); a compound has at least four letters before it, so that first names that
 * happen to end alike ("Murat") stay names.
 */
function endsInNoun(word: string, nouns: readonly string[]): boolean {
  return nouns.some((noun) => word === noun || (word.endsWith(noun) && word.length >= noun.length + 4));
}
/** A leading article or "von" the author wrote themselves. */
const OWN_ARTICLE = /^(von|vom|der|die|das|dem|den)\s/i;

export interface Byline {
  /** "Von der Redaktion", "Von Anna Muster" */
  text: string;
  /** An office or group rather than a person: schema.org Organization, not Person. */
  organisation: boolean;
}

/** The byline of an author as written in the front matter. */
export function byline(author: string): Byline {
  const name = author.trim();
  if (OWN_ARTICLE.test(name)) {
    const text = /^von\s/i.test(name) || /^vom\s/i.test(name) ? name.charAt(0).toUpperCase() + name.slice(1) : `Von ${name}`;
    return { text, organisation: !/^von\s/i.test(name) || isOrganisation(name.replace(/^von\s+/i, "")) };
  }
  const firstWord = (name.split(/[\s,/]+/)[0] ?? "").toLowerCase();
  if (endsInNoun(firstWord, FEMININE)) return { text: `Von der ${name}`, organisation: true };
  if (endsInNoun(firstWord, MASCULINE_OR_NEUTER)) return { text: `Vom ${name}`, organisation: true };
  return { text: `Von ${name}`, organisation: false };
}

function isOrganisation(name: string): boolean {
  const firstWord = (name.split(/[\s,/]+/)[0] ?? "").toLowerCase();
  return /^(der|die|das|dem|den)$/.test(firstWord) || endsInNoun(firstWord, FEMININE) || endsInNoun(firstWord, MASCULINE_OR_NEUTER);
}
