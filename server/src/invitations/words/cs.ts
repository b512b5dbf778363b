import type { ConferenceKind } from "@roundtable/shared";
import type { LetterWords, OpeningFacts } from "./words.js";

/** The meeting kinds in the cases and genders the letter needs. */
const KINDS: Record<
  ConferenceKind,
  { nominative: string; accusative: string; genitive: string; toWhich: string; planned: string }
> = {
  conference: {
    nominative: "případová konference",
    accusative: "případovou konferenci",
    genitive: "případové konference",
    toWhich: "na kterou",
    planned: "plánovaná",
  },
  consultation: {
    nominative: "případová konzultace",
    accusative: "případovou konzultaci",
    genitive: "případové konzultace",
    toWhich: "na kterou",
    planned: "plánovaná",
  },
  inter_professional: {
    nominative: "mezioborové setkání",
    accusative: "mezioborové setkání",
    genitive: "mezioborového setkání",
    toWhich: "na které",
    planned: "plánované",
  },
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const family = (f: OpeningFacts) => (f.toFamily ? "s Vaší rodinou" : "s rodinou, se kterou spolupracujeme");

const CHANGED = (c: OpeningFacts["changed"]) => (c.time && c.place ? "termínu a místa" : c.time ? "termínu" : "místa");

export const cs: LetterWords = {
  locale: "cs-CZ",
  roles: {
    organiser: "organizátor",
    facilitator: "facilitátor",
    note_taker: "zapisovatel",
    professional: "odborník",
    parent: "rodič",
    child: "dítě",
    relative: "příbuzný",
    supporter: "podpůrná osoba",
    observer: "pozorovatel",
  },
  subject(letter, kind, date, reference) {
    const k = KINDS[kind];
    if (letter === "invitation") return `Pozvánka na ${k.accusative}: ${date} (sp. zn. ${reference})`;
    if (letter === "update") return `Změna: ${k.nominative}, ${date} (sp. zn. ${reference})`;
    if (letter === "withdrawal") return `Pozvánka zrušena: ${k.nominative}, ${date} (sp. zn. ${reference})`;
    return `Ruší se: ${k.nominative}, ${date} (sp. zn. ${reference})`;
  },
  // Without the recipient's gender a Czech letter greets both; the name is on the envelope.
  greeting: () => "Vážená paní, vážený pane,",
  opening(letter, f) {
    const k = KINDS[f.conferenceKind];
    if (letter === "update") {
      return [
        `oznamuji Vám, že došlo ke změně ${CHANGED(f.changed)} ${k.genitive} v souvislosti ${family(f)} (spisová značka: ${f.reference}).` +
          (f.changed.time && f.changed.previousWhen ? ` Původní termín: ${f.changed.previousWhen}.` : ""),
        ...(f.changed.time ? ["Prosíme, potvrďte znovu, zda se můžete zúčastnit v novém termínu."] : []),
        "Platné údaje:",
      ];
    }
    if (letter === "withdrawal") {
      return [
        `oznamuji Vám, že se změnil okruh účastníků, a Vaše pozvánka na ${k.accusative} v souvislosti ${family(f)} (spisová značka: ${f.reference}) na ${f.when} se proto ruší.`,
        "Pokud jde podle Vás o omyl, dejte mi prosím vědět. Děkujeme za pochopení.",
      ];
    }
    if (letter === "cancellation") {
      return [
        `s lítostí Vám oznamuji, že ${k.nominative} v souvislosti ${family(f)} (spisová značka: ${f.reference}), ${k.planned} na ${f.when}, se nekoná.`,
        "Pokud se dohodneme na novém termínu, pošleme Vám novou pozvánku. Děkujeme za pochopení.",
      ];
    }
    const asWhom = f.toFamily
      ? "srdečně zvu"
      : f.institution
        ? `zvu jako zástupce instituce ${f.institution}, která je s rodinou v kontaktu`
        : "zvu jako odborníka, který je s rodinou v kontaktu";
    const withWhom =
      f.conferenceKind === "consultation"
        ? "s odborníky, kteří s ní spolupracují, s vědomím rodiny"
        : "s odborníky, kteří s ní spolupracují, a s dotčenými členy rodiny";
    return [
      `oznamuji Vám, že v souvislosti ${family(f)} (spisová značka: ${f.reference})${f.toFamily ? "" : ","} pořádáme ${k.accusative}, ${k.toWhich} Vás tímto ${asWhom}.`,
      `Naším cílem je poradit se v zájmu rodiny ${withWhom}, a společně najít nejvhodnější způsoby a formy pomoci, aby rodina nalezla vlastní zdroje a dokázala své současné obtíže vyřešit.`,
      f.toFamily
        ? "Zveme Vás, protože jsme tu pro Vás: věříme, že Vaše vlastní zkušenosti a nápady pomohou naší společné práci."
        : "Na toto setkání Vás zveme s důvěrou, že Vaše zkušenosti z Vašeho oboru budou účinnou pomocí.",
    ];
  },
  labels: {
    purpose: "Účel setkání",
    time: () => "Termín konání",
    duration: "Délka",
    place: "Místo",
    online: "Připojení online",
    participants: () => "Předpokládaní účastníci",
  },
  guestLink: {
    intro: "Váš osobní odkaz, kde můžete potvrdit účast a připojit se k setkání:",
    note: (expires) =>
      "Odkaz je určen jen Vám, prosíme, nepřeposílejte ho. Nahrazuje odkaz, který jste k tomuto setkání dostali dříve; ten už nefunguje. " +
      `Platnost odkazu končí ${expires}.`,
  },
  earlierLink: "Osobní odkaz z Vaší pozvánky dál platí: můžete na něm potvrdit účast a připojit se k setkání.",
  staffLink: "Stránka setkání (po přihlášení na ní můžete také potvrdit účast):",
  closing: "S úctou",
  organiserTitle: (profession) =>
    profession === "case_manager" || profession === "family_support_worker" ? "sociální pracovník" : null,
  calendarSummary: (kind, reference) => `${capital(KINDS[kind].nominative)} (sp. zn. ${reference})`,
  footer:
    "Tento dopis jsme poslali jménem organizátora. Obsahuje důvěrné údaje: pokud Vám přišel omylem, prosíme, smažte ho a dejte organizátorovi vědět.",
};
