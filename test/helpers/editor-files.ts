import { stringify } from "yaml";

/*
 * An entry file exactly as the web editor (Sveltia CMS 0.221) writes it. Its serializer is the
 * same `yaml` library, called with these options (`c2` and `bDe` in
 * node_modules/@sveltia/cms/npm/index.js): keys in the order of the configured fields, every
 * string double-quoted (the config's `output.yaml.quote: double`), lists as indented block
 * sequences, no line wrapping; then `---`, an empty line and the body.
 */
export function editorFile(fields: Record<string, unknown>, body: string): string {
  const yaml = stringify(fields, null, {
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    defaultKeyType: "PLAIN",
    defaultStringType: "QUOTE_DOUBLE",
    singleQuote: false,
  }).trim();
  return `---\n${yaml}\n---\n${body ? `\n${body}\n` : ""}`;
}
