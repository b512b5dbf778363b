/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CaseListCases($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        familyName\n        status\n        caseManager {\n          id\n          fullName\n        }\n        children {\n          id\n        }\n        conferences {\n          id\n          seriesIndex\n          kind\n          status\n          scheduledStart\n        }\n        openTasks {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CaseListCasesDocument,
    "\n  query CasePageCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      familyName\n      status\n      caseManager {\n        id\n        fullName\n        profession\n        institution {\n          id\n          name\n        }\n      }\n      children {\n        id\n        fullName\n        birthDate\n      }\n      team {\n        id\n        displayName\n      }\n      professionals {\n        id\n        fullName\n        profession\n        institution {\n          id\n          name\n          kind\n        }\n      }\n      conferences {\n        id\n        seriesIndex\n        kind\n        status\n        scheduledStart\n        purpose\n      }\n      openTasks {\n        id\n        title\n        dueDate\n        overdue\n        status\n        ownerPerson {\n          id\n          fullName\n        }\n        agreedIn {\n          id\n          seriesIndex\n        }\n      }\n    }\n  }\n": typeof types.CasePageCaseDocument,
    "\n  query CasePageReporter($id: ID!) {\n    case(id: $id) {\n      id\n      reporter {\n        name\n        contact\n        note\n        reportedOn\n      }\n    }\n  }\n": typeof types.CasePageReporterDocument,
    "\n  query CasePageStaffMembers($search: String) {\n    staffMembers(search: $search, first: 20) {\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CasePageStaffMembersDocument,
    "\n  mutation CasePageAddTeamMember($caseId: ID!, $accountId: ID!) {\n    addCaseTeamMember(caseId: $caseId, accountId: $accountId) {\n      id\n      displayName\n    }\n  }\n": typeof types.CasePageAddTeamMemberDocument,
    "\n  mutation CasePageRemoveTeamMember($caseId: ID!, $accountId: ID!) {\n    removeCaseTeamMember(caseId: $caseId, accountId: $accountId) {\n      id\n      displayName\n    }\n  }\n": typeof types.CasePageRemoveTeamMemberDocument,
    "\n  mutation CasePagePlanNext($caseId: ID!) {\n    planNextConference(caseId: $caseId) {\n      id\n    }\n  }\n": typeof types.CasePagePlanNextDocument,
    "\n  subscription CasePageConferenceChanged($caseId: ID!) {\n    conferenceChanged(caseId: $caseId) {\n      id\n    }\n  }\n": typeof types.CasePageConferenceChangedDocument,
    "\n  subscription CasePageTaskChanged($caseId: ID!) {\n    taskChanged(caseId: $caseId) {\n      id\n    }\n  }\n": typeof types.CasePageTaskChangedDocument,
    "\n  query ConferenceNewCase($id: ID!) {\n    case(id: $id) {\n      id\n      familyName\n      reference\n    }\n  }\n": typeof types.ConferenceNewCaseDocument,
    "\n  mutation ConferenceCreate($input: ConferenceInput!) {\n    createConference(input: $input) {\n      id\n    }\n  }\n": typeof types.ConferenceCreateDocument,
    "\n  fragment ConferencePerson on Person {\n    id\n    fullName\n    kind\n    profession\n    relationship\n    institution {\n      id\n      name\n    }\n  }\n": typeof types.ConferencePersonFragmentDoc,
    "\n  fragment ConferenceMeeting on Conference {\n    kind\n    purpose\n    scheduledStart\n    scheduledEnd\n    plannedDurationMinutes\n    place\n    onlineLink\n  }\n": typeof types.ConferenceMeetingFragmentDoc,
    "\n  query ConferencePage($id: ID!) {\n    conference(id: $id) {\n      id\n      ...ConferenceMeeting\n      seriesIndex\n      language\n      status\n      nextStatuses\n      readinessProblems\n      case {\n        id\n        familyName\n        reference\n      }\n      inviteeHints {\n        missing {\n          code\n          professions\n        }\n        professionalCount\n        minimumProfessionals\n        meetsProfessionalMinimum\n      }\n      viewerAccess {\n        participantId\n        role\n        canPrepare\n        canRun\n        canEditLive\n      }\n      participants {\n        id\n        role\n        invitationState\n        attendance\n        invitationLink {\n          createdAt\n          expiresAt\n          revokedAt\n          lastUsedAt\n        }\n        person {\n          ...ConferencePerson\n        }\n      }\n      agenda {\n        id\n        title\n        timeboxMinutes\n        position\n      }\n      agreedTasks {\n        id\n        title\n        dueDate\n        status\n        overdue\n        successIndicator\n        ownerPerson {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.ConferencePageDocument,
    "\n  mutation ConferenceUpdate($id: ID!, $input: ConferencePatch!) {\n    updateConference(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ConferenceUpdateDocument,
    "\n  mutation ConferenceTransition($id: ID!, $to: ConferenceStatus!) {\n    transitionConference(id: $id, to: $to) {\n      id\n      status\n    }\n  }\n": typeof types.ConferenceTransitionDocument,
    "\n  query ConferencePersons($search: String) {\n    persons(search: $search, first: 20) {\n      nodes {\n        ...ConferencePerson\n      }\n    }\n  }\n": typeof types.ConferencePersonsDocument,
    "\n  query ConferenceInstitutions($search: String) {\n    institutions(search: $search, first: 20) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConferenceInstitutionsDocument,
    "\n  mutation ConferenceCreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.ConferenceCreatePersonDocument,
    "\n  mutation ConferenceAddParticipant($conferenceId: ID!, $input: ParticipantInput!) {\n    addParticipant(conferenceId: $conferenceId, input: $input) {\n      id\n    }\n  }\n": typeof types.ConferenceAddParticipantDocument,
    "\n  mutation ConferenceUpdateParticipant($id: ID!, $input: ParticipantPatch!) {\n    updateParticipant(id: $id, input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ConferenceUpdateParticipantDocument,
    "\n  mutation ConferenceRemoveParticipant($id: ID!) {\n    removeParticipant(id: $id)\n  }\n": typeof types.ConferenceRemoveParticipantDocument,
    "\n  mutation ConferenceIssueGuestLink($participantId: ID!) {\n    issueGuestLink(participantId: $participantId) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.ConferenceIssueGuestLinkDocument,
    "\n  mutation ConferenceAddAgendaItem($conferenceId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(conferenceId: $conferenceId, input: $input) {\n      id\n    }\n  }\n": typeof types.ConferenceAddAgendaItemDocument,
    "\n  mutation ConferenceUpdateAgendaItem($id: ID!, $input: AgendaItemPatch!) {\n    updateAgendaItem(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ConferenceUpdateAgendaItemDocument,
    "\n  mutation ConferenceMoveAgendaItem($id: ID!, $position: Int!) {\n    moveAgendaItem(id: $id, position: $position) {\n      id\n    }\n  }\n": typeof types.ConferenceMoveAgendaItemDocument,
    "\n  mutation ConferenceRemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) {\n      id\n    }\n  }\n": typeof types.ConferenceRemoveAgendaItemDocument,
    "\n  subscription ConferenceChanged($id: ID!) {\n    conferenceChanged(id: $id) {\n      id\n    }\n  }\n": typeof types.ConferenceChangedDocument,
    "\n  subscription ConferenceParticipantChanged($conferenceId: ID!) {\n    participantChanged(conferenceId: $conferenceId) {\n      id\n    }\n  }\n": typeof types.ConferenceParticipantChangedDocument,
    "\n  fragment FollowupDeadline on Deadline {\n    id\n    kind\n    dueDate\n    windowStart\n    since\n    overdue\n    daysLeft\n    met\n    metAt\n    lastReminder {\n      timing\n      outcome\n      at\n    }\n    conference {\n      id\n      seriesIndex\n      kind\n    }\n    plannedConference {\n      id\n      seriesIndex\n      kind\n      scheduledStart\n    }\n    task {\n      id\n      title\n      ownerPerson {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.FollowupDeadlineFragmentDoc,
    "\n  query FollowupCaseDeadlines($id: ID!) {\n    case(id: $id) {\n      id\n      deadlines {\n        ...FollowupDeadline\n      }\n    }\n  }\n": typeof types.FollowupCaseDeadlinesDocument,
    "\n  query FollowupMyDeadlines($withinDays: Int!) {\n    myDeadlines(withinDays: $withinDays) {\n      ...FollowupDeadline\n      case {\n        id\n        reference\n        familyName\n      }\n    }\n  }\n": typeof types.FollowupMyDeadlinesDocument,
    "\n  query FollowupCaseActivity($id: ID!) {\n    case(id: $id) {\n      id\n      activityLog {\n        id\n        at\n        kind\n        seriesIndex\n        conferenceKind\n        status\n        conference {\n          id\n        }\n        participants {\n          name\n        }\n        attendance {\n          inRoom\n          remote\n          absent\n          excused\n          unknown\n        }\n        messages {\n          count\n          delivered\n        }\n        signatures {\n          signed\n          present\n        }\n      }\n    }\n  }\n": typeof types.FollowupCaseActivityDocument,
    "\n  subscription FollowupConferenceChanged($caseId: ID!) {\n    conferenceChanged(caseId: $caseId) {\n      id\n    }\n  }\n": typeof types.FollowupConferenceChangedDocument,
    "\n  subscription FollowupTaskChanged($caseId: ID!) {\n    taskChanged(caseId: $caseId) {\n      id\n    }\n  }\n": typeof types.FollowupTaskChangedDocument,
    "\n  query InvitationView($id: ID!) {\n    conference(id: $id) {\n      id\n      status\n      ...ConferenceMeeting\n      viewerAccess {\n        participantId\n        role\n      }\n      participants {\n        id\n        role\n        invitationState\n        invitation {\n          lastLetter\n          lastSentAt\n          answeredAt\n          answerNote\n        }\n        person {\n          id\n          fullName\n          profession\n          institution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InvitationViewDocument,
    "\n  mutation InvitationRespond($participantId: ID!, $accept: Boolean!, $note: String) {\n    respondToInvitation(participantId: $participantId, accept: $accept, note: $note) {\n      id\n      invitationState\n      invitation {\n        answeredAt\n        answerNote\n      }\n    }\n  }\n": typeof types.InvitationRespondDocument,
    "\n  query InvitationOverview($id: ID!) {\n    conference(id: $id) {\n      id\n      status\n      notReachableByEmail {\n        id\n      }\n      participants {\n        id\n        invitationState\n        invitation {\n          lastLetter\n          firstSentAt\n          lastSentAt\n          answeredAt\n          answerNote\n        }\n      }\n    }\n  }\n": typeof types.InvitationOverviewDocument,
    "\n  mutation InvitationSend($participantId: ID!) {\n    sendInvitation(participantId: $participantId) {\n      id\n      invitationState\n    }\n  }\n": typeof types.InvitationSendDocument,
    "\n  fragment MailDeliveryFields on MailDelivery {\n    id\n    kind\n    status\n    recipientName\n    recipientAddress\n    subject\n    attempts\n    lastError\n    lastAttemptAt\n    nextAttemptAt\n    sentAt\n    createdAt\n    conferenceId\n  }\n": typeof types.MailDeliveryFieldsFragmentDoc,
    "\n  query ConferenceMail($id: ID!) {\n    conference(id: $id) {\n      id\n      mailDeliveries {\n        ...MailDeliveryFields\n      }\n    }\n  }\n": typeof types.ConferenceMailDocument,
    "\n  query MailOutbox($filter: MailOutboxFilter, $after: String) {\n    mailOutbox(filter: $filter, after: $after, first: 25) {\n      nodes {\n        ...MailDeliveryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.MailOutboxDocument,
    "\n  mutation ResendMail($id: ID!) {\n    resendMail(id: $id) {\n      ...MailDeliveryFields\n    }\n  }\n": typeof types.ResendMailDocument,
    "\n  query DisplayConference($id: ID!) {\n    conference(id: $id) {\n      id\n      participants {\n        ...RoomParticipantFields\n      }\n    }\n  }\n": typeof types.DisplayConferenceDocument,
    "\n  fragment RoomParticipantFields on Participant {\n    id\n    role\n    person {\n      id\n      fullName\n      institution {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RoomParticipantFieldsFragmentDoc,
    "\n  query RoomConference($id: ID!) {\n    conference(id: $id) {\n      id\n      status\n      purpose\n      kind\n      scheduledStart\n      scheduledEnd\n      plannedDurationMinutes\n      place\n      onlineLink\n      participants {\n        ...RoomParticipantFields\n        attendance\n        confidentialityAcknowledgedAt\n      }\n      viewerAccess {\n        participantId\n        role\n        canEditLive\n        canRun\n      }\n    }\n  }\n": typeof types.RoomConferenceDocument,
    "\n  query RoomAccess($id: ID!) {\n    conference(id: $id) {\n      id\n    }\n  }\n": typeof types.RoomAccessDocument,
    "\n  subscription RoomConferenceChanged($id: ID!) {\n    conferenceChanged(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RoomConferenceChangedDocument,
    "\n  subscription RoomParticipantChanged($conferenceId: ID!) {\n    participantChanged(conferenceId: $conferenceId) {\n      id\n    }\n  }\n": typeof types.RoomParticipantChangedDocument,
    "\n  mutation RoomAcknowledgeConfidentiality($participantId: ID!) {\n    acknowledgeConfidentiality(participantId: $participantId) {\n      id\n      confidentialityAcknowledgedAt\n    }\n  }\n": typeof types.RoomAcknowledgeConfidentialityDocument,
    "\n  mutation RoomTransitionConference($id: ID!, $to: ConferenceStatus!) {\n    transitionConference(id: $id, to: $to) {\n      id\n      status\n    }\n  }\n": typeof types.RoomTransitionConferenceDocument,
    "\n  query Me {\n    me {\n      conferenceId\n      participantId\n      account {\n        id\n        displayName\n        email\n        role\n        personId\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation RedeemGuestLink($token: String!) {\n    redeemGuestLink(token: $token) {\n      conferenceId\n      participantId\n    }\n  }\n": typeof types.RedeemGuestLinkDocument,
    "\n  fragment SignoffVersion on MinutesVersion {\n    id\n    number\n    sha256\n    createdAt\n    pdfPath\n    content\n    signatures {\n      participantId\n      name\n      role\n      outcome\n      at\n      inRoom\n      note\n      confirmedBy\n    }\n  }\n": typeof types.SignoffVersionFragmentDoc,
    "\n  query Signoff($id: ID!) {\n    conference(id: $id) {\n      id\n      status\n      viewerAccess {\n        participantId\n        role\n        canPrepare\n        canRun\n      }\n      minutesVersions {\n        ...SignoffVersion\n      }\n    }\n  }\n": typeof types.SignoffDocument,
    "\n  mutation SignoffSign($versionId: ID!, $input: MinutesAnswerInput!) {\n    signMinutes(versionId: $versionId, input: $input) {\n      id\n    }\n  }\n": typeof types.SignoffSignDocument,
    "\n  mutation SignoffSignInRoom($versionId: ID!, $participantId: ID!, $input: MinutesAnswerInput!) {\n    signInRoom(versionId: $versionId, participantId: $participantId, input: $input) {\n      id\n    }\n  }\n": typeof types.SignoffSignInRoomDocument,
    "\n  mutation SignoffReopen($conferenceId: ID!) {\n    reopenMinutes(conferenceId: $conferenceId) {\n      id\n      status\n    }\n  }\n": typeof types.SignoffReopenDocument,
    "\n  mutation SignoffCloseMissing($conferenceId: ID!) {\n    closeWithMissingSignatures(conferenceId: $conferenceId) {\n      id\n      status\n    }\n  }\n": typeof types.SignoffCloseMissingDocument,
    "\n  fragment MyTasksTask on Task {\n    id\n    title\n    dueDate\n    overdue\n    status\n    successIndicator\n    updatedAt\n    ownerPerson {\n      id\n    }\n    case {\n      id\n      reference\n    }\n    agreedIn {\n      id\n      seriesIndex\n      kind\n      scheduledStart\n    }\n  }\n": typeof types.MyTasksTaskFragmentDoc,
    "\n  query MyTasks($first: Int!, $after: String, $filter: TaskFilter) {\n    tasks(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MyTasksTask\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  mutation MyTasksSetStatus($id: ID!, $status: TaskStatus!, $note: String) {\n    setTaskStatus(id: $id, status: $status, note: $note) {\n      ...MyTasksTask\n    }\n  }\n": typeof types.MyTasksSetStatusDocument,
    "\n  subscription MyTasksTaskChanged {\n    taskChanged {\n      ...MyTasksTask\n    }\n  }\n": typeof types.MyTasksTaskChangedDocument,
};
const documents: Documents = {
    "\n  query CaseListCases($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        familyName\n        status\n        caseManager {\n          id\n          fullName\n        }\n        children {\n          id\n        }\n        conferences {\n          id\n          seriesIndex\n          kind\n          status\n          scheduledStart\n        }\n        openTasks {\n          id\n        }\n      }\n    }\n  }\n": types.CaseListCasesDocument,
    "\n  query CasePageCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      familyName\n      status\n      caseManager {\n        id\n        fullName\n        profession\n        institution {\n          id\n          name\n        }\n      }\n      children {\n        id\n        fullName\n        birthDate\n      }\n      team {\n        id\n        displayName\n      }\n      professionals {\n        id\n        fullName\n        profession\n        institution {\n          id\n          name\n          kind\n        }\n      }\n      conferences {\n        id\n        seriesIndex\n        kind\n        status\n        scheduledStart\n        purpose\n      }\n      openTasks {\n        id\n        title\n        dueDate\n        overdue\n        status\n        ownerPerson {\n          id\n          fullName\n        }\n        agreedIn {\n          id\n          seriesIndex\n        }\n      }\n    }\n  }\n": types.CasePageCaseDocument,
    "\n  query CasePageReporter($id: ID!) {\n    case(id: $id) {\n      id\n      reporter {\n        name\n        contact\n        note\n        reportedOn\n      }\n    }\n  }\n": types.CasePageReporterDocument,
    "\n  query CasePageStaffMembers($search: String) {\n    staffMembers(search: $search, first: 20) {\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n": types.CasePageStaffMembersDocument,
    "\n  mutation CasePageAddTeamMember($caseId: ID!, $accountId: ID!) {\n    addCaseTeamMember(caseId: $caseId, accountId: $accountId) {\n      id\n      displayName\n    }\n  }\n": types.CasePageAddTeamMemberDocument,
    "\n  mutation CasePageRemoveTeamMember($caseId: ID!, $accountId: ID!) {\n    removeCaseTeamMember(caseId: $caseId, accountId: $accountId) {\n      id\n      displayName\n    }\n  }\n": types.CasePageRemoveTeamMemberDocument,
    "\n  mutation CasePagePlanNext($caseId: ID!) {\n    planNextConference(caseId: $caseId) {\n      id\n    }\n  }\n": types.CasePagePlanNextDocument,
    "\n  subscription CasePageConferenceChanged($caseId: ID!) {\n    conferenceChanged(caseId: $caseId) {\n      id\n    }\n  }\n": types.CasePageConferenceChangedDocument,
    "\n  subscription CasePageTaskChanged($caseId: ID!) {\n    taskChanged(caseId: $caseId) {\n      id\n    }\n  }\n": types.CasePageTaskChangedDocument,
    "\n  query ConferenceNewCase($id: ID!) {\n    case(id: $id) {\n      id\n      familyName\n      reference\n    }\n  }\n": types.ConferenceNewCaseDocument,
    "\n  mutation ConferenceCreate($input: ConferenceInput!) {\n    createConference(input: $input) {\n      id\n    }\n  }\n": types.ConferenceCreateDocument,
    "\n  fragment ConferencePerson on Person {\n    id\n    fullName\n    kind\n    profession\n    relationship\n    institution {\n      id\n      name\n    }\n  }\n": types.ConferencePersonFragmentDoc,
    "\n  fragment ConferenceMeeting on Conference {\n    kind\n    purpose\n    scheduledStart\n    scheduledEnd\n    plannedDurationMinutes\n    place\n    onlineLink\n  }\n": types.ConferenceMeetingFragmentDoc,
    "\n  query ConferencePage($id: ID!) {\n    conference(id: $id) {\n      id\n      ...ConferenceMeeting\n      seriesIndex\n      language\n      status\n      nextStatuses\n      readinessProblems\n      case {\n        id\n        familyName\n        reference\n      }\n      inviteeHints {\n        missing {\n          code\n          professions\n        }\n        professionalCount\n        minimumProfessionals\n        meetsProfessionalMinimum\n      }\n      viewerAccess {\n        participantId\n        role\n        canPrepare\n        canRun\n        canEditLive\n      }\n      participants {\n        id\n        role\n        invitationState\n        attendance\n        invitationLink {\n          createdAt\n          expiresAt\n          revokedAt\n          lastUsedAt\n        }\n        person {\n          ...ConferencePerson\n        }\n      }\n      agenda {\n        id\n        title\n        timeboxMinutes\n        position\n      }\n      agreedTasks {\n        id\n        title\n        dueDate\n        status\n        overdue\n        successIndicator\n        ownerPerson {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.ConferencePageDocument,
    "\n  mutation ConferenceUpdate($id: ID!, $input: ConferencePatch!) {\n    updateConference(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ConferenceUpdateDocument,
    "\n  mutation ConferenceTransition($id: ID!, $to: ConferenceStatus!) {\n    transitionConference(id: $id, to: $to) {\n      id\n      status\n    }\n  }\n": types.ConferenceTransitionDocument,
    "\n  query ConferencePersons($search: String) {\n    persons(search: $search, first: 20) {\n      nodes {\n        ...ConferencePerson\n      }\n    }\n  }\n": types.ConferencePersonsDocument,
    "\n  query ConferenceInstitutions($search: String) {\n    institutions(search: $search, first: 20) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.ConferenceInstitutionsDocument,
    "\n  mutation ConferenceCreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": types.ConferenceCreatePersonDocument,
    "\n  mutation ConferenceAddParticipant($conferenceId: ID!, $input: ParticipantInput!) {\n    addParticipant(conferenceId: $conferenceId, input: $input) {\n      id\n    }\n  }\n": types.ConferenceAddParticipantDocument,
    "\n  mutation ConferenceUpdateParticipant($id: ID!, $input: ParticipantPatch!) {\n    updateParticipant(id: $id, input: $input) {\n      id\n      role\n    }\n  }\n": types.ConferenceUpdateParticipantDocument,
    "\n  mutation ConferenceRemoveParticipant($id: ID!) {\n    removeParticipant(id: $id)\n  }\n": types.ConferenceRemoveParticipantDocument,
    "\n  mutation ConferenceIssueGuestLink($participantId: ID!) {\n    issueGuestLink(participantId: $participantId) {\n      url\n      expiresAt\n    }\n  }\n": types.ConferenceIssueGuestLinkDocument,
    "\n  mutation ConferenceAddAgendaItem($conferenceId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(conferenceId: $conferenceId, input: $input) {\n      id\n    }\n  }\n": types.ConferenceAddAgendaItemDocument,
    "\n  mutation ConferenceUpdateAgendaItem($id: ID!, $input: AgendaItemPatch!) {\n    updateAgendaItem(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ConferenceUpdateAgendaItemDocument,
    "\n  mutation ConferenceMoveAgendaItem($id: ID!, $position: Int!) {\n    moveAgendaItem(id: $id, position: $position) {\n      id\n    }\n  }\n": types.ConferenceMoveAgendaItemDocument,
    "\n  mutation ConferenceRemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) {\n      id\n    }\n  }\n": types.ConferenceRemoveAgendaItemDocument,
    "\n  subscription ConferenceChanged($id: ID!) {\n    conferenceChanged(id: $id) {\n      id\n    }\n  }\n": types.ConferenceChangedDocument,
    "\n  subscription ConferenceParticipantChanged($conferenceId: ID!) {\n    participantChanged(conferenceId: $conferenceId) {\n      id\n    }\n  }\n": types.ConferenceParticipantChangedDocument,
    "\n  fragment FollowupDeadline on Deadline {\n    id\n    kind\n    dueDate\n    windowStart\n    since\n    overdue\n    daysLeft\n    met\n    metAt\n    lastReminder {\n      timing\n      outcome\n      at\n    }\n    conference {\n      id\n      seriesIndex\n      kind\n    }\n    plannedConference {\n      id\n      seriesIndex\n      kind\n      scheduledStart\n    }\n    task {\n      id\n      title\n      ownerPerson {\n        id\n        fullName\n      }\n    }\n  }\n": types.FollowupDeadlineFragmentDoc,
    "\n  query FollowupCaseDeadlines($id: ID!) {\n    case(id: $id) {\n      id\n      deadlines {\n        ...FollowupDeadline\n      }\n    }\n  }\n": types.FollowupCaseDeadlinesDocument,
    "\n  query FollowupMyDeadlines($withinDays: Int!) {\n    myDeadlines(withinDays: $withinDays) {\n      ...FollowupDeadline\n      case {\n        id\n        reference\n        familyName\n      }\n    }\n  }\n": types.FollowupMyDeadlinesDocument,
    "\n  query FollowupCaseActivity($id: ID!) {\n    case(id: $id) {\n      id\n      activityLog {\n        id\n        at\n        kind\n        seriesIndex\n        conferenceKind\n        status\n        conference {\n          id\n        }\n        participants {\n          name\n        }\n        attendance {\n          inRoom\n          remote\n          absent\n          excused\n          unknown\n        }\n        messages {\n          count\n          delivered\n        }\n        signatures {\n          signed\n          present\n        }\n      }\n    }\n  }\n": types.FollowupCaseActivityDocument,
    "\n  subscription FollowupConferenceChanged($caseId: ID!) {\n    conferenceChanged(caseId: $caseId) {\n      id\n    }\n  }\n": types.FollowupConferenceChangedDocument,
    "\n  subscription FollowupTaskChanged($caseId: ID!) {\n    taskChanged(caseId: $caseId) {\n      id\n    }\n  }\n": types.FollowupTaskChangedDocument,
    "\n  query InvitationView($id: ID!) {\n    conference(id: $id) {\n      id\n      status\n      ...ConferenceMeeting\n      viewerAccess {\n        participantId\n        role\n      }\n      participants {\n        id\n        role\n        invitationState\n        invitation {\n          lastLetter\n          lastSentAt\n          answeredAt\n          answerNote\n        }\n        person {\n          id\n          fullName\n          profession\n          institution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InvitationViewDocument,
    "\n  mutation InvitationRespond($participantId: ID!, $accept: Boolean!, $note: String) {\n    respondToInvitation(participantId: $participantId, accept: $accept, note: $note) {\n      id\n      invitationState\n      invitation {\n        answeredAt\n        answerNote\n      }\n    }\n  }\n": types.InvitationRespondDocument,
    "\n  query InvitationOverview($id: ID!) {\n    conference(id: $id) {\n      id\n      status\n      notReachableByEmail {\n        id\n      }\n      participants {\n        id\n        invitationState\n        invitation {\n          lastLetter\n          firstSentAt\n          lastSentAt\n          answeredAt\n          answerNote\n        }\n      }\n    }\n  }\n": types.InvitationOverviewDocument,
    "\n  mutation InvitationSend($participantId: ID!) {\n    sendInvitation(participantId: $participantId) {\n      id\n      invitationState\n    }\n  }\n": types.InvitationSendDocument,
    "\n  fragment MailDeliveryFields on MailDelivery {\n    id\n    kind\n    status\n    recipientName\n    recipientAddress\n    subject\n    attempts\n    lastError\n    lastAttemptAt\n    nextAttemptAt\n    sentAt\n    createdAt\n    conferenceId\n  }\n": types.MailDeliveryFieldsFragmentDoc,
    "\n  query ConferenceMail($id: ID!) {\n    conference(id: $id) {\n      id\n      mailDeliveries {\n        ...MailDeliveryFields\n      }\n    }\n  }\n": types.ConferenceMailDocument,
    "\n  query MailOutbox($filter: MailOutboxFilter, $after: String) {\n    mailOutbox(filter: $filter, after: $after, first: 25) {\n      nodes {\n        ...MailDeliveryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MailOutboxDocument,
    "\n  mutation ResendMail($id: ID!) {\n    resendMail(id: $id) {\n      ...MailDeliveryFields\n    }\n  }\n": types.ResendMailDocument,
    "\n  query DisplayConference($id: ID!) {\n    conference(id: $id) {\n      id\n      participants {\n        ...RoomParticipantFields\n      }\n    }\n  }\n": types.DisplayConferenceDocument,
    "\n  fragment RoomParticipantFields on Participant {\n    id\n    role\n    person {\n      id\n      fullName\n      institution {\n        id\n        name\n      }\n    }\n  }\n": types.RoomParticipantFieldsFragmentDoc,
    "\n  query RoomConference($id: ID!) {\n    conference(id: $id) {\n      id\n      status\n      purpose\n      kind\n      scheduledStart\n      scheduledEnd\n      plannedDurationMinutes\n      place\n      onlineLink\n      participants {\n        ...RoomParticipantFields\n        attendance\n        confidentialityAcknowledgedAt\n      }\n      viewerAccess {\n        participantId\n        role\n        canEditLive\n        canRun\n      }\n    }\n  }\n": types.RoomConferenceDocument,
    "\n  query RoomAccess($id: ID!) {\n    conference(id: $id) {\n      id\n    }\n  }\n": types.RoomAccessDocument,
    "\n  subscription RoomConferenceChanged($id: ID!) {\n    conferenceChanged(id: $id) {\n      id\n      status\n    }\n  }\n": types.RoomConferenceChangedDocument,
    "\n  subscription RoomParticipantChanged($conferenceId: ID!) {\n    participantChanged(conferenceId: $conferenceId) {\n      id\n    }\n  }\n": types.RoomParticipantChangedDocument,
    "\n  mutation RoomAcknowledgeConfidentiality($participantId: ID!) {\n    acknowledgeConfidentiality(participantId: $participantId) {\n      id\n      confidentialityAcknowledgedAt\n    }\n  }\n": types.RoomAcknowledgeConfidentialityDocument,
    "\n  mutation RoomTransitionConference($id: ID!, $to: ConferenceStatus!) {\n    transitionConference(id: $id, to: $to) {\n      id\n      status\n    }\n  }\n": types.RoomTransitionConferenceDocument,
    "\n  query Me {\n    me {\n      conferenceId\n      participantId\n      account {\n        id\n        displayName\n        email\n        role\n        personId\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation RedeemGuestLink($token: String!) {\n    redeemGuestLink(token: $token) {\n      conferenceId\n      participantId\n    }\n  }\n": types.RedeemGuestLinkDocument,
    "\n  fragment SignoffVersion on MinutesVersion {\n    id\n    number\n    sha256\n    createdAt\n    pdfPath\n    content\n    signatures {\n      participantId\n      name\n      role\n      outcome\n      at\n      inRoom\n      note\n      confirmedBy\n    }\n  }\n": types.SignoffVersionFragmentDoc,
    "\n  query Signoff($id: ID!) {\n    conference(id: $id) {\n      id\n      status\n      viewerAccess {\n        participantId\n        role\n        canPrepare\n        canRun\n      }\n      minutesVersions {\n        ...SignoffVersion\n      }\n    }\n  }\n": types.SignoffDocument,
    "\n  mutation SignoffSign($versionId: ID!, $input: MinutesAnswerInput!) {\n    signMinutes(versionId: $versionId, input: $input) {\n      id\n    }\n  }\n": types.SignoffSignDocument,
    "\n  mutation SignoffSignInRoom($versionId: ID!, $participantId: ID!, $input: MinutesAnswerInput!) {\n    signInRoom(versionId: $versionId, participantId: $participantId, input: $input) {\n      id\n    }\n  }\n": types.SignoffSignInRoomDocument,
    "\n  mutation SignoffReopen($conferenceId: ID!) {\n    reopenMinutes(conferenceId: $conferenceId) {\n      id\n      status\n    }\n  }\n": types.SignoffReopenDocument,
    "\n  mutation SignoffCloseMissing($conferenceId: ID!) {\n    closeWithMissingSignatures(conferenceId: $conferenceId) {\n      id\n      status\n    }\n  }\n": types.SignoffCloseMissingDocument,
    "\n  fragment MyTasksTask on Task {\n    id\n    title\n    dueDate\n    overdue\n    status\n    successIndicator\n    updatedAt\n    ownerPerson {\n      id\n    }\n    case {\n      id\n      reference\n    }\n    agreedIn {\n      id\n      seriesIndex\n      kind\n      scheduledStart\n    }\n  }\n": types.MyTasksTaskFragmentDoc,
    "\n  query MyTasks($first: Int!, $after: String, $filter: TaskFilter) {\n    tasks(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MyTasksTask\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  mutation MyTasksSetStatus($id: ID!, $status: TaskStatus!, $note: String) {\n    setTaskStatus(id: $id, status: $status, note: $note) {\n      ...MyTasksTask\n    }\n  }\n": types.MyTasksSetStatusDocument,
    "\n  subscription MyTasksTaskChanged {\n    taskChanged {\n      ...MyTasksTask\n    }\n  }\n": types.MyTasksTaskChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseListCases($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        familyName\n        status\n        caseManager {\n          id\n          fullName\n        }\n        children {\n          id\n        }\n        conferences {\n          id\n          seriesIndex\n          kind\n          status\n          scheduledStart\n        }\n        openTasks {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseListCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePageCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      familyName\n      status\n      caseManager {\n        id\n        fullName\n        profession\n        institution {\n          id\n          name\n        }\n      }\n      children {\n        id\n        fullName\n        birthDate\n      }\n      team {\n        id\n        displayName\n      }\n      professionals {\n        id\n        fullName\n        profession\n        institution {\n          id\n          name\n          kind\n        }\n      }\n      conferences {\n        id\n        seriesIndex\n        kind\n        status\n        scheduledStart\n        purpose\n      }\n      openTasks {\n        id\n        title\n        dueDate\n        overdue\n        status\n        ownerPerson {\n          id\n          fullName\n        }\n        agreedIn {\n          id\n          seriesIndex\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CasePageCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePageReporter($id: ID!) {\n    case(id: $id) {\n      id\n      reporter {\n        name\n        contact\n        note\n        reportedOn\n      }\n    }\n  }\n"): typeof import('./graphql').CasePageReporterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePageStaffMembers($search: String) {\n    staffMembers(search: $search, first: 20) {\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').CasePageStaffMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasePageAddTeamMember($caseId: ID!, $accountId: ID!) {\n    addCaseTeamMember(caseId: $caseId, accountId: $accountId) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').CasePageAddTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasePageRemoveTeamMember($caseId: ID!, $accountId: ID!) {\n    removeCaseTeamMember(caseId: $caseId, accountId: $accountId) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').CasePageRemoveTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasePagePlanNext($caseId: ID!) {\n    planNextConference(caseId: $caseId) {\n      id\n    }\n  }\n"): typeof import('./graphql').CasePagePlanNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CasePageConferenceChanged($caseId: ID!) {\n    conferenceChanged(caseId: $caseId) {\n      id\n    }\n  }\n"): typeof import('./graphql').CasePageConferenceChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CasePageTaskChanged($caseId: ID!) {\n    taskChanged(caseId: $caseId) {\n      id\n    }\n  }\n"): typeof import('./graphql').CasePageTaskChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceNewCase($id: ID!) {\n    case(id: $id) {\n      id\n      familyName\n      reference\n    }\n  }\n"): typeof import('./graphql').ConferenceNewCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceCreate($input: ConferenceInput!) {\n    createConference(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConferenceCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConferencePerson on Person {\n    id\n    fullName\n    kind\n    profession\n    relationship\n    institution {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ConferencePersonFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConferenceMeeting on Conference {\n    kind\n    purpose\n    scheduledStart\n    scheduledEnd\n    plannedDurationMinutes\n    place\n    onlineLink\n  }\n"): typeof import('./graphql').ConferenceMeetingFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferencePage($id: ID!) {\n    conference(id: $id) {\n      id\n      ...ConferenceMeeting\n      seriesIndex\n      language\n      status\n      nextStatuses\n      readinessProblems\n      case {\n        id\n        familyName\n        reference\n      }\n      inviteeHints {\n        missing {\n          code\n          professions\n        }\n        professionalCount\n        minimumProfessionals\n        meetsProfessionalMinimum\n      }\n      viewerAccess {\n        participantId\n        role\n        canPrepare\n        canRun\n        canEditLive\n      }\n      participants {\n        id\n        role\n        invitationState\n        attendance\n        invitationLink {\n          createdAt\n          expiresAt\n          revokedAt\n          lastUsedAt\n        }\n        person {\n          ...ConferencePerson\n        }\n      }\n      agenda {\n        id\n        title\n        timeboxMinutes\n        position\n      }\n      agreedTasks {\n        id\n        title\n        dueDate\n        status\n        overdue\n        successIndicator\n        ownerPerson {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConferencePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceUpdate($id: ID!, $input: ConferencePatch!) {\n    updateConference(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConferenceUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceTransition($id: ID!, $to: ConferenceStatus!) {\n    transitionConference(id: $id, to: $to) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConferenceTransitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferencePersons($search: String) {\n    persons(search: $search, first: 20) {\n      nodes {\n        ...ConferencePerson\n      }\n    }\n  }\n"): typeof import('./graphql').ConferencePersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceInstitutions($search: String) {\n    institutions(search: $search, first: 20) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ConferenceInstitutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceCreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConferenceCreatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceAddParticipant($conferenceId: ID!, $input: ParticipantInput!) {\n    addParticipant(conferenceId: $conferenceId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConferenceAddParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceUpdateParticipant($id: ID!, $input: ParticipantPatch!) {\n    updateParticipant(id: $id, input: $input) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').ConferenceUpdateParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceRemoveParticipant($id: ID!) {\n    removeParticipant(id: $id)\n  }\n"): typeof import('./graphql').ConferenceRemoveParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceIssueGuestLink($participantId: ID!) {\n    issueGuestLink(participantId: $participantId) {\n      url\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').ConferenceIssueGuestLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceAddAgendaItem($conferenceId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(conferenceId: $conferenceId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConferenceAddAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceUpdateAgendaItem($id: ID!, $input: AgendaItemPatch!) {\n    updateAgendaItem(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConferenceUpdateAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceMoveAgendaItem($id: ID!, $position: Int!) {\n    moveAgendaItem(id: $id, position: $position) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConferenceMoveAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceRemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConferenceRemoveAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConferenceChanged($id: ID!) {\n    conferenceChanged(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConferenceChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConferenceParticipantChanged($conferenceId: ID!) {\n    participantChanged(conferenceId: $conferenceId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConferenceParticipantChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowupDeadline on Deadline {\n    id\n    kind\n    dueDate\n    windowStart\n    since\n    overdue\n    daysLeft\n    met\n    metAt\n    lastReminder {\n      timing\n      outcome\n      at\n    }\n    conference {\n      id\n      seriesIndex\n      kind\n    }\n    plannedConference {\n      id\n      seriesIndex\n      kind\n      scheduledStart\n    }\n    task {\n      id\n      title\n      ownerPerson {\n        id\n        fullName\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupDeadlineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupCaseDeadlines($id: ID!) {\n    case(id: $id) {\n      id\n      deadlines {\n        ...FollowupDeadline\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupCaseDeadlinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupMyDeadlines($withinDays: Int!) {\n    myDeadlines(withinDays: $withinDays) {\n      ...FollowupDeadline\n      case {\n        id\n        reference\n        familyName\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupMyDeadlinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowupCaseActivity($id: ID!) {\n    case(id: $id) {\n      id\n      activityLog {\n        id\n        at\n        kind\n        seriesIndex\n        conferenceKind\n        status\n        conference {\n          id\n        }\n        participants {\n          name\n        }\n        attendance {\n          inRoom\n          remote\n          absent\n          excused\n          unknown\n        }\n        messages {\n          count\n          delivered\n        }\n        signatures {\n          signed\n          present\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowupCaseActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FollowupConferenceChanged($caseId: ID!) {\n    conferenceChanged(caseId: $caseId) {\n      id\n    }\n  }\n"): typeof import('./graphql').FollowupConferenceChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FollowupTaskChanged($caseId: ID!) {\n    taskChanged(caseId: $caseId) {\n      id\n    }\n  }\n"): typeof import('./graphql').FollowupTaskChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationView($id: ID!) {\n    conference(id: $id) {\n      id\n      status\n      ...ConferenceMeeting\n      viewerAccess {\n        participantId\n        role\n      }\n      participants {\n        id\n        role\n        invitationState\n        invitation {\n          lastLetter\n          lastSentAt\n          answeredAt\n          answerNote\n        }\n        person {\n          id\n          fullName\n          profession\n          institution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InvitationViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationRespond($participantId: ID!, $accept: Boolean!, $note: String) {\n    respondToInvitation(participantId: $participantId, accept: $accept, note: $note) {\n      id\n      invitationState\n      invitation {\n        answeredAt\n        answerNote\n      }\n    }\n  }\n"): typeof import('./graphql').InvitationRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationOverview($id: ID!) {\n    conference(id: $id) {\n      id\n      status\n      notReachableByEmail {\n        id\n      }\n      participants {\n        id\n        invitationState\n        invitation {\n          lastLetter\n          firstSentAt\n          lastSentAt\n          answeredAt\n          answerNote\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InvitationOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationSend($participantId: ID!) {\n    sendInvitation(participantId: $participantId) {\n      id\n      invitationState\n    }\n  }\n"): typeof import('./graphql').InvitationSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MailDeliveryFields on MailDelivery {\n    id\n    kind\n    status\n    recipientName\n    recipientAddress\n    subject\n    attempts\n    lastError\n    lastAttemptAt\n    nextAttemptAt\n    sentAt\n    createdAt\n    conferenceId\n  }\n"): typeof import('./graphql').MailDeliveryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceMail($id: ID!) {\n    conference(id: $id) {\n      id\n      mailDeliveries {\n        ...MailDeliveryFields\n      }\n    }\n  }\n"): typeof import('./graphql').ConferenceMailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailOutbox($filter: MailOutboxFilter, $after: String) {\n    mailOutbox(filter: $filter, after: $after, first: 25) {\n      nodes {\n        ...MailDeliveryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MailOutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendMail($id: ID!) {\n    resendMail(id: $id) {\n      ...MailDeliveryFields\n    }\n  }\n"): typeof import('./graphql').ResendMailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisplayConference($id: ID!) {\n    conference(id: $id) {\n      id\n      participants {\n        ...RoomParticipantFields\n      }\n    }\n  }\n"): typeof import('./graphql').DisplayConferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomParticipantFields on Participant {\n    id\n    role\n    person {\n      id\n      fullName\n      institution {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').RoomParticipantFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomConference($id: ID!) {\n    conference(id: $id) {\n      id\n      status\n      purpose\n      kind\n      scheduledStart\n      scheduledEnd\n      plannedDurationMinutes\n      place\n      onlineLink\n      participants {\n        ...RoomParticipantFields\n        attendance\n        confidentialityAcknowledgedAt\n      }\n      viewerAccess {\n        participantId\n        role\n        canEditLive\n        canRun\n      }\n    }\n  }\n"): typeof import('./graphql').RoomConferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomAccess($id: ID!) {\n    conference(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RoomAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RoomConferenceChanged($id: ID!) {\n    conferenceChanged(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RoomConferenceChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RoomParticipantChanged($conferenceId: ID!) {\n    participantChanged(conferenceId: $conferenceId) {\n      id\n    }\n  }\n"): typeof import('./graphql').RoomParticipantChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoomAcknowledgeConfidentiality($participantId: ID!) {\n    acknowledgeConfidentiality(participantId: $participantId) {\n      id\n      confidentialityAcknowledgedAt\n    }\n  }\n"): typeof import('./graphql').RoomAcknowledgeConfidentialityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoomTransitionConference($id: ID!, $to: ConferenceStatus!) {\n    transitionConference(id: $id, to: $to) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RoomTransitionConferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      conferenceId\n      participantId\n      account {\n        id\n        displayName\n        email\n        role\n        personId\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemGuestLink($token: String!) {\n    redeemGuestLink(token: $token) {\n      conferenceId\n      participantId\n    }\n  }\n"): typeof import('./graphql').RedeemGuestLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignoffVersion on MinutesVersion {\n    id\n    number\n    sha256\n    createdAt\n    pdfPath\n    content\n    signatures {\n      participantId\n      name\n      role\n      outcome\n      at\n      inRoom\n      note\n      confirmedBy\n    }\n  }\n"): typeof import('./graphql').SignoffVersionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Signoff($id: ID!) {\n    conference(id: $id) {\n      id\n      status\n      viewerAccess {\n        participantId\n        role\n        canPrepare\n        canRun\n      }\n      minutesVersions {\n        ...SignoffVersion\n      }\n    }\n  }\n"): typeof import('./graphql').SignoffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignoffSign($versionId: ID!, $input: MinutesAnswerInput!) {\n    signMinutes(versionId: $versionId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SignoffSignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignoffSignInRoom($versionId: ID!, $participantId: ID!, $input: MinutesAnswerInput!) {\n    signInRoom(versionId: $versionId, participantId: $participantId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SignoffSignInRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignoffReopen($conferenceId: ID!) {\n    reopenMinutes(conferenceId: $conferenceId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SignoffReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignoffCloseMissing($conferenceId: ID!) {\n    closeWithMissingSignatures(conferenceId: $conferenceId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SignoffCloseMissingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyTasksTask on Task {\n    id\n    title\n    dueDate\n    overdue\n    status\n    successIndicator\n    updatedAt\n    ownerPerson {\n      id\n    }\n    case {\n      id\n      reference\n    }\n    agreedIn {\n      id\n      seriesIndex\n      kind\n      scheduledStart\n    }\n  }\n"): typeof import('./graphql').MyTasksTaskFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($first: Int!, $after: String, $filter: TaskFilter) {\n    tasks(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MyTasksTask\n      }\n    }\n  }\n"): typeof import('./graphql').MyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyTasksSetStatus($id: ID!, $status: TaskStatus!, $note: String) {\n    setTaskStatus(id: $id, status: $status, note: $note) {\n      ...MyTasksTask\n    }\n  }\n"): typeof import('./graphql').MyTasksSetStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyTasksTaskChanged {\n    taskChanged {\n      ...MyTasksTask\n    }\n  }\n"): typeof import('./graphql').MyTasksTaskChangedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
