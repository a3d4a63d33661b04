import * as z from "zod";
// Imported rather than read from disk: the web editor's preview (assets/js/editor-preview.tsx) bundles this module.
import siteJson from "../../content/_data/site.json" with { type: "json" };

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
export const SITE: SiteSettings = siteSettingsSchema.parse(siteJson);
