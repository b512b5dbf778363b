import { graphql } from "../graphql/generated";

/** A participant as the room and the projector name them (toRoomParticipants). */
export const RoomParticipantFieldsFragment = graphql(`
  fragment RoomParticipantFields on Participant {
    id
    role
    person {
      id
      fullName
      institution {
        id
        name
      }
    }
  }
`);

/** Everything the room shows about its conference, and what the caller may do in it. */
export const RoomConferenceQuery = graphql(`
  query RoomConference($id: ID!) {
    conference(id: $id) {
      id
      status
      purpose
      kind
      scheduledStart
      scheduledEnd
      plannedDurationMinutes
      place
      onlineLink
      participants {
        ...RoomParticipantFields
        attendance
        confidentialityAcknowledgedAt
      }
      viewerAccess {
        participantId
        role
        canEditLive
        canRun
      }
    }
  }
`);

/** Whether the caller may open the conference at all: asked when the live socket keeps failing. */
export const RoomAccessQuery = graphql(`
  query RoomAccess($id: ID!) {
    conference(id: $id) {
      id
    }
  }
`);

export const RoomConferenceChangedSubscription = graphql(`
  subscription RoomConferenceChanged($id: ID!) {
    conferenceChanged(id: $id) {
      id
      status
    }
  }
`);

export const RoomParticipantChangedSubscription = graphql(`
  subscription RoomParticipantChanged($conferenceId: ID!) {
    participantChanged(conferenceId: $conferenceId) {
      id
    }
  }
`);

export const RoomAcknowledgeConfidentialityMutation = graphql(`
  mutation RoomAcknowledgeConfidentiality($participantId: ID!) {
    acknowledgeConfidentiality(participantId: $participantId) {
      id
      confidentialityAcknowledgedAt
    }
  }
`);

export const RoomTransitionConferenceMutation = graphql(`
  mutation RoomTransitionConference($id: ID!, $to: ConferenceStatus!) {
    transitionConference(id: $id, to: $to) {
      id
      status
    }
  }
`);
