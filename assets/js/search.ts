/*
 * The search page's script, the site's only client JavaScript. It reads the query, filters and
 * sort order from the URL, asks Pagefind (its JS API, over the index's shards) and renders the
 * results into the server-rendered form and list of /suche/. The URL is the state: every change
 * is written back to it and Back/Forward replay it. What the index holds (filters, sort key,
 * metadata, the compound marker) is named by lib/search/search-document.ts, bundled in here.
 */

import { PART_MARKER, SEARCH_FILTERS, SEARCH_META, SEARCH_SORT, type SearchFilterName } from "../../lib/search/search-document.ts";

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  /** The indexed text: the title, the body, then the topics (lib/search/search-document.ts). */
  content: string;
  raw_content?: string;
  /** Positions of the matched words among the content's words. */
  locations: number[];
  filters: Record<string, string[] | undefined>;
}

interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** For each filter, how many results each value would leave in addition to the current filters. */
  filters: Record<string, Record<string, number>>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  /** Adds another shard's bundle to this instance; searches then run over all of them. */
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  /** Loads the filter index; until then searches report no filter counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: { filters?: Record<string, string>; sort?: Record<string, "asc" | "desc"> }): Promise<PagefindResponse>;
}

type FilterName = SearchFilterName;
const FILTERS: readonly FilterName[] = Object.values(SEARCH_FILTERS);

/** The query, each filter's URL value (`goslar`; empty for none) and the sort order. */
type SearchState = { q: string; sortierung: "relevanz" | "neueste" } & Record<FilterName, string>;

/** The state with each filter's value from `value`. */
const withFilters = (state: Pick<SearchState, "q" | "sortierung">, value: (name: FilterName) => string): SearchState =>
  ({ ...state, ...Object.fromEntries(FILTERS.map((name) => [name, value(name)])) }) as SearchState;

const PAGE_SIZE = 10;
/** Words in an excerpt. */
const EXCERPT_WORDS = 24;
/** How long a run of changes to the filters or the sort order may take before it is searched. */
const SETTLE_MS = 350;
const FILTER_LABELS: Record<FilterName, string> = { [SEARCH_FILTERS.region]: "Region", [SEARCH_FILTERS.topic]: "Thema", [SEARCH_FILTERS.year]: "Jahr" };
/** The build joins compound parts with the marker in the indexed text only (lib/search/compound-words.ts). */
const PART_MARKS = new RegExp(`(?<=\\p{L})${PART_MARKER.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=\\p{L})`, "gu");


function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`search page lacks ${selector}`);
  return found;
}

const form = element<HTMLFormElement>("#suche");
const queryInput = element<HTMLInputElement>("#suchbegriff");
const status = element<HTMLElement>("#suchstatus");
const list = element<HTMLOListElement>("#suchergebnisse");
const moreButton = element<HTMLButtonElement>("#mehr-ergebnisse");
const help = element<HTMLElement>("#suchhilfe");
const optionsPanel = element<HTMLDetailsElement>("#suchoptionen");
const activeFilters = element<HTMLElement>("#aktive-filter");
/** The index's shards of whole years, newest first (lib/search/search-shards.ts). */
const shards = JSON.parse(list.dataset.searchShards ?? "[]") as { path: string; years: number[] }[];
const yearsNewestFirst = shards.flatMap((shard) => shard.years);
const selects = Object.fromEntries(FILTERS.map((name) => [name, element<HTMLSelectElement>(`#filter-${name}`)])) as Record<FilterName, HTMLSelectElement>;

function readState(): SearchState {
  const params = new URLSearchParams(location.search);
  const known = (name: FilterName) => {
    const value = params.get(name) ?? "";
    return [...selects[name].options].some((option) => option.value === value) ? value : "";
  };
  return withFilters({ q: (params.get("q") ?? "").trim(), sortierung: params.get("sortierung") === "neueste" ? "neueste" : "relevanz" }, known);
}

