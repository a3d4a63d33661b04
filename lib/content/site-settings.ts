import { readFileSync } from "node:fs";
import { z } from "zod";

const siteSettingsSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  url: z.url(),
  publisher: z.string().min(1),
  pageSize: z.number().int().positive(),
  /** The GitHub repository (`owner/name`) and branch the web editor at /admin/ opens pull requests against. */
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  branch: z.string().min(1),
});

export type SiteSettings = z.output<typeof siteSettingsSchema>;

/** Site-wide settings (content/_data/site.json); the site URL may be overridden by the deploy. */
export const SITE: SiteSettings = siteSettingsSchema.parse(
  JSON.parse(readFileSync(new URL("../../content/_data/site.json", import.meta.url), "utf8")),
);
