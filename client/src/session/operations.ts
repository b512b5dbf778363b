import { graphql } from "../graphql/generated";

export const MeQuery = graphql(`
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
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const RedeemGuestLinkMutation = graphql(`
  mutation RedeemGuestLink($token: String!) {
    redeemGuestLink(token: $token) {
      conferenceId
      participantId
    }
  }
`);
