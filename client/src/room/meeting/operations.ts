import { graphql } from "../../graphql/generated";

/** The projector's names for the people in the live document (speakers, task owners). */
export const DisplayConferenceQuery = graphql(`
  query DisplayConference($id: ID!) {
    conference(id: $id) {
      id
      participants {
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
    }
  }
`);

/** Whether the caller may open the conference at all: asked when the live socket keeps failing. */
export const DisplayAccessQuery = graphql(`
  query DisplayAccess($id: ID!) {
    conference(id: $id) {
      id
    }
  }
`);

/** Someone was invited, renamed or removed: the names on the display follow. */
export const DisplayParticipantChangedSubscription = graphql(`
  subscription DisplayParticipantChanged($conferenceId: ID!) {
    participantChanged(conferenceId: $conferenceId) {
      id
    }
  }
`);
