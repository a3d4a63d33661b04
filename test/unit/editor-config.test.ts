import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { articleFrontMatterSchema, pageFrontMatterSchema } from "../../lib/content/content-schema.ts";
import {
  ARTICLE_EDITOR,
  EDITOR_DATE_FORMAT,
  editorConfig,
  editorFields,
  PAGE_EDITOR,
  type EditorData,
  type EditorFieldConfig,
  type EditorFields,
} from "../../lib/authoring/editor-config.ts";
import { ARTICLE_FILE, brokenArticlePath, brokenJoinedRule, DATE_ORDER, DEPENDENCIES, LIST_DATE_ORDER, REQUIRED_TOGETHER } from "../../lib/authoring/editor-rules.ts";
import { REGIONS } from "../../lib/content/regions.ts";
import { objectFieldRules } from "../../lib/content/schema-rules.ts";
import { ARTICLE_SLUG } from "../../lib/content/slugs.ts";

const DATA: EditorData = { regions: REGIONS, topics: ["Ausbildung", "Fachkräfte", "Förderung"], dataFiles: { contacts: { presse: { name: "Pressestelle", organisation: "Allianz" }, syring: { name: "Katrin Syring" } } } };
const SETTINGS = { repository: "verbund/nachrichten", branch: "main", siteUrl: "https://example.org", siteTitle: "Nachrichten aus der Region" };

interface Collection {
  name: string;
  folder: string;
  path?: string;
  slug?: { template: string; editable: string[]; pattern: [string, string] };
  fields: EditorFieldConfig[];
}

const config = editorConfig(SETTINGS, DATA) as { collections: Collection[]; backend: Record<string, unknown> } & Record<string, unknown>;
const collection = (name: string): Collection => config.collections.find((candidate) => candidate.name === name)!;
const frontMatterFields = (name: string) => collection(name).fields.filter((field) => field.name !== "body");

// With a lead image, so that probing image_alt alone does not trip the rule that joins the two.
const validArticle = { title: "Neue Förderung für Fachkräfte", date: "2026-03-01", region: ["peine"], tags: ["Fachkräfte"], image: "./bild.jpg", image_alt: "Was auf dem Bild zu sehen ist", image_credit: "Foto: Anna Muster" };
const validPage = { title: "Impressum", summary: "Angaben zum Anbieter dieser Seite." };

/** Whether the schema accepts the object, and the fields it complains about. */
function problems(schema: z.ZodType, input: Record<string, unknown>): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => String(issue.path[0]));
}

/** A value the schema accepts for a field, for probing the other rules around it. */
function acceptedValue(field: EditorFieldConfig): unknown {
  switch (field.widget) {
    case "datetime":
      return "2026-03-02T10:00";
    case "boolean":
      return true;
    case "image":
      return "./bild.jpg";
    case "select":
      return field.multiple ? [(field.options as { value: string }[])[0]!.value] : (field.options as { value: string }[])[0]!.value;
    default:
      return "x".repeat(Math.max(Number(field.minlength ?? 1), 12));
  }
}

