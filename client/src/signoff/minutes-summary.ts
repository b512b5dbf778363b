/**
 * What the panel shows of a version's content (the server's MinutesContent, format 1), read
 * from the JSON it arrives as. Anything not in the expected shape yields null, and the panel
 * then offers the PDF alone rather than guessing.
 */
export type SummaryBlock =
  { type: "paragraph" | "heading"; text: string } | { type: "bulletList" | "orderedList"; items: string[] };

export interface MinutesSummary {
  purpose: string;
  caseReference: string;
  present: string[];
  agenda: { id: string; title: string; blocks: SummaryBlock[] }[];
  tasks: { id: string; title: string; ownerName: string | null; dueDate: string | null }[];
  agreements: { howToInform: string; otherDecisions: string; nextMeetingDate: string | null };
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const strings = (value: unknown): string[] => list(value).flatMap((v) => (typeof v === "string" ? [v] : []));

function readBlock(value: unknown): SummaryBlock | null {
  if (!isObject(value)) return null;
  const type = value["type"];
  if (type === "paragraph" || type === "heading") {
    const text = str(value["text"]);
    return text === null ? null : { type, text };
  }
  if (type === "bulletList" || type === "orderedList") return { type, items: strings(value["items"]) };
  return null;
}

const PRESENT = new Set(["in_room", "remote"]);

export function readMinutesSummary(content: Record<string, unknown>): MinutesSummary | null {
  const conference = content["conference"];
  const agreements = content["agreements"];
  if (content["format"] !== 1 || !isObject(conference) || !isObject(agreements)) return null;
  return {
    purpose: str(conference["purpose"]) ?? "",
    caseReference: str(conference["caseReference"]) ?? "",
    present: list(content["attendance"]).flatMap((a) =>
      isObject(a) && PRESENT.has(String(a["attendance"])) && typeof a["name"] === "string" ? [a["name"]] : [],
    ),
    agenda: list(content["agenda"]).flatMap((item) => {
      if (!isObject(item)) return [];
      const blocks = list(item["minutes"]).flatMap((b) => readBlock(b) ?? []);
      return [{ id: String(item["id"]), title: str(item["title"]) ?? "", blocks }];
    }),
    tasks: list(content["tasks"]).flatMap((task) =>
      isObject(task)
        ? [
            {
              id: String(task["id"]),
              title: str(task["title"]) ?? "",
              ownerName: str(task["ownerName"]),
              dueDate: str(task["dueDate"]),
            },
          ]
        : [],
    ),
    agreements: {
      howToInform: str(agreements["howToInform"]) ?? "",
      otherDecisions: str(agreements["otherDecisions"]) ?? "",
      nextMeetingDate: str(agreements["nextMeetingDate"]),
    },
  };
}
