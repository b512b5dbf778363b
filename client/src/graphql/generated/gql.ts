/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      conferenceId\n      participantId\n      account {\n        id\n        displayName\n        email\n        role\n        personId\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation RedeemGuestLink($token: String!) {\n    redeemGuestLink(token: $token) {\n      conferenceId\n      participantId\n    }\n  }\n": typeof types.RedeemGuestLinkDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      conferenceId\n      participantId\n      account {\n        id\n        displayName\n        email\n        role\n        personId\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation RedeemGuestLink($token: String!) {\n    redeemGuestLink(token: $token) {\n      conferenceId\n      participantId\n    }\n  }\n": types.RedeemGuestLinkDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      conferenceId\n      participantId\n      account {\n        id\n        displayName\n        email\n        role\n        personId\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemGuestLink($token: String!) {\n    redeemGuestLink(token: $token) {\n      conferenceId\n      participantId\n    }\n  }\n"): typeof import('./graphql').RedeemGuestLinkDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
