import { graphql } from "../graphql/generated";

/**
 * One page of the case list with what each row shows. Every relation here is batched on the
 * server (one SQL statement per relation for the whole page), so the open-task count is cheap.
 */
export const CaseListCasesQuery = graphql(`
  query CaseListCases($first: Int!, $after: String, $filter: CaseFilter) {
    cases(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        reference
        familyName
        status
        caseManager {
          id
          fullName
        }
        children {
          id
        }
        conferences {
          id
          seriesIndex
          kind
          status
          scheduledStart
        }
        openTasks {
          id
        }
      }
    }
  }
`);

/** The case page. The reporter is closed data: it has its own query, asked only on request. */
export const CasePageCaseQuery = graphql(`
  query CasePageCase($id: ID!) {
    case(id: $id) {
      id
      reference
      familyName
      status
      caseManager {
        id
        fullName
        profession
        institution {
          id
          name
        }
      }
      children {
        id
        fullName
        birthDate
      }
      team {
        id
        displayName
      }
      professionals {
        id
        fullName
        profession
        institution {
          id
          name
          kind
        }
      }
      conferences {
        id
        seriesIndex
        kind
        status
        scheduledStart
        purpose
      }
      openTasks {
        id
        title
        dueDate
        overdue
        status
        ownerPerson {
          id
          fullName
        }
        agreedIn {
          id
          seriesIndex
        }
      }
    }
  }
`);

export const CasePageReporterQuery = graphql(`
  query CasePageReporter($id: ID!) {
    case(id: $id) {
      id
      reporter {
        name
        contact
        note
        reportedOn
      }
    }
  }
`);

export const CasePageStaffMembersQuery = graphql(`
  query CasePageStaffMembers($search: String) {
    staffMembers(search: $search, first: 20) {
      nodes {
        id
        displayName
      }
    }
  }
`);

export const CasePageAddTeamMemberMutation = graphql(`
  mutation CasePageAddTeamMember($caseId: ID!, $accountId: ID!) {
    addCaseTeamMember(caseId: $caseId, accountId: $accountId) {
      id
      displayName
    }
  }
`);

export const CasePageRemoveTeamMemberMutation = graphql(`
  mutation CasePageRemoveTeamMember($caseId: ID!, $accountId: ID!) {
    removeCaseTeamMember(caseId: $caseId, accountId: $accountId) {
      id
      displayName
    }
  }
`);

export const CasePagePlanNextMutation = graphql(`
  mutation CasePagePlanNext($caseId: ID!) {
    planNextConference(caseId: $caseId) {
      id
    }
  }
`);

export const CasePageConferenceChangedSubscription = graphql(`
  subscription CasePageConferenceChanged($caseId: ID!) {
    conferenceChanged(caseId: $caseId) {
      id
    }
  }
`);

export const CasePageTaskChangedSubscription = graphql(`
  subscription CasePageTaskChanged($caseId: ID!) {
    taskChanged(caseId: $caseId) {
      id
    }
  }
`);
