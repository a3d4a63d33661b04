import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { ContentProblem } from "./content-error.ts";
import { readDataFile } from "./data-file.ts";
import { parseContentDate, type DisplayDate } from "./dates.ts";

/*
 * Articles taken down after publication (content/_data/removed.json): their URLs answer
 * 410 Gone with a short German page, and they leave every list, feed, sitemap and the search.
 * An article file whose URL is listed here is left out of the site even while it exists: a
 * takedown must work at once, also when the file is kept for the record.
 */

export const REMOVED_FILE = "_data/removed.json";
export const ARTICLE_URL = /^\/nachrichten\/\d{4}\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;

export interface RemovedArticle {
  /** `/nachrichten/2019/alter-beitrag/` */
  url: string;
  /** Why it was taken down: the editors' record, not shown on the site. */
  reason: string;
  date: DisplayDate;
  /** 1-based line of the entry in the file, for problems that concern it. */
  line: number;
}

const entry = z.strictObject(
  {
    url: z
      .string({ error: "fehlt — die Adresse des Artikels angeben, z. B. \"url\": \"/nachrichten/2019/alter-beitrag/\"" })
      .regex(ARTICLE_URL, "ist keine Artikeladresse — die Adresse in der Form /nachrichten/<Jahr>/<Dateiname>/ angeben"),
    reason: z
      .string({ error: "fehlt — kurz angeben, warum der Artikel entfernt wurde, z. B. \"reason\": \"Persönlichkeitsrecht\"" })
      .trim()
      .min(5, "ist zu kurz — kurz angeben, warum der Artikel entfernt wurde"),
    date: z
      .string({ error: "fehlt — das Datum der Entfernung angeben, z. B. \"date\": \"2025-03-01\"" })
      .transform((text, ctx): DisplayDate => {
        const parsed = parseContentDate(text.trim());
        if (parsed.ok) return parsed.value;
        ctx.addIssue({ code: "custom", message: `„${text}“ ist kein Datum der Form JJJJ-MM-TT — z. B. 2025-03-01 schreiben` });
        return z.NEVER;
      }),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? "hat unbekannte Angaben — ein Eintrag hat nur „url“, „reason“ und „date“" : "muss ein Eintrag mit „url“, „reason“ und „date“ sein — das Muster der anderen Einträge übernehmen") },
);

const removedSchema = z
  .array(entry, { error: "muss eine Liste sein — die Datei beginnt mit [ und endet mit ]" })
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((item, index) => {
      if (seen.has(item.url)) ctx.addIssue({ code: "custom", path: [index, "url"], message: `„${item.url}“ steht schon in der Liste — den doppelten Eintrag löschen` });
      seen.add(item.url);
    });
  });

export type RemovedResult = { ok: true; removed: RemovedArticle[] } | { ok: false; problems: ContentProblem[] };

/** The takedown list of a content folder; no file means none. */
export function readRemovedArticles(contentDir: string, projectDir: string): RemovedResult {
  const absolute = path.join(contentDir, REMOVED_FILE);
  const file = path.relative(projectDir, absolute).split(path.sep).join("/");
  const result = readDataFile(absolute, file, removedSchema, []);
  if (!result.ok) return result;
  const text = result.value.length === 0 ? "" : readFileSync(absolute, "utf8");
  return { ok: true, removed: result.value.map((item) => ({ ...item, line: lineOfUrl(text, item.url) })) };
}

function lineOfUrl(text: string, url: string): number {
  const at = text.indexOf(JSON.stringify(url));
  return at === -1 ? 1 : text.slice(0, at).split("\n").length;
}
