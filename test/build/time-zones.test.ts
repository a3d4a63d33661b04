import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildSite, makeContent, page, pageExists } from "../helpers/site-build.ts";

for (const zone of ["Pacific/Honolulu", "Asia/Tokyo"]) {
  describe(`a build on a machine in ${zone}`, () => {
    it("shows dates as they were meant in Europe/Berlin", async () => {
      const build = await buildSite(makeContent(), { TZ: zone });
      assert.equal(build.code, 0, build.stderr);

      const $ = page(build.outputDir, "/nachrichten/2021/neujahrsempfang/");
      assert.equal($(".article__meta time").first().text(), "1. Januar 2021");
      assert.equal($(".article__meta time").first().attr("datetime"), "2021-01-01T00:00:00+01:00");

      const $home = page(build.outputDir, "/");
      assert.equal($home('a[href="/nachrichten/2021/neujahrsempfang/"]').closest(".teaser").find("time").text(), "1. Januar 2021", "one date style everywhere");

      assert.ok(pageExists(build.outputDir, "/archiv/2025/"), "00:30 on 1 January 2025 belongs to 2025");
      const $2025 = page(build.outputDir, "/archiv/2025/");
      assert.equal($2025(".archive-month h2").text(), "Januar 2025");
      const $2024 = page(build.outputDir, "/archiv/2024/");
      assert.equal($2024(".archive-month h2").text(), "Dezember 2024");
    });
  });
}
