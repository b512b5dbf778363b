import { describe, expect, it } from "vitest";
import { composeLetter, type LetterFacts, type LetterPerson } from "./letter.js";
import { huArticle } from "./words/hu.js";

const ZONE = "Europe/Budapest";
const organiser: LetterPerson = {
  name: "Szabó Anna",
  role: "organiser",
  institution: "Riverside Családsegítő Szolgálat",
  family: false,
};
const healthVisitor: LetterPerson = {
  name: "Dvořák Jiří",
  role: "professional",
  institution: "Óbudai Védőnői Szolgálat",
  family: false,
};
const teacher: LetterPerson = {
  name: "Věra Dvořáková",
  role: "professional",
  institution: "Základní škola Třebíč",
  family: false,
};
const mother: LetterPerson = { name: "Kovács Erzsébet", role: "parent", institution: null, family: true };
const father: LetterPerson = { name: "Kovács Győző", role: "parent", institution: null, family: true };
const child: LetterPerson = { name: "Kovács Petra", role: "child", institution: null, family: true };
const everyone = [organiser, healthVisitor, teacher, mother, father, child];

function facts(overrides: Partial<LetterFacts> = {}): LetterFacts {
  return {
    letter: "invitation",
    language: "hu",
    timeZone: ZONE,
    conference: {
      kind: "conference",
      purpose: "Közösen megtervezni, hogyan erősíthetjük a család erőforrásait.",
      start: new Date("2027-01-12T09:00:00.000Z"),
      durationMinutes: 180,
      place: "Riverside Családsegítő, 2. emeleti tárgyaló",
      onlineLink: "https://meet.example.org/kovacs-ertekezlet",
      reference: "RT-2027/017",
    },
    organiser: { name: organiser.name, profession: "case_manager", service: organiser.institution },
    recipient: healthVisitor,
    participants: everyone,
    join: {
      kind: "guest",
      url: "https://roundtable.example.org/join/TOKEN123",
      expiresAt: new Date("2027-01-26T11:00:00Z"),
    },
    ...overrides,
  };
}

/** What no letter may carry: the family's members by name (the children above all). */
const FAMILY_NAMES = [mother.name, father.name, child.name, "Petra", "Kovács"];

function expectNeutral(letter: { subject: string; text: string; html: string }) {
  for (const part of [letter.subject, letter.text, letter.html]) {
    for (const name of FAMILY_NAMES) expect(part).not.toContain(name);
  }
}

