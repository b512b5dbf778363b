import { createPubSub } from "@graphql-yoga/subscription";

/**
 * Change events for subscriptions. The payload names what changed; the subscription resolver
 * loads it fresh and asks the policy whether this subscriber may see it.
 */
export interface ChangeEvent {
  id: string;
  caseId: string;
  conferenceId: string | null;
  /** For tasks: who owns it, which decides who else may see the change. */
  owner?: { personId: string | null; participantId: string | null };
}

export const TOPICS = {
  conference: "CONFERENCE_CHANGED",
  participant: "PARTICIPANT_CHANGED",
  task: "TASK_CHANGED",
  /** A participant was removed or their guest link withdrawn: their live connections must close. */
  accessRevoked: "ACCESS_REVOKED",
} as const;

export interface AccessRevokedEvent {
  participantId: string;
}

export function createEvents() {
  return createPubSub<{
    [TOPICS.conference]: [ChangeEvent];
    [TOPICS.participant]: [ChangeEvent];
    [TOPICS.task]: [ChangeEvent];
    [TOPICS.accessRevoked]: [AccessRevokedEvent];
  }>();
}

export type Events = ReturnType<typeof createEvents>;
