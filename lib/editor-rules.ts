/*
 * The rules of the content schema that join two fields, which the editor's form cannot state
 * field by field: the editor checks them before it saves (assets/js/editor.ts) and refuses to
 * save with the message below. test/unit/editor-config.test.ts checks them against
 * lib/content-schema.ts. No imports: this module is also bundled into the editor.
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
    fields: ["image", "image_alt"],
    message: "Aufmacherbild und Alternativtext gehören zusammen: den Alternativtext ausfüllen oder das Bild entfernen.",
  },
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
  for (const order of DATE_ORDER) {
    const later = data[order.later];
    const earlier = data[order.earlier];
    if (typeof later === "string" && typeof earlier === "string" && later !== "" && withTime(later) < withTime(earlier)) return order.message;
  }
  return undefined;
}

const withTime = (date: string): string => (date.length === 10 ? `${date}T00:00` : date);
