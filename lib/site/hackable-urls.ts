import type { RedirectRule } from "./netlify-config.ts";

/*
 * Readers shorten URLs by hand: /nachrichten/2018/ from an article's address, /seite/1/ from a
 * list's second page. Those addresses have no page of their own; they redirect to the page a
 * reader means instead of answering 404. They are written into the build's _redirects file
 * (lib/site/redirects.ts), which Netlify and `npm run preview` apply before netlify.toml's rules.
 */
export const HACKABLE_URL_REDIRECTS: readonly RedirectRule[] = [
  { from: "/nachrichten/", to: "/archiv/", status: 301, force: false },
  { from: "/nachrichten/:year/", to: "/archiv/:year/", status: 301, force: false },
  ...["/", "/region/:slug/", "/thema/:slug/"].flatMap((list) => [
    { from: `${list}seite/`, to: list, status: 301, force: false },
    { from: `${list}seite/1/`, to: list, status: 301, force: false },
  ]),
];