describe("the invitation letter", () => {
  it("in Hungarian keeps the template's words, names the family only by the case reference and lists the participants", () => {
    const letter = composeLetter(facts());
    expect(letter.subject).toBe("Meghívó esetkonferenciára: 2027. január 12., kedd (ügyszám: RT-2027/017)");
    expect(letter.text).toContain("Tisztelt Dvořák Jiří!");
    expect(letter.text).toContain(
      "Értesítem, hogy a családdal kapcsolatosan (ügyszám: RT-2027/017) esetkonferenciát tartunk, melyre ezúton meghívom Önt, mint az Óbudai Védőnői Szolgálat a családdal kapcsolatban álló munkatársát.",
    );
    expect(letter.text).toContain(
      "A célunk az, hogy a család érdekében a velük kapcsolatban álló szakemberekkel és a család érintett tagjaival tanácskozzunk, közösen megtaláljuk a legmegfelelőbb módszereket, segítési formákat annak érdekében, hogy a család a saját erőforrásait megtalálva a jelenlegi problémákat meg tudja oldani.",
    );
    expect(letter.text).toContain("tapasztalataival hatékony segítséget tud nyújtani.");
    expect(letter.text).toContain(
      "Az esetkonferencia ideje: 2027. január 12., kedd, 10:00–13:00 (közép-európai téli idő)",
    );
    expect(letter.text).toContain("Időtartama: 3 óra");
    expect(letter.text).toContain("Helye: Riverside Családsegítő, 2. emeleti tárgyaló");
    expect(letter.text).toContain("Online csatlakozás: https://meet.example.org/kovacs-ertekezlet");
    expect(letter.text).toContain(
      [
        "Az esetkonferencia várható résztvevői:",
        "- Szabó Anna – szervező, Riverside Családsegítő Szolgálat",
        "- Dvořák Jiří – szakember, Óbudai Védőnői Szolgálat",
        "- Věra Dvořáková – szakember, Základní škola Třebíč",
        "- Szülő (2)",
        "- Gyermek",
      ].join("\n"),
    );
    expect(letter.text).toContain("https://roundtable.example.org/join/TOKEN123");
    expect(letter.text).toContain("a korábban kapott link ehhez a megbeszéléshez már nem működik");
    expect(letter.text).toContain("A link érvényessége lejár: 2027. január 26.");
    expect(letter.text).toContain("Tisztelettel:\n\nSzabó Anna\ncsaládgondozó\nRiverside Családsegítő Szolgálat");
    expectNeutral(letter);
  });

  it("in English, in the same spirit, with the date, the 24-hour time and the zone's name", () => {
    const letter = composeLetter(facts({ language: "en", recipient: teacher }));
    expect(letter.subject).toBe("Invitation to a case conference: Tuesday, 12 January 2027 (case RT-2027/017)");
    expect(letter.text).toContain("Dear Věra Dvořáková,");
    expect(letter.text).toContain(
      "we are holding a case conference about a family we work with (case reference RT-2027/017), and I would like to invite you to it as the member of staff of Základní škola Třebíč who is in contact with the family.",
    );
    expect(letter.text).toContain("so that the family, finding its own resources, can solve its present difficulties");
    expect(letter.text).toContain(
      "Time of the case conference: Tuesday, 12 January 2027, 10:00–13:00 (Central European Standard Time)",
    );
    expect(letter.text).toContain("Duration: 3 hours");
    expect(letter.text).toContain("- Szabó Anna – organiser, Riverside Családsegítő Szolgálat");
    expect(letter.text).toContain("- Parent (2)\n- Child");
    expect(letter.text).toContain("It expires on 26 January 2027.");
    expect(letter.text).toContain("Yours sincerely,\n\nSzabó Anna\ncase manager\nRiverside Családsegítő Szolgálat");
    expectNeutral(letter);
  });

  it("in Czech, with Czech dates, plurals and accented characters", () => {
    const letter = composeLetter(
      facts({ language: "cs", recipient: teacher, conference: { ...facts().conference, durationMinutes: 150 } }),
    );
    expect(letter.subject).toBe("Pozvánka na případovou konferenci: úterý 12. ledna 2027 (sp. zn. RT-2027/017)");
    expect(letter.text).toContain("Vážená paní, vážený pane,");
    expect(letter.text).toContain(
      "oznamuji Vám, že v souvislosti s rodinou, se kterou spolupracujeme (spisová značka: RT-2027/017), pořádáme případovou konferenci, na kterou Vás tímto zvu jako zástupce instituce Základní škola Třebíč, která je s rodinou v kontaktu.",
    );
    expect(letter.text).toContain("aby rodina nalezla vlastní zdroje a dokázala své současné obtíže vyřešit");
    expect(letter.text).toContain("Termín konání: úterý 12. ledna 2027, 10:00–12:30 (středoevropský standardní čas)");
    // Czech typography keeps the one-letter "a" with the next word.
    expect(letter.text).toContain("Délka: 2 hodiny a\u00a030 minut");
    expect(letter.text).toContain("- Dvořák Jiří – odborník, Óbudai Védőnői Szolgálat");
    expect(letter.text).toContain("- Rodič (2)\n- Dítě");
    expect(letter.text).toContain("Platnost odkazu končí 26. ledna 2027.");
    expect(letter.text).toContain("S úctou\n\nSzabó Anna\nsociální pracovník");
    expectNeutral(letter);
  });

  it("speaks to a member of the family about their own family, warmly, without the professionals' sentence", () => {
    const hu = composeLetter(facts({ recipient: mother }));
    expect(hu.text).toContain("Tisztelt Kovács Erzsébet!");
    expect(hu.text).toContain(
      "Értesítem, hogy az Önök családjával kapcsolatosan (ügyszám: RT-2027/017) esetkonferenciát tartunk, melyre ezúton szeretettel meghívom Önt.",
    );
    expect(hu.text).toContain("mert Önökért vagyunk itt");
    expect(hu.text).not.toContain("szakterületén");
    const en = composeLetter(facts({ language: "en", recipient: mother }));
    expect(en.text).toContain("about your family (case reference RT-2027/017), and I warmly invite you to it.");
    // The list still names no one of the family, the recipient included.
    expect(en.text).toContain("- Parent (2)");
  });

  it("names the meeting kind where the template says esetkonferencia", () => {
    const consultation = composeLetter(facts({ conference: { ...facts().conference, kind: "consultation" } }));
    expect(consultation.subject).toMatch(/^Meghívó esetkonzultációra:/);
    expect(consultation.text).toContain("esetkonzultációt tartunk");
    expect(consultation.text).toContain("a velük kapcsolatban álló szakemberekkel, a család tudtával tanácskozzunk");
    expect(consultation.text).toContain("Az esetkonzultáció ideje:");
    const meeting = composeLetter(
      facts({ language: "cs", conference: { ...facts().conference, kind: "inter_professional" } }),
    );
    expect(meeting.text).toContain("pořádáme mezioborové setkání, na které Vás tímto zvu");
  });

  it("gives staff the conference page instead of a guest link", () => {
    const letter = composeLetter(
      facts({ join: { kind: "staff", url: "https://roundtable.example.org/conferences/c1" } }),
    );
    expect(letter.text).toContain(
      "A megbeszélés oldala (bejelentkezés után itt jelezheti, hogy részt tud-e venni):\nhttps://roundtable.example.org/conferences/c1",
    );
    expect(letter.text).not.toContain("/join/");
  });

  it("says summer time in summer", () => {
    const letter = composeLetter(
      facts({ language: "en", conference: { ...facts().conference, start: new Date("2027-07-06T08:30:00Z") } }),
    );
    expect(letter.text).toContain("Tuesday, 6 July 2027, 10:30–13:30 (Central European Summer Time)");
  });

  it("has an HTML version with the same words, escaped, and the links as links", () => {
    const letter = composeLetter(
      facts({ conference: { ...facts().conference, purpose: "Tervezés <b>együtt</b> & őszintén" } }),
    );
    expect(letter.html).toMatch(/^<!doctype html><html lang="hu">/);
    expect(letter.html).toContain("Tervezés &lt;b&gt;együtt&lt;/b&gt; &amp; őszintén");
    expect(letter.html).toContain(
      '<a href="https://roundtable.example.org/join/TOKEN123">https://roundtable.example.org/join/TOKEN123</a>',
    );
    expect(letter.html).toContain("<li>Dvořák Jiří – szakember, Óbudai Védőnői Szolgálat</li>");
    expect(letter.html).toContain("<li>Gyermek</li>");
    expectNeutral(letter);
  });
});

