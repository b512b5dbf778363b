import type { Language } from "@roundtable/shared";
import type { MinutesContent, SignatureLine } from "./minutes-content.js";

/**
 * Realistic minutes in each language, for the PDF's tests and for anyone who wants to look at a
 * rendered page: a first case conference of a series with the family present, one professional
 * excused and one absent, minutes with headings and lists, tasks and agreements.
 */

interface Sample {
  content: MinutesContent;
  signatures: SignatureLine[];
}

const t0 = "2025-03-14T08:30:00.000Z";
const end = "2025-03-14T11:35:00.000Z";
const minutes = (m: number) => m * 60_000;

function hungarian(): Sample {
  const content: MinutesContent = {
    format: 1,
    language: "hu",
    conference: {
      id: "c-hu",
      kind: "conference",
      seriesIndex: 1,
      purpose:
        "Közösen feltérképezni, milyen erőforrásokra támaszkodhat a család, és megállapodni abban, ki miben segíti Bence rendszeres iskolába járását.",
      caseReference: "CSGY-2025/0417",
      children: ["Bence", "Lili"],
      scheduledStart: t0,
      startedAt: "2025-03-14T08:34:00.000Z",
      endedAt: end,
      place: "Család- és Gyermekjóléti Központ, 2. emeleti tárgyaló, Győr, Szent István út 11.",
      onlineLink: "https://meet.example.org/csgy-0417",
    },
    attendance: [
      {
        participantId: "p1",
        name: "Szűcs Erzsébet",
        role: "organiser",
        institution: "Család- és Gyermekjóléti Központ",
        attendance: "in_room",
      },
      {
        participantId: "p2",
        name: "Kőváry Ödön",
        role: "facilitator",
        institution: "Győri Módszertani Műhely",
        attendance: "in_room",
      },
      {
        participantId: "p3",
        name: "Nagy Tünde",
        role: "note_taker",
        institution: "Család- és Gyermekjóléti Központ",
        attendance: "in_room",
      },
      { participantId: "p4", name: "Horváth Júlia", role: "parent", institution: null, attendance: "in_room" },
      { participantId: "p5", name: "Horváth Győző", role: "parent", institution: null, attendance: "remote" },
      {
        participantId: "p6",
        name: "Bíró Gyöngyi",
        role: "professional",
        institution: "Védőnői Szolgálat",
        attendance: "remote",
      },
      {
        participantId: "p7",
        name: "Fekete Zsolt",
        role: "professional",
        institution: "Móricz Zsigmond Általános Iskola",
        attendance: "in_room",
      },
      {
        participantId: "p8",
        name: "Dr. Örkényi Ferenc",
        role: "professional",
        institution: "Háziorvosi Rendelő",
        attendance: "excused",
      },
      {
        participantId: "p9",
        name: "Lőrincz Ágota",
        role: "professional",
        institution: "Pedagógiai Szakszolgálat",
        attendance: "absent",
      },
      {
        participantId: "p10",
        name: "Kovácsné Szőke Ilona",
        role: "supporter",
        institution: null,
        attendance: "in_room",
      },
    ],
    agenda: [
      {
        id: "a1",
        title: "Megnyitó, keretek és titoktartás",
        timeboxMinutes: 10,
        elapsedMs: minutes(8),
        minutes: [
          {
            type: "paragraph",
            text: "A facilitátor ismertette a megbeszélés célját, időkeretét és a titoktartás szabályait. Minden résztvevő megerősítette, hogy az elhangzottakat bizalmasan kezeli.",
          },
        ],
      },
      {
        id: "a2",
        title: "Ami jól működik: a család erősségei",
        timeboxMinutes: 30,
        elapsedMs: minutes(34),
        minutes: [
          {
            type: "paragraph",
            text: "Az édesanya elmondta, hogy Bence szívesen focizik, és az edzésekre mindig pontosan érkezik. Lili óvodai beilleszkedése jól sikerült.",
          },
          { type: "heading", text: "Erőforrások" },
          {
            type: "bulletList",
            items: [
              "A nagymama hetente kétszer vállalja Lili óvodából hazavitelét.",
              "Az iskola délutáni tanulószobát tud biztosítani.",
              "A focicsapat edzője jó kapcsolatban van Bencével.",
            ],
          },
        ],
      },
      {
        id: "a3",
        title: "Aggodalmak és nehézségek",
        timeboxMinutes: 40,
        elapsedMs: minutes(41),
        minutes: [
          {
            type: "paragraph",
            text: "Az iskola jelezte, hogy Bencének az utolsó két hónapban tizennégy igazolatlan órája gyűlt össze, főleg hétfőn reggel. Az édesapa elmondta, hogy a hétvégi műszakja miatt hétfőn reggel nem tud segíteni.",
          },
          {
            type: "orderedList",
            items: [
              "Reggeli indulás: a hétfői késések oka az ébresztés.",
              "Tanulás: a matematikából való lemaradás miatt Bence szorong.",
              "Egészség: a háziorvosi beutaló a pszichológushoz még nem készült el.",
            ],
          },
        ],
      },
      {
        id: "a4",
        title: "Megállapodás és feladatok",
        timeboxMinutes: 30,
        elapsedMs: minutes(27),
        minutes: [],
      },
    ],
    tasks: [
      {
        id: "t1",
        title: "Tanulószobai hely biztosítása Bencének heti három délutánra",
        ownerName: "Fekete Zsolt",
        dueDate: "2025-03-28",
        successIndicator: "Bence heti három alkalommal részt vesz a tanulószobán.",
        status: "open",
      },
      {
        id: "t2",
        title: "Beutaló kérése a gyermekpszichológushoz",
        ownerName: "Horváth Győző",
        dueDate: "2025-03-21",
        successIndicator: "Az édesapa elmegy a háziorvoshoz a beutalóért.",
        status: "open",
      },
      {
        id: "t3",
        title: "Hétfő reggeli ébresztés megszervezése a nagymamával",
        ownerName: "Horváth Júlia",
        dueDate: "2025-03-17",
        successIndicator: "Nincs hétfői késés a következő négy hétben.",
        status: "in_progress",
      },
      {
        id: "t4",
        title: "Védőnői családlátogatás Lilinél",
        ownerName: "Bíró Gyöngyi",
        dueDate: null,
        successIndicator: null,
        status: "open",
      },
      {
        id: "t5",
        title: "Kapcsolatfelvétel a focicsapat edzőjével",
        ownerName: null,
        dueDate: "2025-04-04",
        successIndicator: "Az edző tud a tervről és jelzi, ha Bence hiányzik.",
        status: "open",
      },
    ],
    agreements: {
      howToInform:
        "Az esetmenedzser kéthetente telefonon egyeztet az iskolával és a védőnővel.\nA szülők bármilyen változásról (műszakbeosztás, betegség) e-mailben vagy telefonon értesítik az esetmenedzsert.",
      otherDecisions:
        "A következő esetkonferencián áttekintjük a feladatok teljesülését; Bence is részt vesz egy rövid részen, ha szeretne.",
      nextMeetingDate: "2025-05-23",
    },
  };
  const signatures: SignatureLine[] = [
    {
      participantId: "p1",
      name: "Szűcs Erzsébet",
      role: "organiser",
      outcome: "signed",
      at: "2025-03-14T11:38:00.000Z",
      inRoom: true,
      note: null,
    },
    {
      participantId: "p2",
      name: "Kőváry Ödön",
      role: "facilitator",
      outcome: "signed",
      at: "2025-03-14T11:39:00.000Z",
      inRoom: true,
      note: null,
    },
    {
      participantId: "p3",
      name: "Nagy Tünde",
      role: "note_taker",
      outcome: "signed",
      at: "2025-03-14T11:39:30.000Z",
      inRoom: true,
      note: null,
    },
    {
      participantId: "p4",
      name: "Horváth Júlia",
      role: "parent",
      outcome: "signed",
      at: "2025-03-14T11:40:00.000Z",
      inRoom: true,
      note: null,
    },
    {
      participantId: "p5",
      name: "Horváth Győző",
      role: "parent",
      outcome: "dissent",
      at: "2025-03-14T11:52:00.000Z",
      inRoom: false,
      note: "Nem értek egyet azzal, hogy a hétfői késések oka csak az ébresztés.",
    },
    {
      participantId: "p6",
      name: "Bíró Gyöngyi",
      role: "professional",
      outcome: "signed",
      at: "2025-03-14T12:05:00.000Z",
      inRoom: false,
      note: null,
    },
    {
      participantId: "p7",
      name: "Fekete Zsolt",
      role: "professional",
      outcome: "correction_requested",
      at: "2025-03-14T11:45:00.000Z",
      inRoom: true,
      note: "Az igazolatlan órák száma tizenkettő, nem tizennégy.",
    },
    {
      participantId: "p10",
      name: "Kovácsné Szőke Ilona",
      role: "supporter",
      outcome: "missing",
      at: null,
      inRoom: false,
      note: null,
    },
  ];
  return { content, signatures };
}

