import type { RoomParticipant } from "../types";

/** The owner list's value for "no one yet": a Select shows null as an empty field. */
export const NO_OWNER = "";

export interface OwnerOption {
  value: string;
  label: string;
}

/** The owner choices: no one, then the participants in the room's order; type-ahead matches the name. */
export function ownerOptions(participants: readonly RoomParticipant[], noOwner: string): OwnerOption[] {
  const people = participants.map((p) => ({
    value: p.id,
    label: p.institution ? `${p.name} (${p.institution})` : p.name,
  }));
  return [{ value: NO_OWNER, label: noOwner }, ...people];
}

export const ownerValue = (id: string | null): string => id ?? NO_OWNER;
export const ownerId = (value: string | null | undefined): string | null => (value ? value : null);