describe("the update and the cancellation", () => {
  const moved = { time: true, place: false, previousStart: new Date("2027-01-12T09:00:00.000Z") };
  const later = { ...facts().conference, start: new Date("2027-01-19T13:00:00.000Z") };

  it("say what changed, when it was planned before, and ask for the answer again", () => {
    const hu = composeLetter(facts({ letter: "update", conference: later, changed: moved, join: { kind: "earlier" } }));
    expect(hu.subject).toBe("Módosult az esetkonferencia: 2027. január 19., kedd (ügyszám: RT-2027/017)");
    expect(hu.text).toContain(
      "Értesítem, hogy a családdal kapcsolatos esetkonferencia (ügyszám: RT-2027/017) időpontja megváltozott. A korábban tervezett időpont: 2027. január 12., kedd, 10:00–13:00 (közép-európai téli idő).",
    );
    expect(hu.text).toContain("Kérjük, jelezze újra");
    expect(hu.text).toContain("Az esetkonferencia ideje: 2027. január 19., kedd, 14:00–17:00");
    expect(hu.text).toContain("A meghívóban kapott személyes linkje továbbra is érvényes");
    expect(hu.text).not.toContain("/join/");

    const en = composeLetter(
      facts({
        language: "en",
        letter: "update",
        changed: { time: false, place: true, previousStart: null },
        join: { kind: "earlier" },
      }),
    );
    expect(en.subject).toBe("Changed: the case conference on Tuesday, 12 January 2027 (case RT-2027/017)");
    expect(en.text).toContain("the place has changed for the case conference about a family we work with");
    expect(en.text).not.toContain("let us know again");
    const cs = composeLetter(facts({ language: "cs", letter: "update", conference: later, changed: moved }));
    expect(cs.text).toContain("došlo ke změně termínu případové konference v souvislosti s rodinou");
    expect(cs.text).toContain("Původní termín: úterý 12. ledna 2027, 10:00–13:00");
    expectNeutral(cs);
  });

  it("cancel in each language without a link or the list of participants", () => {
    const hu = composeLetter(facts({ letter: "cancellation", join: null }));
    expect(hu.subject).toBe("Elmarad az esetkonferencia: 2027. január 12., kedd (ügyszám: RT-2027/017)");
    expect(hu.text).toContain(
      "Sajnálattal értesítem, hogy a családdal kapcsolatos esetkonferencia (ügyszám: RT-2027/017) elmarad. A tervezett időpont: 2027. január 12., kedd, 10:00–13:00 (közép-európai téli idő).",
    );
    expect(hu.text).not.toContain("résztvevői");
    const en = composeLetter(facts({ language: "en", letter: "cancellation", join: null }));
    expect(en.subject).toBe("Cancelled: the case conference on Tuesday, 12 January 2027 (case RT-2027/017)");
    expect(en.text).toContain("will not take place.");
    const cs = composeLetter(facts({ language: "cs", letter: "cancellation", join: null }));
    expect(cs.subject).toBe("Ruší se: případová konference, úterý 12. ledna 2027 (sp. zn. RT-2027/017)");
    expect(cs.text).toContain(
      "plánovaná na úterý 12. ledna 2027, 10:00–13:00 (středoevropský standardní čas), se nekoná.",
    );
    for (const letter of [hu, en, cs]) {
      expect(letter.text).not.toContain("https://");
      expectNeutral(letter);
    }
  });
});

