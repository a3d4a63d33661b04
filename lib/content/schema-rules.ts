import type { z } from "zod";

/*
 * The rules of one front-matter field as the content schema states them, read from the zod
 * schema itself: whether it is required, its type, lengths, counts and pattern. The editor's
 * configuration (lib/authoring/editor-config.ts) is generated from these rules, so that it cannot drift
 * from what `npm run check` enforces. Rules a zod refinement checks in code (allowed region
 * slugs, calendar dates) are not visible here; the editor gets them from the same data instead,
 * and test/unit/editor-config.test.ts probes the schema with the editor's values.
 */

export type FieldRules = TextRules | BooleanRules | ListRules | ObjectRules;

interface CommonRules {
  required: boolean;
}

export interface TextRules extends CommonRules {
  type: "text";
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
}

export interface BooleanRules extends CommonRules {
  type: "boolean";
}

export interface ListRules extends CommonRules {
  type: "list";
  minItems?: number;
  maxItems?: number;
  item: FieldRules;
  /** A single value is accepted too (`region: goslar` as well as `region: [goslar]`). */
  singleAllowed: boolean;
}

export interface ObjectRules extends CommonRules {
  type: "object";
  fields: Record<string, FieldRules>;
}

/** What the parts of zod's definitions look like to this reader (zod 4's `_zod.def`). */
interface Definition {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
  checks?: { _zod: { def: CheckDefinition } }[];
}

interface CheckDefinition {
  check: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
}

const definition = (schema: z.ZodType): Definition => (schema as unknown as { _zod: { def: Definition } })._zod.def;

/** The rules of every field of an object schema, by field name. */
export function objectFieldRules(schema: z.ZodType): Record<string, FieldRules> {
  const shape = definition(schema).shape;
  if (shape === undefined) throw new Error(`Not an object schema: ${definition(schema).type}`);
  return Object.fromEntries(Object.entries(shape).map(([name, field]) => [name, fieldRules(field)]));
}

/** The rules of one field's schema. */
export function fieldRules(schema: z.ZodType): FieldRules {
  const def = definition(schema);
  switch (def.type) {
    case "optional":
      return { ...fieldRules(def.innerType!), required: false };
    case "pipe":
      // A text is trimmed by a transform and then measured: the lengths are on the pipe's output.
      return mergePipe(def.in!, def.out!);
    case "string":
      return { type: "text", required: true, ...lengths(def) };
    case "boolean":
      return { type: "boolean", required: true };
    case "array": {
      const { minLength, maxLength } = lengths(def);
      return { type: "list", required: true, minItems: minLength, maxItems: maxLength, item: fieldRules(def.element!), singleAllowed: false };
    }
    case "union": {
      // `T | T[]`: one value or a list of them.
      const [single, list] = (def.options ?? []).map(fieldRules);
      if (single?.type !== "list" && list?.type === "list" && def.options!.length === 2) return { ...list, singleAllowed: true };
      throw new Error("Only unions of a value and a list of such values are understood");
    }
    case "object":
      return { type: "object", required: true, fields: objectFieldRules(schema) };
    default:
      throw new Error(`No editor rules for a zod ${def.type}`);
  }
}

function mergePipe(input: z.ZodType, output: z.ZodType): FieldRules {
  const inputDef = definition(input);
  const outputDef = definition(output);
  // A transform after the value (a date parsed into its displayed forms) keeps the input's rules.
  if (outputDef.type === "transform") return fieldRules(input);
  if (inputDef.type === "transform") return fieldRules(output);
  const before = fieldRules(input);
  const after = fieldRules(output);
  if (before.type === "text" && after.type === "text") {
    return { ...before, ...Object.fromEntries(Object.entries(after).filter(([, value]) => value !== undefined)), required: before.required && after.required } as TextRules;
  }
  return before.type === after.type ? before : after;
}

function lengths(def: Definition): Pick<TextRules, "minLength" | "maxLength" | "pattern"> {
  const rules: Pick<TextRules, "minLength" | "maxLength" | "pattern"> = {};
  for (const check of def.checks ?? []) {
    const { check: kind, minimum, maximum, format, pattern } = check._zod.def;
    if (kind === "min_length") rules.minLength = minimum;
    if (kind === "max_length") rules.maxLength = maximum;
    if (kind === "string_format" && format === "regex") rules.pattern = pattern;
  }
  return rules;
}
