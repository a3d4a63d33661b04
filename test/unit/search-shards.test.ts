import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEFAULT_SHARD_ARTICLES, planSearchShards, shardArticlesSetting } from "../../lib/search/search-shards.ts";

const years = (counts: Record<number, number>) => Object.entries(counts).flatMap(([year, count]) => Array<number>(count).fill(Number(year)));

describe("planSearchShards", () => {
  it("groups whole years from the oldest on until a shard holds enough articles, newest shard first", () => {
    const shards = planSearchShards(years({ 2019: 3, 2020: 2, 2021: 6, 2022: 1, 2023: 2 }), 5);
    assert.deepEqual(
      shards.map(({ id, path, years: shardYears, articleCount }) => ({ id, path, years: shardYears, articleCount })),
      [
        { id: "2022-2023", path: "/pagefind/2022-2023/", years: [2023, 2022], articleCount: 3 },
        { id: "2021", path: "/pagefind/2021/", years: [2021], articleCount: 6 },
        { id: "2019-2020", path: "/pagefind/2019-2020/", years: [2020, 2019], articleCount: 5 },
      ],
    );
  });

  it("keeps the older shards as they are when new articles arrive", () => {
    const before = planSearchShards(years({ 2019: 3, 2020: 2, 2021: 6, 2022: 1 }), 5);
    const after = planSearchShards(years({ 2019: 3, 2020: 2, 2021: 6, 2022: 4, 2023: 7 }), 5);
    assert.deepEqual(after.slice(-2), before.slice(-2));
  });

  it("puts every year in exactly one shard and every article in one", () => {
    const input = years({ 2010: 40, 2011: 1, 2015: 17, 2016: 2, 2024: 99 });
    const shards = planSearchShards(input, 20);
    const all = shards.flatMap((shard) => shard.years);
    assert.deepEqual(all, [2024, 2016, 2015, 2011, 2010]);
    assert.equal(shards.reduce((sum, shard) => sum + shard.articleCount, 0), input.length);
  });

  it("makes no shard for no articles", () => {
    assert.deepEqual(planSearchShards([], 10), []);
  });
});

describe("shardArticlesSetting", () => {
  it("takes a positive whole number and otherwise the default", () => {
    assert.equal(shardArticlesSetting("12"), 12);
    for (const value of [undefined, "", "0", "-3", "2.5", "viele"]) assert.equal(shardArticlesSetting(value), DEFAULT_SHARD_ARTICLES, String(value));
  });
});
