import { graphql } from "../../graphql/generated";

/** The projector's names for the people in the live document (speakers, task owners). */
export const DisplayConferenceQuery = graphql(`
  query DisplayConference($id: ID!) {
    conference(id: $id) {
      id
      participants {
        ...RoomParticipantFields
      }
    }
  }
`);
