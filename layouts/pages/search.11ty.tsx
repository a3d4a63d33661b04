import { assetUrl } from "../../lib/site/asset-urls.ts";
import { regionFilterValue, SEARCH_FILTERS, type SearchFilterName, topicFilterValue, yearFilterValue } from "../../lib/search/search-document.ts";
import { BaseLayout } from "../components/BaseLayout.tsx";
import type { PageData } from "../page-data.ts";

export const data = { permalink: "/suche/" };

interface FilterOption {
  /** In the URL: `region=goslar`. */
  value: string;
  /** The value of the search index's filter (lib/search/search-document.ts). */
  filter: string;
  label: string;
}

/** A filter's choice; the filter's name is also its URL parameter and, after `filter-`, its id. */
function FilterSelect({ name, label, all, options }: { name: SearchFilterName; label: string; all: string; options: FilterOption[] }) {
  const id = `filter-${name}`;
  return (
    <div class="search-filter">
      <label for={id}>{label}</label>
      <select id={id} name={name} data-search-filter={name}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} data-filter-value={option.filter} data-label={option.label}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The search page. The search script (assets/js/search.ts) reads the query, filters and sort
 * order from the URL and shows the results. Without JavaScript the form could not search: a
 * note at the top offers the archive, regions and topics instead, and the form is hidden
 * (assets/css/search-nojs.css). The header's search field is left out here: this page's form
 * is the one search field.
 */
export function render({ site }: PageData) {
  const regions = site.regions.filter((region) => region.count > 0).map((region) => ({ value: region.slug, filter: regionFilterValue(region), label: region.name }));
  const topics = site.topics.map((topic) => ({ value: topic.slug, filter: topicFilterValue(topic), label: topic.label }));
  const years = site.years.map((year) => ({ value: String(year.year), filter: yearFilterValue(year.year), label: String(year.year) }));
  return (
    <BaseLayout
      site={site}
      title="Suche"
      description="Alle Nachrichten aus der Region durchsuchen, nach Region, Thema und Jahr eingrenzen."
      path="/suche/"
      stylesheets={["/assets/css/search.css"]}
      noscriptStylesheets={["/assets/css/search-nojs.css"]}
      headerSearch={false}
    >
      <h1>Suche</h1>
      <noscript>
        <p class="search-nojs">
          Die Suche braucht JavaScript – ohne JavaScript finden Sie alle Nachrichten im <a href="/archiv/">Archiv</a>, nach{" "}
          <a href="/region/">Regionen</a> und nach <a href="/thema/">Themen</a>.
        </p>
      </noscript>
      <form class="search-form" action="/suche/" method="get" role="search" id="suche" aria-label="Nachrichten durchsuchen">
        <div class="search-form__query">
          <label for="suchbegriff">Suchbegriff</label>
          <input id="suchbegriff" type="search" name="q" autocomplete="off" enterkeyhint="search" />
          <button type="submit">Suchen</button>
        </div>
        {/* Folded on small screens, so that the first result shows without scrolling; the script opens it on wide ones. */}
        <details class="search-options" id="suchoptionen">
          <summary>
            Eingrenzen und sortieren <span id="aktive-filter" class="search-options__active"></span>
          </summary>
          <fieldset class="search-form__filters">
            <legend>Eingrenzen</legend>
            <FilterSelect name={SEARCH_FILTERS.region} label="Region" all="Alle Regionen" options={regions} />
            <FilterSelect name={SEARCH_FILTERS.topic} label="Thema" all="Alle Themen" options={topics} />
            <FilterSelect name={SEARCH_FILTERS.year} label="Jahr" all="Alle Jahre" options={years} />
          </fieldset>
          <fieldset class="search-form__sort">
            <legend>Sortierung</legend>
            <label>
              <input type="radio" name="sortierung" value="relevanz" checked /> Relevanz
            </label>
            <label>
              <input type="radio" name="sortierung" value="neueste" /> Neueste zuerst
            </label>
          </fieldset>
        </details>
      </form>
      <p id="suchstatus" class="search-status" role="status" aria-live="polite" aria-atomic="true" tabindex={-1}></p>
      <div id="suchhilfe" class="search-help" hidden></div>
      <ol
        id="suchergebnisse"
        class="search-results"
        data-search-shards={JSON.stringify(site.searchShards.map((shard) => ({ path: shard.path, years: shard.years })))}
      ></ol>
      <button type="button" id="mehr-ergebnisse" class="search-more" hidden>
        Weitere Ergebnisse anzeigen
      </button>
      <script type="module" src={assetUrl(site.assets, "/assets/js/search.js")}></script>
    </BaseLayout>
  );
}
