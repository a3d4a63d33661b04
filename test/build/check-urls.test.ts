import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { PROJECT_DIR, tempDir } from "../helpers/site-build.ts";

const TSX = path.join(PROJECT_DIR, "node_modules/tsx/dist/cli.mjs");
const SCRIPT = path.join(PROJECT_DIR, "scripts/check-urls.ts");

const article = (date: string, extra = "") => `---\ntitle: Ein Artikel für die Prüfung\ndate: ${date}\nregion: peine\ntags: [Verkehr]\n${extra}---\nText.\n`;

describe("the URL permanence check on a throwaway git repository with two commits", () => {
  let repo: string;
  let baseCommit: string;
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), content);
  };
  const run = (...args: string[]) => spawnSync(process.execPath, [TSX, SCRIPT, "--base", baseCommit, ...args], { cwd: repo, encoding: "utf8", env: { ...process.env, NAR_NOW: "2026-01-15T12:00:00+01:00" } });

  before(() => {
    repo = tempDir("urls-repo");
    git("init", "--quiet", "--initial-branch=main");
    git("config", "user.email", "test@example.org");
    git("config", "user.name", "Test");
    write("content/nachrichten/2020/bleibt.md", article("2020-01-01"));
    write("content/nachrichten/2020/umbenannt.md", article("2020-02-01", "summary: Ein Artikel, dessen Datei später einen neuen Namen bekommt.\n"));
    write("content/nachrichten/2020/jahr.md", article("2020-03-01"));
    write("content/nachrichten/2020/geloescht.md", article("2020-04-01"));
    write("content/nachrichten/2020/entfernt.md", article("2020-05-01"));
    write("content/nachrichten/2020/weitergeleitet.md", article("2020-06-01"));
    write("content/nachrichten/2020/wird-entwurf.md", article("2020-07-01"));
    write("content/nachrichten/2020/nie-erschienen.md", article("2020-08-01", "draft: true\n"));
    write("content/nachrichten/2026/geplant.md", article("2026-03-01"));
    git("add", "-A");
    git("commit", "--quiet", "-m", "Erster Stand");
    baseCommit = git("rev-parse", "HEAD");

    git("mv", "content/nachrichten/2020/umbenannt.md", "content/nachrichten/2020/neuer-name.md");
    rmSync(path.join(repo, "content/nachrichten/2020/jahr.md"));
    write("content/nachrichten/2021/jahr.md", article("2021-03-01"));
    rmSync(path.join(repo, "content/nachrichten/2020/geloescht.md"));
    rmSync(path.join(repo, "content/nachrichten/2020/entfernt.md"));
    write("content/_data/removed.json", `[{ "url": "/nachrichten/2020/entfernt/", "reason": "Persönlichkeitsrecht", "date": "2026-01-10" }]\n`);
    renameSync(path.join(repo, "content/nachrichten/2020/weitergeleitet.md"), path.join(repo, "content/nachrichten/2020/neues-ziel.md"));
    write("content/nachrichten/2020/neues-ziel.md", article("2020-06-01", "redirect_from: [/nachrichten/2020/weitergeleitet/]\n"));
    write("content/nachrichten/2020/wird-entwurf.md", article("2020-07-01", "draft: true\n"));
    rmSync(path.join(repo, "content/nachrichten/2020/nie-erschienen.md"));
    rmSync(path.join(repo, "content/nachrichten/2026/geplant.md"));
    git("add", "-A");
    git("commit", "--quiet", "-m", "Zweiter Stand");
  });

  it("names each lost URL's file and the fix: renamed file, changed year folder, deleted file, article turned draft", () => {
    const result = run();
    assert.equal(result.status, 1, result.stderr);
    assert.deepEqual(result.stdout.trim().split("\n"), [
      "content/nachrichten/2020/geloescht.md:1: error: Datei: die Datei wurde gelöscht: die veröffentlichte Adresse /nachrichten/2020/geloescht/ ginge verloren — die Datei wiederherstellen, die Adresse in „redirect_from“ des Artikels eintragen, der sie ersetzt, oder die Adresse mit Grund und Datum in content/_data/removed.json eintragen, wenn der Artikel entfernt werden soll",
      "content/nachrichten/2021/jahr.md:1: error: redirect_from: content/nachrichten/2020/jahr.md heißt jetzt content/nachrichten/2021/jahr.md: die veröffentlichte Adresse /nachrichten/2020/jahr/ ginge verloren — im Kopf von content/nachrichten/2021/jahr.md „redirect_from: [/nachrichten/2020/jahr/]“ ergänzen, oder die Adresse mit Grund und Datum in content/_data/removed.json eintragen, wenn der Artikel entfernt werden soll",
      "content/nachrichten/2020/neuer-name.md:1: error: redirect_from: content/nachrichten/2020/umbenannt.md heißt jetzt content/nachrichten/2020/neuer-name.md: die veröffentlichte Adresse /nachrichten/2020/umbenannt/ ginge verloren — im Kopf von content/nachrichten/2020/neuer-name.md „redirect_from: [/nachrichten/2020/umbenannt/]“ ergänzen, oder die Adresse mit Grund und Datum in content/_data/removed.json eintragen, wenn der Artikel entfernt werden soll",
      "content/nachrichten/2020/wird-entwurf.md:1: error: Adresse: /nachrichten/2020/wird-entwurf/ ist veröffentlicht und wäre nicht mehr erreichbar (der Artikel ist jetzt Entwurf oder in die Zukunft datiert) — „draft: true“ bzw. das neue Datum zurücknehmen, oder die Adresse mit Grund und Datum in content/_data/removed.json eintragen, wenn der Artikel entfernt werden soll",
      "4 veröffentlichte Adressen gingen verloren",
    ]);
  });

  it("writes GitHub annotations on the files", () => {
    const result = run("--format=github");
    assert.match(result.stdout, /^::error file=content\/nachrichten\/2020\/neuer-name\.md,line=1,title=Fehler in „redirect_from“::/m);
  });

  it("passes once every lost URL has a redirect or a takedown entry", () => {
    write("content/nachrichten/2020/neuer-name.md", article("2020-02-01", "redirect_from: [/nachrichten/2020/umbenannt/]\n"));
    write("content/nachrichten/2021/jahr.md", article("2021-03-01", "redirect_from: [/nachrichten/2020/jahr/, /nachrichten/2020/geloescht/]\n"));
    write(
      "content/_data/removed.json",
      `[{ "url": "/nachrichten/2020/entfernt/", "reason": "Persönlichkeitsrecht", "date": "2026-01-10" }, { "url": "/nachrichten/2020/wird-entwurf/", "reason": "Zurückgezogen", "date": "2026-01-10" }]\n`,
    );
    const result = run();
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^Alle veröffentlichten Adressen von [0-9a-f]{40} bleiben erreichbar \(9 Artikeldateien verglichen\)$/m);
  });

  it("says so when the base is not a commit", () => {
    const result = spawnSync(process.execPath, [TSX, SCRIPT, "--base", "origin/gibt-es-nicht"], { cwd: repo, encoding: "utf8" });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /„origin\/gibt-es-nicht“ ist kein Commit in diesem Git-Repository/);
  });
});
