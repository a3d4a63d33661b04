/*
 * The fingerprinted URLs of the stylesheets and scripts (written by asset-manifest.ts), as the
 * layouts look them up: no file system here, so layouts may import it.
 */

/** Public path of an asset as written in the source (`/assets/css/site.css`) → its fingerprinted URL. */
export type AssetManifest = Readonly<Record<string, string>>;

/** The fingerprinted URL of an asset; a missing one is a programming error, not a broken link. */
export function assetUrl(manifest: AssetManifest, publicPath: string): string {
  const url = manifest[publicPath];
  if (url === undefined) throw new Error(`No asset ${publicPath} in the manifest (assets/ has: ${Object.keys(manifest).join(", ")})`);
  return url;
}
