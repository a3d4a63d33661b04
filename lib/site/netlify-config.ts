import { parse } from "smol-toml";
import { z } from "zod";

/*
 * The parts of netlify.toml (and a deploy's _headers file) that decide what a request gets:
 * headers and redirects, applied the way Netlify applies them, so that `npm run preview` and
 * the browser tests see what Netlify serves.
 */

export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  force: boolean;
}

export interface NetlifyRules {
  headers: HeaderRule[];
  redirects: RedirectRule[];
}

/** What Netlify sends when no rule sets Cache-Control: every response revalidates. */
export const NETLIFY_DEFAULT_CACHE_CONTROL = "public, max-age=0, must-revalidate";

const tomlSchema = z.object({
  headers: z.array(z.object({ for: z.string(), values: z.record(z.string(), z.string()) })).default([]),
  redirects: z
    .array(z.object({ from: z.string(), to: z.string(), status: z.number().int().default(301), force: z.boolean().default(false) }))
    .default([]),
});

export function parseNetlifyToml(text: string): NetlifyRules {
  const config = tomlSchema.parse(parse(text));
  return { headers: config.headers, redirects: config.redirects };
}

/** A `_headers` file: a path on its own line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ for: line.trim(), values: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(":");
    if (rule && colon > 0) rule.values[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** A `_redirects` file: `from to [status][!]` per line; `#` starts a comment. */
export function parseRedirectsFile(text: string): RedirectRule[] {
  const rules: RedirectRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [from, to, status] = line.replace(/#.*$/, "").trim().split(/\s+/);
    if (from === undefined || from === "" || to === undefined) continue;
    const code = /^(\d{3})(!?)$/.exec(status ?? "301");
    rules.push({ from, to, status: code ? Number(code[1]) : 301, force: code?.[2] === "!" });
  }
  return rules;
}

/** A Netlify path pattern as a regular expression: `*` matches the rest, `:name` one segment. */
export function pathPattern(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z_]+)/)
    .map((part) => (part === "*" ? "(?<splat>.*)" : part.startsWith(":") ? `(?<${part.slice(1)}>[^/]+)` : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  // Netlify matches a rule with and without the trailing slash.
  return new RegExp(source.endsWith("/") && source.length > 1 ? `^${source}?$` : source.endsWith(".*)") ? `^${source}$` : `^${source}/?$`);
}

/**
 * The headers of every rule that matches the path. Like Netlify, values of the same header
 * from several matching rules are joined with ", " rather than replaced.
 */
export function headersFor(urlPath: string, rules: readonly HeaderRule[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathPattern(rule.for).test(urlPath)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      const key = Object.keys(headers).find((existing) => existing.toLowerCase() === name.toLowerCase()) ?? name;
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  if (!Object.keys(headers).some((name) => name.toLowerCase() === "cache-control")) headers["Cache-Control"] = NETLIFY_DEFAULT_CACHE_CONTROL;
  return headers;
}

export type Resolution =
  | { kind: "file"; path: string; status: number }
  | { kind: "redirect"; location: string; status: number };

/**
 * What Netlify serves for a path: an existing file (static files win over redirects that are
 * not forced), `dir/index.html` for `dir/`, a redirect to add the trailing slash, then the
 * first matching redirect rule, else the 404 page.
 */
export function resolvePath(urlPath: string, redirects: readonly RedirectRule[], isFile: (path: string) => boolean): Resolution {
  const apply = (rule: RedirectRule): Resolution | undefined => {
    const match = pathPattern(rule.from).exec(urlPath);
    if (!match) return undefined;
    const target = rule.to.replace(/:([A-Za-z_]+)/g, (_all, name: string) => match.groups?.[name] ?? "");
    // Netlify redirects with 301, 302 and 303 and shows the target under the requested URL with any other status.
    if (![301, 302, 303].includes(rule.status)) return { kind: "file", path: target, status: rule.status };
    return { kind: "redirect", location: target, status: rule.status };
  };
  for (const rule of redirects.filter((candidate) => candidate.force)) {
    const forced = apply(rule);
    if (forced) return forced;
  }
  if (!urlPath.endsWith("/") && isFile(urlPath)) return { kind: "file", path: urlPath, status: 200 };
  if (urlPath.endsWith("/") && isFile(`${urlPath}index.html`)) return { kind: "file", path: `${urlPath}index.html`, status: 200 };
  if (!urlPath.endsWith("/") && isFile(`${urlPath}/index.html`)) return { kind: "redirect", location: `${urlPath}/`, status: 301 };
  for (const rule of redirects) {
    const resolved = apply(rule);
    if (resolved) return resolved;
  }
  return { kind: "file", path: "/404.html", status: 404 };
}

/** Cache-Control for names with a content hash, which never change. */
export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";

/** The path of netlify.toml's rule with the headers of the site's pages (see there). */
export const SITE_PAGES_RULE = "/";
/** The top-level folder with its own headers, which the site pages' rule must not reach. */
export const EDITOR_FOLDER = "admin";

/** The values of netlify.toml's rule for the site's pages; its absence is a broken netlify.toml. */
export function sitePageHeaders(rules: readonly HeaderRule[]): Record<string, string> {
  const rule = rules.find((candidate) => candidate.for === SITE_PAGES_RULE);
  if (rule === undefined) throw new Error(`netlify.toml has no [[headers]] rule for "${SITE_PAGES_RULE}" (the site pages' Content-Security-Policy)`);
  return rule.values;
}

/**
 * The `_headers` file the build writes next to netlify.toml's rules: the site pages' headers
 * (netlify.toml's rule for "/") for every other path of the site, that is each top-level file
 * ("/feed.xml") and each top-level folder but the editor's ("/<folder>/*"), because a rule for
 * "/*" or "/:page" could reach /admin/ too; the hashed folders of each search shard (their names
 * depend on the content, so netlify.toml cannot list them); and for deploy previews a noindex
 * header, as previews must not show up in search engines.
 */
export function buildHeadersFile(options: {
  noindex: boolean;
  searchShardPaths: readonly string[];
  sitePageHeaders: Record<string, string>;
  topLevelFolders: readonly string[];
  /** The output's top-level files, without Netlify's own (`_headers`, `_redirects`). */
  topLevelFiles: readonly string[];
}): string {
  const values = Object.entries(options.sitePageHeaders)
    .map(([name, value]) => `  ${name}: ${value}\n`)
    .join("");
  const pagePaths = [...options.topLevelFiles.map((file) => `/${file}`), ...options.topLevelFolders.filter((folder) => folder !== EDITOR_FOLDER).map((folder) => `/${folder}/*`)];
  const rules = pagePaths.map((pagePath) => `${pagePath}\n${values}`);
  rules.push(
    ...options.searchShardPaths.flatMap((shardPath) =>
      ["fragment", "index", "filter"].map((folder) => `${shardPath}${folder}/*\n  Cache-Control: ${IMMUTABLE_CACHE_CONTROL}\n`),
    ),
  );
  if (options.noindex) rules.push("/*\n  X-Robots-Tag: noindex\n");
  return rules.join("");
}
