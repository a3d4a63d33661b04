import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lastChanged } from "../../lib/content/article.ts";
import { nowMillis } from "../../lib/content/clock.ts";
import { parseContentDate, type DisplayDate } from "../../lib/content/dates.ts";
import { parseRedirectsFile, resolvePath } from "../../lib/site/netlify-config.ts";
import { hiddenFiles, publication, scheduledTime, showsScheduled, upcoming } from "../../lib/content/publication.ts";
import { articleRedirects, GONE_PAGE, redirectsFile } from "../../lib/site/redirects.ts";
import { decide, parseSchedule, scheduleFile } from "../../lib/site/schedule.ts";
import { lostUrlProblems } from "../../lib/authoring/url-permanence.ts";
import { article } from "../helpers/articles.ts";

const date = (text: string): DisplayDate => {
  const parsed = parseContentDate(text);
  assert.ok(parsed.ok);
  return parsed.value;
};
const at = (iso: string) => Date.parse(iso);

describe("the clock", () => {
  it("takes NAR_NOW, an ISO moment with an offset, and else the real time", () => {
    assert.equal(nowMillis({ NAR_NOW: "2026-03-01T09:30:00+01:00" }), at("2026-03-01T08:30:00Z"));
    assert.equal(nowMillis({ NAR_NOW: "2026-03-01T08:30Z" }), at("2026-03-01T08:30:00Z"));
    const before = Date.now();
    const now = nowMillis({});
    assert.ok(now >= before && now <= Date.now());
  });

  it("refuses a moment without an offset, which would depend on the machine's time zone", () => {
    assert.throws(() => nowMillis({ NAR_NOW: "2026-03-01T09:30" }), /NAR_NOW="2026-03-01T09:30" is not an ISO 8601 moment with an offset/);
    assert.throws(() => nowMillis({ NAR_NOW: "morgen+01:00" }), /not an ISO 8601 moment/);
  });
});

describe("which articles a build publishes", () => {
  const past = article("frueher", "2026-02-28T23:59", ["peine"], ["Verkehr"]);
  const scheduled = { ...article("spaeter", "2026-03-01T09:30", ["peine"], ["Verkehr"]), files: ["/nachrichten/2026/bild.jpg", "/nachrichten/2026/geteilt.svg"] };
  const shared = { ...past, files: ["/nachrichten/2026/geteilt.svg"] };
  const draft = { ...article("entwurf", "2020-01-01", ["peine"], ["Verkehr"]), draft: true };
  const taken = article("weg", "2019-05-01", ["peine"], ["Verkehr"]);
  const removed = [{ url: taken.url, reason: "Persönlichkeitsrecht", date: date("2025-03-01"), line: 2 }];
  const all = [shared, scheduled, draft, taken];
  const now = at("2026-03-01T09:29:59+01:00");

  it("leaves out, in production, an article dated after now in Europe/Berlin, drafts and taken-down articles", () => {
    const result = publication(all, { now, includeDrafts: false, includeScheduled: false, removed });
    assert.deepEqual(result.shown.map((item) => item.slug), ["frueher"]);
    assert.deepEqual(result.hidden.map((item) => item.slug), ["spaeter", "entwurf", "weg"]);
  });

  it("publishes the scheduled article at its minute", () => {
    const result = publication(all, { now: at("2026-03-01T08:30:00Z"), includeDrafts: false, includeScheduled: false, removed });
    assert.deepEqual(result.shown.map((item) => item.slug), ["frueher", "spaeter"]);
  });

  it("shows scheduled articles in previews, but never a taken-down one", () => {
    const result = publication(all, { now, includeDrafts: true, includeScheduled: true, removed });
    assert.deepEqual(result.shown.map((item) => item.slug), ["frueher", "spaeter", "entwurf"]);
  });

  it("does not copy the images only left-out articles show", () => {
    assert.deepEqual([...hiddenFiles(publication(all, { now, includeDrafts: false, includeScheduled: false, removed }))], ["/nachrichten/2026/bild.jpg"]);
  });

  it("lists when the left-out, scheduled articles are due, soonest first, for the scheduler", () => {
    const later = article("noch-spaeter", "2026-04-01", ["peine"], ["Verkehr"]);
    assert.deepEqual(
      upcoming([later, ...all], { now, includeDrafts: false, includeScheduled: false, removed }).map((item) => item.date.iso),
      ["2026-03-01T09:30:00+01:00", "2026-04-01T00:00:00+02:00"],
    );
  });

  it("shows scheduled articles in npm start, deploy previews and branch deploys only", () => {
    assert.equal(showsScheduled(true, {}), true);
    assert.equal(showsScheduled(false, { CONTEXT: "deploy-preview" }), true);
    assert.equal(showsScheduled(false, { CONTEXT: "branch-deploy" }), true);
    assert.equal(showsScheduled(false, { CONTEXT: "production" }), false);
    assert.equal(showsScheduled(false, {}), false);
  });

  it("says when in German", () => {
    assert.equal(scheduledTime(date("2026-03-01T09:30")), "1. März 2026, 09:30 Uhr");
    assert.equal(scheduledTime(date("2026-07-15")), "15. Juli 2026, 00:00 Uhr");
  });
});

