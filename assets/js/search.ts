/*
 * The search page's script, the site's only client JavaScript. It reads the query, filters and
 * sort order from the URL, asks Pagefind (its JS API, over the index's shards) and renders the
 * results into the server-rendered form and list of /suche/. The URL is the state: every change
 * is written back to it and Back/Forward replay it.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** For each filter, how many results each value would leave. */
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

type FilterName = "region" | "thema" | "jahr";
const FILTERS: readonly FilterName[] = ["region", "thema", "jahr"];

interface SearchState {
  q: string;
  region: string;
  thema: string;
  jahr: string;
  sortierung: "relevanz" | "neueste";
}

const PAGE_SIZE = 10;
/** The build joins compound parts with "_" in the indexed text only (lib/compound-words.ts). */
const PART_MARKER = /(?<=\p{L})_(?=\p{L})/gu;


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
/** The index's shards of whole years, newest first (lib/search-shards.ts). */
const shards = JSON.parse(list.dataset.searchShards ?? "[]") as { path: string; years: number[] }[];
const yearsNewestFirst = shards.flatMap((shard) => shard.years);
const selects = Object.fromEntries(FILTERS.map((name) => [name, element<HTMLSelectElement>(`#filter-${name}`)])) as Record<FilterName, HTMLSelectElement>;

function readState(): SearchState {
  const params = new URLSearchParams(location.search);
  const known = (name: FilterName) => {
    const value = params.get(name) ?? "";
    return [...selects[name].options].some((option) => option.value === value) ? value : "";
  };
  return {
    q: (params.get("q") ?? "").trim(),
    region: known("region"),
    thema: known("thema"),
    jahr: known("jahr"),
    sortierung: params.get("sortierung") === "neueste" ? "neueste" : "relevanz",
  };
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
  return {
    q: queryInput.value.trim(),
    region: selects.region.value,
    thema: selects.thema.value,
    jahr: selects.jahr.value,
    sortierung: sort === "neueste" ? "neueste" : "relevanz",
  };
}

/** Removes the build's compound markers from text the index returns. */
function readable(text: string): string {
  return text.replace(PART_MARKER, "");
}

/** Pagefind's excerpt is escaped text with <mark> around matches; rebuild it from text nodes only. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement("template");
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = readable(node.textContent ?? "");
      return mark;
    }
    return document.createTextNode(readable(node.textContent ?? ""));
  });
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  heading.className = "search-result__title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = readable(data.meta.title ?? data.url);
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "search-result__meta";
  meta.textContent = [data.meta.datum, data.meta.region].filter(Boolean).join(" · ");
  const excerpt = document.createElement("p");
  excerpt.className = "search-result__excerpt";
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, meta, excerpt);
  return item;
}

function countLabel(count: number, query: string): string {
  const noun = count === 1 ? "Ergebnis" : "Ergebnisse";
  if (!query) return count === 1 ? "1 Beitrag, die neuesten zuerst." : `${count} Beiträge, die neuesten zuerst.`;
  return count === 0 ? `Keine Ergebnisse für „${query}“.` : `${count} ${noun} für „${query}“.`;
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
    const response = await api.search(query.term, { filters: { ...query.filters, jahr: year }, sort: { datum: "desc" } });
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
  const perYear = response.filters.jahr ?? {};
  pendingByDate = byDate ? { term, filters, years: yearsNewestFirst.map(String).filter((year) => (perYear[year] ?? 0) > 0 && (filters.jahr ?? year) === year) } : undefined;
  pendingResults = byDate ? [] : [...response.results];
  const items = await nextItems(run);
  if (!items) return;
  // List, counts and announcement change together, so that what is announced is what is shown.
  list.replaceChildren(...items);
  moreButton.hidden = !hasMore();
  showFilterCounts(response.filters);
  status.textContent = countLabel(response.results.length, state.q);
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
  update("push");
});
form.addEventListener("change", (event) => {
  if (event.target !== queryInput) update("push");
});
moreButton.addEventListener("click", () => void showMore());
window.addEventListener("popstate", () => {
  const state = readState();
  showState(state);
  void search(state);
});

const initial = readState();
showState(initial);
status.textContent = "Suche wird geladen …";
void search(initial);
