import type { ConferenceKind } from "@roundtable/shared";
import type { LetterWords, OpeningFacts } from "./words.js";

/** The meeting kinds in the cases the letter needs ("esetkonferenciát tartunk", "Az esetkonferencia ideje"). */
const KINDS: Record<ConferenceKind, { nominative: string; the: string; accusative: string; sublative: string }> = {
  conference: {
    nominative: "esetkonferencia",
    the: "az esetkonferencia",
    accusative: "esetkonferenciát",
    sublative: "esetkonferenciára",
  },
  consultation: {
    nominative: "esetkonzultáció",
    the: "az esetkonzultáció",
    accusative: "esetkonzultációt",
    sublative: "esetkonzultációra",
  },
  inter_professional: {
    nominative: "szakmaközi megbeszélés",
    the: "a szakmaközi megbeszélés",
    accusative: "szakmaközi megbeszélést",
    sublative: "szakmaközi megbeszélésre",
  },
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Whether a number read out in Hungarian starts with a vowel (egy, öt, ötven, ötszáz, ezer). */
function numberStartsWithVowel(n: number): boolean {
  let group = n;
  let scale = 0;
  while (group >= 1000) {
    group = Math.floor(group / 1000);
    scale += 1;
  }
  if (group === 1 && scale > 0) return scale === 1; // ezer, but millió, milliárd
  if (group >= 100) return Math.floor(group / 100) === 5; // száz, kétszáz… ötszáz
  if (group >= 10) return Math.floor(group / 10) === 5; // tíz, húsz… ötven
  return group === 1 || group === 5;
}

/** The definite article before a name: "az" before a vowel sound, "a" otherwise. */
export function huArticle(name: string): "a" | "az" {
  const trimmed = name.trim();
  const digits = /^\d+/.exec(trimmed)?.[0];
  if (digits) return numberStartsWithVowel(Number(digits)) ? "az" : "a";
  return /^[aáeéiíoóöőuúüű]/i.test(trimmed) ? "az" : "a";
}

const family = (f: OpeningFacts) => (f.toFamily ? "az Önök családjával" : "a családdal");

const CHANGED = (c: OpeningFacts["changed"]) =>
  c.time && c.place ? "időpontja és helyszíne" : c.time ? "időpontja" : "helyszíne";

export const hu: LetterWords = {
  locale: "hu-HU",
  roles: {
    organiser: "szervező",
    facilitator: "facilitátor",
    note_taker: "jegyzőkönyvvezető",
    professional: "szakember",
    parent: "szülő",
    child: "gyermek",
    relative: "rokon",
    supporter: "támogató személy",
    observer: "megfigyelő",
  },
  subject(letter, kind, date, reference) {
    const k = KINDS[kind];
    if (letter === "invitation") return `Meghívó ${k.sublative}: ${date} (ügyszám: ${reference})`;
    if (letter === "update") return `Módosult ${k.the}: ${date} (ügyszám: ${reference})`;
    if (letter === "withdrawal") return `Meghívó visszavonva: ${k.nominative}, ${date} (ügyszám: ${reference})`;
    return `Elmarad ${k.the}: ${date} (ügyszám: ${reference})`;
  },
  greeting: (name) => `Tisztelt ${name}!`,
  opening(letter, f) {
    const k = KINDS[f.conferenceKind];
    if (letter === "update") {
      return [
        `Értesítem, hogy ${family(f)} kapcsolatos ${k.nominative} (ügyszám: ${f.reference}) ${CHANGED(f.changed)} megváltozott.` +
          (f.changed.time && f.changed.previousWhen ? ` A korábban tervezett időpont: ${f.changed.previousWhen}.` : ""),
        ...(f.changed.time ? ["Kérjük, jelezze újra, hogy az új időpontban részt tud-e venni."] : []),
        `${capital(k.the)} érvényes adatai:`,
      ];
    }
    if (letter === "withdrawal") {
      return [
        `Értesítem, hogy ${family(f)} kapcsolatos ${k.nominative} (ügyszám: ${f.reference}, tervezett időpont: ${f.when}) résztvevőinek köre megváltozott, ezért meghívását visszavonjuk.`,
        "Ha úgy gondolja, hogy ez tévedés, kérjük, jelezze nekem. Köszönjük a megértését.",
      ];
    }
    if (letter === "cancellation") {
      return [
        `Sajnálattal értesítem, hogy ${family(f)} kapcsolatos ${k.nominative} (ügyszám: ${f.reference}) elmarad. A tervezett időpont: ${f.when}.`,
        "Ha új időpontot egyeztetünk, arról új meghívóban értesítjük. Köszönjük a megértését.",
      ];
    }
    const asWhom = f.toFamily
      ? ""
      : f.institution
        ? `, mint ${huArticle(f.institution)} ${f.institution} a családdal kapcsolatban álló munkatársát`
        : ", mint a családdal kapcsolatban álló szakembert";
    // The template's own words; a consultation is held with the family's knowledge, not with them.
    const withWhom =
      f.conferenceKind === "consultation"
        ? "a velük kapcsolatban álló szakemberekkel, a család tudtával"
        : "a velük kapcsolatban álló szakemberekkel és a család érintett tagjaival";
    return [
      `Értesítem, hogy ${family(f)} kapcsolatosan (ügyszám: ${f.reference}) ${k.accusative} tartunk, melyre ezúton ${f.toFamily ? "szeretettel " : ""}meghívom Önt${asWhom}.`,
      `A célunk az, hogy a család érdekében ${withWhom} tanácskozzunk, közösen megtaláljuk a legmegfelelőbb módszereket, segítési formákat annak érdekében, hogy a család a saját erőforrásait megtalálva a jelenlegi problémákat meg tudja oldani.`,
      f.toFamily
        ? "Erre a megbeszélésre hívjuk Önt, mert Önökért vagyunk itt: bízunk abban, hogy a saját tapasztalataival és ötleteivel segíti a közös munkát."
        : "Erre a megbeszélésre hívjuk Önt, bízva abban, hogy a saját szakterületén szerzett tapasztalataival hatékony segítséget tud nyújtani.",
    ];
  },
  labels: {
    purpose: "A megbeszélés célja",
    time: (kind) => `${capital(KINDS[kind].the)} ideje`,
    duration: "Időtartama",
    place: "Helye",
    online: "Online csatlakozás",
    participants: (kind) => `${capital(KINDS[kind].the)} várható résztvevői`,
  },
  guestLink: {
    intro: "Az Ön személyes linkje: ezen jelezheti, hogy részt tud-e venni, és ezen csatlakozhat a megbeszéléshez:",
    note: (expires) =>
      "A link csak az Öné, kérjük, ne továbbítsa. Ez a levél új linket tartalmaz: a korábban kapott link ehhez a megbeszéléshez már nem működik. " +
      `A link érvényessége lejár: ${expires}`,
  },
  earlierLink:
    "A meghívóban kapott személyes linkje továbbra is érvényes: azon jelezheti, hogy részt tud-e venni, és azon csatlakozhat a megbeszéléshez.",
  staffLink: "A megbeszélés oldala (bejelentkezés után itt jelezheti, hogy részt tud-e venni):",
  closing: "Tisztelettel:",
  organiserTitle: (profession) =>
    profession === "case_manager" || profession === "family_support_worker" ? "családgondozó" : null,
  calendarSummary: (kind, reference) => `${capital(KINDS[kind].nominative)} (ügyszám: ${reference})`,
  footer:
    "Ezt a levelet a szervező nevében küldtük. Bizalmas adatokat tartalmaz: ha tévedésből kapta, kérjük, törölje, és jelezze a szervezőnek.",
};
