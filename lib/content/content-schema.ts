import * as z from "zod";
import { parseContentDate, type DisplayDate } from "./dates.ts";
import { REGION_SLUGS } from "./regions.ts";
import { topicSlug } from "./slugs.ts";
import { closestMatch } from "./suggest.ts";

/*
 * The content contract (shared/DESIGN.md) as one zod schema per kind of file. Every message
 * reads "what is wrong — how to fix it" in German; content-loader.ts splits it at
 * " — " and adds file, line and field.
 */

const IMAGE_PATH = /^(\.\/[A-Za-z0-9._-]+|\/assets\/[A-Za-z0-9._/-]+)\.(jpe?g|png|webp|avif|gif|svg)$/i;
// Control characters other than tab and newline have no place in plain text.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

function required(field: string, example: string) {
  return (issue: { input: unknown }) =>
    issue.input === undefined
      ? `Pflichtfeld fehlt — „${field}: ${example}“ ergänzen`
      : `muss ein Text sein — den Wert in Anführungszeichen setzen, z. B. ${field}: "${example}"`;
}

/** Text on one line: any run of white space, line breaks included, becomes one space. */
function plainText(field: string, example: string, min: number, max: number) {
  return z
    .string({ error: required(field, example) })
    .transform((text) => text.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(min, `ist zu kurz (mindestens ${min} Zeichen) — einen aussagekräftigen Text schreiben`)
        .max(max, `ist zu lang (höchstens ${max} Zeichen) — kürzen`)
        .refine((text) => !CONTROL.test(text), "enthält unsichtbare Steuerzeichen — den Text neu eintippen"),
    );
}

function contentDate(field: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `Pflichtfeld fehlt — „${field}: 2024-05-17“ ergänzen`
          : `muss ein Datum wie 2024-05-17 oder 2024-05-17T09:30 sein — so schreiben`,
    })
    .transform((text, ctx): DisplayDate => {
      const parsed = parseContentDate(text.trim());
      if (parsed.ok) return parsed.value;
      ctx.addIssue({
        code: "custom",
        message:
          parsed.reason === "format"
            ? `„${text}“ hat nicht die Form JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM — z. B. 2024-05-17 oder 2024-05-17T09:30 schreiben`
            : `„${text}“ gibt es im Kalender nicht — Tag und Monat prüfen`,
      });
      return z.NEVER;
    });
}

const regionSlug = z.string({ error: "muss ein Regionskürzel sein — z. B. region: braunschweig" }).superRefine((slug, ctx) => {
  if (REGION_SLUGS.includes(slug)) return;
  const guess = closestMatch(slug, REGION_SLUGS);
  ctx.addIssue({
    code: "custom",
    message: `„${slug}“ ist keine bekannte Region — ${guess ? `meinten Sie „${guess}“? ` : ""}eine von ${REGION_SLUGS.join(", ")} verwenden`,
  });
});

export interface Topic {
  label: string;
  slug: string;
}

const topicLabel = z
  .string({ error: "muss ein Text sein — Themen als Liste schreiben, z. B. tags: [\"Fachkräfte\", \"Ausbildung\"]" })
  .transform((label) => label.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(2, "ist zu kurz — ein Thema mit mindestens 2 Zeichen angeben")
      .max(40, "ist zu lang (höchstens 40 Zeichen) — ein kürzeres Schlagwort wählen")
      .refine((label) => topicSlug(label) !== "", "enthält keine Buchstaben oder Ziffern — ein Wort als Thema angeben")
      .refine((label) => !CONTROL.test(label), "enthält unsichtbare Steuerzeichen — neu eintippen"),
  )
  .transform((label): Topic => ({ label, slug: topicSlug(label) }));

const imagePath = z
  .string({ error: "muss ein Dateipfad sein — z. B. image: ./bild.jpg" })
  .regex(
    IMAGE_PATH,
    "ist kein gültiger Bildpfad — ein Bild neben dem Artikel („./bild.jpg“) oder unter /assets/ angeben (jpg, png, webp, avif, gif, svg; ohne Leerzeichen)",
  );

/** A key of content/_data/contacts.json, e.g. `syring`. */
export const CONTACT_KEY = /^[a-z0-9][a-z0-9-]*$/;

