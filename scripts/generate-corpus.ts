/*
 * Generates a deterministic corpus of realistic German news articles for benchmarks:
 *
 *   tsx scripts/generate-corpus.ts --articles 10000 --out /tmp/corpus [--seed 42]
 *
 * writes <out>/nachrichten/<YYYY>/<slug>.md, valid under the content contract
 * (shared/DESIGN.md). The same seed and count give the same bytes: all randomness comes from
 * one seeded pure-rand generator, and nothing reads the clock.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { REGIONS, type Region } from "../lib/content/regions.ts";
import { titleSlug } from "../lib/content/slugs.ts";

export interface CorpusOptions {
  articles: number;
  /** The folder that receives `nachrichten/`; it must not hold articles yet. */
  outDir: string;
  seed?: number;
}

export interface CorpusResult {
  files: number;
  bytes: number;
}

const DEFAULT_SEED = 42;
const ARTICLES_DIR = "nachrichten";

// ---------------------------------------------------------------------------------------------
// Randomness

type Generator = ReturnType<typeof xoroshiro128plus>;

/** The only source of randomness; one instance per corpus keeps the output reproducible. */
class Random {
  private readonly generator: Generator;

  constructor(seed: number) {
    this.generator = xoroshiro128plus(seed);
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return uniformInt(this.generator, min, max);
  }

