import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseContentDate, toDisplayDate } from "../../lib/dates.ts";

function display(text: string) {
  const parsed = parseContentDate(text);
  assert.ok(parsed.ok, text);
  return toDisplayDate(parsed.value);
}

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
});