function czech(): Sample {
  const content: MinutesContent = {
    format: 1,
    language: "cs",
    conference: {
      id: "c-cs",
      kind: "conference",
      seriesIndex: 2,
      purpose:
        "Zhodnotit, co se od první konference podařilo, a domluvit další kroky, aby Tereza mohla zůstat v péči matky.",
      caseReference: "OSPOD-Brno-112/2025",
      children: ["Tereza"],
      scheduledStart: "2025-06-03T07:00:00.000Z",
      startedAt: "2025-06-03T07:05:00.000Z",
      endedAt: "2025-06-03T09:50:00.000Z",
      place: "Úřad městské části Brno-střed, zasedací místnost č. 214",
      onlineLink: null,
    },
    attendance: [
      {
        participantId: "q1",
        name: "Věra Šťastná",
        role: "organiser",
        institution: "OSPOD Brno-střed",
        attendance: "in_room",
      },
      {
        participantId: "q2",
        name: "Řehoř Dvořák",
        role: "facilitator",
        institution: "Centrum pro rodinu",
        attendance: "in_room",
      },
      {
        participantId: "q3",
        name: "Jiří Kříž",
        role: "note_taker",
        institution: "OSPOD Brno-střed",
        attendance: "in_room",
      },
      { participantId: "q4", name: "Lucie Černá", role: "parent", institution: null, attendance: "in_room" },
      {
        participantId: "q5",
        name: "Dagmar Hůlková",
        role: "professional",
        institution: "Pedagogicko-psychologická poradna",
        attendance: "absent",
      },
      {
        participantId: "q6",
        name: "Ondřej Růžička",
        role: "professional",
        institution: "Kurátor pro mládež",
        attendance: "excused",
      },
      {
        participantId: "q7",
        name: "Božena Říhová",
        role: "professional",
        institution: "Základní škola Úvoz",
        attendance: "remote",
      },
    ],
    agenda: [
      {
        id: "b1",
        title: "Úvod a pravidla mlčenlivosti",
        timeboxMinutes: 10,
        elapsedMs: minutes(9),
        minutes: [
          {
            type: "paragraph",
            text: "Facilitátor připomněl cíl setkání, časový rámec a povinnost mlčenlivosti. Všichni přítomní souhlasili.",
          },
        ],
      },
      {
        id: "b2",
        title: "Co se podařilo od minulého setkání",
        timeboxMinutes: 45,
        elapsedMs: minutes(52),
        minutes: [
          {
            type: "bulletList",
            items: [
              "Tereza chodí pravidelně do školy, absence klesly o dvě třetiny.",
              "Matka začala docházet do poradny pro rodinu.",
              "Babička pomáhá s odpoledním vyzvedáváním.",
            ],
          },
        ],
      },
      {
        id: "b3",
        title: "Další kroky a úkoly",
        timeboxMinutes: 40,
        elapsedMs: minutes(38),
        minutes: [
          { type: "heading", text: "Shrnutí" },
          {
            type: "paragraph",
            text: "Účastníci se shodli, že je třeba pokračovat v doučování z češtiny a zajistit vyšetření v pedagogicko-psychologické poradně.",
          },
        ],
      },
    ],
    tasks: [
      {
        id: "u1",
        title: "Objednat Terezu na vyšetření v poradně",
        ownerName: "Lucie Černá",
        dueDate: "2025-06-17",
        successIndicator: "Termín vyšetření je domluvený.",
        status: "open",
      },
      {
        id: "u2",
        title: "Zajistit doučování z češtiny dvakrát týdně",
        ownerName: "Božena Říhová",
        dueDate: "2025-06-30",
        successIndicator: "Tereza dochází na doučování.",
        status: "open",
      },
      {
        id: "u3",
        title: "Ověřit účast na setkání s kurátorem",
        ownerName: "Věra Šťastná",
        dueDate: "2025-06-10",
        successIndicator: null,
        status: "done",
      },
    ],
    agreements: {
      howToInform:
        "Sociální pracovnice OSPOD se jednou měsíčně ozve škole i matce; škola hlásí každou neomluvenou absenci do druhého dne.",
      otherDecisions: "Třetí konference se uskuteční po prázdninách; zúčastní se i Tereza, pokud bude chtít.",
      nextMeetingDate: "2025-09-09",
    },
  };
  const signatures: SignatureLine[] = [
    {
      participantId: "q1",
      name: "Věra Šťastná",
      role: "organiser",
      outcome: "signed",
      at: "2025-06-03T09:55:00.000Z",
      inRoom: true,
      note: null,
    },
    {
      participantId: "q2",
      name: "Řehoř Dvořák",
      role: "facilitator",
      outcome: "signed",
      at: "2025-06-03T09:56:00.000Z",
      inRoom: true,
      note: null,
    },
    {
      participantId: "q3",
      name: "Jiří Kříž",
      role: "note_taker",
      outcome: "signed",
      at: "2025-06-03T09:56:30.000Z",
      inRoom: true,
      note: null,
    },
    {
      participantId: "q4",
      name: "Lucie Černá",
      role: "parent",
      outcome: "correction_requested",
      at: "2025-06-03T09:58:00.000Z",
      inRoom: true,
      note: "Do poradny chodím už od dubna, ne od května.",
    },
    {
      participantId: "q7",
      name: "Božena Říhová",
      role: "professional",
      outcome: "signed",
      at: "2025-06-03T10:20:00.000Z",
      inRoom: false,
      note: null,
    },
  ];
  return { content, signatures };
}

