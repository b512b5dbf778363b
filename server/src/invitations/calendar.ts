import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalAttendeeData,
} from "ical-generator";
import type { InvitationState } from "@roundtable/shared";
import { vtimezone, zonedForIcal } from "./time-zone.js";

/** What the calendar entry of one invitation, update or cancellation says. */
export interface CalendarFacts {
  method: "REQUEST" | "CANCEL";
  /** The same for every message about one conference, so calendars update the one entry. */
  uid: string;
  /** Higher with every update; a calendar ignores a message older than the entry it has. */
  sequence: number;
  start: Date;
  durationMinutes: number;
  timeZone: string;
  summary: string;
  description: string;
  place: string | null;
  onlineLink: string | null;
  /** The recipient's own link (guest link or the conference page). */
  url: string | null;
  organiser: { name: string; email: string };
  /**
   * The recipient (and the organiser as chair): never the other participants, whose e-mail
   * addresses a guest must not learn; the letter lists them by name.
   */
  attendees: { name: string; email: string; state: InvitationState; chair?: boolean }[];
}

const PARTSTAT: Record<InvitationState, ICalAttendeeStatus> = {
  not_sent: ICalAttendeeStatus.NEEDSACTION,
  sent: ICalAttendeeStatus.NEEDSACTION,
  accepted: ICalAttendeeStatus.ACCEPTED,
  declined: ICalAttendeeStatus.DECLINED,
};

/** Where the meeting is: the place, the online link, or both. */
export function location(place: string | null, onlineLink: string | null): string | null {
  const parts = [place, onlineLink].filter((x): x is string => !!x);
  return parts.length ? parts.join(" — ") : null;
}

/** An iTIP message (RFC 5546): REQUEST for an invitation or update, CANCEL for a cancellation. */
export function buildCalendar(f: CalendarFacts): string {
  const cal = ical({
    prodId: { company: "Roundtable", product: "Case conferences", language: "EN" },
    method: f.method === "REQUEST" ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
    // No calendar-wide zone (DTSTAMP stays in UTC); the event's zone gets its VTIMEZONE from Intl.
    timezone: { name: null, generator: (tz) => vtimezone(tz, f.start) },
  });
  const end = new Date(f.start.getTime() + f.durationMinutes * 60_000);
  const attendees: ICalAttendeeData[] = f.attendees.map((a) => ({
    name: a.name,
    email: a.email,
    role: a.chair ? ICalAttendeeRole.CHAIR : ICalAttendeeRole.REQ,
    status: a.chair ? ICalAttendeeStatus.ACCEPTED : PARTSTAT[a.state],
    // Answers go through the personal link, which records them; a calendar reply would not.
    rsvp: false,
  }));
  cal.createEvent({
    id: f.uid,
    sequence: f.sequence,
    timezone: f.timeZone,
    start: zonedForIcal(f.start, f.timeZone),
    end: zonedForIcal(end, f.timeZone),
    summary: f.summary,
    description: f.description,
    location: location(f.place, f.onlineLink),
    url: f.url,
    organizer: { name: f.organiser.name, email: f.organiser.email },
    attendees,
    status: f.method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return cal.toString();
}