describe("the modified date", () => {
  const base = article("x", "2024-05-01", ["peine"], ["Verkehr"]);
  it("is the latest of updated and the corrections, else the publication date", () => {
    assert.equal(lastChanged(base).iso, "2024-05-01T00:00:00+02:00");
    assert.equal(lastChanged({ ...base, updated: date("2024-05-03") }).iso, "2024-05-03T00:00:00+02:00");
    const corrections = [{ date: date("2024-05-02"), text: "Erste Korrektur" }, { date: date("2024-05-07T10:15"), text: "Zweite Korrektur" }];
    assert.equal(lastChanged({ ...base, updated: date("2024-05-03"), corrections }).iso, "2024-05-07T10:15:00+02:00");
    assert.equal(lastChanged({ ...base, updated: date("2024-06-01"), corrections }).iso, "2024-06-01T00:00:00+02:00");
  });
});

describe("the scheduler's decision", () => {
  const schedule = parseSchedule(scheduleFile(at("2026-02-28T12:00:00+01:00"), ["2026-03-01T09:30:00+01:00", "2026-03-02T00:00:00+01:00"]));

  it("builds nothing before the first time has come", () => {
    assert.deepEqual(decide(schedule, at("2026-03-01T09:29:59+01:00")), { build: false, next: "2026-03-01T09:30:00+01:00" });
  });

  it("builds once a listed time has passed", () => {
    assert.deepEqual(decide(schedule, at("2026-03-01T09:30:00+01:00")), { build: true, due: ["2026-03-01T09:30:00+01:00"] });
    assert.deepEqual(decide(schedule, at("2026-03-03T00:00:00+01:00")), { build: true, due: ["2026-03-01T09:30:00+01:00", "2026-03-02T00:00:00+01:00"] });
  });

  it("builds nothing when nothing is scheduled", () => {
    assert.deepEqual(decide(parseSchedule(scheduleFile(0, [])), at("2030-01-01T00:00:00Z")), { build: false });
  });

  it("refuses what is not a schedule, such as an HTML page", () => {
    assert.throws(() => parseSchedule("<!DOCTYPE html>"));
    assert.throws(() => parseSchedule(JSON.stringify({ built: "gestern", upcoming: [] })), /lacks/);
  });
});