function english(): Sample {
  const content: MinutesContent = {
    format: 1,
    language: "en",
    conference: {
      id: "c-en",
      kind: "consultation",
      seriesIndex: 1,
      purpose: "Agree how the professionals can support the family's own plan for Maya's return to school.",
      caseReference: "FCW-2025-031",
      children: ["Maya"],
      scheduledStart: "2025-10-02T12:00:00.000Z",
      startedAt: "2025-10-02T12:02:00.000Z",
      endedAt: "2025-10-02T13:40:00.000Z",
      place: null,
      onlineLink: "https://meet.example.org/fcw-031",
    },
    attendance: [
      {
        participantId: "r1",
        name: "Siobhán O'Neill",
        role: "organiser",
        institution: "Family Support Service",
        attendance: "remote",
      },
      {
        participantId: "r2",
        name: "Zoë Brontë",
        role: "facilitator",
        institution: "Independent facilitator",
        attendance: "remote",
      },
      {
        participantId: "r3",
        name: "Tomás Ferreira",
        role: "professional",
        institution: "St Mary's Primary School",
        attendance: "remote",
      },
      {
        participantId: "r4",
        name: "Priya Raman",
        role: "professional",
        institution: "Community Paediatrics",
        attendance: "excused",
      },
    ],
    agenda: [
      {
        id: "e1",
        title: "Frame and confidentiality",
        timeboxMinutes: 5,
        elapsedMs: minutes(6),
        minutes: [
          {
            type: "paragraph",
            text: "The facilitator stated the purpose, the time frame and the confidentiality rules.",
          },
        ],
      },
      {
        id: "e2",
        title: "Strengths and resources",
        timeboxMinutes: 30,
        elapsedMs: minutes(29),
        minutes: [
          {
            type: "bulletList",
            items: [
              "Maya enjoys the after-school art club.",
              "Her grandmother lives two streets away and offers to help.",
            ],
          },
        ],
      },
    ],
    tasks: [
      {
        id: "v1",
        title: "Arrange a phased timetable with the class teacher",
        ownerName: "Tomás Ferreira",
        dueDate: "2025-10-10",
        successIndicator: "Maya attends three full mornings a week.",
        status: "open",
      },
      {
        id: "v2",
        title: "Offer the family a home visit",
        ownerName: "Siobhán O'Neill",
        dueDate: "2025-10-08",
        successIndicator: null,
        status: "open",
      },
    ],
    agreements: {
      howToInform: "The school e-mails the family support worker every Friday with the week's attendance.",
      otherDecisions: "",
      nextMeetingDate: null,
    },
  };
  const signatures: SignatureLine[] = [
    {
      participantId: "r1",
      name: "Siobhán O'Neill",
      role: "organiser",
      outcome: "signed",
      at: "2025-10-02T13:45:00.000Z",
      inRoom: false,
      note: null,
    },
    {
      participantId: "r2",
      name: "Zoë Brontë",
      role: "facilitator",
      outcome: "signed",
      at: "2025-10-02T13:46:00.000Z",
      inRoom: false,
      note: null,
    },
    {
      participantId: "r3",
      name: "Tomás Ferreira",
      role: "professional",
      outcome: "missing",
      at: null,
      inRoom: false,
      note: null,
    },
  ];
  return { content, signatures };
}

