/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Administrators manage accounts and institutions; staff work on their cases. */
export type AccountRole =
  | 'ADMIN'
  | 'STAFF';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { conferenceId: string | null, participantId: string | null, account: { id: string, displayName: string, email: string, role: AccountRole, personId: string | null } | null } | null };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type RedeemGuestLinkMutationVariables = Exact<{
  token: string;
}>;


export type RedeemGuestLinkMutation = { redeemGuestLink: { conferenceId: string | null, participantId: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    conferenceId
    participantId
    account {
      id
      displayName
      email
      role
      personId
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const RedeemGuestLinkDocument = new TypedDocumentString(`
    mutation RedeemGuestLink($token: String!) {
  redeemGuestLink(token: $token) {
    conferenceId
    participantId
  }
}
    `) as unknown as TypedDocumentString<RedeemGuestLinkMutation, RedeemGuestLinkMutationVariables>;