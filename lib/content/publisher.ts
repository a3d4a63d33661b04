import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { ContentProblem } from "./content-error.ts";
import { dataFieldName, readDataFile } from "./data-file.ts";

/*
 * The publisher's details (content/_data/publisher.json), which the legal pages (Impressum,
 * Datenschutz, Barrierefreiheit) take through placeholders such as `{{ organisation.name }}`.
 * The repository ships values that begin with "Beispiel:"; such a value, or an empty one, is
 * an incomplete detail. A production build stops with the list of them; every other build
 * shows the pages with an "Entwurf" banner.
 */

export const PUBLISHER_FILE = "_data/publisher.json";
/** Marks a value as a stand-in that must be replaced before launch. */
export const EXAMPLE_PREFIX = "Beispiel:";

/** Every detail with the German name the messages use. */
export const PUBLISHER_DETAILS = {
  "organisation.name": "Name der Organisation",
  "organisation.legalForm": "Rechtsform",
  "organisation.street": "Straße und Hausnummer",
  "organisation.postalCode": "Postleitzahl",
  "organisation.city": "Ort",
  representatives: "Vertretungsberechtigte Personen",
  register: "Registereintrag (Registergericht und -nummer, oder „Kein Registereintrag“)",
  vatId: "Umsatzsteuer-Identifikationsnummer (oder „Keine“)",
  supervisoryAuthority: "Aufsichtsbehörde (oder „Keine“)",
  "contact.phone": "Telefonnummer",
  "contact.email": "E-Mail-Adresse der Redaktion",
  "editorialResponsible.name": "Verantwortlich nach § 18 Abs. 2 MStV: Name",
  "editorialResponsible.address": "Verantwortlich nach § 18 Abs. 2 MStV: Anschrift",
  "dataProtection.officer": "Datenschutzbeauftragte oder -beauftragter (oder Hinweis, dass keine Person benannt ist)",
  "dataProtection.email": "E-Mail-Adresse für Datenschutzanfragen",
  "dataProtection.hostingAddress": "Anschrift des Hosting-Dienstleisters laut Auftragsverarbeitungsvertrag",
  "dataProtection.logRetention": "Speicherdauer der Server-Logdateien",
  "dataProtection.emailProvider": "Anbieter des E-Mail-Postfachs",
  "accessibility.legalBasis": "Rechtsgrundlage der Erklärung zur Barrierefreiheit",
  "accessibility.evaluation": "Wie die Barrierefreiheit geprüft wurde",
  "accessibility.statementDate": "Datum der Erklärung zur Barrierefreiheit",
  "accessibility.feedbackContact.name": "Feedback zur Barrierefreiheit: zuständige Stelle",
  "accessibility.feedbackContact.email": "Feedback zur Barrierefreiheit: E-Mail-Adresse",
  "accessibility.feedbackContact.phone": "Feedback zur Barrierefreiheit: Telefonnummer",
  "accessibility.enforcement.name": "Durchsetzungsverfahren (§ 9b NBGG): zuständige Stelle",
  "accessibility.enforcement.address": "Durchsetzungsverfahren (§ 9b NBGG): Anschrift",
  "accessibility.enforcement.email": "Durchsetzungsverfahren (§ 9b NBGG): E-Mail-Adresse",
  "accessibility.enforcement.phone": "Durchsetzungsverfahren (§ 9b NBGG): Telefonnummer",
  "accessibility.enforcement.url": "Durchsetzungsverfahren (§ 9b NBGG): Internetadresse",
} as const;

export type PublisherDetail = keyof typeof PUBLISHER_DETAILS;

const text = z.string({ error: "muss ein Text sein — den Wert in Anführungszeichen setzen" }).trim().default("");
// A section left out of the file counts as all its details missing.
const section = <T extends z.ZodRawShape>(shape: T) =>
  z.preprocess(
    (value) => value ?? {},
    z.strictObject(shape, { error: (issue) => (issue.code === "unrecognized_keys" ? "hat unbekannte Angaben — nur die Felder der ausgelieferten Datei verwenden" : "muss ein Objekt { … } sein — die Struktur der ausgelieferten Datei beibehalten") }),
  );

const publisherSchema = section({
  organisation: section({ name: text, legalForm: text, street: text, postalCode: text, city: text }),
  representatives: z
    .array(section({ name: text, role: text }), { error: "muss eine Liste sein — z. B. [{ \"name\": \"…\", \"role\": \"Vorstand\" }]" })
    .default([]),
  register: text,
  vatId: text,
  supervisoryAuthority: text,
  contact: section({ phone: text, email: text }),
  editorialResponsible: section({ name: text, address: text }),
  dataProtection: section({ officer: text, email: text, hostingAddress: text, logRetention: text, emailProvider: text }),
  accessibility: section({
    legalBasis: text,
    evaluation: text,
    statementDate: text,
    feedbackContact: section({ name: text, email: text, phone: text }),
    enforcement: section({ name: text, address: text, email: text, phone: text, url: text }),
  }),
});

export type PublisherData = z.output<typeof publisherSchema>;

