import { graphql } from "../graphql/generated";

/** A version of the minutes with its signature table, as the sign-off panel shows it. */
export const SignoffVersionFragment = graphql(`
  fragment SignoffVersion on MinutesVersion {
    id
    number
    sha256
    createdAt
    pdfPath
    content
    signatures {
      participantId
      name
      role
      outcome
      at
      inRoom
      note
      confirmedBy
    }
  }
`);

/** The conference's minutes and what the viewer may do with them. */
export const SignoffQuery = graphql(`
  query Signoff($id: ID!) {
    conference(id: $id) {
      id
      status
      viewerAccess {
        participantId
        role
        canPrepare
        canRun
      }
      minutesVersions {
        ...SignoffVersion
      }
    }
  }
`);

export const SignoffSignMutation = graphql(`
  mutation SignoffSign($versionId: ID!, $input: MinutesAnswerInput!) {
    signMinutes(versionId: $versionId, input: $input) {
      id
    }
  }
`);

export const SignoffSignInRoomMutation = graphql(`
  mutation SignoffSignInRoom($versionId: ID!, $participantId: ID!, $input: MinutesAnswerInput!) {
    signInRoom(versionId: $versionId, participantId: $participantId, input: $input) {
      id
    }
  }
`);

export const SignoffReopenMutation = graphql(`
  mutation SignoffReopen($conferenceId: ID!) {
    reopenMinutes(conferenceId: $conferenceId) {
      id
      status
    }
  }
`);

export const SignoffCloseMissingMutation = graphql(`
  mutation SignoffCloseMissing($conferenceId: ID!) {
    closeWithMissingSignatures(conferenceId: $conferenceId) {
      id
      status
    }
  }
`);
