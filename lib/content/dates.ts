import { DateTime, IANAZone, Info } from "luxon";

/** Every date on the site is meant and shown in the alliance's time zone, whatever the build machine's. */
export const SITE_ZONE = "Europe/Berlin";
const LOCALE = "de-DE";

const CONTENT_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

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

export type DateParseResult = { ok: true; value: DisplayDate } | { ok: false; reason: "format" | "impossible" };

const parsed = new Map<string, DateParseResult>();

/**
 * Reads `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` as a moment in Europe/Berlin, in the forms the
 * layouts show. Memoized: archives repeat days.
 */
export function parseContentDate(text: string): DateParseResult {
  let result = parsed.get(text);
  if (result === undefined) {
    result = readContentDate(text);
    parsed.set(text, result);
  }
  return result;
}

function readContentDate(text: string): DateParseResult {
  const parts = CONTENT_DATE.exec(text);
  if (parts === null) return { ok: false, reason: "format" };
  const [year, month, day, hour, minute] = parts.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number];
  const quick = plainDisplayDate(year, month, day, hour, minute);
  if (quick !== undefined) return { ok: true, value: quick };
  const value = DateTime.fromISO(text, { zone: SITE_ZONE, locale: LOCALE });
  return value.isValid ? { ok: true, value: luxonDisplayDate(value) } : { ok: false, reason: "impossible" };
}

const zone = IANAZone.create(SITE_ZONE);
const MONTH_NAMES = Info.monthsFormat("long", { locale: LOCALE });
const DAY_MILLIS = 24 * 60 * 60 * 1000;
const monthOffsets = new Map<number, number | undefined>();
const dayOffsets = new Map<number, number | undefined>();

/**
 * The Berlin offset (minutes) throughout a span of wall-clock time, when it is the same a day
 * before and a day after the span; undefined near a change of offset. Since 1900 the offset
 * has changed at most a few times a year, weeks apart, so a span this tells about has no
 * change within it. Memoized by the span's start, in the cache for spans of its length.
 */
function steadyOffset(cache: Map<number, number | undefined>, start: number, end: number): number | undefined {
  if (!cache.has(start)) {
    const before = zone.offset(start - DAY_MILLIS);
    cache.set(start, before === zone.offset(end + DAY_MILLIS) ? before : undefined);
  }
  return cache.get(start);
}

/** The offset of every moment of a day: most months have one; in the others, most days. */
function dayOffset(year: number, month: number, wallMidnight: number): number | undefined {
  return steadyOffset(monthOffsets, Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)) ?? steadyOffset(dayOffsets, wallMidnight, wallMidnight + DAY_MILLIS);
}

const twoDigits = (value: number): string => String(value).padStart(2, "0");

/**
 * The displayed forms of a well-formed date, written out directly: luxon's parsing and
 * formatting in a time zone took a sixth of the time of checking an article. Undefined for
 * what only luxon should decide: days that are not in the calendar, 24:00, years before
 * 1900 (local mean time), and days on which the offset changes (times that are skipped or
 * repeated).
 */
function plainDisplayDate(year: number, month: number, day: number, hour: number, minute: number): DisplayDate | undefined {
  if (year < 1900 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return undefined;
  const wallMidnight = Date.UTC(year, month - 1, day);
  if (new Date(wallMidnight).getUTCDate() !== day) return undefined;
  const offset = dayOffset(year, month, wallMidnight);
  if (offset === undefined) return undefined;
  const date = `${year}-${twoDigits(month)}-${twoDigits(day)}`;
  const zoneText = `${offset < 0 ? "-" : "+"}${twoDigits(Math.floor(Math.abs(offset) / 60))}:${twoDigits(Math.abs(offset) % 60)}`;
  return {
    iso: `${date}T${twoDigits(hour)}:${twoDigits(minute)}:00${zoneText}`,
    long: `${day}. ${MONTH_NAMES[month - 1]} ${year}`,
    short: `${twoDigits(day)}.${twoDigits(month)}.${year}`,
    year,
    millis: wallMidnight + (hour * 60 + minute - offset) * 60 * 1000,
  };
}

/** The displayed forms of a moment as luxon writes them in Berlin. */
function luxonDisplayDate(value: DateTime): DisplayDate {
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
