import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../graphql/client";
import { defaultAgenda } from "./defaultAgenda";
import { agendaItem, buildConference } from "./test-support";
import { useAgendaEditor } from "./useAgendaEditor";

const request = vi.hoisted(() => vi.fn());
vi.mock("../graphql/client", async (original) => ({
  ...(await original<typeof import("../graphql/client")>()),
  request,
}));

const variables = () => request.mock.calls.map((call) => call[1] as Record<string, unknown>);

beforeEach(() => {
  request.mockReset();
  request.mockResolvedValue({});
});

describe("the agenda editor", () => {
  it("adds the default agenda item by item, in order, in the conference's language", async () => {
    const conference = buildConference({ language: "CS", plannedDurationMinutes: 120 });
    const reload = vi.fn(() => Promise.resolve());
    const editor = useAgendaEditor(conference, reload);

    expect(await editor.applyDefault()).toBe(true);

    expect(variables()).toEqual(defaultAgenda("CS", 120).map((input) => ({ conferenceId: "conf-1", input })));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it("does not add the template to an agenda that has items", async () => {
    const editor = useAgendaEditor(buildConference({ agenda: [agendaItem("a", "Welcome", 10, 0)] }), async () => {});
    expect(await editor.applyDefault()).toBe(false);
    expect(request).not.toHaveBeenCalled();
  });

  it("moves an item to its neighbour's place, and not past either end", async () => {
    const agenda = [agendaItem("a", "A", 10, 0), agendaItem("b", "B", 10, 1), agendaItem("c", "C", 10, 2)];
    const editor = useAgendaEditor(buildConference({ agenda }), async () => {});

    expect(await editor.move(2, -1)).toBe(true);
    expect(await editor.move(0, -1)).toBe(false);
    expect(await editor.move(2, 1)).toBe(false);
    expect(await editor.move(0, 1)).toBe(true);
    expect(variables()).toEqual([
      { id: "c", position: 1 },
      { id: "a", position: 1 },
    ]);
  });

  it("stops offering changes once the meeting has begun and the API refuses them, and reloads", async () => {
    request.mockRejectedValueOnce(new ApiError("live now", "CONFERENCE_LOCKED", { status: "live" }));
    const reload = vi.fn(() => Promise.resolve());
    const editor = useAgendaEditor(buildConference({ status: "INVITED" }), reload);

    expect(await editor.add("Strengths", 20)).toBe(false);
    expect(editor.locked.value).toBe(true);
    expect(editor.error.value).toBeNull();
    expect(reload).toHaveBeenCalledTimes(1);

    expect(await editor.add("Worries", 20)).toBe(false);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it("keeps other refusals as the error to show, with the agenda still editable", async () => {
    const refusal = new ApiError("Invalid input", "BAD_USER_INPUT", { fields: [] });
    request.mockRejectedValueOnce(refusal);
    const editor = useAgendaEditor(buildConference(), async () => {});

    expect(await editor.update("a", "  ", 10)).toBe(false);
    expect(editor.error.value).toBe(refusal);
    expect(editor.locked.value).toBe(false);
    expect(await editor.remove("a")).toBe(true);
    expect(editor.error.value).toBeNull();
  });

  it("sends titles trimmed", async () => {
    await useAgendaEditor(buildConference(), async () => {}).add("  What the family wants ", 15);
    expect(variables()[0]).toEqual({
      conferenceId: "conf-1",
      input: { title: "What the family wants", timeboxMinutes: 15 },
    });
  });
});