  chance(probability: number): boolean {
    return this.int(0, 9999) < probability * 10000;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  /** `count` different items in random order (partial Fisher–Yates on a copy). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const size = Math.min(count, pool.length);
    for (let index = 0; index < size; index++) {
      const other = this.int(index, pool.length - 1);
      [pool[index], pool[other]] = [pool[other]!, pool[index]!];
    }
    return pool.slice(0, size);
  }
}

// ---------------------------------------------------------------------------------------------
// German grammar: just enough to put nouns of any gender into templates correctly

type Gender = "m" | "f" | "n";
type Case = "nom" | "acc" | "dat";

interface Noun {
  word: string;
  gender: Gender;
}

/** A compound such as `Fachkräftebündnis`; its head (`Bündnis`) is used on its own in follow-up sentences. */
interface Project extends Noun {
  head: Noun;
  /** For example URLs. */
  slug: string;
}

type Organisation = Noun;

interface Person {
  name: string;
  female: boolean;
}

const DEFINITE: Record<Case, Record<Gender, string>> = {
  nom: { m: "der", f: "die", n: "das" },
  acc: { m: "den", f: "die", n: "das" },
  dat: { m: "dem", f: "der", n: "dem" },
};

function the(noun: Noun, grammaticalCase: Case): string {
  return `${DEFINITE[grammaticalCase][noun.gender]} ${noun.word}`;
}

const nom = (noun: Noun): string => the(noun, "nom");
const acc = (noun: Noun): string => the(noun, "acc");
const dat = (noun: Noun): string => the(noun, "dat");
const zu = (noun: Noun): string => `${noun.gender === "f" ? "zur" : "zum"} ${noun.word}`;
const bei = (noun: Noun): string => (noun.gender === "f" ? `bei der ${noun.word}` : `beim ${noun.word}`);
const von = (noun: Noun): string => (noun.gender === "f" ? `von der ${noun.word}` : `vom ${noun.word}`);

/** Strong adjective ending without article, nominative: `neuer Weg`, `neue Messe`, `neues Zentrum`. */
function adjectiveNominative(stem: string, noun: Noun): string {
  const ending = { m: "er", f: "e", n: "es" }[noun.gender];
  return `${stem}${ending} ${noun.word}`;
}

/** Indefinite accusative with adjective: `einen neuen Weg`, `eine neue Messe`, `ein neues Zentrum`. */
function indefiniteAccusative(stem: string, noun: Noun): string {
  const form = { m: `einen ${stem}en`, f: `eine ${stem}e`, n: `ein ${stem}es` }[noun.gender];
  return `${form} ${noun.word}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Word pools

function project(word: string, head: string, gender: Gender): Project {
  return { word, gender, head: { word: head, gender }, slug: titleSlug(word) };
}

interface TopicEntry {
  /** The label exactly as authors write it; always spelled this way. */
  label: string;
  projects: readonly Project[];
  /** Sentences that only fit articles on this topic. */
  facts: readonly string[];
}

const TOPICS: readonly TopicEntry[] = [
  {
    label: "Fachkräfte",
    projects: [project("Fachkräftebündnis", "Bündnis", "n"), project("Fachkräftemonitor", "Monitor", "m"), project("Fachkräfteoffensive", "Offensive", "f")],
    facts: ["Bis 2035 könnten in Südostniedersachsen Zehntausende Fachkräfte fehlen.", "Viele Betriebe suchen inzwischen auch im Ausland nach Fachkräften."],
  },
  {
    label: "Ausbildung",
    projects: [project("Ausbildungsmesse", "Messe", "f"), project("Ausbildungsverbund", "Verbund", "m"), project("Ausbildungszentrum", "Zentrum", "n")],
    facts: ["Auf der letzten Ausbildungsmesse informierten sich mehr als 2.000 Jugendliche über Berufe in der Region.", "Im Handwerk bleiben jedes Jahr viele Ausbildungsplätze unbesetzt."],
  },
  {
    label: "Mobilität",
    projects: [project("Mobilitätszentrale", "Zentrale", "f"), project("Mobilitätskonzept", "Konzept", "n")],
    facts: ["Wer auf dem Land wohnt, ist oft noch auf das eigene Auto angewiesen.", "Rufbusse und Carsharing sollen die Lücken im Angebot schließen."],
  },
  {
    label: "Wasserstoff",
    projects: [project("Wasserstofftankstelle", "Tankstelle", "f"), project("Wasserstoffnetzwerk", "Netzwerk", "n"), project("Wasserstoffspeicher", "Speicher", "m")],
    facts: ["In Salzgitter soll Stahl künftig mit grünem Wasserstoff statt mit Kokskohle erzeugt werden.", "Für Lastwagen und Busse braucht es ein dichtes Netz von Wasserstofftankstellen."],
  },
  {
    label: "Digitalisierung",
    projects: [project("Digitalisierungszentrum", "Zentrum", "n"), project("Digitallabor", "Labor", "n")],
    facts: ["Viele Behördengänge sollen künftig online erledigt werden können.", "Kleine Betriebe brauchen bei der Digitalisierung oft Unterstützung von außen."],
  },
  {
    label: "Willkommenskultur",
    projects: [project("Willkommenszentrum", "Zentrum", "n"), project("Willkommensbüro", "Büro", "n")],
    facts: ["Das Welcome Center hilft internationalen Fachkräften bei Behördengängen, Wohnungssuche und Anerkennung.", "Wer sich willkommen fühlt, bleibt auch länger in der Region."],
  },
  {
    label: "Gründung",
    projects: [project("Gründerzentrum", "Zentrum", "n"), project("Gründungswettbewerb", "Wettbewerb", "m"), project("Gründerstipendium", "Stipendium", "n")],
    facts: ["Im vergangenen Jahr wurden in der Region mehrere hundert Unternehmen gegründet.", "Gründerinnen und Gründer bekommen im Gründerzentrum günstige Büros und Beratung."],
  },
  {
    label: "Förderung",
    projects: [project("Förderprogramm", "Programm", "n"), project("Förderaufruf", "Aufruf", "m")],
    facts: ["Förderanträge sollen künftig einfacher und schneller bearbeitet werden.", "Viele Kommunen haben zu wenig Personal, um jedes Förderprogramm zu nutzen."],
  },
  {
    label: "Straßenbau",
    projects: [project("Straßenbauprojekt", "Projekt", "n"), project("Ortsumgehung", "Umgehung", "f")],
    facts: ["Während der Bauarbeiten wird der Verkehr über eine Umleitung geführt.", "Viele Brücken und Straßen in der Region müssen in den nächsten Jahren saniert werden."],
  },
  {
    label: "Öffentlicher Nahverkehr",
    projects: [project("Nahverkehrsplan", "Plan", "m"), project("Busbahnhof", "Bahnhof", "m"), project("Regionalbuslinie", "Buslinie", "f")],
    facts: ["Der Verkehrsverbund will die Takte auf den wichtigsten Linien verdichten.", "Auf dem Land fährt der Bus vielerorts nur wenige Male am Tag."],
  },
  {
    label: "Gesundheit",
    projects: [project("Gesundheitszentrum", "Zentrum", "n"), project("Gesundheitsregion", "Gesundheitsregion", "f")],
    facts: ["Viele Hausärztinnen und Hausärzte auf dem Land gehen in den nächsten Jahren in den Ruhestand.", "Telemedizin soll helfen, lange Wege zur Praxis zu vermeiden."],
  },
  {
    label: "Pflege",
    projects: [project("Pflegeschule", "Schule", "f"), project("Pflegestützpunkt", "Stützpunkt", "m")],
    facts: ["Die Zahl der Pflegebedürftigen wird in der Region bis 2035 deutlich steigen.", "Pflegekräfte wünschen sich vor allem verlässliche Dienstpläne."],
  },
  {
    label: "Energiewende",
    projects: [project("Solarpark", "Park", "m"), project("Windpark", "Park", "m"), project("Energiegenossenschaft", "Genossenschaft", "f")],
    facts: ["Der Anteil erneuerbarer Energien am Stromverbrauch ist in der Region zuletzt gestiegen.", "Bürgerinnen und Bürger sollen sich finanziell an Wind- und Solarparks beteiligen können."],
  },
  {
    label: "Klimaschutz",
    projects: [project("Klimaschutzkonzept", "Konzept", "n"), project("Klimaschutzagentur", "Agentur", "f")],
    facts: ["Bis 2040 wollen mehrere Kommunen der Region klimaneutral sein.", "Ein großer Teil der Emissionen entsteht in Gebäuden und im Verkehr."],
  },
  {
    label: "Breitband",
    projects: [project("Glasfaserausbau", "Ausbau", "m"), project("Breitbandprojekt", "Projekt", "n")],
    facts: ["Noch immer haben nicht alle Haushalte im ländlichen Raum schnelles Internet.", "Bis Ende des Jahres sollen weitere Haushalte an die Glasfaser angeschlossen werden."],
  },
  {
    label: "Tourismus",
    projects: [project("Tourismusverband", "Verband", "m"), project("Wanderwegenetz", "Netz", "n")],
    facts: ["Der Harz zählt jedes Jahr Millionen Übernachtungen.", "Wanderer und Radfahrer entdecken zunehmend auch das Braunschweiger Land."],
  },
  {
    label: "Forschung",
    projects: [project("Forschungszentrum", "Zentrum", "n"), project("Forschungsprojekt", "Projekt", "n")],
    facts: ["Die Region gehört zu den forschungsintensivsten in Europa.", "Forschungseinrichtungen und Unternehmen arbeiten hier eng zusammen."],
  },
  {
    label: "Hochschulen",
    projects: [project("Hochschulkooperation", "Kooperation", "f"), project("Hochschulcampus", "Campus", "m")],
    facts: ["An den Hochschulen der Region sind mehr als 30.000 Studierende eingeschrieben.", "Viele Absolventinnen und Absolventen verlassen die Region nach dem Studium."],
  },
  {
    label: "Wirtschaft",
    projects: [project("Wirtschaftsforum", "Forum", "n"), project("Gewerbegebiet", "Gebiet", "n")],
    facts: ["Die Wirtschaft der Region ist stark von der Automobilindustrie geprägt.", "Die Auftragslage ist nach Angaben vieler Betriebe stabil."],
  },
  {
    label: "Handwerk",
    projects: [project("Handwerkerhof", "Hof", "m"), project("Handwerksmesse", "Messe", "f")],
    facts: ["Im Handwerk der Region suchen viele Betriebe Nachfolgerinnen und Nachfolger.", "Die Handwerkskammer wirbt in Schulen für eine Ausbildung im Handwerk."],
  },
  {
    label: "Weiterbildung",
    projects: [project("Weiterbildungsverbund", "Verbund", "m"), project("Weiterbildungsportal", "Portal", "n")],
    facts: ["Beschäftigte sollen sich neben dem Beruf weiterqualifizieren können.", "Die Weiterbildung wird zu einem großen Teil von der Agentur für Arbeit gefördert."],
  },
  {
    label: "Kultur",
    projects: [project("Kulturzentrum", "Zentrum", "n"), project("Kulturfestival", "Festival", "n")],
    facts: ["Theater, Museen und Vereine prägen das kulturelle Leben der Region.", "Viele Kulturangebote sind auf ehrenamtliche Unterstützung angewiesen."],
  },
  {
    label: "Ehrenamt",
    projects: [project("Ehrenamtsbörse", "Börse", "f"), project("Ehrenamtspreis", "Preis", "m")],
    facts: ["Rund jeder dritte Erwachsene in der Region engagiert sich ehrenamtlich.", "Vereine finden immer schwerer Menschen, die Verantwortung im Vorstand übernehmen."],
  },
  {
    label: "Städtebau",
    projects: [project("Stadtentwicklungskonzept", "Konzept", "n"), project("Innenstadtprogramm", "Programm", "n")],
    facts: ["Viele Innenstädte leiden unter Leerstand.", "Aus leerstehenden Kaufhäusern sollen Orte für Wohnen, Arbeiten und Kultur werden."],
  },
  {
    label: "Wohnen",
    projects: [project("Wohnungsbauprogramm", "Programm", "n"), project("Wohnquartier", "Quartier", "n")],
    facts: ["Bezahlbarer Wohnraum ist vor allem in Braunschweig und Wolfsburg knapp.", "In manchen Dörfern stehen dagegen Häuser leer."],
  },
  {
    label: "Landwirtschaft",
    projects: [project("Landwirtschaftsmesse", "Messe", "f"), project("Hofladennetzwerk", "Netzwerk", "n")],
    facts: ["Die Zuckerrübe prägt die Landwirtschaft zwischen Harz und Heide.", "Immer mehr Höfe verkaufen ihre Produkte direkt im Hofladen."],
  },
  {
    label: "Bildung",
    projects: [project("Bildungsnetzwerk", "Netzwerk", "n"), project("Bildungscampus", "Campus", "m")],
    facts: ["Schulen, Kitas und Volkshochschulen sollen enger zusammenarbeiten.", "Bildung beginnt nicht erst in der Schule, sondern in der Kita."],
  },
  {
    label: "Integration",
    projects: [project("Integrationskurs", "Kurs", "m"), project("Integrationsbeirat", "Beirat", "m")],
    facts: ["Sprachkurse sind oft der erste Schritt zur Integration.", "Vereine und Betriebe spielen für das Ankommen eine große Rolle."],
  },
  {
    label: "Innovation",
    projects: [project("Innovationscampus", "Campus", "m"), project("Innovationspreis", "Preis", "m")],
    facts: ["Aus Forschungsergebnissen sollen schneller Produkte und Dienstleistungen werden.", "Start-ups und etablierte Unternehmen arbeiten dafür in gemeinsamen Projekten zusammen."],
  },
  {
    label: "Logistik",
    projects: [project("Logistikzentrum", "Zentrum", "n"), project("Güterverkehrszentrum", "Zentrum", "n")],
    facts: ["Die Lage an Autobahnen, Kanal und Schiene macht die Region für Logistikunternehmen attraktiv.", "Im Güterverkehr soll mehr Fracht vom Lastwagen auf die Schiene."],
  },
  {
    label: "Automobilindustrie",
    projects: [project("Batteriezellfabrik", "Fabrik", "f"), project("Zuliefernetzwerk", "Netzwerk", "n")],
    facts: ["Der Wandel zur Elektromobilität verändert die Arbeit in den Werken und bei den Zulieferern.", "Zehntausende Arbeitsplätze in der Region hängen direkt oder indirekt an der Autoindustrie."],
  },
  {
    label: "Künstliche Intelligenz",
    projects: [project("KI-Reallabor", "Reallabor", "n"), project("Datenkompetenzzentrum", "Zentrum", "n")],
    facts: ["Künstliche Intelligenz soll Betrieben helfen, Abläufe zu verbessern und Fehler früh zu erkennen.", "Viele kleine Unternehmen wissen noch nicht, wie sie KI sinnvoll einsetzen können."],
  },
  {
    label: "Radverkehr",
    projects: [project("Radschnellweg", "Schnellweg", "m"), project("Fahrradparkhaus", "Parkhaus", "n")],
    facts: ["Immer mehr Menschen fahren mit dem Rad oder dem E-Bike zur Arbeit.", "Auf vielen Landstraßen fehlt noch ein sicherer Radweg."],
  },
  {
    label: "Fördermittel",
    projects: [project("Förderfonds", "Fonds", "m"), project("Regionalfonds", "Fonds", "m")],
    facts: ["Fördermittel von Bund, Land und EU fließen nur, wenn Kommunen einen Eigenanteil aufbringen.", "Die Beantragung von Fördermitteln ist für kleine Gemeinden oft aufwendig."],
  },
  {
    label: "Strukturwandel",
    projects: [project("Strukturfonds", "Fonds", "m"), project("Zukunftsregion", "Zukunftsregion", "f")],
    facts: ["Im Helmstedter Revier hat der Strukturwandel nach dem Ende der Braunkohle begonnen.", "Neue Arbeitsplätze sollen die verlorenen Stellen im Bergbau ersetzen."],
  },
  {
    label: "Verwaltung",
    projects: [project("Bürgerportal", "Portal", "n"), project("Bürgerbüro", "Büro", "n")],
    facts: ["Bürgerinnen und Bürger sollen Anträge künftig rund um die Uhr online stellen können.", "Auch in der Verwaltung werden in den nächsten Jahren viele Stellen frei."],
  },
  {
    label: "Digitale Schule",
    projects: [project("Schulcloud", "Cloud", "f"), project("Medienzentrum", "Zentrum", "n")],
    facts: ["Alle Schulen sollen mit WLAN und digitalen Tafeln ausgestattet werden.", "Lehrkräfte bekommen dafür Fortbildungen und technische Unterstützung."],
  },
  {
    label: "Mittelstand",
    projects: [project("Mittelstandsnetzwerk", "Netzwerk", "n"), project("Mittelstandspreis", "Preis", "m")],
    facts: ["Der Mittelstand stellt in der Region die meisten Arbeits- und Ausbildungsplätze.", "Viele Familienunternehmen stehen vor einem Generationswechsel."],
  },
  {
    label: "Nachhaltigkeit",
    projects: [project("Nachhaltigkeitsbericht", "Bericht", "m"), project("Nachhaltigkeitsnetzwerk", "Netzwerk", "n")],
    facts: ["Nachhaltigkeit ist für viele Unternehmen längst ein Wettbewerbsfaktor.", "Kunden und Investoren achten zunehmend auf Umwelt- und Sozialstandards."],
  },
  {
    label: "Demografie",
    projects: [project("Demografiebericht", "Bericht", "m"), project("Demografiestrategie", "Strategie", "f")],
    facts: ["Die Bevölkerung in den ländlichen Landkreisen wird älter.", "In den Städten wächst die Bevölkerung dagegen leicht durch Zuzug."],
  },
];

export const TOPIC_LABELS: readonly string[] = TOPICS.map((topic) => topic.label);

/** Towns and villages of each region, so that an article's places match its region. */
const PLACES: Readonly<Record<string, readonly string[]>> = {
  braunschweig: ["Braunschweig"],
  wolfsburg: ["Wolfsburg", "Fallersleben", "Vorsfelde"],
  salzgitter: ["Salzgitter", "Salzgitter-Bad", "Lebenstedt"],
  gifhorn: ["Gifhorn", "Wittingen", "Meinersen", "Sassenburg", "Hankensbüttel"],
  goslar: ["Goslar", "Bad Harzburg", "Clausthal-Zellerfeld", "Seesen", "Langelsheim", "Braunlage"],
  helmstedt: ["Helmstedt", "Schöningen", "Königslutter", "Grasleben"],
  peine: ["Peine", "Vechelde", "Ilsede", "Lengede", "Edemissen"],
  wolfenbuettel: ["Wolfenbüttel", "Schöppenstedt", "Cremlingen", "Sickte"],
};
const ALL_PLACES: readonly string[] = Object.values(PLACES).flat();

const ORGANISATIONS: readonly Organisation[] = [
  { word: "Allianz für die Region", gender: "f" },
  { word: "IHK Braunschweig", gender: "f" },
  { word: "Handwerkskammer Braunschweig-Lüneburg-Stade", gender: "f" },
  { word: "TU Braunschweig", gender: "f" },
  { word: "Ostfalia Hochschule", gender: "f" },
  { word: "TU Clausthal", gender: "f" },
  { word: "Agentur für Arbeit", gender: "f" },
  { word: "Land Niedersachsen", gender: "n" },
  { word: "Regionalverband Großraum Braunschweig", gender: "m" },
  { word: "Wolfsburg AG", gender: "f" },
  { word: "Fraunhofer-Institut", gender: "n" },
  { word: "Volkshochschule", gender: "f" },
  { word: "Wirtschaftsförderung", gender: "f" },
  { word: "Arbeitgeberverband Region Braunschweig", gender: "m" },
  { word: "Kreishandwerkerschaft", gender: "f" },
  { word: "Wirtschaftsministerium", gender: "n" },
  { word: "Welcome Center der Region", gender: "n" },
  { word: "Landvolk Braunschweiger Land", gender: "n" },
  { word: "DGB-Region Südostniedersachsen", gender: "f" },
  { word: "Verkehrsverbund Region Braunschweig", gender: "m" },
  { word: "Stiftung Zukunftsfonds", gender: "f" },
  { word: "Hochschule für Bildende Künste", gender: "f" },
];

const FIRST_NAMES_FEMALE = ["Anna", "Birgit", "Claudia", "Daniela", "Katrin", "Miriam", "Sabine", "Ulrike", "Jana", "Lena", "Nadine", "Petra", "Aylin", "Svenja", "Heike"];
const FIRST_NAMES_MALE = ["Andreas", "Bernd", "Christian", "Dirk", "Frank", "Jan", "Jonas", "Lars", "Markus", "Michael", "Stefan", "Thomas", "Tobias", "Mehmet", "Hendrik"];
const LAST_NAMES = ["Sander", "Brenner", "Pohl", "Behrendt", "Wagner", "Krüger", "Schäfer", "Hoffmann", "Lange", "Vogt", "Meyer", "Schröder", "Petersen", "Kowalski", "Yılmaz", "Hartmann", "Böhm", "Jäger", "Busch", "Winkler", "Engel", "Wolff", "Lorenz", "Günther", "Nowak", "Ziegler"];
/** [female, male] */
const ROLES: readonly (readonly [string, string])[] = [
  ["Projektleiterin", "Projektleiter"],
  ["Geschäftsführerin", "Geschäftsführer"],
  ["Sprecherin", "Sprecher"],
  ["Vorsitzende", "Vorsitzender"],
  ["Abteilungsleiterin", "Abteilungsleiter"],
  ["Referentin", "Referent"],
  ["Koordinatorin", "Koordinator"],
];
const AUTHORS = ["Redaktion", "Jonas Behrendt", "Andrea Pohl", "Katrin Lorenz", "Mehmet Yılmaz", "Svenja Hartmann", "Tobias Engel", "Ulrike Brenner"];

const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
const WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];
const SEASONS = ["das Frühjahr", "den Sommer", "den Herbst", "den Winter"];
const VENUES = ["Rathaus", "Bürgerhaus", "Kulturzentrum", "Gemeindezentrum", "Kreishaus"];
const ADJECTIVES = ["neu", "regional", "gemeinsam"];
const PROJECT_VERBS = ["zieht Bilanz", "zieht positive Bilanz", "geht in die nächste Runde", "nimmt Fahrt auf", "wird erweitert", "erhält weitere Förderung", "sucht Partner", "stellt Pläne vor", "wächst weiter", "öffnet die Türen", "feiert Jubiläum", "geht an den Start", "legt Zwischenbericht vor", "bekommt mehr Personal", "verzögert sich", "ist auf gutem Weg", "lädt zum Austausch ein", "überzeugt die Jury"];
const PLACE_VERBS = ["setzt auf Zusammenarbeit", "zieht positive Bilanz", "will schneller werden", "investiert in die Zukunft", "sucht neue Partner", "legt nach", "macht Tempo", "startet Beteiligungsverfahren", "hofft auf Fördermittel"];
/** [verb, separable particle] */
const TRANSITIVE_VERBS: readonly (readonly [string, string])[] = [["fördert", ""], ["unterstützt", ""], ["plant", ""], ["eröffnet", ""], ["erweitert", ""], ["stellt", " vor"], ["baut", " aus"]];
const GOALS = ["mehr Fachkräfte in der Region zu halten", "die Wege für Unternehmen zu verkürzen", "Ideen schneller in die Praxis zu bringen", "junge Menschen für Berufe in der Region zu begeistern", "Kosten und Emissionen zu senken", "Kommunen und Betriebe besser zu vernetzen"];

// ---------------------------------------------------------------------------------------------
// Numbers as German news write them

/** 12345 → "12.345" */
function formatInteger(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

const NUMBER_WORDS = ["null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"];

/** Newspapers spell out numbers up to twelve: "acht Wochen", but "14 Partner". */
function spelled(value: number): string {
  return value >= 2 && value <= 12 ? NUMBER_WORDS[value]! : formatInteger(value);
}

/** A count from min to max; `step` rounds it for "rund …" and "mehr als …", which never come with odd digits. */
function count(random: Random, min: number, max: number, step = 1): string {
  return formatInteger(random.int(Math.ceil(min / step), Math.floor(max / step)) * step);
}

function money(random: Random): string {
  if (random.chance(0.4)) return `${formatInteger(random.int(5, 95) * 10000)} Euro`;
  const millions = random.int(1, 120);
  if (millions >= 20) return `${millions} Millionen Euro`;
  return `${millions},${random.int(1, 9)} ${millions === 1 ? "Million" : "Millionen"} Euro`;
}

// ---------------------------------------------------------------------------------------------
// Templates

/** What one article is about; every template reads from it. */
interface Context {
  random: Random;
  year: number;
  place: string;
  otherPlace: string;
  /** `in Braunschweig`, `im Landkreis Gifhorn` */
  area: string;
  topic: TopicEntry;
  topics: readonly TopicEntry[];
  project: Project;
  org: Organisation;
  partner: Organisation;
}

type Template = (c: Context) => string;

const TITLES: readonly Template[] = [
  (c) => `${c.place}: ${capitalize(adjectiveNominative(c.random.pick(ADJECTIVES), c.project))} ${c.random.pick(PROJECT_VERBS)}`,
  (c) => `${capitalize(nom(c.project))} in ${c.place} ${c.random.pick(PROJECT_VERBS)}`,
  (c) => `${money(c.random)} für ${acc(c.project)} in ${c.place}`,
  (c) => {
    const [verb, particle] = c.random.pick(TRANSITIVE_VERBS);
    return `${c.org.word} ${verb} ${acc(c.project)} in ${c.place}${particle}`;
  },
  (c) => `${c.topic.label}: ${c.place} ${c.random.pick(PLACE_VERBS)}`,
  (c) => `Wie geht es weiter mit ${dat(c.project)} in ${c.place}?`,
  (c) => `${c.place} bekommt ${indefiniteAccusative("neu", c.project)}`,
  (c) => `${spelled(c.random.int(3, 40))} Partner unterzeichnen Vereinbarung ${zu(c.project)} in ${c.place}`,
  (c) => `Nach ${spelled(c.random.int(2, 12))} Jahren: ${capitalize(nom(c.project))} in ${c.place} ${c.random.pick(PROJECT_VERBS)}`,
  (c) => `Mehr Tempo für ${acc(c.project)} in ${c.place}`,
  (c) => `${c.org.word} und ${c.partner.word} setzen auf ${acc(c.project)}`,
  (c) => `Streit um ${acc(c.project)}: Entscheidung in ${c.place} vertagt`,
  (c) => `${capitalize(spelled(c.random.int(2, 30)))} neue Partner für ${acc(c.project)} in ${c.place}`,
  (c) => `Förderbescheid über ${money(c.random)} für ${acc(c.project)} in ${c.place}`,
  (c) => `${c.place} und ${c.otherPlace} planen ${indefiniteAccusative("gemeinsam", c.project)}`,
  (c) => `${c.org.word}: ${money(c.random)} für ${acc(c.project)}`,
];

const LEADS: readonly Template[] = [
  (c) => `In ${c.place} hat ${nom(c.org)} ${acc(c.project)} offiziell vorgestellt.`,
  (c) => `${capitalize(nom(c.project))} in ${c.place} ${c.random.pick(PROJECT_VERBS)} – das haben ${nom(c.org)} und ${nom(c.partner)} am ${c.random.pick(WEEKDAYS)} mitgeteilt.`,
  (c) => `Mehr als ${count(c.random, 40, 400, 10)} Gäste aus Unternehmen, Verwaltung und Hochschulen sind am ${c.random.pick(WEEKDAYS)} nach ${c.place} gekommen, um über ${acc(c.project)} zu sprechen.`,
  (c) => `Für ${acc(c.project)} in ${c.place} stehen in den kommenden ${spelled(c.random.int(2, 6))} Jahren rund ${money(c.random)} bereit.`,
  (c) => `${capitalize(nom(c.org))} will ${acc(c.project)} ${c.area} in diesem Jahr deutlich ausbauen.`,
  (c) => `Seit ${c.year - c.random.int(2, 8)} gibt es ${acc(c.project)} in ${c.place}, nun ziehen die Beteiligten eine erste Bilanz.`,
  (c) => `Der Kreistag hat am ${c.random.pick(WEEKDAYS)} grünes Licht für ${acc(c.project)} in ${c.place} gegeben.`,
  (c) => `Beim Thema ${c.topic.label} geht ${c.place} neue Wege: ${capitalize(nom(c.org))} startet gemeinsam mit ${dat(c.partner)} ${indefiniteAccusative("neu", c.project)}.`,
];

const LEAD_FOLLOW_UPS: readonly Template[] = [
  (c) => `Beteiligt sind neben ${dat(c.org)} auch ${spelled(c.random.int(5, 60))} Unternehmen aus der Region.`,
  (c) => `Ziel ist es, ${c.random.pick(GOALS)}.`,
  (c) => `Die Kosten liegen nach ersten Schätzungen bei rund ${money(c.random)}.`,
  (c) => `Auch ${nom(c.partner)} ist mit im Boot.`,
  (c) => `Damit reagieren die Partner auf eine Entwicklung, die ${c.area} seit Jahren zu beobachten ist.`,
];

const PROSE: readonly Template[] = [
  (c) => `Die nächste Ausbaustufe ist für ${c.random.pick(SEASONS)} ${c.year + 1} geplant.`,
  (c) => `Wie ${nom(c.org)} mitteilte, haben sich bereits ${formatInteger(c.random.int(12, 240))} Betriebe beteiligt.`,
  (c) => `Das Interesse ist groß: Bereits in den ersten ${spelled(c.random.int(2, 10))} Wochen gingen mehr als ${count(c.random, 50, 1500, 10)} Anfragen ein.`,
  (c) => `${capitalize(nom(c.project.head))} ist Teil einer größeren Strategie, mit der die Region auf den Strukturwandel reagieren will.`,
  (c) => `Finanziert wird ${nom(c.project.head)} zu ${c.random.int(40, 90)} Prozent aus Fördermitteln von Bund und Land, den Rest tragen die beteiligten Kommunen.`,
  (c) => `Den Förderbescheid über ${money(c.random)} hatte ${nom(c.org)} bereits im ${c.random.pick(MONTHS)} überreicht.`,
  () => "Bei der Förderung geht es nicht nur um Geld, sondern auch um Beratung und Vernetzung.",
  (c) => `In ${c.place} arbeiten derzeit rund ${count(c.random, 800, 24000, 100)} Menschen in Betrieben, die davon profitieren könnten.`,
  (c) => `Die Arbeitslosenquote ${c.area} lag zuletzt bei ${c.random.int(3, 9)},${c.random.int(0, 9)} Prozent.`,
  () => "Gleichzeitig fehlen nach Schätzungen der Kammern mehrere tausend Fachkräfte.",
  () => "Der Fachkräftemangel ist in vielen Branchen längst spürbar, vor allem im Handwerk, in der Pflege und in der Logistik.",
  () => "Der Mangel an Auszubildenden trifft kleine Betriebe besonders hart.",
  (c) => `Die Machbarkeitsstudie kommt zu einem klaren Ergebnis: ${capitalize(nom(c.project.head))} ist wirtschaftlich tragfähig.`,
  (c) => `Eine erste Studie hatte ${c.year - 1} gezeigt, dass der Bedarf in der Region deutlich höher ist als erwartet.`,
  (c) => `Die Planungsphase soll bis Ende ${c.year} abgeschlossen sein.`,
  (c) => `In einer ersten Phase sollen ${spelled(c.random.int(2, 9))} Standorte hinzukommen.`,
  () => "Der erste Abschnitt des Vorhabens soll noch in diesem Jahr beginnen.",
  () => "Kritik kommt von der Opposition im Kreistag, die vor steigenden Kosten warnt.",
  () => "Die Verwaltung verweist dagegen auf die langfristigen Vorteile für die Region.",
  (c) => `Auch ${nom(c.partner)} unterstützt das Vorhaben.`,
  (c) => `Unterstützt wird ${nom(c.project.head)} außerdem ${von(c.partner)}.`,
  (c) => `Zu den Partnern gehören außerdem mehrere Schulen, Vereine und Unternehmen aus ${c.place} und ${c.otherPlace}.`,
  (c) => `Zwischen ${c.place} und ${c.otherPlace} gibt es bereits seit Jahren eine enge Zusammenarbeit.`,
  (c) => `Viele Pendlerinnen und Pendler fahren täglich von ${c.otherPlace} nach ${c.place}.`,
  () => "Die Region zwischen Harz und Heide gilt als einer der forschungsstärksten Standorte Europas.",
  (c) => `Rund ${c.random.int(20, 70)} Prozent der befragten Unternehmen wollen in den nächsten ${spelled(c.random.int(2, 5))} Jahren mehr Personal einstellen.`,
  (c) => `Das geht aus einer aktuellen Umfrage unter ${count(c.random, 150, 2400)} Betrieben hervor.`,
  () => "Für Jugendliche gibt es ein eigenes Angebot mit Praktika, Schnuppertagen und Beratung.",
  (c) => `Wer sich beteiligen möchte, kann sich bis zum ${c.random.int(1, 28)}. ${c.random.pick(MONTHS)} melden.`,
  () => "Anmeldungen sind ab sofort möglich, die Teilnahme ist kostenlos.",
  (c) => `Die Veranstaltung findet im ${c.random.pick(VENUES)} in ${c.place} statt.`,
  (c) => `Schon jetzt gilt ${nom(c.project.head)} als Vorbild für andere Kommunen in Niedersachsen.`,
  () => "Ähnliche Projekte gibt es bereits in Hannover und Magdeburg.",
  () => "Dort haben die Verantwortlichen gute Erfahrungen gemacht.",
  (c) => `Für ${c.place} wäre es das erste Vorhaben dieser Art.`,
  (c) => `Offen ist noch, wie ${nom(c.project.head)} langfristig finanziert werden soll.`,
  (c) => `Die Förderung läuft zunächst bis ${c.year + c.random.int(2, 4)}.`,
  (c) => `Ab ${c.year + 1} sollen die Kommunen einen größeren Teil der Kosten übernehmen.`,
  (c) => `Mit ${dat(c.project)} reagiert die Region auch auf den demografischen Wandel.`,
  (c) => `Bis ${c.year + c.random.int(8, 15)} wird die Zahl der Menschen im erwerbsfähigen Alter ${c.area} voraussichtlich um ${c.random.int(4, 18)} Prozent sinken.`,
  () => "Gleichzeitig steigt der Bedarf an Pflege, Betreuung und Gesundheitsversorgung.",
  () => "Digitale Angebote sollen helfen, Wege zu sparen und Abläufe zu vereinfachen.",
  () => "Dazu gehört auch ein Portal, über das Anträge in wenigen Minuten gestellt werden können.",
  (c) => `${capitalize(nom(c.org))} hatte ${acc(c.project.head)} gemeinsam mit ${dat(c.partner)} auf den Weg gebracht.`,
  (c) => `Die Idee entstand ${c.year - c.random.int(1, 4)} bei einem Workshop in ${c.otherPlace}.`,
  () => "Seitdem ist viel passiert.",
  (c) => `Mittlerweile arbeiten ${spelled(c.random.int(3, 45))} Beschäftigte für ${acc(c.project.head)}.`,
  (c) => `Ein Team aus ${spelled(c.random.int(3, 12))} Mitarbeiterinnen und Mitarbeitern koordiniert die Arbeit.`,
  (c) => `Die Beteiligten wollen ihre Erfahrungen im ${c.random.pick(MONTHS)} bei einer Fachtagung in ${c.place} vorstellen.`,
  () => "Im Gespräch mit der Redaktion zeigten sich die Verantwortlichen zufrieden.",
  (c) => `Die Zahlen sprechen für sich: Im vergangenen Jahr gab es ${count(c.random, 120, 4800)} Beratungsgespräche, ${c.random.int(5, 40)} Prozent mehr als im Vorjahr.`,
  (c) => `Allein in ${c.place} wurden seit dem Start ${count(c.random, 20, 900)} Anträge bewilligt.`,
  () => "Die Wirtschaftsförderung sieht darin einen wichtigen Standortvorteil.",
  () => "Gerade für kleine und mittlere Unternehmen ist das ein Vorteil.",
  () => "Für den Mittelstand in der Region ist das eine gute Nachricht.",
  () => "Noch sind nicht alle Fragen geklärt.",
  () => "Unklar ist etwa, wer die laufenden Kosten übernimmt und wie viel Personal benötigt wird.",
  () => "Ein Beirat aus Wirtschaft, Wissenschaft und Verwaltung begleitet das Projekt.",
  (c) => `Der Kreistag soll im ${c.random.pick(MONTHS)} über die nächsten Schritte entscheiden.`,
  (c) => `Die Bürgerinnen und Bürger können sich bei einer Informationsveranstaltung im ${c.random.pick(VENUES)} ein eigenes Bild machen.`,
  () => "Für viele Beschäftigte ändert sich dadurch vor allem der Arbeitsalltag.",
  () => "Pendlerinnen und Pendler sollen von kürzeren Wegen und besseren Verbindungen profitieren.",
  (c) => `Die Investitionssumme liegt bei rund ${money(c.random)}.`,
  () => "Die Summe soll in den kommenden Jahren schrittweise steigen.",
  () => "Die Nachfrage ist bereits jetzt größer als das Angebot.",
  (c) => `Eine Zwischenbilanz soll es im Herbst ${c.year + 1} geben.`,
  (c) => `Auch über die Region hinaus stößt ${nom(c.project.head)} auf Interesse.`,
  (c) => `Delegationen aus anderen Bundesländern haben sich ${acc(c.project.head)} bereits angesehen.`,
  (c) => `Zum Auftakt kamen mehr als ${count(c.random, 60, 2500, 50)} Besucherinnen und Besucher.`,
  (c) => `${capitalize(nom(c.org))} rechnet damit, dass sich weitere Kommunen anschließen.`,
  () => "Die Ergebnisse sollen in einem Bericht veröffentlicht werden.",
  (c) => `Eine wichtige Rolle spielt dabei auch das Thema ${c.random.pick(c.topics.length > 1 ? c.topics.slice(1) : TOPICS).label}.`,
  (c) => `Ohne ${acc(c.project.head)} wäre vieles davon nicht möglich gewesen, heißt es ${bei(c.org)}.`,
];

const CLOSINGS: readonly Template[] = [
  () => "Weitere Termine sollen in den kommenden Wochen bekannt gegeben werden.",
  () => "Die Redaktion wird über die weitere Entwicklung berichten.",
  (c) => `Ein erstes Zwischenfazit ist für ${c.random.pick(SEASONS)} ${c.year + 1} geplant.`,
  (c) => `Informationen gibt es ${bei(c.org)} und in den Rathäusern der Region.`,
  (c) => `Die nächste Sitzung des Lenkungskreises ist für ${c.random.pick(MONTHS)} angesetzt.`,
];

const HEADINGS: readonly Template[] = [
  () => "Was geplant ist",
  () => "Wie es weitergeht",
  () => "Großer Bedarf in der Region",
  () => "Zahlen und Fakten",
  () => "Stimmen aus der Praxis",
  () => "Die nächsten Schritte",
  () => "Finanzierung steht",
  () => "Kritik aus der Opposition",
  () => "Erfahrungen aus anderen Regionen",
  (c) => `Blick nach ${c.otherPlace}`,
  () => "Was Betriebe davon haben",
  () => "Offene Fragen",
  () => "Hintergrund",
  () => "Bürgerinnen und Bürger reden mit",
  () => "Ein Modell für die Region",
  (c) => `So funktioniert ${nom(c.project.head)}`,
  () => "Förderung durch Bund und Land",
  () => "Lange Vorgeschichte",
];

const LIST_INTROS = ["Geplant sind unter anderem:", "Die wichtigsten Punkte im Überblick:", "Das Angebot umfasst:", "Vorgesehen sind:"];

const LIST_ITEMS: readonly Template[] = [
  (c) => `${spelled(c.random.int(5, 80))} neue Ausbildungsplätze`,
  () => "Beratung für kleine und mittlere Unternehmen",
  (c) => `ein Förderprogramm mit ${money(c.random)}`,
  (c) => `regelmäßige Sprechstunden in ${c.place}`,
  () => "ein Portal für Anträge und Termine",
  () => "Workshops für Beschäftigte und Führungskräfte",
  () => "eine Koordinierungsstelle im Rathaus",
  () => "Schnuppertage für Schülerinnen und Schüler",
  () => "mehr Ladepunkte und Abstellplätze",
  () => "eine jährliche Fachtagung",
  (c) => `ein Netzwerk aus ${spelled(c.random.int(8, 60))} Partnern`,
  () => "Sprachkurse und Begleitung im Alltag",
  () => "Mentoringprogramme für Gründerinnen und Gründer",
  () => "Weiterbildung in Teilzeit",
  (c) => `eine Machbarkeitsstudie bis Ende ${c.year + 1}`,
  (c) => `Pilotprojekte in ${c.place} und ${c.otherPlace}`,
  () => "kostenlose Erstberatung",
  () => "Zuschüsse für Investitionen in die Digitalisierung",
  () => "Kinderbetreuung während der Kurse",
];

const QUOTES: readonly Template[] = [
  (c) => `${capitalize(nom(c.project))} ist für ${c.place} ein wichtiger Schritt. Jetzt kommt es darauf an, dass möglichst viele Betriebe mitmachen`,
  () => "Wir haben in den vergangenen Monaten viel gelernt. Nicht alles hat auf Anhieb funktioniert, aber die Richtung stimmt",
  (c) => `Beim Thema ${c.topic.label} kann keine Kommune allein etwas erreichen. Wir brauchen die ganze Region`,
  () => "Die Nachfrage hat uns selbst überrascht",
  () => "Ohne Fachkräfte gibt es keine Energiewende, keine Digitalisierung und keinen Wohnungsbau",
  (c) => `Wir wollen, dass ${nom(c.project.head)} in fünf Jahren selbstverständlich ist`,
  () => "Entscheidend ist, dass die Menschen vor Ort merken, dass sich etwas bewegt",
  () => "Das Geld ist gut angelegt. Jeder Euro, den wir heute investieren, zahlt sich später mehrfach aus",
  (c) => `${c.place} hat gezeigt, dass es geht. Jetzt wollen wir das in die Fläche bringen`,
  () => "Wir hätten uns manches schneller gewünscht, aber am Ende zählt das Ergebnis",
];

const RELATED_LINKS: readonly ((target: LinkTarget) => string)[] = [
  (target) => `Mehr dazu lesen Sie im Beitrag „[${target.title}](${target.url})“.`,
  (target) => `Die Redaktion hatte [im Jahr ${target.year}](${target.url}) über die Anfänge berichtet.`,
  (target) => `Wie [bereits berichtet](${target.url}), hatte es im Vorfeld Diskussionen gegeben.`,
];

const EXTERNAL_LINKS: readonly Template[] = [
  (c) => `Weitere Informationen gibt es auf der [Website des Projekts](https://www.example.org/${c.project.slug}/).`,
  (c) => `Die Unterlagen sind [online abrufbar](https://example.com/${c.project.slug}/unterlagen).`,
  (c) => `Anmeldungen nimmt ${nom(c.org)} [über ein Online-Formular](https://www.example.net/anmeldung/${c.project.slug}) entgegen.`,
];

// ---------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;
const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / DAY_MS;
const FIRST_DAY = dayNumber(2012, 1, 1);
const LAST_DAY = dayNumber(2026, 11, 20);
const LAST_UPDATE_DAY = dayNumber(2026, 11, 24);

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Days rise with the article index, so that "earlier in the corpus" also means "published
 * earlier" and links to earlier articles point back in time.
 */
function publicationDay(random: Random, index: number, total: number): number {
  const span = LAST_DAY - FIRST_DAY + 1;
  const step = Math.floor(span / total);
  return FIRST_DAY + Math.floor((index * span) / total) + (step > 1 ? random.int(0, step - 1) : 0);
}

/** Hours from 6 to 21 only: Berlin's daylight-saving gap (2–3 a.m.) can never be hit. */
function timeOfDay(random: Random): string {
  const hour = random.int(6, 21);
  const minute = random.pick([0, 0, 15, 30, 45, random.int(1, 59)]);
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

// ---------------------------------------------------------------------------------------------
// Articles

interface LinkTarget {
  url: string;
  title: string;
  year: number;
}

interface GeneratedArticle {
  slug: string;
  /** The main topic, for links from later articles. */
  topic: string;
  year: number;
  title: string;
  date: string;
  regions: readonly string[];
  tags: readonly string[];
  summary: string | undefined;
  updated: string | undefined;
  author: string | undefined;
  body: string;
}

/** Gives every title a unique file name, appending -2, -3 … on collisions. */
class SlugRegistry {
  private readonly used = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  claim(base: string): string {
    if (!this.used.has(base)) {
      this.used.add(base);
      return base;
    }
    let suffix = this.nextSuffix.get(base) ?? 2;
    while (this.used.has(`${base}-${suffix}`)) suffix++;
    this.nextSuffix.set(base, suffix + 1);
    const slug = `${base}-${suffix}`;
    this.used.add(slug);
    return slug;
  }
}

function areaPhrase(region: Region): string {
  const name = region.name.replace(/\s*\(.*\)$/, "");
  return name.startsWith("Landkreis ") ? `im ${name}` : `in ${name}`;
}

function placesOf(region: Region): readonly string[] {
  return PLACES[region.slug] ?? ALL_PLACES;
}

function chooseRegions(random: Random): Region[] {
  return random.chance(0.15) ? random.sample(REGIONS, random.int(2, 3)) : [random.pick(REGIONS)];
}

function makeContext(random: Random, year: number, regions: readonly Region[]): Context {
  const places = placesOf(regions[0]!);
  const place = random.pick(places);
  let otherPlace = random.pick(ALL_PLACES);
  if (otherPlace === place) otherPlace = place === "Braunschweig" ? "Wolfenbüttel" : "Braunschweig";
  const topics = random.sample(TOPICS, random.int(1, 5));
  const topic = topics[0]!;
  const [org, partner] = random.sample(ORGANISATIONS, 2) as [Organisation, Organisation];
  return { random, year, place, otherPlace, area: areaPhrase(regions[0]!), topic, topics, project: random.pick(topic.projects), org, partner };
}

const MIN_TITLE = 30;
const MAX_TITLE = 120;

function makeTitle(c: Context): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const title = c.random.pick(TITLES)(c);
    if (title.length >= MIN_TITLE && title.length <= MAX_TITLE) return title;
  }
  // Practically unreachable; a fixed form that always fits keeps the corpus valid anyway.
  return `${capitalize(nom(c.project))} in ${c.place} zieht Bilanz`;
}

function makePerson(random: Random): Person {
  const female = random.chance(0.5);
  const first = random.pick(female ? FIRST_NAMES_FEMALE : FIRST_NAMES_MALE);
  const doctor = random.chance(0.2) ? "Dr. " : "";
  return { name: `${doctor}${first} ${random.pick(LAST_NAMES)}`, female };
}

function quoteBlock(c: Context): string {
  const person = makePerson(c.random);
  const [femaleRole, maleRole] = c.random.pick(ROLES);
  const role = person.female ? femaleRole : maleRole;
  const verb = c.random.pick(["sagt", "sagte", "betont", "erklärte"]);
  return `> „${c.random.pick(QUOTES)(c)}“, ${verb} ${person.name}, ${role} ${bei(c.org)}.`;
}

function bulletList(c: Context): string {
  const items = c.random.sample(LIST_ITEMS, c.random.int(3, 5)).map((item) => `- ${item(c)}`);
  return `${c.random.pick(LIST_INTROS)}\n\n${items.join("\n")}`;
}

/** The articles written so far, by main topic too, so that links back mostly stay on the subject. */
class EarlierArticles {
  private readonly all: LinkTarget[] = [];
  private readonly byTopic = new Map<string, LinkTarget[]>();

  add(target: LinkTarget, topic: string): void {
    this.all.push(target);
    const list = this.byTopic.get(topic);
    if (list === undefined) this.byTopic.set(topic, [target]);
    else list.push(target);
  }

  /** A recent article, as a newsroom links to its latest reports; undefined before the first. */
  pick(random: Random, topic: string): LinkTarget | undefined {
    const sameTopic = this.byTopic.get(topic);
    const pool = sameTopic !== undefined && random.chance(0.8) ? sameTopic : this.all;
    if (pool.length === 0) return undefined;
    return pool[pool.length - random.int(1, Math.min(pool.length, 400))];
  }
}

function linkSentences(c: Context, earlier: EarlierArticles): string[] {
  const sentences: string[] = [];
  const links = c.random.int(0, 3);
  for (let index = 0; index < links; index++) {
    const target = c.random.chance(0.6) ? earlier.pick(c.random, c.topic.label) : undefined;
    sentences.push(target === undefined ? c.random.pick(EXTERNAL_LINKS)(c) : c.random.pick(RELATED_LINKS)(target));
  }
  return sentences;
}

/** Whitespace-separated words, as a reader (and the test) counts them in the Markdown. */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const space = code === 32 || code === 10 || code === 9;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Draws prose sentences without repeating one within an article until all have been used. */
class SentenceDeck {
  private readonly templates: readonly Template[];
  private remaining: number[] = [];

  constructor(c: Context) {
    const facts = c.topics.flatMap((topic) => topic.facts.map((fact): Template => () => fact));
    this.templates = [...PROSE, ...facts];
  }

  draw(c: Context): string {
    if (this.remaining.length === 0) this.remaining = this.templates.map((_, index) => index);
    const at = c.random.int(0, this.remaining.length - 1);
    const index = this.remaining[at]!;
    this.remaining[at] = this.remaining[this.remaining.length - 1]!;
    this.remaining.pop();
    return this.templates[index]!(c);
  }
}

const MIN_WORDS = 250;
const MAX_WORDS = 900;
// The filler may overshoot its target by one sentence; these bounds keep the result in range.
const MIN_TARGET = 285;
const MAX_TARGET = 850;

interface Body {
  text: string;
  lead: string[];
}

interface Section {
  heading: string;
  extras: string[];
  links: string[];
}

/**
 * Lead, then 1–4 sections under `##` headings. Fixed parts (headings, list, quote, links,
 * closing) are counted first; prose sentences then fill the sections up to a random length.
 */
function makeBody(c: Context, earlier: EarlierArticles): Body {
  const target = c.random.int(MIN_TARGET, MAX_TARGET);
  const lead = [c.random.pick(LEADS)(c), ...c.random.sample(LEAD_FOLLOW_UPS, c.random.int(1, 2)).map((sentence) => sentence(c))];
  const sections: Section[] = c.random
    .sample(HEADINGS, c.random.int(1, 4))
    .map((heading) => ({ heading: `## ${heading(c)}`, extras: [], links: [] }));
  if (c.random.chance(0.8)) c.random.pick(sections).extras.push(bulletList(c));
  if (c.random.chance(0.8)) c.random.pick(sections).extras.push(quoteBlock(c));
  for (const link of linkSentences(c, earlier)) c.random.pick(sections).links.push(link);
  const closing = c.random.pick(CLOSINGS)(c);

  let words = countWords(lead.join(" ")) + countWords(closing);
  for (const section of sections) words += countWords([section.heading, ...section.extras, ...section.links].join(" "));
  const fillerBudget = Math.max(0, target - words);
  let filler = 0;

  const deck = new SentenceDeck(c);
  const blocks: string[] = [lead.join(" ")];
  sections.forEach((section, sectionIndex) => {
    const quota = (fillerBudget * (sectionIndex + 1)) / sections.length;
    const paragraphs: string[][] = [];
    do {
      const paragraph: string[] = [];
      const length = c.random.int(2, 5);
      do {
        const sentence = deck.draw(c);
        paragraph.push(sentence);
        filler += countWords(sentence);
      } while (paragraph.length < length && filler < quota);
      paragraphs.push(paragraph);
    } while (filler < quota);
    for (const link of section.links) c.random.pick(paragraphs).push(link);
    if (sectionIndex === sections.length - 1) paragraphs[paragraphs.length - 1]!.push(closing);
    blocks.push(section.heading, ...interleave(c.random, paragraphs.map((sentences) => sentences.join(" ")), section.extras));
  });

  const text = `${blocks.join("\n\n")}\n`;
  const total = countWords(text);
  if (total < MIN_WORDS || total > MAX_WORDS) throw new Error(`generated body has ${total} words, outside ${MIN_WORDS}–${MAX_WORDS}`);
  return { text, lead };
}

/** Places lists and quotes between paragraphs, never before the first one. */
function interleave(random: Random, paragraphs: readonly string[], extras: readonly string[]): string[] {
  const blocks = [...paragraphs];
  for (const extra of extras) blocks.splice(random.int(1, blocks.length), 0, extra);
  return blocks;
}

const MAX_SUMMARY = 300;

/** The lead's first sentence, sometimes two, as authors often write it. */
function makeSummary(random: Random, lead: readonly string[]): string {
  const first = lead[0]!;
  const two = `${first} ${lead[1] ?? ""}`.trim();
  if (random.chance(0.4) && two.length <= MAX_SUMMARY) return two;
  if (first.length <= MAX_SUMMARY) return first;
  return `${first.slice(0, first.lastIndexOf(" ", MAX_SUMMARY - 1))}…`;
}

function makeUpdated(random: Random, day: number): string {
  const updatedDay = Math.min(day + random.int(1, 45), LAST_UPDATE_DAY);
  return random.chance(0.3) ? `${isoDay(updatedDay)}T${timeOfDay(random)}` : isoDay(updatedDay);
}

function makeArticle(random: Random, index: number, total: number, earlier: EarlierArticles, slugs: SlugRegistry): GeneratedArticle {
  const day = publicationDay(random, index, total);
  const date = random.chance(0.3) ? `${isoDay(day)}T${timeOfDay(random)}` : isoDay(day);
  const year = Number(date.slice(0, 4));
  const regions = chooseRegions(random);
  const c = makeContext(random, year, regions);
  const title = makeTitle(c);
  const body = makeBody(c, earlier);
  return {
    slug: slugs.claim(titleSlug(title)),
    topic: c.topic.label,
    year,
    title,
    date,
    regions: regions.map((region) => region.slug),
    tags: c.topics.map((topic) => topic.label),
    summary: random.chance(0.85) ? makeSummary(random, body.lead) : undefined,
    updated: random.chance(0.1) ? makeUpdated(random, day) : undefined,
    author: random.chance(0.4) ? random.pick(AUTHORS) : undefined,
    body: body.text,
  };
}

/** JSON strings are valid YAML double-quoted scalars, so JSON.stringify quotes safely. */
const quote = (text: string): string => JSON.stringify(text);

function renderArticle(article: GeneratedArticle): string {
  const lines = ["---", `title: ${quote(article.title)}`, `date: ${article.date.includes("T") ? quote(article.date) : article.date}`];
  lines.push(`region: ${article.regions.length === 1 ? article.regions[0]! : `[${article.regions.join(", ")}]`}`);
  lines.push(`tags: [${article.tags.map(quote).join(", ")}]`);
  if (article.summary !== undefined) lines.push(`summary: ${quote(article.summary)}`);
  if (article.updated !== undefined) lines.push(`updated: ${article.updated.includes("T") ? quote(article.updated) : article.updated}`);
  if (article.author !== undefined) lines.push(`author: ${quote(article.author)}`);
  lines.push("---", "", article.body);
  return lines.join("\n");
}

function assertEmptyTarget(articlesRoot: string): void {
  // Refuse rather than mix with (or delete) files that are already there: a stale article
  // would make the corpus depend on more than its seed, and outDir might be real content.
  if (existsSync(articlesRoot) && readdirSync(articlesRoot).length > 0) {
    throw new Error(`${articlesRoot} is not empty; choose a new or empty output folder`);
  }
}

/**
 * Writes `options.articles` articles to `<outDir>/nachrichten/<YYYY>/<slug>.md`, one file at a
 * time, and returns how many files and bytes were written.
 */
export function generateCorpus(options: CorpusOptions): CorpusResult {
  const { articles: total, seed = DEFAULT_SEED } = options;
  if (!Number.isSafeInteger(total) || total < 1) throw new Error(`articles must be a positive integer, got ${total}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) throw new Error(`seed must be an integer from 0 to 4294967295, got ${seed}`);
  const articlesRoot = path.join(path.resolve(options.outDir), ARTICLES_DIR);
  assertEmptyTarget(articlesRoot);

  const random = new Random(seed);
  const slugs = new SlugRegistry();
  const earlier = new EarlierArticles();
  const yearDirs = new Map<number, string>();
  let bytes = 0;

  for (let index = 0; index < total; index++) {
    const article = makeArticle(random, index, total, earlier, slugs);
    let dir = yearDirs.get(article.year);
    if (dir === undefined) {
      dir = path.join(articlesRoot, String(article.year));
      mkdirSync(dir, { recursive: true });
      yearDirs.set(article.year, dir);
    }
    const data = Buffer.from(renderArticle(article), "utf8");
    writeFileSync(path.join(dir, `${article.slug}.md`), data);
    bytes += data.length;
    earlier.add({ url: `/${ARTICLES_DIR}/${article.year}/${article.slug}/`, title: article.title, year: article.year }, article.topic);
  }
  return { files: total, bytes };
}

// ---------------------------------------------------------------------------------------------
// Command line

const USAGE = "usage: tsx scripts/generate-corpus.ts --articles <N> --out <folder> [--seed <integer>]";

function parseInteger(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new Error(`--${name} must be a whole number, got "${text}"`);
  return Number(text);
}

function main(args: readonly string[]): void {
  const { values } = parseArgs({
    args: [...args],
    options: { articles: { type: "string" }, out: { type: "string" }, seed: { type: "string" } },
    strict: true,
    allowPositionals: false,
  });
  const articles = parseInteger("articles", values.articles);
  if (articles === undefined || values.out === undefined) throw new Error(USAGE);
  const seed = parseInteger("seed", values.seed);
  const result = generateCorpus({ articles, outDir: values.out, ...(seed === undefined ? {} : { seed }) });
  console.log(`${result.files} files, ${result.bytes} bytes written to ${path.join(path.resolve(values.out), ARTICLES_DIR)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
