import { DateTime } from "luxon";

/** Every date on the site is meant and shown in the alliance's time zone, whatever the build machine's. */
export const SITE_ZONE = "Europe/Berlin";
const LOCALE = "de-DE";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export type DateParseResult =
  | { ok: true; value: DateTime<true> }
  | { ok: false; reason: "format" | "impossible" };

const parsed = new Map<string, DateParseResult>();

/** Reads `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` as a moment in Europe/Berlin. Memoized: archives repeat days. */
export function parseContentDate(text: string): DateParseResult {
  let result = parsed.get(text);
  if (result === undefined) {
    if (!DATE_ONLY.test(text) && !DATE_TIME.test(text)) result = { ok: false, reason: "format" };
    else {
      const value = DateTime.fromISO(text, { zone: SITE_ZONE, locale: LOCALE });
      result = value.isValid ? { ok: true, value } : { ok: false, reason: "impossible" };
    }
    parsed.set(text, result);
  }
  return result;
}

/** The parts of a date the layouts show; computed once per article, not once per page that lists it. */
export interface DisplayDate {
  /** ISO 8601 with the Berlin offset, for `<time datetime>` and machines. */
  iso: string;
  /** "25. September 2018" */
  long: string;
  /** "25.09.2018" */
  short: string;
  year: number;
  /** Milliseconds since the epoch, for sorting. */
  millis: number;
}

const displayed = new Map<number, DisplayDate>();

/** The displayed forms of a moment; memoized, because luxon's time-zone formatting is costly. */
export function toDisplayDate(value: DateTime): DisplayDate {
  const millis = value.toMillis();
  let display = displayed.get(millis);
  if (display === undefined) {
    display = formatDisplayDate(value);
    displayed.set(millis, display);
  }
  return display;
}

function formatDisplayDate(value: DateTime): DisplayDate {
  const local = value.setZone(SITE_ZONE).setLocale(LOCALE);
  return {
    iso: local.toISO({ suppressMilliseconds: true }) ?? "",
    long: local.toFormat("d. MMMM yyyy"),
    short: local.toFormat("dd.MM.yyyy"),
    year: local.year,
    millis: local.toMillis(),
  };
}

/** The current moment in Berlin, e.g. for "today" in the article generator. */
export function nowInSiteZone(): DateTime {
  return DateTime.now().setZone(SITE_ZONE).setLocale(LOCALE);
}
