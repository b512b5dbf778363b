/**
 * Who is asking. Every GraphQL request and every socket carries one; the policy decides what
 * it may do. Sign-in (staff) and invitation links (guests) arrive with the access-control work;
 * until then every caller is the single local operator of an embedded installation.
 */
export type Actor = { kind: "local-operator" } | { kind: "system"; reason: string };

export const LOCAL_OPERATOR: Actor = { kind: "local-operator" };
