import { Document, isSeq } from "yaml";
import type { ContentProblem } from "../content/content-error.ts";
import { checkArticle, readReferences } from "../content/content-loader.ts";
import type { Topic } from "../content/content-schema.ts";
import { parseContentDate } from "../content/dates.ts";
import { REGION_SLUGS } from "../content/regions.ts";
import { SCAFFOLD_BODY } from "../content/scaffold-text.ts";
import { ARTICLE_SLUG, topicSlug } from "../content/slugs.ts";
import { closestMatch } from "../content/suggest.ts";

/*
 * The logic of `npm run new` (scripts/new-article.ts only reads arguments, asks and writes):
 * from what an author typed to the text of a new article that passes every check.
 */

/** What an author gives for a new article. */
export interface NewArticle {
  title: string;
  /** `YYYY-MM-DD`, meant in Europe/Berlin. */
  date: string;
  regions: string[];
  tags: string[];
  summary?: string;
  author?: string;
}

/** Where the dev server (`npm start`) shows the site. */
export const PREVIEW_ORIGIN = "http://localhost:8080";


/** "Fachkräfte, Ausbildung" → ["Fachkräfte", "Ausbildung"]: commas separate, empty parts are dropped. */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter((part) => part !== "");
}

/** Why a region slug is refused, in German, with a suggestion and the valid ones; undefined when it is valid. */
export function regionProblem(slug: string): string | undefined {
  if (REGION_SLUGS.includes(slug)) return undefined;
  const guess = closestMatch(slug, REGION_SLUGS);
  return `„${slug}“ ist keine bekannte Region.${guess ? ` Meinten Sie „${guess}“?` : ""} Möglich sind: ${REGION_SLUGS.join(", ")}`;
}

/** Why a date is refused, in German; undefined when it is a real `YYYY-MM-DD`. */
export function dateProblem(date: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return `„${date}“ ist kein Datum der Form JJJJ-MM-TT (z. B. 2025-05-17).`;
  return parseContentDate(date).ok ? undefined : `Den ${date} gibt es im Kalender nicht.`;
}

/**
 * Topics in the spelling the site already uses: `Fachkraefte` becomes `Fachkräfte` when that
 * is how other articles write it, because two spellings of one topic are an error.
 */
export function withKnownSpelling(tags: readonly string[], known: readonly Topic[]): { tags: string[]; respelt: [string, string][] } {
  const bySlug = new Map(known.map((topic) => [topic.slug, topic.label]));
  const respelt: [string, string][] = [];
  const result = tags.map((tag) => {
    const label = bySlug.get(topicSlug(tag));
    if (label === undefined || label === tag) return tag;
    respelt.push([tag, label]);
    return label;
  });
  return { tags: result, respelt };
}

/** Why a file name (without `.md`) is refused, in German; undefined when it is a valid slug. */
export function slugProblem(slug: string): string | undefined {
  if (slug === "") return "Aus dem Titel lässt sich kein Dateiname bilden: mit --slug angeben, z. B. --slug neue-foerderung";
  return ARTICLE_SLUG.test(slug) ? undefined : `„${slug}“ taugt nicht als Dateiname: nur a–z, 0–9 und Bindestriche verwenden, z. B. neue-foerderung`;
}

/** What the author passed on the command line; missing parts are asked for in a terminal. */
export interface GivenArticle {
  title?: string;
  /** Comma-separated region slugs. */
  regions?: string;
  /** Comma-separated topics. */
  tags?: string;
  date?: string;
  summary?: string;
  author?: string;
}

/** Asks a question until `check` accepts the answer (returns no problem). */
export type Ask = (question: string, check: (answer: string) => string | undefined) => Promise<string>;

export type CompletedArticle = { ok: true; article: NewArticle } | { ok: false; problems: string[] };

const EXAMPLE = 'npm run new -- "Titel des Beitrags" --region goslar --tags "Fachkräfte, Ausbildung"';

function listProblem(list: readonly string[], what: string): string | undefined {
  return list.length === 0 ? `Mindestens ${what} angeben.` : undefined;
}