export interface Publisher {
  /** Path of the data file relative to the project, for messages. */
  file: string;
  /** Each detail as the pages show it (a list joined with commas). */
  values: Record<PublisherDetail, string>;
  /** Details that are empty or still an example, with their line in the file. */
  incomplete: { detail: PublisherDetail; line: number; missing: boolean }[];
}

export type PublisherResult = { ok: true; publisher: Publisher | undefined } | { ok: false; problems: ContentProblem[] };

const isDetail = (name: string): name is PublisherDetail => Object.hasOwn(PUBLISHER_DETAILS, name);

function valueAt(data: PublisherData, detail: PublisherDetail): string {
  if (detail === "representatives") return data.representatives.map((person) => (person.role ? `${person.name} (${person.role})` : person.name)).join(", ");
  let value: unknown = data;
  for (const part of detail.split(".")) value = (value as Record<string, unknown>)[part];
  return String(value);
}

/** The publisher's details of a content folder; none when the file does not exist. */
export function readPublisher(contentDir: string, projectDir: string): PublisherResult {
  const absolute = path.join(contentDir, PUBLISHER_FILE);
  const file = path.relative(projectDir, absolute).split(path.sep).join("/");
  if (!existsSync(absolute)) return { ok: true, publisher: undefined };
  const result = readDataFile(absolute, file, publisherSchema);
  if (!result.ok) return result;
  const data = result.value;
  const source = readFileLines(absolute);
  const values = {} as Record<PublisherDetail, string>;
  const incomplete: Publisher["incomplete"] = [];
  for (const detail of Object.keys(PUBLISHER_DETAILS) as PublisherDetail[]) {
    values[detail] = valueAt(data, detail);
    const parts = detail === "representatives" ? data.representatives.flatMap((person) => [person.name, person.role]) : [values[detail]];
    const missing = values[detail] === "" || parts.some((part) => part === "");
    if (missing || parts.some((part) => part.startsWith(EXAMPLE_PREFIX))) incomplete.push({ detail, line: lineOfKey(source, detail), missing });
  }
  return { ok: true, publisher: { file, values, incomplete } };
}

function readFileLines(absolute: string): string[] {
  return readFileSync(absolute, "utf8").split("\n");
}

/** The line of a detail's key (its last part, after its section's key). */
function lineOfKey(lines: readonly string[], detail: PublisherDetail): number {
  let from = 0;
  for (const part of detail.split(".")) {
    const at = lines.findIndex((line, index) => index >= from && line.includes(`"${part}"`));
    if (at === -1) return 1;
    from = at;
  }
  return from + 1;
}

/** A production build's problems: every detail that is missing or still an example. */
export function incompleteProblems(publisher: Publisher): ContentProblem[] {
  return publisher.incomplete.map(({ detail, line, missing }) => ({
    file: publisher.file,
    line,
    field: dataFieldName(detail.split(".")),
    message: `${PUBLISHER_DETAILS[detail]}: ${missing ? "fehlt" : "noch ein Beispielwert"}`,
    fix: "den echten Wert eintragen (ohne „Beispiel:“)",
  }));
}

/** `{{ organisation.name }}` in the Markdown of a plain page. */
const PLACEHOLDER = /\{\{\s*([A-Za-z.]+)\s*\}\}/g;

/** Markdown's special characters escaped, so that a value is shown as written. */
const markdownText = (value: string): string => value.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, "\\$&");

export interface FilledPage {
  markdown: string;
  /** The page's details that are missing or still an example: the page is a draft. */
  incomplete: PublisherDetail[];
  problems: Omit<ContentProblem, "file">[];
}

/**
 * Puts the publisher's details into a page's Markdown. An unknown placeholder is a problem at
 * its line; a missing detail shows as "[fehlt: …]" so that a draft shows what is to be done.
 */
export function fillPlaceholders(markdown: string, bodyLine: number, publisher: Publisher | undefined, publisherFile: string): FilledPage {
  const problems: FilledPage["problems"] = [];
  const incomplete = new Set<PublisherDetail>();
  const lines = markdown.split("\n").map((line, index) =>
    line.replace(PLACEHOLDER, (whole, name: string) => {
      if (!isDetail(name)) {
        problems.push({ line: bodyLine + index, field: "Text", message: `den Platzhalter „${whole}“ gibt es nicht`, fix: `einen Namen aus ${publisherFile} verwenden, z. B. {{ organisation.name }}` });
        return whole;
      }
      if (publisher === undefined) {
        problems.push({ line: bodyLine + index, field: "Text", message: `der Platzhalter „${whole}“ braucht die Datei ${publisherFile}`, fix: "die Datei anlegen (Vorlage im Repository) oder den Platzhalter entfernen" });
        return whole;
      }
      if (publisher.incomplete.some((item) => item.detail === name)) incomplete.add(name);
      const value = publisher.values[name];
      return value === "" ? markdownText(`[fehlt: ${PUBLISHER_DETAILS[name]}]`) : markdownText(value);
    }),
  );
  return { markdown: lines.join("\n"), incomplete: [...incomplete], problems };
}