export const MINUTES_SAMPLES: Record<Language, () => Sample> = { hu: hungarian, cs: czech, en: english };

/**
 * The Hungarian sample with a long meeting: many paragraphs per item and many tasks, so the
 * minutes run over several pages and the task table breaks across a page.
 */
export function longHungarianSample(): Sample {
  const sample = hungarian();
  const paragraph = (n: number) =>
    `${n}. hozzászólás: a résztvevők részletesen átbeszélték, hogyan tudja a család a hétköznapokban fenntartani a megállapodott napirendet, milyen akadályok merülhetnek fel a műszakváltások idején, és ki tud ilyenkor ugrani. Az édesanya hangsúlyozta, hogy a nagymama segítsége nélkülözhetetlen, a védőnő pedig felajánlotta, hogy a következő hónapban kétszer is ellátogat a családhoz.`;
  for (const item of sample.content.agenda) {
    item.minutes = [
      ...item.minutes,
      ...Array.from({ length: 6 }, (_, i) => ({ type: "paragraph" as const, text: paragraph(i + 1) })),
    ];
  }
  const base = sample.content.tasks;
  sample.content.tasks = Array.from({ length: 36 }, (_, i) => {
    const task = base[i % base.length]!;
    return { ...task, id: `long-${i}`, title: `${task.title} (${i + 1}. lépés)` };
  });
  return sample;
}
