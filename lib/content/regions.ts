import * as z from "zod";
// Imported rather than read from disk: the web editor's preview (assets/js/editor-preview.tsx) bundles this module.
import regionList from "../../content/_data/regions.json" with { type: "json" };

const regionListSchema = z
  .array(z.strictObject({ slug: z.string().regex(/^[a-z]+$/), name: z.string().min(1) }))
  .min(1);

export type Region = z.output<typeof regionListSchema>[number];

/** The alliance's nine regions, in the order the site lists them (content/_data/regions.json). */
export const REGIONS: readonly Region[] = regionListSchema.parse(regionList);

const bySlug = new Map(REGIONS.map((region) => [region.slug, region]));

export const REGION_SLUGS: readonly string[] = REGIONS.map((region) => region.slug);

export function regionBySlug(slug: string): Region | undefined {
  return bySlug.get(slug);
}
