import type { ListPage } from "../../lib/site/collections.ts";

/** Page numbers shown around the current one; first and last are always shown. */
const SPREAD = 2;

export function Pagination<T>({ list }: { list: ListPage<T> }) {
  if (list.totalPages <= 1) return null;
  const current = list.pageNumber;
  const shown = list.pageUrls
    .map((url, index) => ({ url, number: index + 1 }))
    .filter(({ number }) => number === 1 || number === list.totalPages || Math.abs(number - current) <= SPREAD);
  const previous = list.pageUrls[current - 2];
  const next = list.pageUrls[current];
  return (
    <nav class="pagination" aria-label="Seitennavigation">
      <ul role="list">
        {previous !== undefined && (
          <li>
            <a href={previous} rel="prev">
              <span aria-hidden="true">‹ </span>Neuere
            </a>
          </li>
        )}
        {shown.map(({ url, number }, index) => [
          index > 0 && number - shown[index - 1]!.number > 1 && (
            <li key={`${url}-gap`} class="pagination__gap" aria-hidden="true">
              …
            </li>
          ),
          <li key={url}>
            <a href={url} aria-current={number === current ? "page" : undefined} aria-label={`Seite ${number}`}>
              {number}
            </a>
          </li>,
        ])}
        {next !== undefined && (
          <li>
            <a href={next} rel="next">
              Ältere<span aria-hidden="true"> ›</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