function stateUrl(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const name of FILTERS) if (state[name]) params.set(name, state[name]);
  if (state.sortierung === "neueste") params.set("sortierung", "neueste");
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ""}`;
}

function showState(state: SearchState): void {
  if (document.activeElement !== queryInput) queryInput.value = state.q;
  for (const name of FILTERS) selects[name].value = state[name];
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="sortierung"]')) radio.checked = radio.value === state.sortierung;
}

function formState(): SearchState {
  const sort = form.querySelector<HTMLInputElement>('input[name="sortierung"]:checked')?.value;
  return withFilters({ q: queryInput.value.trim(), sortierung: sort === "neueste" ? "neueste" : "relevanz" }, (name) => selects[name].value);
}

/** Removes the build's compound markers from text the index returns. */
function readable(text: string): string {
  return text.replace(PART_MARKS, "");
}

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);
/** A word as the title or a topic has it: without compound markers and closing punctuation. */
const bareWord = (word: string): string => readable(word).replace(/[.,:;!?]+$/, "");

/** Whether `words` hold `expected` from position `at` on. */
function wordsAt(words: readonly string[], at: number, expected: readonly string[]): boolean {
  return at >= 0 && expected.every((word, index) => bareWord(words[at + index] ?? "") === bareWord(word));
}

/**
 * The excerpt, as text nodes and <mark>s, from the article's body only. Pagefind's own excerpt
 * is taken from the whole indexed text, which starts with the title (weighted highest, so its
 * excerpt mostly starts there) and ends with the topics; both are shown apart already.
 */
function excerptNodes(data: PagefindResultData): Node[] {
  const words = wordsOf(data.raw_content ?? data.content);
  const title = wordsOf(data.meta[SEARCH_META.title] ?? "");
  const start = wordsAt(words, 0, title) ? title.length : 0;
  const topics = (data.filters[SEARCH_FILTERS.topic] ?? []).flatMap(wordsOf);
  const end = topics.length > 0 && wordsAt(words, words.length - topics.length, topics) ? words.length - topics.length : words.length;
  const hits = data.locations.filter((location) => location >= start && location < end);
  // The window with the most hits, begun a few words before its first hit.
  let from = start;
  let best = 0;
  for (const hit of hits) {
    const candidate = Math.max(start, Math.min(hit - 3, end - EXCERPT_WORDS));
    const count = hits.filter((location) => location >= candidate && location < candidate + EXCERPT_WORDS).length;
    if (count > best) [from, best] = [candidate, count];
  }
  const to = Math.min(end, from + EXCERPT_WORDS);
  const marked = new Set(hits);
  const nodes: Node[] = [];
  let text = from > start ? "… " : "";
  for (let index = from; index < to; index++) {
    const word = readable(words[index]!);
    if (marked.has(index)) {
      nodes.push(document.createTextNode(text));
      const mark = document.createElement("mark");
      mark.textContent = word;
      nodes.push(mark);
      text = index + 1 < to ? " " : "";
    } else text += `${word}${index + 1 < to ? " " : ""}`;
  }
  nodes.push(document.createTextNode(`${text}${to < end ? " …" : ""}`));
  return nodes;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  heading.className = "search-result__title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = readable(data.meta[SEARCH_META.title] ?? data.url);
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "search-result__meta";
  meta.textContent = [data.meta[SEARCH_META.date], data.meta[SEARCH_META.regions]].filter(Boolean).join(" · ");
  const excerpt = document.createElement("p");
  excerpt.className = "search-result__excerpt";
  excerpt.append(...excerptNodes(data));
  item.append(heading, meta, excerpt);
  return item;
}

function countLabel(count: number, query: string): string {
  const noun = count === 1 ? "Ergebnis" : "Ergebnisse";
  if (!query) return count === 1 ? "1 Beitrag, die neuesten zuerst." : `${count} Beiträge, die neuesten zuerst.`;
  return count === 0 ? `Keine Ergebnisse für „${query}“.` : `${count} ${noun} für „${query}“.`;
}

/**
 * For each filter, how many results each of its values would give with the query and the
 * *other* filters (facet counts). Pagefind's `filters` counts a value on top of all current
 * filters, which for the filter that is set leaves 0 for every other value; so for each filter
 * that is set, the counts come from a search without it.
 */
async function facetCounts(api: Pagefind, term: string | null, filters: Record<string, string>, response: PagefindResponse): Promise<PagefindResponse["filters"]> {
  const counts: PagefindResponse["filters"] = {};
  await Promise.all(
    FILTERS.map(async (name) => {
      if (filters[name] === undefined) {
        counts[name] = response.filters[name] ?? {};
        return;
      }
      const others = Object.fromEntries(Object.entries(filters).filter(([key]) => key !== name));
      counts[name] = (await api.search(term, { filters: others })).filters[name] ?? {};
    }),
  );
  return counts;
}

/** Shows in each filter how many results each choice would leave. */
function showFilterCounts(counts: PagefindResponse["filters"]): void {
  for (const name of FILTERS) {
    for (const option of selects[name].options) {
      const value = option.dataset.filterValue;
      if (value === undefined) continue;
      option.textContent = `${option.dataset.label ?? value} (${counts[name]?.[value] ?? 0})`;
    }
  }
}

/** "Region: Landkreis Peine" for each filter that is set. */
function activeFilterLabels(state: SearchState): { name: FilterName; label: string }[] {
  return FILTERS.filter((name) => state[name]).map((name) => ({ name, label: `${FILTER_LABELS[name]}: ${selects[name].selectedOptions[0]?.dataset.label ?? state[name]}` }));
}

function link(href: string, text: string, onClick?: () => void): HTMLAnchorElement {
  const anchor = document.createElement("a");
  anchor.href = href;
  anchor.textContent = text;
  if (onClick) {
    anchor.addEventListener("click", (event) => {
      event.preventDefault();
      onClick();
    });
  }
  return anchor;
}

/** With no results: which filters were set, links that remove them, and where else to look. */
function showHelp(state: SearchState, count: number): void {
  help.replaceChildren();
  help.hidden = count > 0;
  if (count > 0) return;
  const active = activeFilterLabels(state);
  const apply = (next: SearchState) => () => {
    showState(next);
    update("push");
    // The link goes away with the help; focus stays nearby, on the announcement of the new results.
    status.focus();
  };
  if (active.length > 0) {
    const intro = document.createElement("p");
    const named = active.map((filter) => `„${filter.label}“`);
    const listed = named.length > 1 ? `${named.slice(0, -1).join(", ")} und ${named.at(-1)}` : named[0];
    intro.textContent = `Mit ${active.length === 1 ? "dem Filter" : "den Filtern"} ${listed} gibt es keine Treffer.`;
    const removals = document.createElement("ul");
    removals.className = "search-help__actions";
    for (const filter of active) {
      const next = { ...state, [filter.name]: "" };
      const item = document.createElement("li");
      item.append(link(stateUrl(next), `Filter „${filter.label}“ entfernen`, apply(next)));
      removals.append(item);
    }
    if (active.length > 1) {
      const next = withFilters(state, () => "");
      const item = document.createElement("li");
      item.append(link(stateUrl(next), "Alle Filter entfernen", apply(next)));
      removals.append(item);
    }
    help.append(intro, removals);
  }
  const elsewhere = document.createElement("p");
  elsewhere.append(
    active.length > 0 ? "Oder stöbern Sie " : "Prüfen Sie die Schreibweise, versuchen Sie ein anderes Wort, oder stöbern Sie ",
    link("/archiv/", "im Archiv"),
    " und ",
    link("/thema/", "in den Themen"),
    ".",
  );
  help.append(elsewhere);
}

/** The summary of the folded filters says which are set. */
function showActiveFilters(state: SearchState): void {
  const active = activeFilterLabels(state);
  activeFilters.textContent = active.length === 0 ? "" : `(${active.length === 1 ? "1 Filter" : `${active.length} Filter`} aktiv)`;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const [newest, ...older] = shards;
    if (!newest) throw new Error("search page lists no index");
    const options = { excerptLength: 24 };
    const api = (await import(`${newest.path}pagefind.js`)) as Pagefind;
    await api.options(options);
    await Promise.all(older.map((shard) => api.mergeIndex(shard.path, options)));
    await api.filters();
    return api;
  })();
  return pagefind;
}

interface DateOrderedQuery {
  term: string | null;
  filters: Record<string, string>;
  /** Years with results not fetched yet, newest first. */
  years: string[];
}

let generation = 0;
let pendingResults: PagefindResult[] = [];
let pendingByDate: DateOrderedQuery | undefined;

/**
 * Pagefind orders the results of merged shards by score, and under a sort a score is the rank
 * within its own shard. A year lies in one shard, so searching year by year, newest first,
 * keeps the date order; years are fetched as the list needs them.
 */
async function fetchByDate(api: Pagefind, query: DateOrderedQuery, run: number): Promise<void> {
  while (pendingResults.length < PAGE_SIZE && query.years.length > 0 && run === generation) {
    const year = query.years.shift()!;
    const response = await api.search(query.term, { filters: { ...query.filters, [SEARCH_FILTERS.year]: year }, sort: { [SEARCH_SORT]: "desc" } });
    if (run === generation) pendingResults.push(...response.results);
  }
}

const hasMore = () => pendingResults.length > 0 || (pendingByDate?.years.length ?? 0) > 0;

/** The next page of results, rendered; undefined when a newer search has started meanwhile. */
async function nextItems(run: number): Promise<HTMLLIElement[] | undefined> {
  if (pendingByDate) await fetchByDate(await loadPagefind(), pendingByDate, run);
  if (run !== generation) return undefined;
  const data = await Promise.all(pendingResults.splice(0, PAGE_SIZE).map((result) => result.data()));
  return run === generation ? data.map(resultItem) : undefined;
}

async function showMore(): Promise<void> {
  const items = await nextItems(generation);
  if (!items) return;
  list.append(...items);
  moreButton.hidden = !hasMore();
  items[0]?.querySelector("a")?.focus();
}

async function search(state: SearchState): Promise<void> {
  const run = ++generation;
  const api = await loadPagefind();
  const filters: Record<string, string> = {};
  for (const name of FILTERS) {
    const value = selects[name].selectedOptions[0]?.dataset.filterValue;
    if (state[name] && value !== undefined) filters[name] = value;
  }
  const term = state.q || null;
  // One search over all shards gives the count and the filter counts (Pagefind adds them up
  // across shards) and, ordered by relevance, the results themselves.
  const response = await api.search(term, { filters });
  if (run !== generation) return;
  const byDate = state.sortierung === "neueste" || state.q === "";
  const perYear = response.filters[SEARCH_FILTERS.year] ?? {};
  pendingByDate = byDate ? { term, filters, years: yearsNewestFirst.map(String).filter((year) => (perYear[year] ?? 0) > 0 && (filters[SEARCH_FILTERS.year] ?? year) === year) } : undefined;
  pendingResults = byDate ? [] : [...response.results];
  const items = await nextItems(run);
  if (!items) return;
  // List, counts and announcement change together, so that what is announced is what is shown.
  const counts = await facetCounts(api, term, filters, response);
  if (run !== generation) return;
  list.replaceChildren(...items);
  moreButton.hidden = !hasMore();
  showFilterCounts(counts);
  showActiveFilters(state);
  status.textContent = countLabel(response.results.length, state.q);
  showHelp(state, response.results.length);
}

function update(mode: "push" | "replace"): void {
  const state = formState();
  const url = stateUrl(state);
  if (url !== `${location.pathname}${location.search}`) {
    if (mode === "push") history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }
  void search(state);
}

let typing: ReturnType<typeof setTimeout> | undefined;
queryInput.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => update("replace"), 250);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typing);
  clearTimeout(settling);
  settling = undefined;
  update("push");
});
/*
 * Arrow keys on a closed select change its value at every step. A run of such changes makes one
 * history entry, written at once and replaced on each further step, and one search once the run
 * has settled. The two sort radios search at once.
 */
let settling: ReturnType<typeof setTimeout> | undefined;
form.addEventListener("change", (event) => {
  if (event.target === queryInput) return;
  if (!(event.target instanceof HTMLSelectElement)) {
    clearTimeout(settling);
    settling = undefined;
    update("push");
    return;
  }
  const url = stateUrl(formState());
  if (url !== `${location.pathname}${location.search}`) {
    if (settling === undefined) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }
  clearTimeout(settling);
  settling = setTimeout(() => {
    settling = undefined;
    void search(formState());
  }, SETTLE_MS);
});
moreButton.addEventListener("click", () => void showMore());
window.addEventListener("popstate", () => {
  clearTimeout(settling);
  settling = undefined;
  const state = readState();
  showState(state);
  void search(state);
});

// Wide screens have room for the filters and hide the folding toggle (search.css); small ones
// keep them folded (layouts/pages/search.11ty.tsx). A window that grows must not hide them folded.
const wide = matchMedia("(min-width: 48rem)");
const openOnWide = () => {
  if (wide.matches) optionsPanel.open = true;
};
wide.addEventListener("change", openOnWide);
openOnWide();
const initial = readState();
showState(initial);
status.textContent = "Suche wird geladen …";
void search(initial);
