declare module "@11ty/eleventy-plugin-rss" {
  /** Rewrites every URL in an HTML fragment to an absolute URL against `base`. */
  export function convertHtmlToAbsoluteUrls(html: string, base: string): Promise<string>;
  export function absoluteUrl(url: string, base: string): string;
  export function dateToRfc3339(date: Date): string;
}
