import { graphql } from "../graphql/generated";

/** The case a new conference is planned for: its name in the page title. */
export const ConferenceNewCaseQuery = graphql(`
  query ConferenceNewCase($id: ID!) {
    case(id: $id) {
      id
      familyName
      reference
    }
  }
`);

export const ConferenceCreateMutation = graphql(`
  mutation ConferenceCreate($input: ConferenceInput!) {
    createConference(input: $input) {
      id
    }
  }
`);

/** A person as the participant list and the person search show them (PersonLine). */
export const ConferencePersonFragment = graphql(`
  fragment ConferencePerson on Person {
    id
    fullName
    kind
    profession
    relationship
    institution {
      id
      name
    }
  }
`);

/** The meeting as an invitation gives it: what for, when, where. */
export const ConferenceMeetingFragment = graphql(`
  fragment ConferenceMeeting on Conference {
    kind
    purpose
    scheduledStart
    scheduledEnd
    plannedDurationMinutes
    place
    onlineLink
  }
`);

/** Everything the conference page shows; `viewerAccess` decides which parts. */
export const ConferencePageQuery = graphql(`
  query ConferencePage($id: ID!) {
    conference(id: $id) {
      id
      ...ConferenceMeeting
      seriesIndex
      language
      status
      nextStatuses
      readinessProblems
      case {
        id
        familyName
        reference
      }
      inviteeHints {
        missing {
          code
          professions
        }
        professionalCount
        minimumProfessionals
        meetsProfessionalMinimum
      }
      viewerAccess {
        participantId
        role
        canPrepare
        canRun
        canEditLive
      }
      participants {
        id
        role
        invitationState
        attendance
        invitationLink {
          createdAt
          expiresAt
          revokedAt
          lastUsedAt
        }
        person {
          ...ConferencePerson
        }
      }
      agenda {
        id
        title
        timeboxMinutes
        position
      }
      agreedTasks {
        id
        title
        dueDate
        status
        overdue
        successIndicator
        ownerPerson {
          id
          fullName
        }
      }
    }
  }
`);

export const ConferenceUpdateMutation = graphql(`
  mutation ConferenceUpdate($id: ID!, $input: ConferencePatch!) {
    updateConference(id: $id, input: $input) {
      id
    }
  }
`);

export const ConferenceTransitionMutation = graphql(`
  mutation ConferenceTransition($id: ID!, $to: ConferenceStatus!) {
    transitionConference(id: $id, to: $to) {
      id
      status
    }
  }
`);

export const ConferencePersonsQuery = graphql(`
  query ConferencePersons($search: String) {
    persons(search: $search, first: 20) {
      nodes {
        ...ConferencePerson
      }
    }
  }
`);

export const ConferenceInstitutionsQuery = graphql(`
  query ConferenceInstitutions($search: String) {
    institutions(search: $search, first: 20) {
      nodes {
        id
        name
      }
    }
  }
`);

export const ConferenceCreatePersonMutation = graphql(`
  mutation ConferenceCreatePerson($input: PersonInput!) {
    createPerson(input: $input) {
      id
    }
  }
`);

export const ConferenceAddParticipantMutation = graphql(`
  mutation ConferenceAddParticipant($conferenceId: ID!, $input: ParticipantInput!) {
    addParticipant(conferenceId: $conferenceId, input: $input) {
      id
    }
  }
`);

export const ConferenceUpdateParticipantMutation = graphql(`
  mutation ConferenceUpdateParticipant($id: ID!, $input: ParticipantPatch!) {
    updateParticipant(id: $id, input: $input) {
      id
      role
    }
  }
`);

export const ConferenceRemoveParticipantMutation = graphql(`
  mutation ConferenceRemoveParticipant($id: ID!) {
    removeParticipant(id: $id)
  }
`);

export const ConferenceIssueGuestLinkMutation = graphql(`
  mutation ConferenceIssueGuestLink($participantId: ID!) {
    issueGuestLink(participantId: $participantId) {
      url
      expiresAt
    }
  }
`);

export const ConferenceAddAgendaItemMutation = graphql(`
  mutation ConferenceAddAgendaItem($conferenceId: ID!, $input: AgendaItemInput!) {
    addAgendaItem(conferenceId: $conferenceId, input: $input) {
      id
    }
  }
`);

export const ConferenceUpdateAgendaItemMutation = graphql(`
  mutation ConferenceUpdateAgendaItem($id: ID!, $input: AgendaItemPatch!) {
    updateAgendaItem(id: $id, input: $input) {
      id
    }
  }
`);

export const ConferenceMoveAgendaItemMutation = graphql(`
  mutation ConferenceMoveAgendaItem($id: ID!, $position: Int!) {
    moveAgendaItem(id: $id, position: $position) {
      id
    }
  }
`);

export const ConferenceRemoveAgendaItemMutation = graphql(`
  mutation ConferenceRemoveAgendaItem($id: ID!) {
    removeAgendaItem(id: $id) {
      id
    }
  }
`);

export const ConferenceChangedSubscription = graphql(`
  subscription ConferenceChanged($id: ID!) {
    conferenceChanged(id: $id) {
      id
    }
  }
`);

export const ConferenceParticipantChangedSubscription = graphql(`
  subscription ConferenceParticipantChanged($conferenceId: ID!) {
    participantChanged(conferenceId: $conferenceId) {
      id
    }
  }
`);
