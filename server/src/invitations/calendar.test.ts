import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, type CalendarFacts } from "./calendar.js";
import { offsetMinutes, vtimezone } from "./time-zone.js";

const base: CalendarFacts = {
  method: "REQUEST",
  uid: "conference-c0ffee@roundtable.example.org",
  sequence: 0,
  start: new Date("2027-01-12T09:00:00.000Z"),
  durationMinutes: 180,
  timeZone: "Europe/Budapest",
  summary: "Esetkonferencia (ügyszám: RT-2027/017)",
  description: "A megbeszélés célja: közös terv.\n\nhttps://roundtable.example.org/join/TOKEN",
  place: "Riverside Családsegítő, tárgyaló",
  onlineLink: "https://meet.example.org/room",
  url: "https://roundtable.example.org/join/TOKEN",
  organiser: { name: "Szabó Anna", email: "anna.szabo@riverside.example" },
  attendees: [
    { name: "Szabó Anna", email: "anna.szabo@riverside.example", state: "accepted", chair: true },
    { name: "Dvořák Jiří", email: "jiri@school.example", state: "sent" },
  ],
};

/** Parses as a calendar client would, with the message's own VTIMEZONE and nothing else. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe("the calendar entry", () => {
  it("is a REQUEST with a stable UID, the sequence, the meeting's time in its zone, place and link, organiser and attendees", () => {
    const ics = buildCalendar(base);
    expect(ics).toContain("DTSTART;TZID=Europe/Budapest:20270112T100000");
    expect(ics).toContain("DTEND;TZID=Europe/Budapest:20270112T130000");
    const { calendar, vevent, event } = parse(ics);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(event.uid).toBe("conference-c0ffee@roundtable.example.org");
    expect(event.sequence).toBe(0);
    expect(event.startDate.zone?.tzid).toBe("Europe/Budapest");
    expect(event.startDate.toJSDate().toISOString()).toBe("2027-01-12T09:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2027-01-12T12:00:00.000Z");
    expect(event.summary).toBe("Esetkonferencia (ügyszám: RT-2027/017)");
    expect(event.location).toBe("Riverside Családsegítő, tárgyaló — https://meet.example.org/room");
    expect(event.description).toContain("https://roundtable.example.org/join/TOKEN");
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(vevent.getFirstPropertyValue("url")).toBe("https://roundtable.example.org/join/TOKEN");
    expect(event.organizer).toBe("mailto:anna.szabo@riverside.example");
    const attendees = event.attendees.map((a) => ({
      address: String(a.getFirstValue()).toLowerCase(), // the scheme is case-insensitive
      name: a.getParameter("cn"),
      state: a.getParameter("partstat"),
      role: a.getParameter("role"),
    }));
    expect(attendees).toEqual([
      { address: "mailto:anna.szabo@riverside.example", name: "Szabó Anna", state: "ACCEPTED", role: "CHAIR" },
      { address: "mailto:jiri@school.example", name: "Dvořák Jiří", state: "NEEDS-ACTION", role: "REQ-PARTICIPANT" },
    ]);
  });

  it("places a summer meeting at the right instant too (the zone's daylight observance)", () => {
    const { event } = parse(buildCalendar({ ...base, start: new Date("2027-07-06T08:30:00.000Z") }));
    expect(event.startDate.toString()).toBe("2027-07-06T10:30:00");
    expect(event.startDate.toJSDate().toISOString()).toBe("2027-07-06T08:30:00.000Z");
  });

  it("for an update keeps the UID with a higher SEQUENCE, and a place-only meeting has no link in its location", () => {
    const { event } = parse(buildCalendar({ ...base, sequence: 3, onlineLink: null }));
    expect(event.uid).toBe(base.uid);
    expect(event.sequence).toBe(3);
    expect(event.location).toBe("Riverside Családsegítő, tárgyaló");
  });

  it("for a cancellation is METHOD:CANCEL with STATUS:CANCELLED, the same UID and the higher SEQUENCE", () => {
    const { calendar, vevent, event } = parse(buildCalendar({ ...base, method: "CANCEL", sequence: 4 }));
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.uid).toBe(base.uid);
    expect(event.sequence).toBe(4);
  });
});

describe("the VTIMEZONE from the runtime's zone data", () => {
  it("has Budapest's changes of the years around the meeting, to the minute", () => {
    const block = vtimezone("Europe/Budapest", new Date("2027-01-12T09:00:00Z"));
    // Summer time starts on the last Sunday of March at 02:00 local, ends on the last of October at 03:00.
    expect(block).toContain("BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200");
    expect(block).toContain("BEGIN:STANDARD\r\nDTSTART:20271031T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100");
    expect(block).toContain("DTSTART:20260329T020000");
    expect(block).toContain("DTSTART:20281029T030000");
  });

  it("for a zone without summer time is one standard observance", () => {
    const block = vtimezone("Asia/Tokyo", new Date("2027-01-12T09:00:00Z"));
    expect(block.match(/BEGIN:STANDARD/g)).toHaveLength(1);
    expect(block).not.toContain("DAYLIGHT");
    expect(block).toContain("TZOFFSETTO:+0900");
    expect(offsetMinutes(new Date("2027-01-12T09:00:00Z"), "Asia/Tokyo")).toBe(540);
  });
});
