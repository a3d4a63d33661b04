/*
 * "Now" for what depends on it: whether a scheduled article is due. `NAR_NOW` (ISO 8601 with
 * an offset, e.g. 2026-03-01T09:00+01:00) fixes it; only tests and the scheduler set it.
 */

export const CLOCK_VARIABLE = "NAR_NOW";

/** The current moment in milliseconds since the epoch, or the one `NAR_NOW` fixes. */
export function nowMillis(environment: NodeJS.ProcessEnv = process.env): number {
  const fixed = environment[CLOCK_VARIABLE];
  if (fixed === undefined || fixed === "") return Date.now();
  // An offset is required: without one, the moment would depend on the machine's time zone.
  const millis = /(?:Z|[+-]\d{2}:?\d{2})$/.test(fixed) ? Date.parse(fixed) : Number.NaN;
  if (Number.isNaN(millis)) throw new Error(`${CLOCK_VARIABLE}="${fixed}" is not an ISO 8601 moment with an offset, e.g. 2026-03-01T09:00:00+01:00`);
  return millis;
}
