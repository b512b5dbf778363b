import type { Attendance, ConferenceKind, ConferenceStatus, Language, ParticipantRole } from "@roundtable/shared";
import type { ActivityKind } from "./activity-log.js";

/** The words of the activity log's spreadsheet, in the language asked for. */
export interface ActivityLabels {
  columns: {
    date: string;
    time: string;
    entry: string;
    seriesIndex: string;
    meetingKind: string;
    purpose: string;
    status: string;
    organisers: string;
    participants: string;
    inRoom: string;
    remote: string;
    absent: string;
    excused: string;
    unknown: string;
    details: string;
  };
  entries: Record<ActivityKind, string>;
  meetingKinds: Record<ConferenceKind, string>;
  statuses: Record<ConferenceStatus, string>;
  roles: Record<ParticipantRole, string>;
  attendance: Record<Attendance | "unknown", string>;
  messages(count: number, delivered: number): string;
  signatures(signed: number, present: number): string;
}

const en: ActivityLabels = {
  columns: {
    date: "Date",
    time: "Time",
    entry: "Entry",
    seriesIndex: "Meeting no.",
    meetingKind: "Kind of meeting",
    purpose: "Purpose",
    status: "Status",
    organisers: "Organised by",
    participants: "Participants (institution: attendance)",
    inRoom: "In the room",
    remote: "Remote",
    absent: "Absent",
    excused: "Excused",
    unknown: "Not recorded",
    details: "Details",
  },
  entries: {
    conference: "Meeting",
    invitations_sent: "Invitations sent",
    invitation_update_sent: "Invitation update sent",
    minutes_reopened: "Minutes reopened for amendment",
    minutes_closed: "Minutes closed",
    minutes_sent: "Minutes sent to the invitees",
    cancelled: "Meeting cancelled",
  },
  meetingKinds: {
    conference: "Case conference",
    consultation: "Case consultation",
    inter_professional: "Inter-professional meeting",
  },
  statuses: {
    draft: "Draft",
    invited: "Invited",
    live: "Under way",
    signing: "Minutes being signed",
    closed: "Closed",
    cancelled: "Cancelled",
  },
  roles: {
    organiser: "organiser",
    facilitator: "facilitator",
    note_taker: "note taker",
    professional: "professional",
    parent: "parent",
    child: "child",
    relative: "relative",
    supporter: "supporter",
    observer: "observer",
  },
  attendance: {
    in_room: "in the room",
    remote: "remote",
    absent: "absent",
    excused: "excused",
    unknown: "not recorded",
  },
  messages: (count, delivered) => `messages: ${count}, delivered: ${delivered}`,
  signatures: (signed, present) => `signed by ${signed} of ${present} present`,
};

const hu: ActivityLabels = {
  columns: {
    date: "Dátum",
    time: "Időpont",
    entry: "Bejegyzés",
    seriesIndex: "Sorszám",
    meetingKind: "Megbeszélés típusa",
    purpose: "Cél",
    status: "Állapot",
    organisers: "Szervező",
    participants: "Résztvevők (intézmény: jelenlét)",
    inRoom: "Személyesen",
    remote: "Távolról",
    absent: "Távol maradt",
    excused: "Kimentette magát",
    unknown: "Nincs rögzítve",
    details: "Megjegyzés",
  },
  entries: {
    conference: "Megbeszélés",
    invitations_sent: "Meghívók kiküldve",
    invitation_update_sent: "Meghívó módosítása kiküldve",
    minutes_reopened: "Jegyzőkönyv újranyitva javításra",
    minutes_closed: "Jegyzőkönyv lezárva",
    minutes_sent: "Jegyzőkönyv megküldve a meghívottaknak",
    cancelled: "Megbeszélés lemondva",
  },
  meetingKinds: {
    conference: "Esetkonferencia",
    consultation: "Esetkonzultáció",
    inter_professional: "Szakmaközi megbeszélés",
  },
  statuses: {
    draft: "Tervezet",
    invited: "Meghívók kiküldve",
    live: "Folyamatban",
    signing: "Aláírásra vár",
    closed: "Lezárva",
    cancelled: "Lemondva",
  },
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
  attendance: {
    in_room: "személyesen",
    remote: "távolról",
    absent: "távol maradt",
    excused: "kimentette magát",
    unknown: "nincs rögzítve",
  },
  messages: (count, delivered) => `üzenetek: ${count}, kézbesítve: ${delivered}`,
  signatures: (signed, present) => `${present} jelenlévőből ${signed} aláírta`,
};

const cs: ActivityLabels = {
  columns: {
    date: "Datum",
    time: "Čas",
    entry: "Záznam",
    seriesIndex: "Pořadí setkání",
    meetingKind: "Druh setkání",
    purpose: "Účel",
    status: "Stav",
    organisers: "Organizátor",
    participants: "Účastníci (instituce: účast)",
    inRoom: "Osobně",
    remote: "Na dálku",
    absent: "Nepřítomni",
    excused: "Omluveni",
    unknown: "Nezaznamenáno",
    details: "Poznámka",
  },
  entries: {
    conference: "Setkání",
    invitations_sent: "Pozvánky odeslány",
    invitation_update_sent: "Změna pozvánky odeslána",
    minutes_reopened: "Zápis znovu otevřen k opravě",
    minutes_closed: "Zápis uzavřen",
    minutes_sent: "Zápis rozeslán pozvaným",
    cancelled: "Setkání zrušeno",
  },
  meetingKinds: {
    conference: "Případová konference",
    consultation: "Konzultace případu",
    inter_professional: "Mezioborové setkání",
  },
  statuses: {
    draft: "Koncept",
    invited: "Pozvánky odeslány",
    live: "Probíhá",
    signing: "Zápis k podpisu",
    closed: "Uzavřeno",
    cancelled: "Zrušeno",
  },
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
  attendance: {
    in_room: "osobně",
    remote: "na dálku",
    absent: "nepřítomen",
    excused: "omluven",
    unknown: "nezaznamenáno",
  },
  messages: (count, delivered) => `zprávy: ${count}, doručeno: ${delivered}`,
  signatures: (signed, present) => `podepsalo ${signed} z ${present} přítomných`,
};

export const ACTIVITY_LABELS: Record<Language, ActivityLabels> = { en, hu, cs };
