import { graphql } from "../graphql/generated";

/**
 * What a row of "my tasks" shows. `case` is null for a guest (they see the meeting, not the
 * case); `agreedIn` is null when the task was not agreed in a conference the viewer may see.
 */
export const MyTasksTaskFragment = graphql(`
  fragment MyTasksTask on Task {
    id
    title
    dueDate
    overdue
    status
    successIndicator
    updatedAt
    ownerPerson {
      id
    }
    case {
      id
      reference
    }
    agreedIn {
      id
      seriesIndex
      kind
      scheduledStart
    }
  }
`);

/**
 * For staff, `ownerPersonId` is the account's person. A guest passes no owner: the server's read
 * scope already narrows `tasks` to the guest's own (owned as this conference's participant, or
 * by their person and agreed in this conference).
 */
export const MyTasksQuery = graphql(`
  query MyTasks($first: Int!, $after: String, $filter: TaskFilter) {
    tasks(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MyTasksTask
      }
    }
  }
`);

export const MyTasksSetStatusMutation = graphql(`
  mutation MyTasksSetStatus($id: ID!, $status: TaskStatus!, $note: String) {
    setTaskStatus(id: $id, status: $status, note: $note) {
      ...MyTasksTask
    }
  }
`);

/** Every task the viewer may see; the page keeps those it shows. */
export const MyTasksTaskChangedSubscription = graphql(`
  subscription MyTasksTaskChanged {
    taskChanged {
      ...MyTasksTask
    }
  }
`);
