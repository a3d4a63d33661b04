import CMS from "@sveltia/cms";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import { ArticleBody } from "../../layouts/components/ArticleBody.tsx";
import { LegalPageBody } from "../../layouts/components/LegalPageBody.tsx";
import { previewArticle, previewPage, type EditorFields } from "../../lib/authoring/preview-model.ts";
import { SITE } from "../../lib/content/site-settings.ts";
import { absoluteUrl } from "../../lib/site/site-url.ts";

/*
 * The editor's preview pane shows an entry as the site does: the site's own layout components
 * (layouts/components/ArticleBody.tsx, LegalPageBody.tsx) render the entry's fields, read as the
 * build reads them (lib/authoring/preview-model.ts), to HTML, with the site's stylesheet
 * (registerPreviewStyle in editor.ts). The layouts are Preact; Sveltia's preview templates are
 * React components, so each template hands React the finished HTML. That HTML is the layouts'
 * output: text escaped by Preact, the body by the site's Markdown renderer (no raw HTML, the
 * site's URL allow-list). No code is evaluated from strings, so the CSP needs no 'unsafe-eval'.
 */

/** What a preview template receives from Sveltia CMS, as far as these templates use it. */
interface PreviewProps {
  /** An Immutable.js Map of the entry: `slug`, `data` (the fields, `body` among them). */
  entry: { get(key: "slug"): unknown; get(key: "data"): { toJS(): EditorFields } | undefined };
  getAsset(path: string): { url: string } | undefined;
}

type CreateElement = (type: string, props: Record<string, unknown>) => unknown;

/** React's createElement, which Sveltia's npm build puts on `window.h` when it loads, for templates written without a React of their own. */
function reactElement(type: string, props: Record<string, unknown>): unknown {
  return (window as unknown as { h: CreateElement }).h(type, props);
}

function renderedTemplate(render: (fields: EditorFields, slug: string, assetUrl: (path: string) => string | undefined) => VNode) {
  return ({ entry, getAsset }: PreviewProps) => {
    const fields = entry.get("data")?.toJS() ?? {};
    const slug = entry.get("slug");
    const html = renderToString(render(fields, typeof slug === "string" ? slug : "", (path) => getAsset(path)?.url));
    // In the site's <main>, which gives the article its margins and measure (assets/css/site.css).
    return reactElement("main", { dangerouslySetInnerHTML: { __html: html } });
  };
}

/** In the preview, drafts and scheduled articles are marked as in `npm start`, against the current time. */
const previewSite = () => ({ showDrafts: true, showScheduled: true, now: Date.now() });

/** Registers the previews of the collections of lib/authoring/editor-config.ts: news articles and legal pages. */
export function registerPreviewTemplates(): void {
  CMS.registerPreviewTemplate(
    "nachrichten",
    renderedTemplate((fields, slug, assetUrl) => {
      const article = previewArticle(fields, fields.body, { slug, assetUrl });
      // Press contacts are shown on the site from content/_data/contacts.json, which the editor does not load.
      return <ArticleBody article={article} contacts={[]} site={previewSite()} siteTitle={SITE.title} permalink={absoluteUrl(window.location.origin, article.url)} />;
    }),
  );
  CMS.registerPreviewTemplate(
    "seiten",
    renderedTemplate((fields, slug, assetUrl) => <LegalPageBody page={previewPage(fields, fields.body, slug, assetUrl)} />),
  );
}