function regionsProblem(regions: readonly string[]): string | undefined {
  return listProblem(regions, "eine Region") ?? regions.map(regionProblem).find((problem) => problem !== undefined);
}

/**
 * Checks what was given and fills in what is missing: by asking when `ask` is given (stdin is
 * a terminal), otherwise by saying what to add to the command. `today` is the default date.
 */
export async function completeArticle(given: GivenArticle, today: string, ask: Ask | undefined): Promise<CompletedArticle> {
  const problems: string[] = [];
  let example = false;
  const missing = (sentence: string) => {
    problems.push(sentence);
    example = true;
  };
  const nonEmpty = (answer: string) => (answer === "" ? "Bitte etwas eingeben." : undefined);

  let title = given.title?.trim() || undefined;
  if (title === undefined && ask) title = await ask("Titel des Beitrags: ", nonEmpty);
  if (title === undefined) missing("Der Titel fehlt.");

  let regions = given.regions === undefined ? undefined : splitList(given.regions);
  if (regions === undefined && ask) {
    regions = splitList(await ask(`Region (${REGION_SLUGS.join(", ")}; mehrere mit Komma): `, (answer) => regionsProblem(splitList(answer))));
  }
  if (regions === undefined) missing(`Die Region fehlt (--region, eine von ${REGION_SLUGS.join(", ")}).`);
  else {
    const problem = regionsProblem(regions);
    if (problem) problems.push(problem);
  }

  let tags = given.tags === undefined ? undefined : splitList(given.tags);
  if (tags === undefined && ask) tags = splitList(await ask("Themen (mit Komma getrennt, z. B. Fachkräfte, Ausbildung): ", (answer) => listProblem(splitList(answer), "ein Thema")));
  if (tags === undefined) missing("Die Themen fehlen (--tags).");
  else {
    const problem = listProblem(tags, "ein Thema");
    if (problem) problems.push(problem);
  }

  const date = given.date ?? today;
  const problem = dateProblem(date);
  if (problem) problems.push(problem);

  if (example) problems.push(`Beispiel: ${EXAMPLE}`);
  if (problems.length > 0 || title === undefined || regions === undefined || tags === undefined) return { ok: false, problems };
  return {
    ok: true,
    article: {
      title,
      date,
      regions,
      tags,
      ...(given.summary === undefined ? {} : { summary: given.summary }),
      ...(given.author === undefined ? {} : { author: given.author }),
    },
  };
}

/** `nachrichten/2025/neue-foerderung.md`, relative to the content folder. */
export function articlePath(article: Pick<NewArticle, "date">, slug: string): string {
  return `nachrichten/${article.date.slice(0, 4)}/${slug}.md`;
}

/** Where `npm start` shows the article. */
export function previewUrl(article: Pick<NewArticle, "date">, slug: string): string {
  return `${PREVIEW_ORIGIN}/nachrichten/${article.date.slice(0, 4)}/${slug}/`;
}

/** The new file: YAML front matter written by the yaml library (so quotes and colons are safe) and a body to replace. */
export function articleText(article: NewArticle): string {
  const fields: Record<string, unknown> = {
    title: article.title,
    date: article.date,
    region: article.regions.length === 1 ? article.regions[0] : article.regions,
    tags: article.tags,
    ...(article.summary === undefined ? {} : { summary: article.summary }),
    ...(article.author === undefined ? {} : { author: article.author }),
  };
  const doc = new Document(fields, { schema: "core" });
  // Lists in one line, as the README and the author guide show them.
  for (const key of ["region", "tags"]) {
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n\n${SCAFFOLD_BODY}`;
}

/**
 * The problems the new file would have, found by the checks every article goes through
 * (front matter, year folder, images); the file is relative to the project, for messages.
 */
export function newArticleProblems(article: NewArticle, slug: string, file: string): ContentProblem[] {
  // The placeholder text is meant to be there until the author replaces it.
  const bytes = Buffer.from(articleText(article).replace(SCAFFOLD_BODY, "Text\n"));
  const checked = checkArticle({ file, bytes, folderYear: Number(article.date.slice(0, 4)), slug, fileExists: () => false }, readReferences);
  return checked.ok ? [] : checked.problems;
}