describe("_redirects", () => {
  const moved = { ...article("neu", "2021-05-03", ["goslar"], ["Tourismus"]), redirectFrom: ["/nachrichten/2020/alt/", "/aktuelles/meldung-17.html", "/nachrichten/2020/alt"] };
  const removed = [{ url: "/nachrichten/2019/weg/", reason: "Persönlichkeitsrecht", date: date("2025-03-01"), line: 2 }];
  const rules = articleRedirects([moved], removed);

  it("sends old URLs with 301 to the article and taken-down URLs with 410 to the gone page", () => {
    assert.equal(
      redirectsFile(rules),
      "/nachrichten/2020/alt/ /nachrichten/2021/neu/ 301\n/aktuelles/meldung-17.html /nachrichten/2021/neu/ 301\n/nachrichten/2019/weg/ /410.html 410\n",
    );
    assert.deepEqual(parseRedirectsFile(redirectsFile(rules)), rules);
  });

  it("is applied as Netlify applies it: with and without the trailing slash, 410 shows the gone page", () => {
    const isFile = (path: string) => ["/nachrichten/2021/neu/index.html", GONE_PAGE].includes(path);
    assert.deepEqual(resolvePath("/nachrichten/2020/alt", rules, isFile), { kind: "redirect", location: "/nachrichten/2021/neu/", status: 301 });
    assert.deepEqual(resolvePath("/nachrichten/2020/alt/", rules, isFile), { kind: "redirect", location: "/nachrichten/2021/neu/", status: 301 });
    assert.deepEqual(resolvePath("/nachrichten/2019/weg/", rules, isFile), { kind: "file", path: GONE_PAGE, status: 410 });
    assert.deepEqual(resolvePath("/nachrichten/2019/weg", rules, isFile), { kind: "file", path: GONE_PAGE, status: 410 });
    assert.deepEqual(resolvePath("/nachrichten/2021/neu/", rules, isFile), { kind: "file", path: "/nachrichten/2021/neu/index.html", status: 200 });
  });

  it("answers the old URLs of a taken-down article with 410 too", () => {
    const takenDown = { ...article("weg", "2019-05-01", ["peine"], ["Verkehr"]), redirectFrom: ["/nachrichten/2019/noch-aelter/"] };
    assert.deepEqual(articleRedirects([], removed, [takenDown]).map((rule) => `${rule.from} ${rule.status}`), ["/nachrichten/2019/weg/ 410", "/nachrichten/2019/noch-aelter/ 410"]);
  });

  it("reads comments, forced rules and a missing status", () => {
    assert.deepEqual(parseRedirectsFile("# Kommentar\n/a /b\n/c /d 302!\n\n"), [
      { from: "/a", to: "/b", status: 301, force: false },
      { from: "/c", to: "/d", status: 302, force: true },
    ]);
  });
});

describe("URL permanence between two snapshots of the content", () => {
  const file = (date: string, extra = "") => Buffer.from(`---\ntitle: Ein Artikel für die Prüfung\ndate: ${date}\nregion: peine\ntags: [Verkehr]\n${extra}---\nText.\n`);
  const now = at("2026-01-15T12:00:00+01:00");
  const base = { articles: new Map([["nachrichten/2020/alt.md", file("2020-01-01")], ["nachrichten/2026/geplant.md", file("2026-02-01")]]), removed: [] };

  it("does not count an old URL in a draft's redirect_from, which would lead nowhere", () => {
    const head = { articles: new Map([["nachrichten/2020/neu.md", file("2020-01-01", "draft: true\nredirect_from: [/nachrichten/2020/alt/]\n")]]), removed: [] };
    const problems = lostUrlProblems({ base, head, renames: new Map([["nachrichten/2020/alt.md", "nachrichten/2020/neu.md"]]), now, contentPrefix: "content" });
    assert.deepEqual(problems.map((problem) => [problem.file, problem.field]), [["content/nachrichten/2020/neu.md", "redirect_from"]]);
  });

  it("keeps a URL with a redirect, without the trailing slash too, and ignores articles not yet published on the base", () => {
    const head = { articles: new Map([["nachrichten/2020/neu.md", file("2020-01-01", "redirect_from: [/nachrichten/2020/alt]\n")]]), removed: [] };
    assert.deepEqual(lostUrlProblems({ base, head, renames: new Map(), now, contentPrefix: "content" }), []);
  });
});