for (const [name, schema, valid] of [
  ["nachrichten", articleFrontMatterSchema, validArticle],
  ["seiten", pageFrontMatterSchema, validPage],
] as const) {
  describe(`the editor's ${name} fields and the content schema`, () => {
    const fields = frontMatterFields(name);
    const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;

    it("has exactly one editor field for every schema field, and no other", () => {
      assert.deepEqual(fields.map((field) => field.name).sort(), Object.keys(shape).sort());
    });

    it("requires exactly the fields the schema requires", () => {
      for (const field of fields) {
        const { [field.name]: _left, ...without } = { ...valid, [field.name]: acceptedValue(field) } as Record<string, unknown>;
        const requiredBySchema = problems(schema, without).includes(field.name);
        assert.equal(field.required, requiredBySchema, field.name);
      }
    });

    it("has the schema's lengths: the longest and shortest text the editor allows pass check, one character more or less does not", () => {
      for (const field of fields.filter((candidate) => candidate.widget === "string" || candidate.widget === "text")) {
        const at = (length: number) => problems(schema, { ...valid, [field.name]: "a".repeat(length) }).includes(field.name);
        assert.equal(typeof field.maxlength, "number", `${field.name} has a maximum`);
        assert.equal(at(Number(field.maxlength)), false, `${field.name} at its maximum`);
        assert.equal(at(Number(field.maxlength) + 1), true, `${field.name} over its maximum`);
        if (field.minlength !== undefined) {
          assert.equal(at(Number(field.minlength)), false, `${field.name} at its minimum`);
          assert.equal(at(Number(field.minlength) - 1), true, `${field.name} under its minimum`);
        } else {
          assert.equal(at(1), false, `${field.name} has no minimum in the schema either`);
        }
      }
    });

    it("offers only values check accepts, and takes as many as check allows", () => {
      for (const field of fields.filter((candidate) => candidate.widget === "select")) {
        const values = (field.options as { value: string }[]).map((option) => option.value);
        for (const value of values) assert.deepEqual(problems(schema, { ...valid, [field.name]: field.multiple ? [value] : value }), [], `${field.name}: ${value}`);
        if (field.multiple) {
          const min = Number(field.min ?? 0);
          // An empty optional list is left out of the file (omit_empty_optional_fields).
          const fewest = min === 0 && !field.required ? undefined : values.slice(0, min);
          assert.equal(problems(schema, { ...valid, [field.name]: fewest }).length, 0, `${field.name}: ${min} values`);
          if (min > 0) assert.ok(problems(schema, { ...valid, [field.name]: [] }).includes(field.name), `${field.name}: fewer than ${min}`);
          if (field.max !== undefined) {
            const tooMany = Array.from({ length: Number(field.max) + 1 }, (_, index) => `Thema ${index}`);
            assert.ok(problems(schema, { ...valid, [field.name]: tooMany }).includes(field.name), `${field.name}: more than ${field.max}`);
            assert.deepEqual(problems(schema, { ...valid, [field.name]: tooMany.slice(1) }), [], `${field.name}: exactly ${field.max}`);
          }
        }
      }
    });

    it("stores dates in a form check accepts, as the wall-clock time entered", () => {
      for (const field of fields.filter((candidate) => candidate.widget === "datetime")) {
        assert.equal(field.format, EDITOR_DATE_FORMAT);
        assert.equal(field.input_timezone, "local");
        assert.equal(field.output_utc, false);
        const value = "2027-01-01T00:30";
        const parsed = (schema as z.ZodType<unknown, Record<string, unknown>>).safeParse({ ...valid, ...("date" in shape ? { date: value } : {}), [field.name]: value });
        assert.ok(parsed.success, `${field.name}: ${JSON.stringify(parsed.error?.issues)}`);
      }
    });
  });
}

describe("the editor's article collection", () => {
  const articles = collection("nachrichten");

  it("offers every region by its display name and nothing else", () => {
    const region = articles.fields.find((field) => field.name === "region")!;
    assert.deepEqual(region.options, REGIONS.map((entry) => ({ label: entry.name, value: entry.slug })));
    assert.equal(region.multiple, true);
    assert.ok(problems(articleFrontMatterSchema, { ...validArticle, region: ["hannover"] }).includes("region"), "a region outside the list is rejected by check");
  });

  it("offers the topics the site already uses, in their spelling", () => {
    const tags = articles.fields.find((field) => field.name === "tags")!;
    assert.deepEqual(
      (tags.options as { value: string }[]).map((option) => option.value),
      DATA.topics,
    );
    assert.equal(tags.max, 8);
    assert.equal(tags.min, 1);
  });

  it("writes content/nachrichten/<year of the article's date>/<slug>.md with the site's slug rules, the slug fixed once saved", () => {
    assert.equal(articles.folder, "content/nachrichten");
    assert.equal(articles.path, "{{fields.date | date('YYYY')}}/{{slug}}");
    assert.equal(articles.slug?.pattern[0], ARTICLE_SLUG.source);
    assert.deepEqual(articles.slug?.editable, ["create"]);
    assert.deepEqual(config.slug, { encoding: "ascii", clean_accents: true, sanitize_replacement: "-", maxlength: 80, trim: true, lowercase: true, timezone: "local" });
  });

  it("stores images next to the article, referenced as ./name, and takes no URLs", () => {
    const image = articles.fields.find((field) => field.name === "image")!;
    assert.equal(image.media_folder, "");
    assert.equal(image.public_folder, ".");
    assert.equal(image.choose_url, false);
    assert.deepEqual(problems(articleFrontMatterSchema, { ...validArticle, image: "./name.jpg", image_alt: "Was zu sehen ist" }), []);
  });

  it("writes no empty optional fields, which check would reject", () => {
    assert.deepEqual(config.output, { omit_empty_optional_fields: true, yaml: { quote: "double" } });
    assert.ok(problems(articleFrontMatterSchema, { ...validArticle, summary: "" }).includes("summary"), "an empty summary is an error");
  });

  it("opens a pull request per article on the configured repository, signing in through Netlify's OAuth", () => {
    assert.deepEqual(
      { name: config.backend.name, repo: config.backend.repo, branch: config.backend.branch, base_url: config.backend.base_url },
      { name: "github", repo: "verbund/nachrichten", branch: "main", base_url: "https://api.netlify.com" },
    );
    assert.equal(config.publish_mode, "editorial_workflow");
  });

  it("makes the legal pages editable but not creatable or deletable", () => {
    const pages = collection("seiten") as Collection & { create: boolean; delete: boolean };
    assert.equal(pages.folder, "content/seiten");
    assert.equal(pages.create, false);
    assert.equal(pages.delete, false);
  });
});

