import { graphql } from "../graphql/generated";

/** What an invitee sees of their invitation: the meeting, who takes part, and their own answer. */
export const InvitationViewQuery = graphql(`
  query InvitationView($id: ID!) {
    conference(id: $id) {
      id
      status
      ...ConferenceMeeting
      viewerAccess {
        participantId
        role
      }
      participants {
        id
        role
        invitationState
        invitation {
          lastLetter
          lastSentAt
          answeredAt
          answerNote
        }
        person {
          id
          fullName
          profession
          institution {
            id
            name
          }
        }
      }
    }
  }
`);

export const InvitationRespondMutation = graphql(`
  mutation InvitationRespond($participantId: ID!, $accept: Boolean!, $note: String) {
    respondToInvitation(participantId: $participantId, accept: $accept, note: $note) {
      id
      invitationState
      invitation {
        answeredAt
        answerNote
      }
    }
  }
`);

/** For the organisers: every participant's invitation and who cannot be reached by e-mail. */
export const InvitationOverviewQuery = graphql(`
  query InvitationOverview($id: ID!) {
    conference(id: $id) {
      id
      status
      notReachableByEmail {
        id
      }
      participants {
        id
        invitationState
        invitation {
          lastLetter
          firstSentAt
          lastSentAt
          answeredAt
          answerNote
        }
      }
    }
  }
`);

export const InvitationSendMutation = graphql(`
  mutation InvitationSend($participantId: ID!) {
    sendInvitation(participantId: $participantId) {
      id
      invitationState
    }
  }
`);

/** One message and how its delivery stands, as the deliveries list and the outbox show it. */
export const MailDeliveryFieldsFragment = graphql(`
  fragment MailDeliveryFields on MailDelivery {
    id
    kind
    status
    recipientName
    recipientAddress
    subject
    attempts
    lastError
    lastAttemptAt
    nextAttemptAt
    sentAt
    createdAt
    conferenceId
  }
`);

export const ConferenceMailQuery = graphql(`
  query ConferenceMail($id: ID!) {
    conference(id: $id) {
      id
      mailDeliveries {
        ...MailDeliveryFields
      }
    }
  }
`);

export const MailOutboxQuery = graphql(`
  query MailOutbox($filter: MailOutboxFilter, $after: String) {
    mailOutbox(filter: $filter, after: $after, first: 25) {
      nodes {
        ...MailDeliveryFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const ResendMailMutation = graphql(`
  mutation ResendMail($id: ID!) {
    resendMail(id: $id) {
      ...MailDeliveryFields
    }
  }
`);
