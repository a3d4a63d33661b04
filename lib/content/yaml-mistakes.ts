import type { Position } from "./content-error.ts";

/*
 * The mistakes authors make in front matter, found in its lines. The yaml library reports
 * them in English and often elsewhere (a space before `date:` is blamed on the title line),
 * so when it finds an error, these rules look for the author's mistake first and name it in
 * German at its line. A list item indented under another is valid YAML (it becomes one
 * item "A - B"), so that rule applies to every block.
 */

export interface YamlMistake {
  at: Position;
  field: string;
  message: string;
  fix: string;
}

interface Line {
  /** 1-based line in the file (the block starts with the end of the file's first line). */
  number: number;
  text: string;
  indent: number;
}

const FIELD = /^([A-Za-z_][\w-]*):(?: |$)/;
const FIELD_WITHOUT_SPACE = /^([A-Za-z_][\w-]*):([^\s/].*)$/;
const LIST_ITEM = /^-(?: |$)/;
const BLOCK_START = /^(?:[|>][-+0-9]*)?(?: +#.*)?$/;

/** The lines that hold something: no blank lines, no comments. */
function contentLines(block: string): Line[] {
  const lines: Line[] = [];
  block.split("\n").forEach((text, index) => {
    // Only spaces indent; a tab is a mistake of its own (said by the library's TAB_AS_INDENT).
    const trimmed = text.replace(/^ +/, "");
    if (trimmed !== "" && !trimmed.startsWith("#")) lines.push({ number: index + 1, text: trimmed, indent: text.length - trimmed.length });
  });
  return lines;
}

function mistake(line: Line, column: number, field: string, message: string, fix: string): YamlMistake {
  return { at: { line: line.number, column }, field, message, fix };
}

/** Quotes that close before the end of the value, with more text after them: `"Der "Neue" Plan"`. */
function quoteMistake(line: Line, key: string): YamlMistake | undefined {
  const value = line.text.slice(key.length + 1).trimStart();
  const quote = value[0];
  if (quote !== '"' && quote !== "'") return undefined;
  const valueColumn = line.indent + line.text.length - value.length + 1;
  let close = -1;
  for (let index = 1; index < value.length; index++) {
    if (quote === '"' && value[index] === "\\") index++;
    else if (value[index] === quote) {
      if (quote === "'" && value[index + 1] === "'") index++;
      else {
        close = index;
        break;
      }
    }
  }
  const rest = close === -1 ? "" : value.slice(close + 1).trim();
  if (rest === "" || rest.startsWith("#")) return undefined;
  // What the author meant: the text between the outer quotes, or all of it when it does not end with one.
  const meant = value.endsWith(quote) ? value.slice(1, -1) : value;
  return quote === '"'
    ? mistake(line, valueColumn + close, key, "im Wert stehen Anführungszeichen innerhalb von Anführungszeichen", `typografische Anführungszeichen („…“) verwenden oder den Wert in einfache Anführungszeichen setzen: ${key}: '${meant.replaceAll("'", "''")}'`)
    : mistake(line, valueColumn + close, key, "ein Apostroph beendet den Wert in einfachen Anführungszeichen", `den Apostroph verdoppeln (${key}: '${meant.replaceAll("'", "''")}') oder den Wert in doppelte Anführungszeichen setzen`);
}

/** Brackets opened on a line and not closed on it: `tags: [A, B`. */
function bracketMistake(line: Line, key: string): YamlMistake | undefined {
  const value = line.text.slice(key.length + 1).trimStart();
  const open = value[0];
  if (open !== "[" && open !== "{") return undefined;
  const closing = open === "[" ? "]" : "}";
  let depth = 0;
  let quote: string | undefined;
  for (const character of value) {
    if (quote !== undefined) {
      if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === "[" || character === "{") depth++;
    else if (character === "]" || character === "}") depth--;
  }
  if (depth <= 0) return undefined;
  const column = line.indent + line.text.length - value.length + 1;
  return open === "["
    ? mistake(line, column, key, "die Liste in eckigen Klammern wird in dieser Zeile nicht geschlossen", `am Ende der Zeile „${closing}“ ergänzen, z. B. ${key}: [Fachkräfte, Ausbildung]`)
    : mistake(line, column, key, "die geschweifte Klammer wird in dieser Zeile nicht geschlossen", `den Wert in Anführungszeichen setzen: ${key}: "${value.replaceAll('"', '\\"')}"`);
}

/** Items of one block list that are indented differently: one under another, or less than the first. */
export function listIndentMistake(block: string): YamlMistake | undefined {
  const lines = contentLines(block);
  let firstItem: Line | undefined;
  for (const line of lines) {
    if (!line.text.startsWith("-")) {
      firstItem = undefined;
      continue;
    }
    if (!LIST_ITEM.test(line.text) && !line.text.startsWith("---")) {
      return mistake(line, line.indent + 2, "Front Matter", "nach dem Bindestrich eines Listeneintrags fehlt ein Leerzeichen", `„- ${line.text.slice(1)}“ schreiben`);
    }
    if (firstItem === undefined) firstItem = line;
    else if (line.indent !== firstItem.indent) {
      return mistake(
        line,
        line.indent + 1,
        "Front Matter",
        `der Listeneintrag ist ${line.indent > firstItem.indent ? "weiter" : "weniger weit"} eingerückt als der erste (Zeile ${firstItem.number})`,
        `alle Einträge der Liste gleich weit einrücken: „${" ".repeat(firstItem.indent)}${line.text}“`,
      );
    }
  }
  return undefined;
}

/**
 * A block that was not closed and whose body the library read as fields: after a blank line, a
 * "field" whose name has spaces ("Der erste Absatz, mit Komma: und mehr.") is body text.
 */
export function unclosedBlockMistake(block: string): YamlMistake | undefined {
  const rawLines = block.split("\n");
  let lastField: Line | undefined;
  for (const line of contentLines(block)) {
    if (line.indent > 0) continue;
    const key = /^([^:]+): /.exec(line.text)?.[1];
    if (key !== undefined && /^[A-Za-z_][\w-]*$/.test(key)) {
      lastField = line;
      continue;
    }
    if (lastField !== undefined && key !== undefined && /\s/.test(key) && rawLines[line.number - 2]?.trim() === "") {
      return mistake(
        line,
        1,
        "Front Matter",
        `der Front-Matter-Block wird nach den Feldern nicht mit „---“ geschlossen (Zeile ${line.number} ist schon Text)`,
        `nach dem letzten Feld (Zeile ${lastField.number}) eine Zeile mit genau „---“ einfügen`,
      );
    }
  }
  return undefined;
}

/**
 * The author's mistake in a block the yaml library could not read, or undefined when none of
 * the known ones is found (the library's own error is said in German then).
 */
export function yamlMistake(block: string): YamlMistake | undefined {
  if (/^ *\t/m.test(block)) return undefined;
  const lines = contentLines(block);
  const rawLines = block.split("\n");
  let lastField: Line | undefined;
  /** Whether the previous line opened a nested block (`tags:` with nothing after it). */
  let opensBlock = false;
  for (const [index, line] of lines.entries()) {
    const field = FIELD.exec(line.text);
    if (line.indent > 0 && field && !opensBlock) {
      return mistake(
        line,
        1,
        field[1]!,
        `vor dem Feldnamen „${field[1]}“ stehen Leerzeichen`,
        `das Feld ganz links beginnen: „${line.text}“`,
      );
    }
    if (line.indent === 0 && line.text.startsWith("-") && !opensBlock) {
      return mistake(
        line,
        1,
        "Front Matter",
        "die Zeile beginnt mit einem Bindestrich, aber darüber steht kein Feld für eine Liste",
        "den Bindestrich entfernen („title: …“) oder die Liste unter ihr Feld schreiben: „tags:“ und darunter „  - Thema“",
      );
    }
    if (line.indent > 0 || line.text.startsWith("-")) {
      opensBlock = opensBlock || line.text.startsWith("-");
      continue;
    }
    if (field) {
      const found = quoteMistake(line, field[1]!) ?? bracketMistake(line, field[1]!);
      if (found) return found;
      lastField = line;
      // Nothing after the colon, or a block scalar (`summary: >`): indented lines follow.
      opensBlock = BLOCK_START.test(line.text.slice(field[0].length).trim());
      continue;
    }
    const withoutSpace = FIELD_WITHOUT_SPACE.exec(line.text);
    if (withoutSpace) {
      return mistake(line, withoutSpace[1]!.length + 2, withoutSpace[1]!, "nach dem Doppelpunkt fehlt ein Leerzeichen", `„${withoutSpace[1]}: ${withoutSpace[2]}“ schreiben`);
    }
    // A line of text after the fields: the block was not closed, and the body's own "---" closed it.
    if (lastField !== undefined && (rawLines[line.number - 2]?.trim() === "" || /[.!?]$/.test(line.text) || index === lines.length - 1)) {
      return mistake(
        line,
        1,
        "Front Matter",
        `der Front-Matter-Block wird nach den Feldern nicht mit „---“ geschlossen (Zeile ${line.number} ist schon Text)`,
        `nach dem letzten Feld (Zeile ${lastField.number}) eine Zeile mit genau „---“ einfügen`,
      );
    }
    return mistake(line, 1, "Front Matter", "die Zeile ist kein Feld der Form „feld: wert“", "„feld: wert“ schreiben, mit Doppelpunkt und Leerzeichen, z. B. „title: Mein Titel“");
  }
  return undefined;
}
