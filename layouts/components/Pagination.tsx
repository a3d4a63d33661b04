import type { ListPage } from "../../lib/collections.ts";

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
      <ul>
        {previous !== undefined && (
          <li>
            <a href={previous} rel="prev">
              ‹ Neuere
            </a>
          </li>
        )}
        {shown.map(({ url, number }, index) => (
          <li key={url}>
            {index > 0 && number - shown[index - 1]!.number > 1 && <span class="pagination__gap" aria-hidden="true">…</span>}
            {number === current ? (
              <a href={url} aria-current="page" aria-label={`Seite ${number}, aktuelle Seite`}>
                {number}
              </a>
            ) : (
              <a href={url} aria-label={`Seite ${number}`}>
                {number}
              </a>
            )}
          </li>
        ))}
        {next !== undefined && (
          <li>
            <a href={next} rel="next">
              Ältere ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
