/*
 * The schedule a production build publishes at /_schedule.json: when it was built and when
 * the articles it left out are due, as times only (no URL or title, so nothing in the site
 * mentions an article before its time). The scheduler (scripts/publish-scheduled.ts) reads
 * the deployed file and triggers a build only once one of these times has passed.
 */

export const SCHEDULE_PATH = "_schedule.json";

export interface Schedule {
  /** When the deployed build ran (ISO 8601). */
  built: string;
  /** When scheduled articles are due (ISO 8601), soonest first. */
  upcoming: string[];
}

export function scheduleFile(now: number, upcoming: readonly string[]): string {
  const schedule: Schedule = { built: new Date(now).toISOString(), upcoming: [...upcoming] };
  return `${JSON.stringify(schedule, null, 1)}\n`;
}

export type ScheduleDecision = { build: true; due: string[] } | { build: false; next?: string };

/**
 * Whether the deployed site is behind: a time in its schedule has passed, so an article it
 * left out is due. Every listed time was in the future when that build ran, so a passed one
 * means a new build publishes something; none passed means a build would change nothing.
 */
export function decide(schedule: Schedule, now: number): ScheduleDecision {
  const due = schedule.upcoming.filter((time) => Date.parse(time) <= now);
  if (due.length > 0) return { build: true, due };
  const next = schedule.upcoming[0];
  return next === undefined ? { build: false } : { build: false, next };
}

/** The schedule file's content, checked: anything else (an HTML error page) is refused. */
export function parseSchedule(text: string): Schedule {
  const value: unknown = JSON.parse(text);
  const isTime = (item: unknown): item is string => typeof item === "string" && !Number.isNaN(Date.parse(item));
  if (typeof value !== "object" || value === null) throw new Error("the schedule is not a JSON object");
  const { built, upcoming } = value as Record<string, unknown>;
  if (!isTime(built) || !Array.isArray(upcoming) || !upcoming.every(isTime)) throw new Error("the schedule lacks `built` or `upcoming`");
  return { built, upcoming: [...upcoming].sort((a, b) => Date.parse(a) - Date.parse(b)) };
}
