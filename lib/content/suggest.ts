import { distance } from "fastest-levenshtein";

/**
 * The known word closest to `input`, if it is close enough to be a plausible typo
 * (`regoin` → `region`, `brunswick` → nothing).
 */
export function closestMatch(input: string, known: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(1, Math.floor(needle.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}