describe("the mapping from schema to editor widgets", () => {
  // The kinds of fields other issues add: a switch, keys from a data file, records, old URLs.
  const upcoming = z.strictObject({
    title: z.string().min(5).max(160),
    featured: z.boolean().optional(),
    contact: z.array(z.string()).min(1).optional(),
    corrections: z.array(z.strictObject({ date: z.string(), text: z.string().min(10).max(500) })).optional(),
    redirect_from: z.array(z.string().regex(/^\/[a-z0-9/-]*$/)).optional(),
  });
  const mapping: EditorFields<typeof upcoming> = {
    title: { kind: "line", label: "Titel" },
    featured: { kind: "switch", label: "Aufmacher" },
    contact: {
      kind: "choice",
      label: "Pressekontakt",
      options: (data) => Object.entries(data.dataFiles.contacts as Record<string, { name: string }>).map(([key, contact]) => ({ label: contact.name, value: key })),
    },
    corrections: { kind: "records", label: "Korrekturen", fields: { date: { kind: "date", label: "Datum" }, text: { kind: "paragraph", label: "Text" } } },
    redirect_from: { kind: "texts", label: "Frühere Adressen" },
  };
  const data: EditorData = { ...DATA, dataFiles: { contacts: { presse: { name: "Pressestelle" } } } };

  it("expresses booleans, choices from a data file, lists of records and lists of texts, with the schema's rules", () => {
    const fields = editorFields(mapping, upcoming, data);
    const byName = Object.fromEntries(fields.map((field) => [field.name, field]));
    assert.equal(byName.featured!.widget, "boolean");
    assert.equal(byName.featured!.required, false);
    assert.deepEqual(byName.contact!.options, [{ label: "Pressestelle", value: "presse" }]);
    assert.equal(byName.contact!.multiple, true);
    assert.equal(byName.contact!.min, undefined, "an optional list starts empty; left empty, it is not written");
    assert.equal(byName.corrections!.widget, "list");
    assert.deepEqual(
      (byName.corrections!.fields as EditorFieldConfig[]).map((field) => [field.name, field.widget, field.required, field.maxlength]),
      [
        ["date", "datetime", true, undefined],
        ["text", "text", true, 500],
      ],
    );
    assert.equal(byName.redirect_from!.widget, "list");
  });

  it("fails when a schema field has no widget, or a widget no schema field", () => {
    const { featured: _featured, ...incomplete } = mapping;
    assert.throws(() => editorFields(incomplete as EditorFields<typeof upcoming>, upcoming, data), /no widget for featured/);
    assert.throws(() => editorFields({ ...mapping, feautred: { kind: "switch", label: "x" } } as EditorFields<typeof upcoming>, upcoming, data), /no schema field for feautred/);
  });

  it("fails when a widget does not fit the schema's type", () => {
    assert.throws(() => editorFields({ ...mapping, featured: { kind: "line", label: "Aufmacher" } }, upcoming, data), /featured: the schema has a boolean/);
  });

  it("covers every field of the article schema (a new field without a widget also fails the type check)", () => {
    assert.deepEqual(Object.keys(ARTICLE_EDITOR).sort(), Object.keys(articleFrontMatterSchema.shape).sort());
    assert.deepEqual(Object.keys(PAGE_EDITOR).sort(), Object.keys(pageFrontMatterSchema.shape).sort());
  });
});

