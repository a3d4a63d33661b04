import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeCharacter, forbiddenCharacter, forbiddenCharacters } from "../../lib/content/text-cleanliness.ts";

describe("forbidden characters", () => {
  it("are exactly the control characters but tab and line breaks, and the Unicode noncharacters, on every code point", () => {
    const unicodeDefinition = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}]/u;
    const differences: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const text = `a${String.fromCodePoint(codePoint)}b`;
      if ((forbiddenCharacter(text) !== undefined) !== unicodeDefinition.test(text)) differences.push(codePoint.toString(16));
    }
    assert.deepEqual(differences, []);
  });

  it("are named with their code point, also beyond the first plane", () => {
    assert.equal(describeCharacter(forbiddenCharacter("x\u0002")!), "ein unsichtbares Steuerzeichen (U+0002)");
    assert.equal(describeCharacter(forbiddenCharacter("x\u{10FFFF}")!), "ein Unicode-Nichtzeichen (U+10FFFF)");
  });

  it("are found at their line and column", () => {
    assert.deepEqual(
      forbiddenCharacters("eins\nzw\u{1FFFE}ei\r\ndrei\u0007", 10).map(({ line, column }) => [line, column]),
      [
        [2, 3],
        [3, 5],
      ],
    );
  });
});
