import { byline } from "./byline.ts";
import type { JsonLd } from "./structured-data.ts";

/** What a credit line starts with before the name: "Foto:", "Grafik:", "©" … */
const CREDIT_PREFIX = /^(?:(?:fotos?|bilder?|grafik|illustration|karte|abbildung|quelle|copyright)\s*:\s*|©\s*)/i;

/**
 * Who holds the rights to an image, read from its credit as German press practice writes it:
 * "Foto: Allianz für die Region/Anna Muster" names the organisation (before the slash) and the
 * photographer; "Foto: Anna Muster" a person; "Grafik: Regionalverband" an organisation.
 */
export function copyrightHolder(credit: string): JsonLd {
  const name = credit.replace(CREDIT_PREFIX, "").trim();
  const slash = name.indexOf("/");
  if (slash > 0) return { "@type": "Organization", name: name.slice(0, slash).trim() };
  return { "@type": byline(name).organisation ? "Organization" : "Person", name };
}