const contactKey = z
  .string({ error: "muss ein Kürzel aus content/_data/contacts.json sein — z. B. contact: [syring]" })
  .regex(CONTACT_KEY, "ist kein gültiges Kürzel — nur a–z, 0–9 und Bindestriche, wie in content/_data/contacts.json");

export const ARTICLE_FIELDS = [
  "title",
  "date",
  "region",
  "tags",
  "summary",
  "image",
  "image_alt",
  "image_caption",
  "image_credit",
  "featured",
  "contact",
  "updated",
  "author",
  "draft",
  "corrections",
  "redirect_from",
] as const;

/** A correction note: when it was corrected and what, in plain German text. */
const correction = z.strictObject(
  {
    date: contentDate("date"),
    text: plainText("text", "Im ersten Absatz stand ein falsches Datum; richtig ist der 12. Mai.", 10, 600),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? "hat unbekannte Angaben — eine Korrektur hat nur „date“ und „text“"
        : "muss eine Korrektur mit „date“ und „text“ sein — z. B. - { date: 2024-05-18, text: \"…\" }",
  },
);

/**
 * An old URL path of the article: `/nachrichten/2019/alter-name/` or a path of an earlier site.
 * No scheme, query, fragment, wildcard (`*`) or placeholder (`:name`): Netlify would read those as patterns.
 */
const OLD_PATH = /^\/(?:[A-Za-z0-9._~%-]+\/)*[A-Za-z0-9._~%-]*$/;
const oldPath = z
  .string({ error: "muss eine Adresse sein — z. B. redirect_from: [/nachrichten/2019/alter-name/]" })
  .transform((text) => text.trim())
  .pipe(
    z
      .string()
      .regex(OLD_PATH, "ist keine Adresse dieser Seite — den Pfad ab dem ersten Schrägstrich angeben, z. B. /nachrichten/2019/alter-name/ (ohne https://, ?, #, * oder :)")
      .refine((text) => !text.split("/").includes(".."), "darf nicht „..“ enthalten — den vollständigen Pfad angeben"),
  );