describe("the rules that join two fields, checked by the editor before saving", () => {
  const minimal = { title: "Neue Förderung für Fachkräfte", date: "2026-03-01T10:00", region: ["peine"], tags: ["Fachkräfte"] };
  const sample: Record<string, unknown> = {
    image: "./bild.jpg",
    image_alt: "Was auf dem Bild zu sehen ist",
    image_credit: "Foto: Anna Muster",
    image_caption: "Die Eröffnung am Morgen",
    featured: true,
    contact: ["presse"],
    corrections: [{ date: "2026-03-03T08:00", text: "Der Termin war falsch angegeben." }],
    redirect_from: ["/nachrichten/2026/alter-name/"],
    summary: "Eine Zusammenfassung in einem Satz.", updated: "2026-03-02T09:00", author: "Redaktion", draft: true };

  it("match the schema: every optional field that check rejects alone belongs to a group, and each group passes whole", () => {
    const optional = Object.entries(objectFieldRules(articleFrontMatterSchema)).filter(([, rules]) => !rules.required);
    for (const [field] of optional) {
      assert.ok(field in sample, `a sample value for ${field}`);
      const alone = problems(articleFrontMatterSchema, { ...minimal, [field]: sample[field] });
      const group = REQUIRED_TOGETHER.find((candidate) => candidate.fields.includes(field));
      const dependency = DEPENDENCIES.find((candidate) => candidate.field === field);
      if (alone.length > 0) assert.ok(group ?? dependency, `${field} alone is rejected by check (${alone.join(", ")}): it needs a group or a dependency in lib/authoring/editor-rules.ts`);
    }
    for (const group of REQUIRED_TOGETHER) {
      const whole = Object.fromEntries(group.fields.map((field) => [field, sample[field]]));
      assert.deepEqual(problems(articleFrontMatterSchema, { ...minimal, ...whole }), [], `${group.fields.join(" + ")} together pass check`);
      for (const field of group.fields) {
        const part = { ...minimal, ...whole, [field]: undefined };
        assert.ok(problems(articleFrontMatterSchema, part).length > 0, `check rejects ${group.fields.join(" + ")} without ${field}`);
        assert.equal(brokenJoinedRule(part), group.message, `the editor refuses ${group.fields.join(" + ")} without ${field}`);
      }
    }
  });

  it("refuse a field without the one it depends on, as check does", () => {
    for (const dependency of DEPENDENCIES) {
      const group = REQUIRED_TOGETHER.find((candidate) => candidate.fields.includes(dependency.on));
      const withOn = Object.fromEntries((group?.fields ?? [dependency.on]).map((field) => [field, sample[field]]));
      assert.deepEqual(problems(articleFrontMatterSchema, { ...minimal, ...withOn, [dependency.field]: sample[dependency.field] }), []);
      const without = { ...minimal, [dependency.field]: sample[dependency.field] };
      assert.ok(problems(articleFrontMatterSchema, without).length > 0, `check rejects ${dependency.field} without ${dependency.on}`);
      assert.equal(brokenJoinedRule(without), dependency.message);
    }
  });

  it("refuse a list item dated before the article, as check does", () => {
    for (const order of LIST_DATE_ORDER) {
      const item = { ...(sample[order.list] as Record<string, unknown>[])[0]!, [order.later]: "2026-02-28" };
      const before = { ...minimal, [order.list]: [item] };
      assert.ok(problems(articleFrontMatterSchema, before).includes(order.list));
      assert.equal(brokenJoinedRule(before), order.message);
      const same = { ...minimal, [order.list]: [{ ...item, [order.later]: minimal.date }] };
      assert.deepEqual(problems(articleFrontMatterSchema, same), []);
      assert.equal(brokenJoinedRule(same), undefined);
    }
  });

  it("refuse an update before the date, as check does, and accept one on the same day", () => {
    for (const order of DATE_ORDER) {
      const before = { ...minimal, [order.earlier]: "2027-01-01T00:30", [order.later]: "2026-12-31" };
      assert.ok(problems(articleFrontMatterSchema, before).includes(order.later));
      assert.equal(brokenJoinedRule(before), order.message);
      const same = { ...minimal, [order.earlier]: "2027-01-01T00:30", [order.later]: "2027-01-01T00:30" };
      assert.deepEqual(problems(articleFrontMatterSchema, same), []);
      assert.equal(brokenJoinedRule(same), undefined);
    }
  });

  it("let a complete article through", () => {
    assert.equal(brokenJoinedRule({ ...minimal, ...sample }), undefined);
    assert.deepEqual(problems(articleFrontMatterSchema, { ...minimal, ...sample }), []);
  });
});

describe("the article's file, checked by the editor before saving", () => {
  it("uses the site's slug pattern", () => {
    assert.ok(ARTICLE_FILE.source.includes(ARTICLE_SLUG.source.slice(1, -1)), ARTICLE_FILE.source);
  });

  it("accepts content/nachrichten/<year of the date>/<slug>.md", () => {
    assert.equal(brokenArticlePath("content/nachrichten/2027/neujahr-um-halb-eins.md", "2027-01-01T00:30"), undefined);
  });

  it("refuses the slugs Sveltia makes that check rejects, and suggests one it accepts", () => {
    assert.equal(
      brokenArticlePath("content/nachrichten/2026/forschung-entwicklung-strasse_nord.md", "2026-05-01T10:00"),
      "Der Dateiname „forschung-entwicklung-strasse_nord“ ist nicht erlaubt: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche. Im Bereich „Slug“ (Anker-Symbol rechts) ändern, z. B. in „forschung-entwicklung-strasse-nord“.",
    );
    assert.match(brokenArticlePath("content/nachrichten/2026/ein-langer-titel-.md", "2026-05-01") ?? "", /„ein-langer-titel“/);
  });

  it("refuses a date moved to another year than the article's folder", () => {
    assert.match(brokenArticlePath("content/nachrichten/2026/beitrag.md", "2027-01-01T00:30") ?? "", /^Der Beitrag liegt im Ordner 2026, das Datum im Jahr 2027/);
  });
});