describe("the withdrawal", () => {
  it("tells one removed participant, in each language, that their invitation is withdrawn, without a link or the list", () => {
    const hu = composeLetter(facts({ letter: "withdrawal", join: null }));
    expect(hu.subject).toBe("Meghívó visszavonva: esetkonferencia, 2027. január 12., kedd (ügyszám: RT-2027/017)");
    expect(hu.text).toContain(
      "Értesítem, hogy a családdal kapcsolatos esetkonferencia (ügyszám: RT-2027/017, tervezett időpont: 2027. január 12., kedd, 10:00–13:00 (közép-európai téli idő)) résztvevőinek köre megváltozott, ezért meghívását visszavonjuk.",
    );
    const en = composeLetter(facts({ language: "en", letter: "withdrawal", join: null }));
    expect(en.subject).toBe("Invitation withdrawn: the case conference on Tuesday, 12 January 2027 (case RT-2027/017)");
    expect(en.text).toContain("have changed, and your invitation to it is withdrawn.");
    const cs = composeLetter(facts({ language: "cs", letter: "withdrawal", join: null }));
    expect(cs.subject).toBe("Pozvánka zrušena: případová konference, úterý 12. ledna 2027 (sp. zn. RT-2027/017)");
    expect(cs.text).toContain("Vaše pozvánka na případovou konferenci");
    expect(cs.text).toContain("se proto ruší.");
    for (const letter of [hu, en, cs]) {
      expect(letter.text).not.toContain("https://");
      expectNeutral(letter);
    }
  });
});

describe("the Hungarian article", () => {
  it.each([
    ["Óbudai Védőnői Szolgálat", "az"],
    ["Riverside Iskola", "a"],
    ["Egészségügyi Központ", "az"],
    ["1. számú Óvoda", "az"],
    ["5. kerületi Bölcsőde", "az"],
    ["2. számú Iskola", "a"],
    ["15. kerületi Rendelő", "a"],
    ["50. számú Iskola", "az"],
    ["100 Ház", "a"],
    ["1000 Lépés Egyesület", "az"],
  ])("before %s is %s", (name, article) => {
    expect(huArticle(name)).toBe(article);
  });
});
