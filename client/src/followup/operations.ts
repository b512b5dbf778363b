import { graphql } from "../graphql/generated";

/** What a deadline line shows, on the case page and in the overdue view. */
export const FollowupDeadlineFragment = graphql(`
  fragment FollowupDeadline on Deadline {
    id
    kind
    dueDate
    windowStart
    since
    overdue
    daysLeft
    met
    metAt
    lastReminder {
      timing
      outcome
      at
    }
    conference {
      id
      seriesIndex
      kind
    }
    plannedConference {
      id
      seriesIndex
      kind
      scheduledStart
    }
    task {
      id
      title
      ownerPerson {
        id
        fullName
      }
    }
  }
`);

/** The case's clocks, most urgent first; null for anyone but the case's team. */
export const FollowupCaseDeadlinesQuery = graphql(`
  query FollowupCaseDeadlines($id: ID!) {
    case(id: $id) {
      id
      deadlines {
        ...FollowupDeadline
      }
    }
  }
`);

/** The overdue view across the caller's cases. */
export const FollowupMyDeadlinesQuery = graphql(`
  query FollowupMyDeadlines($withinDays: Int!) {
    myDeadlines(withinDays: $withinDays) {
      ...FollowupDeadline
      case {
        id
        reference
        familyName
      }
    }
  }
`);

/** The register of contacts, oldest first; null for anyone but the case's team. */
export const FollowupCaseActivityQuery = graphql(`
  query FollowupCaseActivity($id: ID!) {
    case(id: $id) {
      id
      activityLog {
        id
        at
        kind
        seriesIndex
        conferenceKind
        status
        conference {
          id
        }
        participants {
          name
        }
        attendance {
          inRoom
          remote
          absent
          excused
          unknown
        }
        messages {
          count
          delivered
        }
        signatures {
          signed
          present
        }
      }
    }
  }
`);

/** A conference or a task of the case changed: its clocks and log may have moved. */
export const FollowupConferenceChangedSubscription = graphql(`
  subscription FollowupConferenceChanged($caseId: ID!) {
    conferenceChanged(caseId: $caseId) {
      id
    }
  }
`);

export const FollowupTaskChangedSubscription = graphql(`
  subscription FollowupTaskChanged($caseId: ID!) {
    taskChanged(caseId: $caseId) {
      id
    }
  }
`);
