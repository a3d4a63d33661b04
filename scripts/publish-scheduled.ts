import { parseArgs } from "node:util";
import { nowMillis } from "../lib/content/clock.ts";
import { decide, parseSchedule, SCHEDULE_PATH } from "../lib/site/schedule.ts";
import { SITE } from "../lib/content/site-settings.ts";

/*
 * The scheduler (.github/workflows/scheduled-publishing.yml runs it every quarter hour):
 * reads the deployed site's /_schedule.json and triggers the Netlify build hook only when a
 * scheduled article the deployed build left out is due by now. Otherwise it does nothing.
 *
 *   NETLIFY_BUILD_HOOK=https://api.netlify.com/build_hooks/… [SITE_URL=https://example.org] \
 *     npx tsx scripts/publish-scheduled.ts [--dry-run]
 *
 * NAR_NOW fixes "now" (lib/content/clock.ts). Exit 0: decided (built or not); 1: the schedule could
 * not be read or the hook failed; 2: wrong call.
 */

const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false }, site: { type: "string" } } });
// The production address: --site, SITE_URL, else the url of content/_data/site.json.
const site = values.site || process.env.SITE_URL || SITE.url;
const hook = process.env.NETLIFY_BUILD_HOOK;
const say = (line: string) => process.stdout.write(`${line}\n`);

if (!hook && !values["dry-run"]) {
  process.stderr.write("NETLIFY_BUILD_HOOK is not set: add the build hook's URL as the repository secret NETLIFY_BUILD_HOOK (README: Scheduled publishing)\n");
  process.exit(2);
}

const scheduleUrl = new URL(`/${SCHEDULE_PATH}`, site).href;
const response = await fetch(scheduleUrl, { headers: { "Cache-Control": "no-cache" } });
if (response.status === 404) {
  say(`${scheduleUrl} does not exist yet: the next deploy writes it. No build triggered.`);
  process.exit(0);
}
if (!response.ok) {
  process.stderr.write(`${scheduleUrl} answered ${response.status}: cannot decide\n`);
  process.exit(1);
}
let decision;
try {
  decision = decide(parseSchedule(await response.text()), nowMillis());
} catch (error) {
  process.stderr.write(`${scheduleUrl} is not a schedule (${error instanceof Error ? error.message : String(error)})\n`);
  process.exit(1);
}

if (!decision.build) {
  say(decision.next ? `Nothing due. Next scheduled article at ${decision.next}. No build triggered.` : "No scheduled articles. No build triggered.");
} else if (values["dry-run"] || !hook) {
  say(`Due since ${decision.due.join(", ")}: a build would be triggered (dry run).`);
} else {
  const title = encodeURIComponent(`Geplante Artikel fällig (${decision.due.join(", ")})`);
  const triggered = await fetch(`${hook}${hook.includes("?") ? "&" : "?"}trigger_title=${title}`, { method: "POST", body: "{}" });
  if (!triggered.ok) {
    process.stderr.write(`The build hook answered ${triggered.status}\n`);
    process.exit(1);
  }
  say(`Due since ${decision.due.join(", ")}: build triggered.`);
}
