import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { DateTime } from "luxon";
import { parseContentDate, type DateParseResult } from "../../lib/content/dates.ts";

function display(text: string) {
  const parsed = parseContentDate(text);
  assert.ok(parsed.ok, text);
  return parsed.value;
}

/** How luxon itself reads and writes a well-formed content date in Berlin: the reference for the quicker reading. */
function luxonReading(text: string): DateParseResult {
  const value = DateTime.fromISO(text, { zone: "Europe/Berlin", locale: "de-DE" });
  if (!value.isValid) return { ok: false, reason: "impossible" };
  return {
    ok: true,
    value: { iso: value.toISO({ suppressMilliseconds: true }), long: value.toFormat("d. MMMM yyyy"), short: value.toFormat("dd.MM.yyyy"), year: value.year, millis: value.toMillis() },
  };
}

const pad = (value: number, length = 2): string => String(value).padStart(length, "0");

describe("content dates", () => {
  it("reads a date-only value as midnight in Europe/Berlin", () => {
    const date = display("2021-01-01");
    assert.equal(date.iso, "2021-01-01T00:00:00+01:00");
    assert.equal(date.long, "1. Januar 2021");
    assert.equal(date.short, "01.01.2021");
    assert.equal(date.year, 2021);
  });

  it("uses the summer offset in summer", () => {
    assert.equal(display("2018-09-25").iso, "2018-09-25T00:00:00+02:00");
    assert.equal(display("2018-09-25").long, "25. September 2018");
  });

  it("keeps a time just after midnight on New Year in the new year", () => {
    const date = display("2025-01-01T00:30");
    assert.equal(date.year, 2025);
    assert.equal(date.iso, "2025-01-01T00:30:00+01:00");
  });

  it("writes German month names with umlauts", () => {
    assert.equal(display("2024-03-05").long, "5. März 2024");
  });

  it("rejects dates that are not in the calendar and other formats", () => {
    assert.deepEqual(parseContentDate("2022-02-30"), { ok: false, reason: "impossible" });
    assert.deepEqual(parseContentDate("2021-13-01"), { ok: false, reason: "impossible" });
    assert.deepEqual(parseContentDate("25.09.2018"), { ok: false, reason: "format" });
    assert.deepEqual(parseContentDate("2018-09-25 10:00"), { ok: false, reason: "format" });
    assert.deepEqual(parseContentDate("2018-09-25T10:00:00Z"), { ok: false, reason: "format" });
  });

  it("sorts by the moment, not by the text", () => {
    assert.ok(display("2024-12-31T23:30").millis < display("2025-01-01T00:30").millis);
  });

  it("are read as luxon reads them in Berlin, for any well-formed date", () => {
    const time = fc.option(fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 })));
    fc.assert(
      fc.property(fc.integer({ min: 1850, max: 2200 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), time, (year, month, day, at) => {
        const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}${at === null ? "" : `T${pad(at[0])}:${pad(at[1])}`}`;
        assert.deepEqual(parseContentDate(text), luxonReading(text), text);
      }),
      { numRuns: 3000 },
    );
  });

  it("are read as luxon reads them around the changes of the clocks, also those of the war years", () => {
    for (const year of [1916, 1945, 1947, 1996, 2019, 2024]) {
      for (const month of [3, 4, 5, 6, 9, 10, 11]) {
        for (let day = 1; day <= 31; day += day < 23 ? 7 : 1) {
          for (let hour = 0; hour <= 24; hour++) {
            for (const minute of [0, 59]) {
              const text = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
              assert.deepEqual(parseContentDate(text), luxonReading(text), text);
            }
          }
        }
      }
    }
  });
});
