import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node } from "yaml";
import { z } from "zod";
import type { ContentProblem } from "./content-error.ts";
import { CONTACT_KEY } from "./content-schema.ts";
import { closestMatch } from "./suggest.ts";

/*
 * Press contacts: one data file (content/_data/contacts.json) maps a short key to a person;
 * articles name keys (`contact: [syring]`) and show a "Pressekontakt" box. The file is checked
 * like an article: every problem located, in German, with the fix.
 */

export const CONTACTS_FILE = "_data/contacts.json";

const text = (field: string, example: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `Pflichtfeld fehlt — „"${field}": "${example}"“ ergänzen` : `muss ein Text sein — in Anführungszeichen setzen, z. B. "${field}": "${example}"`) })
    .trim()
    .min(2, `ist zu kurz — z. B. "${field}": "${example}" schreiben`)
    .max(max, `ist zu lang (höchstens ${max} Zeichen) — kürzen`);

const contactSchema = z
  .strictObject(
    {
      name: text("name", "Anna Muster", 100),
      role: text("role", "Pressesprecherin", 100).optional(),
      organisation: text("organisation", "Allianz für die Region GmbH", 150),
      phone: z
        .string({ error: "muss ein Text sein — in Anführungszeichen setzen, z. B. \"phone\": \"+49 531 1218-0\"" })
        .trim()
        .regex(/^\+?[0-9][0-9 ()/-]{4,30}$/, "ist keine Telefonnummer — nur Ziffern, Leerzeichen, „/“, „-“ und ein führendes „+“, z. B. \"+49 531 1218-0\"")
        .optional(),
      email: z.email({ error: "ist keine E-Mail-Adresse — z. B. \"email\": \"presse@example.org\" schreiben" }).optional(),
    },
    { error: "muss ein Eintrag mit name, organisation und phone oder email sein — das Beispiel in CONTRIBUTING.md übernehmen" },
  )
  .refine((contact) => contact.phone !== undefined || contact.email !== undefined, {
    message: "ohne Telefonnummer und E-Mail-Adresse — mindestens eines von „phone“ und „email“ ergänzen",
  });

export type Contact = z.output<typeof contactSchema> & { key: string };

export type ContactsResult = { contacts: ReadonlyMap<string, Contact>; problems: ContentProblem[] };

function splitMessage(message: string): { message: string; fix: string } {
  const at = message.indexOf(" — ");
  return at === -1 ? { message, fix: "den Wert korrigieren" } : { message: message.slice(0, at), fix: message.slice(at + 3) };
}

/** The 1-based line of a value (or, for a key that is not there, of its parent) in a parsed JSON file. */
function lineAt(document: ReturnType<typeof parseDocument>, lines: LineCounter, at: readonly PropertyKey[]): number {
  for (let length = at.length; length >= 0; length--) {
    const node = document.getIn(at.slice(0, length) as unknown[], true) as Node | undefined;
    if (node?.range) {
      // A key's line, not its value's: `"syring": {` points at the entry, not its closing brace.
      const parent = length > 0 ? (document.getIn(at.slice(0, length - 1) as unknown[], true) as Node | undefined) : undefined;
      const pair = isMap(parent) ? parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === at[length - 1]) : undefined;
      const keyNode = pair && isScalar(pair.key) ? pair.key : undefined;
      return lines.linePos(keyNode?.range?.[0] ?? node.range[0]).line;
    }
  }
  return 1;
}

/** Reads and checks the press contacts of a content folder; no file means no contacts. */
export function loadContacts(contentDir: string, projectDir: string): ContactsResult {
  const absolute = path.join(contentDir, CONTACTS_FILE);
  const file = path.relative(projectDir, absolute).split(path.sep).join("/");
  if (!existsSync(absolute)) return { contacts: new Map(), problems: [] };
  const source = readFileSync(absolute, "utf8");
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position === undefined ? 1 : source.slice(0, Number(position)).split("\n").length;
    return {
      contacts: new Map(),
      problems: [{ file, line, field: "Datei", message: "ist kein gültiges JSON", fix: "Kommas, Anführungszeichen und Klammern prüfen (nach dem letzten Eintrag kein Komma)" }],
    };
  }
  const lines = new LineCounter();
  const document = parseDocument(source, { lineCounter: lines });
  const problems: ContentProblem[] = [];
  const contacts = new Map<string, Contact>();
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { contacts, problems: [{ file, line: 1, field: "Datei", message: "muss ein Objekt sein, das Kürzel auf Kontakte abbildet", fix: "{ \"syring\": { \"name\": …, \"organisation\": …, \"email\": … } } schreiben" }] };
  }
  for (const [key, value] of Object.entries(data)) {
    if (!CONTACT_KEY.test(key)) {
      problems.push({ file, line: lineAt(document, lines, [key]), field: key, message: "ist kein gültiges Kürzel", fix: "nur a–z, 0–9 und Bindestriche verwenden, z. B. „syring“" });
      continue;
    }
    const result = contactSchema.safeParse(value);
    if (result.success) {
      contacts.set(key, { ...result.data, key });
      continue;
    }
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const unknown of issue.keys) {
          const guess = closestMatch(unknown, ["name", "role", "organisation", "phone", "email"]);
          problems.push({ file, line: lineAt(document, lines, [key, unknown]), field: `${key}.${unknown}`, message: "ist kein bekanntes Feld", fix: guess ? `meinten Sie „${guess}“?` : "erlaubt sind: name, role, organisation, phone, email" });
        }
        continue;
      }
      const at = [key, ...issue.path];
      problems.push({ file, line: lineAt(document, lines, at), field: at.map(String).join("."), ...splitMessage(issue.message) });
    }
  }
  return { contacts, problems };
}

/** A problem for each contact key an article names that the data file does not have, with a did-you-mean. */
export function unknownContactProblems(uses: readonly { file: string; line: number; column?: number; key: string }[], contacts: ReadonlyMap<string, Contact>): ContentProblem[] {
  const known = [...contacts.keys()];
  return uses
    .filter((use) => !contacts.has(use.key))
    .map((use) => {
      const guess = closestMatch(use.key, known);
      return {
        file: use.file,
        line: use.line,
        ...(use.column === undefined ? {} : { column: use.column }),
        field: "contact",
        message: `„${use.key}“ steht nicht in content/${CONTACTS_FILE}`,
        fix: guess ? `meinten Sie „${guess}“?` : known.length > 0 ? `eines von ${known.join(", ")} verwenden oder den Kontakt dort ergänzen` : `den Kontakt in content/${CONTACTS_FILE} anlegen`,
      };
    });
}
