/*
 * The rules of the content schema that join two fields, which the editor's form cannot state
 * field by field: the editor checks them before it saves (assets/js/editor.ts) and refuses to
 * save with the message below. test/unit/editor-config.test.ts checks them against
 * lib/content/content-schema.ts. No imports: this module is also bundled into the editor.
 */

/** Fields that are filled all together or not at all. */
export interface FieldGroup {
  fields: readonly string[];
  message: string;
}

/** A date field that must not be before another. */
export interface DateOrder {
  later: string;
  earlier: string;
  message: string;
}

export const REQUIRED_TOGETHER: readonly FieldGroup[] = [
  {
    fields: ["image", "image_alt", "image_credit"],
    message: "Aufmacherbild, Alternativtext und Bildquelle gehören zusammen: Alternativtext und Bildquelle ausfüllen oder das Bild entfernen.",
  },
];

/** An optional field that check accepts only together with another (a caption needs its image). */
export interface Dependency {
  field: string;
  on: string;
  message: string;
}

export const DEPENDENCIES: readonly Dependency[] = [
  { field: "image_caption", on: "image", message: "Eine Bildunterschrift gehört zu einem Aufmacherbild: ein Bild wählen oder die Bildunterschrift leeren." },
];

/** Dates in the items of a list that must not be before a field of the entry (corrections after the article's date). */
export interface ListDateOrder {
  list: string;
  later: string;
  earlier: string;
  message: string;
}

export const LIST_DATE_ORDER: readonly ListDateOrder[] = [
  { list: "corrections", later: "date", earlier: "date", message: "Eine Korrektur ist vor dem Datum des Beitrags datiert: ein Datum am oder nach dem Datum des Beitrags wählen." },
];

export const DATE_ORDER: readonly DateOrder[] = [
  { later: "updated", earlier: "date", message: "„Aktualisiert am“ liegt vor dem Datum des Beitrags: ein Datum am oder nach dem Datum wählen oder das Feld leeren." },
];

const filled = (value: unknown): boolean => value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0);

/**
 * The first joined rule the entry's data breaks, as a German sentence for the author; none when
 * all hold. Dates are compared as the editor stores them (`YYYY-MM-DDTHH:mm`, or a date alone).
 */
export function brokenJoinedRule(data: Readonly<Record<string, unknown>>): string | undefined {
  for (const group of REQUIRED_TOGETHER) {
    const present = group.fields.filter((field) => filled(data[field]));
    if (present.length > 0 && present.length < group.fields.length) return group.message;
  }
  for (const dependency of DEPENDENCIES) {
    if (filled(data[dependency.field]) && !filled(data[dependency.on])) return dependency.message;
  }
  for (const order of LIST_DATE_ORDER) {
    const items = data[order.list];
    const earlier = data[order.earlier];
    if (!Array.isArray(items) || typeof earlier !== "string" || earlier === "") continue;
    for (const item of items) {
      const later = (item as Record<string, unknown> | null)?.[order.later];
      if (typeof later === "string" && later !== "" && withTime(later) < withTime(earlier)) return order.message;
    }
  }
  for (const order of DATE_ORDER) {
    const later = data[order.later];
    const earlier = data[order.earlier];
    if (typeof later === "string" && typeof earlier === "string" && later !== "" && withTime(later) < withTime(earlier)) return order.message;
  }
  return undefined;
}

const withTime = (date: string): string => (date.length === 10 ? `${date}T00:00` : date);

/**
 * Where check expects an article: `content/nachrichten/<year of its date>/<slug>.md`, the slug
 * of lib/content/slugs.ts's ARTICLE_SLUG (the unit test keeps the two equal).
 */
export const ARTICLE_FILE = /^content\/nachrichten\/(\d{4})\/([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/**
 * What is wrong with the file an article would be saved as, in German; none when check will
 * accept its place. Sveltia's own slugs keep `_` and may end in `-` when cut at 80 characters,
 * and an article saved earlier keeps its folder when its date moves to another year.
 */
export function brokenArticlePath(filePath: string, date: unknown): string | undefined {
  const match = ARTICLE_FILE.exec(filePath);
  if (match === null) {
    const name = filePath.split("/").pop()?.replace(/\.md$/, "") ?? "";
    const suggestion = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    return `Der Dateiname „${name}“ ist nicht erlaubt: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche. Im Bereich „Slug“ (Anker-Symbol rechts) ändern${suggestion ? `, z. B. in „${suggestion}“` : ""}.`;
  }
  const year = typeof date === "string" ? date.slice(0, 4) : undefined;
  if (year !== undefined && year !== match[1]) {
    return `Der Beitrag liegt im Ordner ${match[1]}, das Datum im Jahr ${year}: Das Jahr eines gespeicherten Beitrags lässt sich hier nicht ändern – das Datum im Jahr ${match[1]} lassen oder die Redaktion bitten, den Beitrag zu verschieben.`;
  }
  return undefined;
}