export const articleFrontMatterSchema = z
  .strictObject({
    title: plainText("title", "Neue Förderung für das Fachkräftebündnis", 5, 160),
    date: contentDate("date"),
    region: z
      .union([regionSlug, z.array(regionSlug).min(1, "die Liste ist leer — mindestens eine Region angeben")], {
        error: (issue) =>
          issue.input === undefined
            ? "Pflichtfeld fehlt — „region: braunschweig“ oder eine Liste wie „region: [braunschweig, peine]“ ergänzen"
            : "muss eine Region oder eine Liste von Regionen sein — z. B. region: [braunschweig, peine]",
      })
      .transform((value) => [...new Set(Array.isArray(value) ? value : [value])]),
    tags: z
      .array(topicLabel, {
        error: (issue) =>
          issue.input === undefined
            ? "Pflichtfeld fehlt — Themen ergänzen, z. B. tags: [\"Fachkräfte\", \"Ausbildung\"]"
            : "muss eine Liste sein — in eckige Klammern setzen, z. B. tags: [\"Fachkräfte\"]",
      })
      .min(1, "die Liste ist leer — mindestens ein Thema angeben")
      .max(8, "zu viele Themen (höchstens 8) — die wichtigsten auswählen")
      .superRefine((topics, ctx) => {
        const seen = new Map<string, string>();
        topics.forEach((topic, index) => {
          const earlier = seen.get(topic.slug);
          if (earlier !== undefined) {
            ctx.addIssue({
              code: "custom",
              path: [index],
              message: `„${topic.label}“ steht schon als „${earlier}“ in der Liste — doppeltes Thema entfernen`,
            });
          } else {
            seen.set(topic.slug, topic.label);
          }
        });
      }),
    summary: plainText("summary", "Kurze Zusammenfassung", 10, 300).optional(),
    image: imagePath.optional(),
    image_alt: plainText("image_alt", "Was auf dem Bild zu sehen ist", 5, 250).optional(),
    image_caption: plainText("image_caption", "Die neue Pflegeschule am Tag der Eröffnung", 5, 300).optional(),
    image_credit: plainText("image_credit", "Foto: Allianz für die Region/Anna Muster", 3, 150).optional(),
    featured: z.boolean({ error: "muss true oder false sein — „featured: true“ schreiben oder die Zeile löschen" }).optional(),
    contact: z
      .union([contactKey, z.array(contactKey).min(1, "die Liste ist leer — ein Kürzel angeben oder die Zeile löschen")], {
        error: "muss ein Kürzel oder eine Liste von Kürzeln sein — z. B. contact: [syring]",
      })
      .transform((value) => [...new Set(Array.isArray(value) ? value : [value])])
      .optional(),
    updated: contentDate("updated").optional(),
    author: plainText("author", "Redaktion", 2, 100).optional(),
    draft: z.boolean({ error: "muss true oder false sein — „draft: true“ schreiben oder die Zeile löschen" }).optional(),
    corrections: z
      .array(correction, { error: "muss eine Liste von Korrekturen sein — z. B. corrections: [{ date: 2024-05-18, text: \"…\" }]" })
      .min(1, "die Liste ist leer — eine Korrektur eintragen oder die Zeile löschen")
      .optional(),
    redirect_from: z
      .array(oldPath, { error: "muss eine Liste von Adressen sein — z. B. redirect_from: [/nachrichten/2019/alter-name/]" })
      .min(1, "die Liste ist leer — eine alte Adresse eintragen oder die Zeile löschen")
      .optional(),
  })
  .superRefine((fields, ctx) => {
    if (fields.image !== undefined && fields.image_alt === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["image"],
        message: "zum Bild fehlt der Alternativtext — „image_alt: …“ mit einer Beschreibung des Bildinhalts ergänzen",
      });
    }
    if (fields.image_alt !== undefined && fields.image === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["image_alt"],
        message: "Alternativtext ohne Bild — „image: ./bild.jpg“ ergänzen oder image_alt entfernen",
      });
    }
    if (fields.image !== undefined && fields.image_credit === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["image"],
        message:
          "zum Bild fehlt die Bildquelle (image_credit) — „image_credit: \"Foto: Vorname Nachname\"“ ergänzen: Urheber haben nach § 13 UrhG ein Recht darauf, genannt zu werden, und die Presse nennt sie bei jedem Bild",
      });
    }
    for (const field of ["image_caption", "image_credit"] as const) {
      if (fields[field] !== undefined && fields.image === undefined) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `${field === "image_credit" ? "Bildquelle" : "Bildunterschrift"} ohne Bild — „image: ./bild.jpg“ ergänzen oder ${field} entfernen`,
        });
      }
    }
    if (fields.updated !== undefined && fields.updated.millis < fields.date.millis) {
      ctx.addIssue({
        code: "custom",
        path: ["updated"],
        message: "liegt vor dem Veröffentlichungsdatum (date) — ein Datum am oder nach „date“ angeben",
      });
    }
    fields.corrections?.forEach((item, index) => {
      if (item.date.millis < fields.date.millis) {
        ctx.addIssue({
          code: "custom",
          path: ["corrections", index, "date"],
          message: "liegt vor dem Veröffentlichungsdatum (date) — das Datum der Korrektur angeben, am oder nach „date“",
        });
      }
    });
    const seen = new Set<string>();
    fields.redirect_from?.forEach((from, index) => {
      if (seen.has(from)) {
        ctx.addIssue({ code: "custom", path: ["redirect_from", index], message: `„${from}“ steht schon in der Liste — den doppelten Eintrag löschen` });
      }
      seen.add(from);
    });
  });

export type ArticleFrontMatter = z.output<typeof articleFrontMatterSchema>;

export const PAGE_FIELDS = ["title", "summary", "updated"] as const;

export const pageFrontMatterSchema = z.strictObject({
  title: plainText("title", "Impressum", 3, 160),
  summary: plainText("summary", "Kurze Beschreibung der Seite", 10, 300),
  updated: contentDate("updated").optional(),
});

export type PageFrontMatter = z.output<typeof pageFrontMatterSchema>;

/** Keys Eleventy would act on (URLs, layouts, template engines): never allowed in content. */
export const ELEVENTY_KEYS = [
  "permalink",
  "permalinkBypassOutputDir",
  "layout",
  "templateEngineOverride",
  "eleventyComputed",
  "eleventyExcludeFromCollections",
  "eleventyNavigation",
  "eleventyImport",
  "eleventyDataSchema",
  "eleventyAllowMissingExtension",
  "pagination",
  "dynamicPermalink",
  "collections",
  "page",
  "pkg",
  "eleventy",
] as const;
