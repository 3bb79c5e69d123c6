/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  fragment ConsoleDoorBooking on Booking {\n    id\n    reference\n    holder {\n      fullName\n    }\n    ticket {\n      id\n      name\n    }\n    options {\n      name\n    }\n  }\n": typeof types.ConsoleDoorBookingFragmentDoc,
    "\n  fragment ConsoleDoorCheckInDetails on CheckIn {\n    checkedInAt\n    method\n    device\n    checkedInBy {\n      id\n      firstName\n      lastName\n    }\n  }\n": typeof types.ConsoleDoorCheckInDetailsFragmentDoc,
    "\n  fragment ConsoleDoorResult on CheckInResult {\n    status\n    booking {\n      ...ConsoleDoorBooking\n      oppositionReason\n    }\n    checkIn {\n      ...ConsoleDoorCheckInDetails\n    }\n    blockedBy {\n      id\n      label\n    }\n  }\n": typeof types.ConsoleDoorResultFragmentDoc,
    "\n  mutation ConsoleDoorCheckIn($eventId: ID!, $code: String, $bookingId: ID, $device: String) {\n    checkIn(eventId: $eventId, code: $code, bookingId: $bookingId, device: $device) {\n      ...ConsoleDoorResult\n    }\n  }\n": typeof types.ConsoleDoorCheckInDocument,
    "\n  query ConsoleDoorKit($eventId: ID!) {\n    checkInKit(eventId: $eventId) {\n      eventId\n      generatedAt\n      publicKeys {\n        id\n        publicKey\n      }\n      bookings {\n        id\n        reference\n        holderName\n        ticketName\n        options\n        checkedInAt\n        blockedBy\n      }\n      revokedBookingIds\n    }\n  }\n": typeof types.ConsoleDoorKitDocument,
    "\n  mutation ConsoleDoorSync($eventId: ID!, $scans: [OfflineScanInput!]!) {\n    syncCheckIns(eventId: $eventId, scans: $scans) {\n      ...ConsoleDoorResult\n    }\n  }\n": typeof types.ConsoleDoorSyncDocument,
    "\n  fragment ConsoleBookingExport on BookingExport {\n    id\n    format\n    status\n    rowsDone\n    rowsTotal\n    fileName\n    fileSize\n    downloadUrl\n    error\n    filter\n    createdAt\n    finishedAt\n    expiresAt\n    requestedBy {\n      id\n      fullName\n    }\n  }\n": typeof types.ConsoleBookingExportFragmentDoc,
    "\n  query ConsoleBookingExport($id: ID!) {\n    bookingExport(id: $id) {\n      ...ConsoleBookingExport\n    }\n  }\n": typeof types.ConsoleBookingExportDocument,
    "\n  mutation ConsoleRequestExport($eventId: ID!, $format: ExportFormat!, $filter: BookingFilter) {\n    requestExport(eventId: $eventId, format: $format, filter: $filter) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleRequestExportDocument,
    "\n  fragment ConsolePaymentAccount on PaymentAccount {\n    id\n    provider\n    description\n    paypalReceiverEmail\n    lydiaVendorToken\n    active\n    createdAt\n    deactivatedAt\n  }\n": typeof types.ConsolePaymentAccountFragmentDoc,
    "\n  fragment ConsoleRestrictionChoices on Query {\n    schools {\n      id\n      slug\n      name\n    }\n    associations {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.ConsoleRestrictionChoicesFragmentDoc,
    "\n  query ConsoleEventBookings(\n    $id: ID!\n    $filter: BookingFilter\n    $first: Int!\n    $after: String\n    $order: BookingOrder! = NEWEST\n  ) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        name\n      }\n      bookings(filter: $filter, first: $first, after: $after, order: $order) {\n        totalCount\n        endCursor\n        hasNextPage\n        nodes {\n          ...SharedBookingSummary\n          createdAt\n          requirements {\n            state\n          }\n        }\n      }\n      exports {\n        ...ConsoleBookingExport\n      }\n    }\n  }\n": typeof types.ConsoleEventBookingsDocument,
    "\n  query ConsoleSchoolSignInStatus {\n    schoolSignInStatus {\n      configured\n      available\n      issuer\n      simulator\n      problem\n    }\n  }\n": typeof types.ConsoleSchoolSignInStatusDocument,
    "\n  query ConsoleTicketSettings($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        name\n        description\n        priceCents\n        capacity\n        salesOpenAt\n        salesCloseAt\n        sponsorshipAllowed\n        pendingGuestsPerSponsor\n        position\n        restrictedToSchools {\n          id\n        }\n        restrictedToClassYears\n        restrictedToAssociations {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ConsoleTicketSettingsDocument,
    "\n  mutation ConsoleUpdateTicketPart($id: ID!, $input: UpdateTicketInput!) {\n    updateTicket(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleUpdateTicketPartDocument,
    "\n  query ConsoleMyEvents($search: String, $offset: Int!, $first: Int!) {\n    events(\n      filter: { mine: true, includePast: true, order: UPCOMING_FIRST, search: $search }\n      first: $first\n      offset: $offset\n    ) {\n      nodes {\n        ...SharedEventSummary\n        visibility\n        viewerPermission\n        cancelled\n        figures {\n          placesTaken\n          capacity\n          reservations\n          preReservations\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.ConsoleMyEventsDocument,
    "\n  query ConsolePlatformAdmins {\n    platformAdmins {\n      id\n      email\n      fullName\n    }\n  }\n": typeof types.ConsolePlatformAdminsDocument,
    "\n  query ConsoleFindUser($search: String!) {\n    users(search: $search, first: 20) {\n      id\n      email\n    }\n  }\n": typeof types.ConsoleFindUserDocument,
    "\n  mutation ConsolePromotePlatformAdmin($id: ID!) {\n    promotePlatformAdmin(userId: $id) {\n      id\n      isPlatformAdmin\n    }\n  }\n": typeof types.ConsolePromotePlatformAdminDocument,
    "\n  mutation ConsoleDemotePlatformAdmin($id: ID!) {\n    demotePlatformAdmin(userId: $id) {\n      id\n      isPlatformAdmin\n    }\n  }\n": typeof types.ConsoleDemotePlatformAdminDocument,
    "\n  query ConsoleAssociationMembers($associationId: ID!) {\n    associations {\n      id\n      slug\n      name\n      archivedAt\n    }\n    associationMembers(associationId: $associationId) {\n      id\n      endsOn\n      isValid\n      user {\n        id\n        email\n        fullName\n      }\n    }\n  }\n": typeof types.ConsoleAssociationMembersDocument,
    "\n  mutation ConsoleSetAssociationMembership($associationId: ID!, $email: String!, $endsOn: LocalDate!) {\n    setAssociationMembership(associationId: $associationId, email: $email, endsOn: $endsOn) {\n      id\n      endsOn\n    }\n  }\n": typeof types.ConsoleSetAssociationMembershipDocument,
    "\n  mutation ConsoleRemoveAssociationMembership($associationId: ID!, $userId: ID!) {\n    removeAssociationMembership(associationId: $associationId, userId: $userId)\n  }\n": typeof types.ConsoleRemoveAssociationMembershipDocument,
    "\n  query ConsoleKnownSlugs {\n    schools {\n      id\n      slug\n      name\n    }\n    associations {\n      id\n      slug\n      name\n    }\n    clubs {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.ConsoleKnownSlugsDocument,
    "\n  mutation ConsoleImportSchoolAccounts($csv: String!, $dryRun: Boolean!) {\n    importSchoolAccounts(csv: $csv, dryRun: $dryRun) {\n      applied\n      dryRun\n      created\n      updated\n      unchanged\n      errors {\n        line\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ConsoleImportSchoolAccountsDocument,
    "\n  query ConsoleOrganizations {\n    schools {\n      id\n      slug\n      name\n      archivedAt\n    }\n    associations {\n      id\n      slug\n      name\n      archivedAt\n      school {\n        id\n        name\n      }\n    }\n    clubs {\n      id\n      slug\n      name\n      archivedAt\n      logoUrl\n      association {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleOrganizationsDocument,
    "\n  mutation ConsoleCreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateSchoolDocument,
    "\n  mutation ConsoleCreateAssociation($input: CreateAssociationInput!) {\n    createAssociation(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateAssociationDocument,
    "\n  mutation ConsoleCreateClub($input: CreateClubInput!) {\n    createClub(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateClubDocument,
    "\n  mutation ConsoleRenameSchool($id: ID!, $name: String!) {\n    renameSchool(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.ConsoleRenameSchoolDocument,
    "\n  mutation ConsoleRenameAssociation($id: ID!, $name: String!) {\n    renameAssociation(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.ConsoleRenameAssociationDocument,
    "\n  mutation ConsoleUpdateClub($id: ID!, $input: UpdateClubInput!) {\n    updateClub(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ConsoleUpdateClubDocument,
    "\n  mutation ConsoleArchiveSchool($id: ID!) {\n    archiveSchool(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ConsoleArchiveSchoolDocument,
    "\n  mutation ConsoleArchiveAssociation($id: ID!) {\n    archiveAssociation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ConsoleArchiveAssociationDocument,
    "\n  mutation ConsoleArchiveClub($id: ID!) {\n    archiveClub(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ConsoleArchiveClubDocument,
    "\n  mutation ConsoleUnarchiveSchool($id: ID!) {\n    unarchiveSchool(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ConsoleUnarchiveSchoolDocument,
    "\n  mutation ConsoleUnarchiveAssociation($id: ID!) {\n    unarchiveAssociation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ConsoleUnarchiveAssociationDocument,
    "\n  mutation ConsoleUnarchiveClub($id: ID!) {\n    unarchiveClub(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ConsoleUnarchiveClubDocument,
    "\n  mutation ConsoleSetClubLogo($id: ID!, $file: Upload!) {\n    setClubLogo(id: $id, file: $file) {\n      id\n      logoUrl\n    }\n  }\n": typeof types.ConsoleSetClubLogoDocument,
    "\n  query ConsoleAllPaymentAccounts {\n    allPaymentAccounts {\n      ...ConsolePaymentAccount\n      club {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleAllPaymentAccountsDocument,
    "\n  mutation ConsoleDeactivatePaymentAccount($id: ID!) {\n    deactivatePaymentAccount(id: $id) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n": typeof types.ConsoleDeactivatePaymentAccountDocument,
    "\n  query ConsoleClubMembers($clubId: ID!) {\n    clubs {\n      id\n      slug\n      name\n      archivedAt\n    }\n    clubMembers(clubId: $clubId) {\n      id\n      isBoard\n      user {\n        id\n        email\n        fullName\n      }\n    }\n  }\n": typeof types.ConsoleClubMembersDocument,
    "\n  mutation ConsoleSetClubMembership($clubId: ID!, $email: String!, $isBoard: Boolean!) {\n    setClubMembership(clubId: $clubId, email: $email, isBoard: $isBoard) {\n      id\n      isBoard\n    }\n  }\n": typeof types.ConsoleSetClubMembershipDocument,
    "\n  mutation ConsoleRemoveClubMembership($clubId: ID!, $userId: ID!) {\n    removeClubMembership(clubId: $clubId, userId: $userId)\n  }\n": typeof types.ConsoleRemoveClubMembershipDocument,
    "\n  query ConsoleEventHeader($id: ID!) {\n    event(id: $id) {\n      ...SharedEventSummary\n      visibility\n      viewerPermission\n      cancelled\n      cancelledAt\n      cancellationReason\n    }\n  }\n": typeof types.ConsoleEventHeaderDocument,
    "\n  query ConsoleEventAdmins($id: ID!) {\n    event(id: $id) {\n      id\n      admins {\n        level\n        user {\n          id\n          fullName\n          email\n        }\n        sources {\n          source\n          level\n          club {\n            id\n            name\n          }\n        }\n      }\n      grants {\n        id\n        level\n        granteeKind\n        createdAt\n        user {\n          id\n          fullName\n          email\n        }\n        club {\n          id\n          name\n        }\n      }\n    }\n    clubs {\n      id\n      name\n    }\n  }\n": typeof types.ConsoleEventAdminsDocument,
    "\n  mutation ConsoleGrantPermission($eventId: ID!, $input: GrantPermissionInput!) {\n    grantPermission(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleGrantPermissionDocument,
    "\n  mutation ConsoleRevokePermission($id: ID!) {\n    revokePermission(id: $id)\n  }\n": typeof types.ConsoleRevokePermissionDocument,
    "\n  query ConsoleEventAudit($id: ID!, $scope: EventAuditScope!, $after: String) {\n    event(id: $id) {\n      id\n      auditLog(scope: $scope, first: 50, after: $after) {\n        endCursor\n        hasNextPage\n        nodes {\n          id\n          at\n          action\n          actorName\n          reason\n          details\n          subject\n          subjectId\n          subjectLabel\n        }\n      }\n    }\n  }\n": typeof types.ConsoleEventAuditDocument,
    "\n  query ConsoleBooking($id: ID!) {\n    booking(id: $id) {\n      ...SharedBookingSummary\n      createdAt\n      expiresAt\n      paymentDeadlinePaused\n      reservedAt\n      endedAt\n      oppositionReason\n      forced\n      event {\n        id\n      }\n      holder {\n        hasAccount\n      }\n      sponsor {\n        email\n      }\n      givenBy {\n        id\n        fullName\n      }\n      options {\n        name\n        priceCents\n        group {\n          id\n          name\n        }\n      }\n      requirements {\n        ...SharedRequirement\n        answer {\n          ...SharedAnswerValue\n          updatedAt\n          validatedAt\n          correctionRequestedAt\n          correctionComment\n          validatedBy {\n            id\n            fullName\n          }\n          updatedBy {\n            id\n            fullName\n          }\n        }\n      }\n      payments {\n        id\n        method\n        provider\n        amountCents\n        currency\n        reference\n        conforming\n        problem\n        createdAt\n      }\n      paymentAttempts {\n        id\n        provider\n        ref\n        providerRef\n        amountCents\n        currency\n        state\n        createdAt\n        updatedAt\n        checkedAt\n      }\n      paymentRecords {\n        id\n        provider\n        kind\n        reference\n        amountCents\n        currency\n        status\n        verification\n        outcome\n        outcomeDetail\n        processedAt\n        createdAt\n        raw\n      }\n      auditLog {\n        at\n        action\n        actorName\n        reason\n        details\n      }\n    }\n  }\n": typeof types.ConsoleBookingDocument,
    "\n  mutation ConsoleValidateAnswer($id: ID!) {\n    validateAnswer(id: $id) {\n      id\n    }\n  }\n": typeof types.ConsoleValidateAnswerDocument,
    "\n  mutation ConsoleRequestAnswerCorrection($id: ID!, $comment: String!) {\n    requestAnswerCorrection(id: $id, comment: $comment) {\n      id\n    }\n  }\n": typeof types.ConsoleRequestAnswerCorrectionDocument,
    "\n  mutation ConsoleCorrectAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput, $file: Upload) {\n    answerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input, file: $file) {\n      id\n    }\n  }\n": typeof types.ConsoleCorrectAnswerDocument,
    "\n  mutation ConsoleMarkPaid($input: MarkPaidInput!) {\n    markPaid(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleMarkPaidDocument,
    "\n  mutation ConsoleOpposeBooking($id: ID!, $reason: String!) {\n    opposeBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleOpposeBookingDocument,
    "\n  mutation ConsoleDeletePreReservation($id: ID!) {\n    deletePreReservation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleDeletePreReservationDocument,
    "\n  query ConsoleEventCapacity($id: ID!) {\n    event(id: $id) {\n      id\n      capacity\n      placesTaken\n      tickets {\n        id\n        name\n        position\n      }\n      quotas {\n        id\n        name\n        capacity\n        placesTaken\n        tickets {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ConsoleEventCapacityDocument,
    "\n  mutation ConsoleSetEventCapacity($eventId: ID!, $capacity: Int) {\n    setEventCapacity(eventId: $eventId, capacity: $capacity) {\n      id\n      capacity\n    }\n  }\n": typeof types.ConsoleSetEventCapacityDocument,
    "\n  mutation ConsoleCreateQuota($eventId: ID!, $input: QuotaInput!) {\n    createQuota(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateQuotaDocument,
    "\n  mutation ConsoleUpdateQuota($id: ID!, $input: QuotaInput!) {\n    updateQuota(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleUpdateQuotaDocument,
    "\n  mutation ConsoleDeleteQuota($id: ID!) {\n    deleteQuota(id: $id)\n  }\n": typeof types.ConsoleDeleteQuotaDocument,
    "\n  query ConsoleEventDashboard($id: ID!, $granularity: DashboardGranularity) {\n    event(id: $id) {\n      id\n      dashboard(granularity: $granularity) {\n        computedAt\n        granularity\n        revenue {\n          paidCents\n          paidCount\n          freeCount\n          pendingCents\n          pendingCount\n          lostCents\n          lostCount\n          endedCount\n          toRefundCents\n          toRefundCount\n        }\n        series {\n          at\n          bookings\n          reservations\n          revenueCents\n          bookingsTotal\n          reservationsTotal\n          revenueCentsTotal\n        }\n        tickets {\n          ticketId\n          name\n          capacity\n          placesTaken\n          preReserved\n          reserved\n          checkedIn\n        }\n        options {\n          optionId\n          ticketId\n          name\n          reserved\n          preReserved\n        }\n        groups {\n          groupId\n          ticketId\n          name\n          choices {\n            optionId\n            name\n            reserved\n            preReserved\n          }\n        }\n        answers {\n          extraInfoId\n          ticketId\n          label\n          blocks\n          waiting\n          validated\n          missing\n        }\n      }\n    }\n  }\n": typeof types.ConsoleEventDashboardDocument,
    "\n  query ConsoleDoorList($id: ID!, $filter: BookingFilter, $first: Int!, $after: String) {\n    event(id: $id) {\n      id\n      bookings(filter: $filter, first: $first, after: $after, order: NAME) {\n        totalCount\n        checkedInCount\n        endCursor\n        hasNextPage\n        nodes {\n          ...ConsoleDoorBooking\n          holder {\n            email\n          }\n          checkIn {\n            ...ConsoleDoorCheckInDetails\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDoorListDocument,
    "\n  query ConsoleEventForEdit($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      description\n      location\n      startsAt\n      endsAt\n      visibility\n      contactEmail\n      sponsorshipLimit\n      paymentDeadlineHours\n      showPlacesLeft\n      coverUrl\n      deletionBlockedBy\n    }\n  }\n": typeof types.ConsoleEventForEditDocument,
    "\n  mutation ConsoleUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleUpdateEventDocument,
    "\n  mutation ConsoleSetEventCover($id: ID!, $file: Upload!) {\n    setEventCover(id: $id, file: $file) {\n      id\n      coverUrl\n    }\n  }\n": typeof types.ConsoleSetEventCoverDocument,
    "\n  mutation ConsoleRemoveEventCover($id: ID!) {\n    removeEventCover(id: $id) {\n      id\n    }\n  }\n": typeof types.ConsoleRemoveEventCoverDocument,
    "\n  mutation ConsoleCancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      id\n      cancelled\n    }\n  }\n": typeof types.ConsoleCancelEventDocument,
    "\n  mutation ConsoleDuplicateEvent($id: ID!, $startsAt: DateTime!, $name: String) {\n    duplicateEvent(eventId: $id, startsAt: $startsAt, name: $name) {\n      id\n    }\n  }\n": typeof types.ConsoleDuplicateEventDocument,
    "\n  mutation ConsoleDeleteEvent($id: ID!) {\n    deleteEvent(id: $id)\n  }\n": typeof types.ConsoleDeleteEventDocument,
    "\n  query ConsoleGiveTicketChoices($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        name\n        priceCents\n        capacity\n        placesTaken\n        soldOut\n        ...SharedTicketOptions\n      }\n    }\n  }\n": typeof types.ConsoleGiveTicketChoicesDocument,
    "\n  mutation ConsoleGiveTicket($input: GiveTicketInput!) {\n    giveTicket(input: $input) {\n      id\n      reference\n      status\n      holder {\n        fullName\n      }\n    }\n  }\n": typeof types.ConsoleGiveTicketDocument,
    "\n  query ConsoleEventMailings($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        name\n      }\n      mailings {\n        id\n        subject\n        recipientCount\n        createdAt\n        author {\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.ConsoleEventMailingsDocument,
    "\n  query ConsoleMailingPreview($eventId: ID!, $input: MailingDraftInput!) {\n    mailingPreview(eventId: $eventId, input: $input) {\n      recipientCount\n      samples {\n        language\n        subject\n        text\n      }\n    }\n  }\n": typeof types.ConsoleMailingPreviewDocument,
    "\n  mutation ConsoleSendMailing($eventId: ID!, $input: MailingDraftInput!, $idempotencyKey: ID!) {\n    sendMailing(eventId: $eventId, input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      recipientCount\n    }\n  }\n": typeof types.ConsoleSendMailingDocument,
    "\n  query ConsoleEventPaymentAccounts($id: ID!) {\n    event(id: $id) {\n      id\n      club {\n        id\n        name\n      }\n      paypalAccount {\n        ...ConsolePaymentAccount\n      }\n      lydiaAccount {\n        ...ConsolePaymentAccount\n      }\n      paymentAccountChoices {\n        ...ConsolePaymentAccount\n      }\n      paymentAccountSuggestion {\n        paypal {\n          id\n        }\n        lydia {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ConsoleEventPaymentAccountsDocument,
    "\n  mutation ConsoleSetEventPaymentAccounts($eventId: ID!, $paypalAccountId: ID, $lydiaAccountId: ID) {\n    setEventPaymentAccounts(eventId: $eventId, paypalAccountId: $paypalAccountId, lydiaAccountId: $lydiaAccountId) {\n      id\n    }\n  }\n": typeof types.ConsoleSetEventPaymentAccountsDocument,
    "\n  mutation ConsoleCreatePaypalAccount($input: CreatePaypalAccountInput!) {\n    createPaypalAccount(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreatePaypalAccountDocument,
    "\n  mutation ConsoleCreateLydiaAccount($input: CreateLydiaAccountInput!) {\n    createLydiaAccount(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateLydiaAccountDocument,
    "\n  mutation ConsoleLydiaBusinesses($eventId: ID!, $phone: String!, $password: String!) {\n    lydiaBusinesses(eventId: $eventId, phone: $phone, password: $password) {\n      name\n      vendorToken\n    }\n  }\n": typeof types.ConsoleLydiaBusinessesDocument,
    "\n  query ConsolePublishChecklist($id: ID!) {\n    event(id: $id) {\n      id\n      visibility\n      publishChecklist {\n        problem\n        blocking\n      }\n    }\n  }\n": typeof types.ConsolePublishChecklistDocument,
    "\n  mutation ConsolePublishEvent($id: ID!, $visibility: EventVisibility!) {\n    publishEvent(id: $id, visibility: $visibility) {\n      id\n      visibility\n    }\n  }\n": typeof types.ConsolePublishEventDocument,
    "\n  query ConsoleEventTickets($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        kind\n        name\n        priceCents\n        capacity\n        placesTaken\n        soldOut\n        salesOpenAt\n        salesCloseAt\n        position\n        locked\n        templateUrl\n      }\n    }\n    ...ConsoleRestrictionChoices\n  }\n": typeof types.ConsoleEventTicketsDocument,
    "\n  mutation ConsoleCreateTicket($eventId: ID!, $input: CreateTicketInput!) {\n    createTicket(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateTicketDocument,
    "\n  query ConsoleTicketPage($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        kind\n        name\n        description\n        priceCents\n        capacity\n        placesTaken\n        soldOut\n        salesOpenAt\n        salesCloseAt\n        sponsorshipAllowed\n        pendingGuestsPerSponsor\n        position\n        locked\n        templateUrl\n        restrictedToSchools {\n          id\n        }\n        restrictedToClassYears\n        restrictedToAssociations {\n          id\n        }\n        ...SharedTicketOptions\n        extraInfos {\n          id\n          label\n          help\n          type\n          blocks\n          numberMin\n          numberMax\n          choices\n          fileTypes\n          fileMaxBytes\n          position\n        }\n      }\n    }\n    ...ConsoleRestrictionChoices\n    ticketTemplateSpec {\n      ...ConsoleTicketTemplateSpec\n    }\n  }\n": typeof types.ConsoleTicketPageDocument,
    "\n  mutation ConsoleDeleteTicket($id: ID!) {\n    deleteTicket(id: $id)\n  }\n": typeof types.ConsoleDeleteTicketDocument,
    "\n  mutation ConsoleCreateOption($ticketId: ID!, $input: OptionInput!) {\n    createOption(ticketId: $ticketId, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateOptionDocument,
    "\n  mutation ConsoleUpdateOption($id: ID!, $input: OptionInput!) {\n    updateOption(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleUpdateOptionDocument,
    "\n  mutation ConsoleDeleteOption($id: ID!) {\n    deleteOption(id: $id)\n  }\n": typeof types.ConsoleDeleteOptionDocument,
    "\n  mutation ConsoleCopyOption($id: ID!) {\n    copyOptionToAllTickets(id: $id) {\n      id\n    }\n  }\n": typeof types.ConsoleCopyOptionDocument,
    "\n  mutation ConsoleCreateOptionGroup($ticketId: ID!, $input: OptionGroupInput!) {\n    createOptionGroup(ticketId: $ticketId, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateOptionGroupDocument,
    "\n  mutation ConsoleUpdateOptionGroup($id: ID!, $input: OptionGroupInput!) {\n    updateOptionGroup(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleUpdateOptionGroupDocument,
    "\n  mutation ConsoleDeleteOptionGroup($id: ID!) {\n    deleteOptionGroup(id: $id)\n  }\n": typeof types.ConsoleDeleteOptionGroupDocument,
    "\n  mutation ConsoleCopyOptionGroup($id: ID!) {\n    copyOptionGroupToAllTickets(id: $id) {\n      id\n    }\n  }\n": typeof types.ConsoleCopyOptionGroupDocument,
    "\n  mutation ConsoleCreateExtraInfo($ticketId: ID!, $input: CreateExtraInfoInput!) {\n    createExtraInfo(ticketId: $ticketId, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateExtraInfoDocument,
    "\n  mutation ConsoleUpdateExtraInfo($id: ID!, $input: UpdateExtraInfoInput!) {\n    updateExtraInfo(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleUpdateExtraInfoDocument,
    "\n  mutation ConsoleDeleteExtraInfo($id: ID!) {\n    deleteExtraInfo(id: $id)\n  }\n": typeof types.ConsoleDeleteExtraInfoDocument,
    "\n  mutation ConsoleCopyExtraInfo($id: ID!) {\n    copyExtraInfoToAllTickets(id: $id) {\n      id\n    }\n  }\n": typeof types.ConsoleCopyExtraInfoDocument,
    "\n  fragment ConsoleTicketTemplateSpec on TicketTemplateSpec {\n    width\n    height\n    mimeTypes\n    maxBytes\n    exampleUrl\n    infoZone {\n      left\n      top\n      width\n      height\n    }\n    qrZone {\n      left\n      top\n      width\n      height\n    }\n  }\n": typeof types.ConsoleTicketTemplateSpecFragmentDoc,
    "\n  mutation ConsoleSetTicketTemplate($ticketId: ID!, $file: Upload!) {\n    setTicketTemplate(ticketId: $ticketId, file: $file) {\n      id\n      templateUrl\n    }\n  }\n": typeof types.ConsoleSetTicketTemplateDocument,
    "\n  mutation ConsoleRemoveTicketTemplate($ticketId: ID!) {\n    removeTicketTemplate(ticketId: $ticketId) {\n      id\n      templateUrl\n    }\n  }\n": typeof types.ConsoleRemoveTicketTemplateDocument,
    "\n  query ConsoleEventWaitingList($id: ID!, $first: Int!, $offset: Int!) {\n    event(id: $id) {\n      id\n      waitingListOpen\n      waitingListOfferMinutes\n      waitingList(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          status\n          position\n          offerExpiresAt\n          createdAt\n          personName\n          personEmail\n          guest {\n            firstName\n            lastName\n            email\n          }\n          ticket {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleEventWaitingListDocument,
    "\n  mutation ConsoleMoveWaitingListEntry($id: ID!, $position: Int!) {\n    moveWaitingListEntry(id: $id, position: $position) {\n      id\n      position\n    }\n  }\n": typeof types.ConsoleMoveWaitingListEntryDocument,
    "\n  mutation ConsoleRemoveWaitingListEntry($id: ID!) {\n    removeWaitingListEntry(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleRemoveWaitingListEntryDocument,
    "\n  mutation ConsoleOfferWaitingListPlace($id: ID!) {\n    offerWaitingListPlace(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleOfferWaitingListPlaceDocument,
    "\n  mutation ConsoleClearWaitingList($eventId: ID!) {\n    clearWaitingList(eventId: $eventId)\n  }\n": typeof types.ConsoleClearWaitingListDocument,
    "\n  mutation ConsoleSetWaitingListSettings($eventId: ID!, $input: WaitingListSettingsInput!) {\n    setWaitingListSettings(eventId: $eventId, input: $input) {\n      id\n      waitingListOpen\n      waitingListOfferMinutes\n    }\n  }\n": typeof types.ConsoleSetWaitingListSettingsDocument,
    "\n  query ConsoleClubsForNewEvent {\n    clubs {\n      id\n      name\n      paymentAccountsForNewEvent {\n        ...ConsolePaymentAccount\n      }\n      paymentAccountSuggestion {\n        paypal {\n          id\n        }\n        lydia {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ConsoleClubsForNewEventDocument,
    "\n  mutation ConsoleCreateEvent($input: CreateEventInput!, $cover: Upload) {\n    createEvent(input: $input, cover: $cover) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateEventDocument,
    "\n  query ConsoleViewer {\n    viewer {\n      ...SharedViewer\n      email\n      isPlatformAdmin\n      clubMemberships {\n        id\n        isBoard\n        club {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n": typeof types.ConsoleViewerDocument,
    "\n  fragment SharedAnswerValue on Answer {\n    id\n    textValue\n    numberValue\n    choiceValue\n    file {\n      name\n      mimeType\n      size\n      url\n    }\n  }\n": typeof types.SharedAnswerValueFragmentDoc,
    "\n  fragment SharedBookingSummary on Booking {\n    id\n    reference\n    status\n    priceCents\n    isGuest\n    ticket {\n      id\n      name\n    }\n    holder {\n      fullName\n      email\n    }\n    sponsor {\n      id\n      fullName\n    }\n  }\n": typeof types.SharedBookingSummaryFragmentDoc,
    "\n  fragment SharedEventSummary on Event {\n    id\n    name\n    startsAt\n    endsAt\n    club {\n      id\n      name\n    }\n  }\n": typeof types.SharedEventSummaryFragmentDoc,
    "\n  fragment SharedRequirement on BookingRequirement {\n    state\n    extraInfo {\n      id\n      label\n      help\n      type\n      blocks\n      position\n      choices\n      numberMin\n      numberMax\n      fileTypes\n      fileMaxBytes\n    }\n  }\n": typeof types.SharedRequirementFragmentDoc,
    "\n  fragment SharedTicketOptions on Ticket {\n    options {\n      id\n      name\n      description\n      priceCents\n      position\n    }\n    optionGroups {\n      id\n      name\n      description\n      position\n      options {\n        id\n        name\n        description\n        priceCents\n        position\n      }\n    }\n  }\n": typeof types.SharedTicketOptionsFragmentDoc,
    "\n  fragment SharedViewer on User {\n    id\n    firstName\n    fullName\n  }\n": typeof types.SharedViewerFragmentDoc,
};
const documents: Documents = {
    "\n  fragment ConsoleDoorBooking on Booking {\n    id\n    reference\n    holder {\n      fullName\n    }\n    ticket {\n      id\n      name\n    }\n    options {\n      name\n    }\n  }\n": types.ConsoleDoorBookingFragmentDoc,
    "\n  fragment ConsoleDoorCheckInDetails on CheckIn {\n    checkedInAt\n    method\n    device\n    checkedInBy {\n      id\n      firstName\n      lastName\n    }\n  }\n": types.ConsoleDoorCheckInDetailsFragmentDoc,
    "\n  fragment ConsoleDoorResult on CheckInResult {\n    status\n    booking {\n      ...ConsoleDoorBooking\n      oppositionReason\n    }\n    checkIn {\n      ...ConsoleDoorCheckInDetails\n    }\n    blockedBy {\n      id\n      label\n    }\n  }\n": types.ConsoleDoorResultFragmentDoc,
    "\n  mutation ConsoleDoorCheckIn($eventId: ID!, $code: String, $bookingId: ID, $device: String) {\n    checkIn(eventId: $eventId, code: $code, bookingId: $bookingId, device: $device) {\n      ...ConsoleDoorResult\n    }\n  }\n": types.ConsoleDoorCheckInDocument,
    "\n  query ConsoleDoorKit($eventId: ID!) {\n    checkInKit(eventId: $eventId) {\n      eventId\n      generatedAt\n      publicKeys {\n        id\n        publicKey\n      }\n      bookings {\n        id\n        reference\n        holderName\n        ticketName\n        options\n        checkedInAt\n        blockedBy\n      }\n      revokedBookingIds\n    }\n  }\n": types.ConsoleDoorKitDocument,
    "\n  mutation ConsoleDoorSync($eventId: ID!, $scans: [OfflineScanInput!]!) {\n    syncCheckIns(eventId: $eventId, scans: $scans) {\n      ...ConsoleDoorResult\n    }\n  }\n": types.ConsoleDoorSyncDocument,
    "\n  fragment ConsoleBookingExport on BookingExport {\n    id\n    format\n    status\n    rowsDone\n    rowsTotal\n    fileName\n    fileSize\n    downloadUrl\n    error\n    filter\n    createdAt\n    finishedAt\n    expiresAt\n    requestedBy {\n      id\n      fullName\n    }\n  }\n": types.ConsoleBookingExportFragmentDoc,
    "\n  query ConsoleBookingExport($id: ID!) {\n    bookingExport(id: $id) {\n      ...ConsoleBookingExport\n    }\n  }\n": types.ConsoleBookingExportDocument,
    "\n  mutation ConsoleRequestExport($eventId: ID!, $format: ExportFormat!, $filter: BookingFilter) {\n    requestExport(eventId: $eventId, format: $format, filter: $filter) {\n      id\n      status\n    }\n  }\n": types.ConsoleRequestExportDocument,
    "\n  fragment ConsolePaymentAccount on PaymentAccount {\n    id\n    provider\n    description\n    paypalReceiverEmail\n    lydiaVendorToken\n    active\n    createdAt\n    deactivatedAt\n  }\n": types.ConsolePaymentAccountFragmentDoc,
    "\n  fragment ConsoleRestrictionChoices on Query {\n    schools {\n      id\n      slug\n      name\n    }\n    associations {\n      id\n      slug\n      name\n    }\n  }\n": types.ConsoleRestrictionChoicesFragmentDoc,
    "\n  query ConsoleEventBookings(\n    $id: ID!\n    $filter: BookingFilter\n    $first: Int!\n    $after: String\n    $order: BookingOrder! = NEWEST\n  ) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        name\n      }\n      bookings(filter: $filter, first: $first, after: $after, order: $order) {\n        totalCount\n        endCursor\n        hasNextPage\n        nodes {\n          ...SharedBookingSummary\n          createdAt\n          requirements {\n            state\n          }\n        }\n      }\n      exports {\n        ...ConsoleBookingExport\n      }\n    }\n  }\n": types.ConsoleEventBookingsDocument,
    "\n  query ConsoleSchoolSignInStatus {\n    schoolSignInStatus {\n      configured\n      available\n      issuer\n      simulator\n      problem\n    }\n  }\n": types.ConsoleSchoolSignInStatusDocument,
    "\n  query ConsoleTicketSettings($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        name\n        description\n        priceCents\n        capacity\n        salesOpenAt\n        salesCloseAt\n        sponsorshipAllowed\n        pendingGuestsPerSponsor\n        position\n        restrictedToSchools {\n          id\n        }\n        restrictedToClassYears\n        restrictedToAssociations {\n          id\n        }\n      }\n    }\n  }\n": types.ConsoleTicketSettingsDocument,
    "\n  mutation ConsoleUpdateTicketPart($id: ID!, $input: UpdateTicketInput!) {\n    updateTicket(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ConsoleUpdateTicketPartDocument,
    "\n  query ConsoleMyEvents($search: String, $offset: Int!, $first: Int!) {\n    events(\n      filter: { mine: true, includePast: true, order: UPCOMING_FIRST, search: $search }\n      first: $first\n      offset: $offset\n    ) {\n      nodes {\n        ...SharedEventSummary\n        visibility\n        viewerPermission\n        cancelled\n        figures {\n          placesTaken\n          capacity\n          reservations\n          preReservations\n        }\n      }\n      totalCount\n    }\n  }\n": types.ConsoleMyEventsDocument,
    "\n  query ConsolePlatformAdmins {\n    platformAdmins {\n      id\n      email\n      fullName\n    }\n  }\n": types.ConsolePlatformAdminsDocument,
    "\n  query ConsoleFindUser($search: String!) {\n    users(search: $search, first: 20) {\n      id\n      email\n    }\n  }\n": types.ConsoleFindUserDocument,
    "\n  mutation ConsolePromotePlatformAdmin($id: ID!) {\n    promotePlatformAdmin(userId: $id) {\n      id\n      isPlatformAdmin\n    }\n  }\n": types.ConsolePromotePlatformAdminDocument,
    "\n  mutation ConsoleDemotePlatformAdmin($id: ID!) {\n    demotePlatformAdmin(userId: $id) {\n      id\n      isPlatformAdmin\n    }\n  }\n": types.ConsoleDemotePlatformAdminDocument,
    "\n  query ConsoleAssociationMembers($associationId: ID!) {\n    associations {\n      id\n      slug\n      name\n      archivedAt\n    }\n    associationMembers(associationId: $associationId) {\n      id\n      endsOn\n      isValid\n      user {\n        id\n        email\n        fullName\n      }\n    }\n  }\n": types.ConsoleAssociationMembersDocument,
    "\n  mutation ConsoleSetAssociationMembership($associationId: ID!, $email: String!, $endsOn: LocalDate!) {\n    setAssociationMembership(associationId: $associationId, email: $email, endsOn: $endsOn) {\n      id\n      endsOn\n    }\n  }\n": types.ConsoleSetAssociationMembershipDocument,
    "\n  mutation ConsoleRemoveAssociationMembership($associationId: ID!, $userId: ID!) {\n    removeAssociationMembership(associationId: $associationId, userId: $userId)\n  }\n": types.ConsoleRemoveAssociationMembershipDocument,
    "\n  query ConsoleKnownSlugs {\n    schools {\n      id\n      slug\n      name\n    }\n    associations {\n      id\n      slug\n      name\n    }\n    clubs {\n      id\n      slug\n      name\n    }\n  }\n": types.ConsoleKnownSlugsDocument,
    "\n  mutation ConsoleImportSchoolAccounts($csv: String!, $dryRun: Boolean!) {\n    importSchoolAccounts(csv: $csv, dryRun: $dryRun) {\n      applied\n      dryRun\n      created\n      updated\n      unchanged\n      errors {\n        line\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ConsoleImportSchoolAccountsDocument,
    "\n  query ConsoleOrganizations {\n    schools {\n      id\n      slug\n      name\n      archivedAt\n    }\n    associations {\n      id\n      slug\n      name\n      archivedAt\n      school {\n        id\n        name\n      }\n    }\n    clubs {\n      id\n      slug\n      name\n      archivedAt\n      logoUrl\n      association {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleOrganizationsDocument,
    "\n  mutation ConsoleCreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateSchoolDocument,
    "\n  mutation ConsoleCreateAssociation($input: CreateAssociationInput!) {\n    createAssociation(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateAssociationDocument,
    "\n  mutation ConsoleCreateClub($input: CreateClubInput!) {\n    createClub(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateClubDocument,
    "\n  mutation ConsoleRenameSchool($id: ID!, $name: String!) {\n    renameSchool(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.ConsoleRenameSchoolDocument,
    "\n  mutation ConsoleRenameAssociation($id: ID!, $name: String!) {\n    renameAssociation(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.ConsoleRenameAssociationDocument,
    "\n  mutation ConsoleUpdateClub($id: ID!, $input: UpdateClubInput!) {\n    updateClub(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.ConsoleUpdateClubDocument,
    "\n  mutation ConsoleArchiveSchool($id: ID!) {\n    archiveSchool(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ConsoleArchiveSchoolDocument,
    "\n  mutation ConsoleArchiveAssociation($id: ID!) {\n    archiveAssociation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ConsoleArchiveAssociationDocument,
    "\n  mutation ConsoleArchiveClub($id: ID!) {\n    archiveClub(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ConsoleArchiveClubDocument,
    "\n  mutation ConsoleUnarchiveSchool($id: ID!) {\n    unarchiveSchool(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ConsoleUnarchiveSchoolDocument,
    "\n  mutation ConsoleUnarchiveAssociation($id: ID!) {\n    unarchiveAssociation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ConsoleUnarchiveAssociationDocument,
    "\n  mutation ConsoleUnarchiveClub($id: ID!) {\n    unarchiveClub(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ConsoleUnarchiveClubDocument,
    "\n  mutation ConsoleSetClubLogo($id: ID!, $file: Upload!) {\n    setClubLogo(id: $id, file: $file) {\n      id\n      logoUrl\n    }\n  }\n": types.ConsoleSetClubLogoDocument,
    "\n  query ConsoleAllPaymentAccounts {\n    allPaymentAccounts {\n      ...ConsolePaymentAccount\n      club {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleAllPaymentAccountsDocument,
    "\n  mutation ConsoleDeactivatePaymentAccount($id: ID!) {\n    deactivatePaymentAccount(id: $id) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n": types.ConsoleDeactivatePaymentAccountDocument,
    "\n  query ConsoleClubMembers($clubId: ID!) {\n    clubs {\n      id\n      slug\n      name\n      archivedAt\n    }\n    clubMembers(clubId: $clubId) {\n      id\n      isBoard\n      user {\n        id\n        email\n        fullName\n      }\n    }\n  }\n": types.ConsoleClubMembersDocument,
    "\n  mutation ConsoleSetClubMembership($clubId: ID!, $email: String!, $isBoard: Boolean!) {\n    setClubMembership(clubId: $clubId, email: $email, isBoard: $isBoard) {\n      id\n      isBoard\n    }\n  }\n": types.ConsoleSetClubMembershipDocument,
    "\n  mutation ConsoleRemoveClubMembership($clubId: ID!, $userId: ID!) {\n    removeClubMembership(clubId: $clubId, userId: $userId)\n  }\n": types.ConsoleRemoveClubMembershipDocument,
    "\n  query ConsoleEventHeader($id: ID!) {\n    event(id: $id) {\n      ...SharedEventSummary\n      visibility\n      viewerPermission\n      cancelled\n      cancelledAt\n      cancellationReason\n    }\n  }\n": types.ConsoleEventHeaderDocument,
    "\n  query ConsoleEventAdmins($id: ID!) {\n    event(id: $id) {\n      id\n      admins {\n        level\n        user {\n          id\n          fullName\n          email\n        }\n        sources {\n          source\n          level\n          club {\n            id\n            name\n          }\n        }\n      }\n      grants {\n        id\n        level\n        granteeKind\n        createdAt\n        user {\n          id\n          fullName\n          email\n        }\n        club {\n          id\n          name\n        }\n      }\n    }\n    clubs {\n      id\n      name\n    }\n  }\n": types.ConsoleEventAdminsDocument,
    "\n  mutation ConsoleGrantPermission($eventId: ID!, $input: GrantPermissionInput!) {\n    grantPermission(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n": types.ConsoleGrantPermissionDocument,
    "\n  mutation ConsoleRevokePermission($id: ID!) {\n    revokePermission(id: $id)\n  }\n": types.ConsoleRevokePermissionDocument,
    "\n  query ConsoleEventAudit($id: ID!, $scope: EventAuditScope!, $after: String) {\n    event(id: $id) {\n      id\n      auditLog(scope: $scope, first: 50, after: $after) {\n        endCursor\n        hasNextPage\n        nodes {\n          id\n          at\n          action\n          actorName\n          reason\n          details\n          subject\n          subjectId\n          subjectLabel\n        }\n      }\n    }\n  }\n": types.ConsoleEventAuditDocument,
    "\n  query ConsoleBooking($id: ID!) {\n    booking(id: $id) {\n      ...SharedBookingSummary\n      createdAt\n      expiresAt\n      paymentDeadlinePaused\n      reservedAt\n      endedAt\n      oppositionReason\n      forced\n      event {\n        id\n      }\n      holder {\n        hasAccount\n      }\n      sponsor {\n        email\n      }\n      givenBy {\n        id\n        fullName\n      }\n      options {\n        name\n        priceCents\n        group {\n          id\n          name\n        }\n      }\n      requirements {\n        ...SharedRequirement\n        answer {\n          ...SharedAnswerValue\n          updatedAt\n          validatedAt\n          correctionRequestedAt\n          correctionComment\n          validatedBy {\n            id\n            fullName\n          }\n          updatedBy {\n            id\n            fullName\n          }\n        }\n      }\n      payments {\n        id\n        method\n        provider\n        amountCents\n        currency\n        reference\n        conforming\n        problem\n        createdAt\n      }\n      paymentAttempts {\n        id\n        provider\n        ref\n        providerRef\n        amountCents\n        currency\n        state\n        createdAt\n        updatedAt\n        checkedAt\n      }\n      paymentRecords {\n        id\n        provider\n        kind\n        reference\n        amountCents\n        currency\n        status\n        verification\n        outcome\n        outcomeDetail\n        processedAt\n        createdAt\n        raw\n      }\n      auditLog {\n        at\n        action\n        actorName\n        reason\n        details\n      }\n    }\n  }\n": types.ConsoleBookingDocument,
    "\n  mutation ConsoleValidateAnswer($id: ID!) {\n    validateAnswer(id: $id) {\n      id\n    }\n  }\n": types.ConsoleValidateAnswerDocument,
    "\n  mutation ConsoleRequestAnswerCorrection($id: ID!, $comment: String!) {\n    requestAnswerCorrection(id: $id, comment: $comment) {\n      id\n    }\n  }\n": types.ConsoleRequestAnswerCorrectionDocument,
    "\n  mutation ConsoleCorrectAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput, $file: Upload) {\n    answerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input, file: $file) {\n      id\n    }\n  }\n": types.ConsoleCorrectAnswerDocument,
    "\n  mutation ConsoleMarkPaid($input: MarkPaidInput!) {\n    markPaid(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleMarkPaidDocument,
    "\n  mutation ConsoleOpposeBooking($id: ID!, $reason: String!) {\n    opposeBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.ConsoleOpposeBookingDocument,
    "\n  mutation ConsoleDeletePreReservation($id: ID!) {\n    deletePreReservation(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConsoleDeletePreReservationDocument,
    "\n  query ConsoleEventCapacity($id: ID!) {\n    event(id: $id) {\n      id\n      capacity\n      placesTaken\n      tickets {\n        id\n        name\n        position\n      }\n      quotas {\n        id\n        name\n        capacity\n        placesTaken\n        tickets {\n          id\n        }\n      }\n    }\n  }\n": types.ConsoleEventCapacityDocument,
    "\n  mutation ConsoleSetEventCapacity($eventId: ID!, $capacity: Int) {\n    setEventCapacity(eventId: $eventId, capacity: $capacity) {\n      id\n      capacity\n    }\n  }\n": types.ConsoleSetEventCapacityDocument,
    "\n  mutation ConsoleCreateQuota($eventId: ID!, $input: QuotaInput!) {\n    createQuota(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateQuotaDocument,
    "\n  mutation ConsoleUpdateQuota($id: ID!, $input: QuotaInput!) {\n    updateQuota(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ConsoleUpdateQuotaDocument,
    "\n  mutation ConsoleDeleteQuota($id: ID!) {\n    deleteQuota(id: $id)\n  }\n": types.ConsoleDeleteQuotaDocument,
    "\n  query ConsoleEventDashboard($id: ID!, $granularity: DashboardGranularity) {\n    event(id: $id) {\n      id\n      dashboard(granularity: $granularity) {\n        computedAt\n        granularity\n        revenue {\n          paidCents\n          paidCount\n          freeCount\n          pendingCents\n          pendingCount\n          lostCents\n          lostCount\n          endedCount\n          toRefundCents\n          toRefundCount\n        }\n        series {\n          at\n          bookings\n          reservations\n          revenueCents\n          bookingsTotal\n          reservationsTotal\n          revenueCentsTotal\n        }\n        tickets {\n          ticketId\n          name\n          capacity\n          placesTaken\n          preReserved\n          reserved\n          checkedIn\n        }\n        options {\n          optionId\n          ticketId\n          name\n          reserved\n          preReserved\n        }\n        groups {\n          groupId\n          ticketId\n          name\n          choices {\n            optionId\n            name\n            reserved\n            preReserved\n          }\n        }\n        answers {\n          extraInfoId\n          ticketId\n          label\n          blocks\n          waiting\n          validated\n          missing\n        }\n      }\n    }\n  }\n": types.ConsoleEventDashboardDocument,
    "\n  query ConsoleDoorList($id: ID!, $filter: BookingFilter, $first: Int!, $after: String) {\n    event(id: $id) {\n      id\n      bookings(filter: $filter, first: $first, after: $after, order: NAME) {\n        totalCount\n        checkedInCount\n        endCursor\n        hasNextPage\n        nodes {\n          ...ConsoleDoorBooking\n          holder {\n            email\n          }\n          checkIn {\n            ...ConsoleDoorCheckInDetails\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleDoorListDocument,
    "\n  query ConsoleEventForEdit($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      description\n      location\n      startsAt\n      endsAt\n      visibility\n      contactEmail\n      sponsorshipLimit\n      paymentDeadlineHours\n      showPlacesLeft\n      coverUrl\n      deletionBlockedBy\n    }\n  }\n": types.ConsoleEventForEditDocument,
    "\n  mutation ConsoleUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ConsoleUpdateEventDocument,
    "\n  mutation ConsoleSetEventCover($id: ID!, $file: Upload!) {\n    setEventCover(id: $id, file: $file) {\n      id\n      coverUrl\n    }\n  }\n": types.ConsoleSetEventCoverDocument,
    "\n  mutation ConsoleRemoveEventCover($id: ID!) {\n    removeEventCover(id: $id) {\n      id\n    }\n  }\n": types.ConsoleRemoveEventCoverDocument,
    "\n  mutation ConsoleCancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      id\n      cancelled\n    }\n  }\n": types.ConsoleCancelEventDocument,
    "\n  mutation ConsoleDuplicateEvent($id: ID!, $startsAt: DateTime!, $name: String) {\n    duplicateEvent(eventId: $id, startsAt: $startsAt, name: $name) {\n      id\n    }\n  }\n": types.ConsoleDuplicateEventDocument,
    "\n  mutation ConsoleDeleteEvent($id: ID!) {\n    deleteEvent(id: $id)\n  }\n": types.ConsoleDeleteEventDocument,
    "\n  query ConsoleGiveTicketChoices($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        name\n        priceCents\n        capacity\n        placesTaken\n        soldOut\n        ...SharedTicketOptions\n      }\n    }\n  }\n": types.ConsoleGiveTicketChoicesDocument,
    "\n  mutation ConsoleGiveTicket($input: GiveTicketInput!) {\n    giveTicket(input: $input) {\n      id\n      reference\n      status\n      holder {\n        fullName\n      }\n    }\n  }\n": types.ConsoleGiveTicketDocument,
    "\n  query ConsoleEventMailings($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        name\n      }\n      mailings {\n        id\n        subject\n        recipientCount\n        createdAt\n        author {\n          fullName\n        }\n      }\n    }\n  }\n": types.ConsoleEventMailingsDocument,
    "\n  query ConsoleMailingPreview($eventId: ID!, $input: MailingDraftInput!) {\n    mailingPreview(eventId: $eventId, input: $input) {\n      recipientCount\n      samples {\n        language\n        subject\n        text\n      }\n    }\n  }\n": types.ConsoleMailingPreviewDocument,
    "\n  mutation ConsoleSendMailing($eventId: ID!, $input: MailingDraftInput!, $idempotencyKey: ID!) {\n    sendMailing(eventId: $eventId, input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      recipientCount\n    }\n  }\n": types.ConsoleSendMailingDocument,
    "\n  query ConsoleEventPaymentAccounts($id: ID!) {\n    event(id: $id) {\n      id\n      club {\n        id\n        name\n      }\n      paypalAccount {\n        ...ConsolePaymentAccount\n      }\n      lydiaAccount {\n        ...ConsolePaymentAccount\n      }\n      paymentAccountChoices {\n        ...ConsolePaymentAccount\n      }\n      paymentAccountSuggestion {\n        paypal {\n          id\n        }\n        lydia {\n          id\n        }\n      }\n    }\n  }\n": types.ConsoleEventPaymentAccountsDocument,
    "\n  mutation ConsoleSetEventPaymentAccounts($eventId: ID!, $paypalAccountId: ID, $lydiaAccountId: ID) {\n    setEventPaymentAccounts(eventId: $eventId, paypalAccountId: $paypalAccountId, lydiaAccountId: $lydiaAccountId) {\n      id\n    }\n  }\n": types.ConsoleSetEventPaymentAccountsDocument,
    "\n  mutation ConsoleCreatePaypalAccount($input: CreatePaypalAccountInput!) {\n    createPaypalAccount(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreatePaypalAccountDocument,
    "\n  mutation ConsoleCreateLydiaAccount($input: CreateLydiaAccountInput!) {\n    createLydiaAccount(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateLydiaAccountDocument,
    "\n  mutation ConsoleLydiaBusinesses($eventId: ID!, $phone: String!, $password: String!) {\n    lydiaBusinesses(eventId: $eventId, phone: $phone, password: $password) {\n      name\n      vendorToken\n    }\n  }\n": types.ConsoleLydiaBusinessesDocument,
    "\n  query ConsolePublishChecklist($id: ID!) {\n    event(id: $id) {\n      id\n      visibility\n      publishChecklist {\n        problem\n        blocking\n      }\n    }\n  }\n": types.ConsolePublishChecklistDocument,
    "\n  mutation ConsolePublishEvent($id: ID!, $visibility: EventVisibility!) {\n    publishEvent(id: $id, visibility: $visibility) {\n      id\n      visibility\n    }\n  }\n": types.ConsolePublishEventDocument,
    "\n  query ConsoleEventTickets($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        kind\n        name\n        priceCents\n        capacity\n        placesTaken\n        soldOut\n        salesOpenAt\n        salesCloseAt\n        position\n        locked\n        templateUrl\n      }\n    }\n    ...ConsoleRestrictionChoices\n  }\n": types.ConsoleEventTicketsDocument,
    "\n  mutation ConsoleCreateTicket($eventId: ID!, $input: CreateTicketInput!) {\n    createTicket(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateTicketDocument,
    "\n  query ConsoleTicketPage($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        kind\n        name\n        description\n        priceCents\n        capacity\n        placesTaken\n        soldOut\n        salesOpenAt\n        salesCloseAt\n        sponsorshipAllowed\n        pendingGuestsPerSponsor\n        position\n        locked\n        templateUrl\n        restrictedToSchools {\n          id\n        }\n        restrictedToClassYears\n        restrictedToAssociations {\n          id\n        }\n        ...SharedTicketOptions\n        extraInfos {\n          id\n          label\n          help\n          type\n          blocks\n          numberMin\n          numberMax\n          choices\n          fileTypes\n          fileMaxBytes\n          position\n        }\n      }\n    }\n    ...ConsoleRestrictionChoices\n    ticketTemplateSpec {\n      ...ConsoleTicketTemplateSpec\n    }\n  }\n": types.ConsoleTicketPageDocument,
    "\n  mutation ConsoleDeleteTicket($id: ID!) {\n    deleteTicket(id: $id)\n  }\n": types.ConsoleDeleteTicketDocument,
    "\n  mutation ConsoleCreateOption($ticketId: ID!, $input: OptionInput!) {\n    createOption(ticketId: $ticketId, input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateOptionDocument,
    "\n  mutation ConsoleUpdateOption($id: ID!, $input: OptionInput!) {\n    updateOption(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ConsoleUpdateOptionDocument,
    "\n  mutation ConsoleDeleteOption($id: ID!) {\n    deleteOption(id: $id)\n  }\n": types.ConsoleDeleteOptionDocument,
    "\n  mutation ConsoleCopyOption($id: ID!) {\n    copyOptionToAllTickets(id: $id) {\n      id\n    }\n  }\n": types.ConsoleCopyOptionDocument,
    "\n  mutation ConsoleCreateOptionGroup($ticketId: ID!, $input: OptionGroupInput!) {\n    createOptionGroup(ticketId: $ticketId, input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateOptionGroupDocument,
    "\n  mutation ConsoleUpdateOptionGroup($id: ID!, $input: OptionGroupInput!) {\n    updateOptionGroup(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ConsoleUpdateOptionGroupDocument,
    "\n  mutation ConsoleDeleteOptionGroup($id: ID!) {\n    deleteOptionGroup(id: $id)\n  }\n": types.ConsoleDeleteOptionGroupDocument,
    "\n  mutation ConsoleCopyOptionGroup($id: ID!) {\n    copyOptionGroupToAllTickets(id: $id) {\n      id\n    }\n  }\n": types.ConsoleCopyOptionGroupDocument,
    "\n  mutation ConsoleCreateExtraInfo($ticketId: ID!, $input: CreateExtraInfoInput!) {\n    createExtraInfo(ticketId: $ticketId, input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateExtraInfoDocument,
    "\n  mutation ConsoleUpdateExtraInfo($id: ID!, $input: UpdateExtraInfoInput!) {\n    updateExtraInfo(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ConsoleUpdateExtraInfoDocument,
    "\n  mutation ConsoleDeleteExtraInfo($id: ID!) {\n    deleteExtraInfo(id: $id)\n  }\n": types.ConsoleDeleteExtraInfoDocument,
    "\n  mutation ConsoleCopyExtraInfo($id: ID!) {\n    copyExtraInfoToAllTickets(id: $id) {\n      id\n    }\n  }\n": types.ConsoleCopyExtraInfoDocument,
    "\n  fragment ConsoleTicketTemplateSpec on TicketTemplateSpec {\n    width\n    height\n    mimeTypes\n    maxBytes\n    exampleUrl\n    infoZone {\n      left\n      top\n      width\n      height\n    }\n    qrZone {\n      left\n      top\n      width\n      height\n    }\n  }\n": types.ConsoleTicketTemplateSpecFragmentDoc,
    "\n  mutation ConsoleSetTicketTemplate($ticketId: ID!, $file: Upload!) {\n    setTicketTemplate(ticketId: $ticketId, file: $file) {\n      id\n      templateUrl\n    }\n  }\n": types.ConsoleSetTicketTemplateDocument,
    "\n  mutation ConsoleRemoveTicketTemplate($ticketId: ID!) {\n    removeTicketTemplate(ticketId: $ticketId) {\n      id\n      templateUrl\n    }\n  }\n": types.ConsoleRemoveTicketTemplateDocument,
    "\n  query ConsoleEventWaitingList($id: ID!, $first: Int!, $offset: Int!) {\n    event(id: $id) {\n      id\n      waitingListOpen\n      waitingListOfferMinutes\n      waitingList(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          status\n          position\n          offerExpiresAt\n          createdAt\n          personName\n          personEmail\n          guest {\n            firstName\n            lastName\n            email\n          }\n          ticket {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleEventWaitingListDocument,
    "\n  mutation ConsoleMoveWaitingListEntry($id: ID!, $position: Int!) {\n    moveWaitingListEntry(id: $id, position: $position) {\n      id\n      position\n    }\n  }\n": types.ConsoleMoveWaitingListEntryDocument,
    "\n  mutation ConsoleRemoveWaitingListEntry($id: ID!) {\n    removeWaitingListEntry(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConsoleRemoveWaitingListEntryDocument,
    "\n  mutation ConsoleOfferWaitingListPlace($id: ID!) {\n    offerWaitingListPlace(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConsoleOfferWaitingListPlaceDocument,
    "\n  mutation ConsoleClearWaitingList($eventId: ID!) {\n    clearWaitingList(eventId: $eventId)\n  }\n": types.ConsoleClearWaitingListDocument,
    "\n  mutation ConsoleSetWaitingListSettings($eventId: ID!, $input: WaitingListSettingsInput!) {\n    setWaitingListSettings(eventId: $eventId, input: $input) {\n      id\n      waitingListOpen\n      waitingListOfferMinutes\n    }\n  }\n": types.ConsoleSetWaitingListSettingsDocument,
    "\n  query ConsoleClubsForNewEvent {\n    clubs {\n      id\n      name\n      paymentAccountsForNewEvent {\n        ...ConsolePaymentAccount\n      }\n      paymentAccountSuggestion {\n        paypal {\n          id\n        }\n        lydia {\n          id\n        }\n      }\n    }\n  }\n": types.ConsoleClubsForNewEventDocument,
    "\n  mutation ConsoleCreateEvent($input: CreateEventInput!, $cover: Upload) {\n    createEvent(input: $input, cover: $cover) {\n      id\n    }\n  }\n": types.ConsoleCreateEventDocument,
    "\n  query ConsoleViewer {\n    viewer {\n      ...SharedViewer\n      email\n      isPlatformAdmin\n      clubMemberships {\n        id\n        isBoard\n        club {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n": types.ConsoleViewerDocument,
    "\n  fragment SharedAnswerValue on Answer {\n    id\n    textValue\n    numberValue\n    choiceValue\n    file {\n      name\n      mimeType\n      size\n      url\n    }\n  }\n": types.SharedAnswerValueFragmentDoc,
    "\n  fragment SharedBookingSummary on Booking {\n    id\n    reference\n    status\n    priceCents\n    isGuest\n    ticket {\n      id\n      name\n    }\n    holder {\n      fullName\n      email\n    }\n    sponsor {\n      id\n      fullName\n    }\n  }\n": types.SharedBookingSummaryFragmentDoc,
    "\n  fragment SharedEventSummary on Event {\n    id\n    name\n    startsAt\n    endsAt\n    club {\n      id\n      name\n    }\n  }\n": types.SharedEventSummaryFragmentDoc,
    "\n  fragment SharedRequirement on BookingRequirement {\n    state\n    extraInfo {\n      id\n      label\n      help\n      type\n      blocks\n      position\n      choices\n      numberMin\n      numberMax\n      fileTypes\n      fileMaxBytes\n    }\n  }\n": types.SharedRequirementFragmentDoc,
    "\n  fragment SharedTicketOptions on Ticket {\n    options {\n      id\n      name\n      description\n      priceCents\n      position\n    }\n    optionGroups {\n      id\n      name\n      description\n      position\n      options {\n        id\n        name\n        description\n        priceCents\n        position\n      }\n    }\n  }\n": types.SharedTicketOptionsFragmentDoc,
    "\n  fragment SharedViewer on User {\n    id\n    firstName\n    fullName\n  }\n": types.SharedViewerFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleDoorBooking on Booking {\n    id\n    reference\n    holder {\n      fullName\n    }\n    ticket {\n      id\n      name\n    }\n    options {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleDoorBooking on Booking {\n    id\n    reference\n    holder {\n      fullName\n    }\n    ticket {\n      id\n      name\n    }\n    options {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleDoorCheckInDetails on CheckIn {\n    checkedInAt\n    method\n    device\n    checkedInBy {\n      id\n      firstName\n      lastName\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleDoorCheckInDetails on CheckIn {\n    checkedInAt\n    method\n    device\n    checkedInBy {\n      id\n      firstName\n      lastName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleDoorResult on CheckInResult {\n    status\n    booking {\n      ...ConsoleDoorBooking\n      oppositionReason\n    }\n    checkIn {\n      ...ConsoleDoorCheckInDetails\n    }\n    blockedBy {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleDoorResult on CheckInResult {\n    status\n    booking {\n      ...ConsoleDoorBooking\n      oppositionReason\n    }\n    checkIn {\n      ...ConsoleDoorCheckInDetails\n    }\n    blockedBy {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDoorCheckIn($eventId: ID!, $code: String, $bookingId: ID, $device: String) {\n    checkIn(eventId: $eventId, code: $code, bookingId: $bookingId, device: $device) {\n      ...ConsoleDoorResult\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDoorCheckIn($eventId: ID!, $code: String, $bookingId: ID, $device: String) {\n    checkIn(eventId: $eventId, code: $code, bookingId: $bookingId, device: $device) {\n      ...ConsoleDoorResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDoorKit($eventId: ID!) {\n    checkInKit(eventId: $eventId) {\n      eventId\n      generatedAt\n      publicKeys {\n        id\n        publicKey\n      }\n      bookings {\n        id\n        reference\n        holderName\n        ticketName\n        options\n        checkedInAt\n        blockedBy\n      }\n      revokedBookingIds\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDoorKit($eventId: ID!) {\n    checkInKit(eventId: $eventId) {\n      eventId\n      generatedAt\n      publicKeys {\n        id\n        publicKey\n      }\n      bookings {\n        id\n        reference\n        holderName\n        ticketName\n        options\n        checkedInAt\n        blockedBy\n      }\n      revokedBookingIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDoorSync($eventId: ID!, $scans: [OfflineScanInput!]!) {\n    syncCheckIns(eventId: $eventId, scans: $scans) {\n      ...ConsoleDoorResult\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDoorSync($eventId: ID!, $scans: [OfflineScanInput!]!) {\n    syncCheckIns(eventId: $eventId, scans: $scans) {\n      ...ConsoleDoorResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleBookingExport on BookingExport {\n    id\n    format\n    status\n    rowsDone\n    rowsTotal\n    fileName\n    fileSize\n    downloadUrl\n    error\n    filter\n    createdAt\n    finishedAt\n    expiresAt\n    requestedBy {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleBookingExport on BookingExport {\n    id\n    format\n    status\n    rowsDone\n    rowsTotal\n    fileName\n    fileSize\n    downloadUrl\n    error\n    filter\n    createdAt\n    finishedAt\n    expiresAt\n    requestedBy {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleBookingExport($id: ID!) {\n    bookingExport(id: $id) {\n      ...ConsoleBookingExport\n    }\n  }\n"): (typeof documents)["\n  query ConsoleBookingExport($id: ID!) {\n    bookingExport(id: $id) {\n      ...ConsoleBookingExport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRequestExport($eventId: ID!, $format: ExportFormat!, $filter: BookingFilter) {\n    requestExport(eventId: $eventId, format: $format, filter: $filter) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRequestExport($eventId: ID!, $format: ExportFormat!, $filter: BookingFilter) {\n    requestExport(eventId: $eventId, format: $format, filter: $filter) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsolePaymentAccount on PaymentAccount {\n    id\n    provider\n    description\n    paypalReceiverEmail\n    lydiaVendorToken\n    active\n    createdAt\n    deactivatedAt\n  }\n"): (typeof documents)["\n  fragment ConsolePaymentAccount on PaymentAccount {\n    id\n    provider\n    description\n    paypalReceiverEmail\n    lydiaVendorToken\n    active\n    createdAt\n    deactivatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleRestrictionChoices on Query {\n    schools {\n      id\n      slug\n      name\n    }\n    associations {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleRestrictionChoices on Query {\n    schools {\n      id\n      slug\n      name\n    }\n    associations {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEventBookings(\n    $id: ID!\n    $filter: BookingFilter\n    $first: Int!\n    $after: String\n    $order: BookingOrder! = NEWEST\n  ) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        name\n      }\n      bookings(filter: $filter, first: $first, after: $after, order: $order) {\n        totalCount\n        endCursor\n        hasNextPage\n        nodes {\n          ...SharedBookingSummary\n          createdAt\n          requirements {\n            state\n          }\n        }\n      }\n      exports {\n        ...ConsoleBookingExport\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEventBookings(\n    $id: ID!\n    $filter: BookingFilter\n    $first: Int!\n    $after: String\n    $order: BookingOrder! = NEWEST\n  ) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        name\n      }\n      bookings(filter: $filter, first: $first, after: $after, order: $order) {\n        totalCount\n        endCursor\n        hasNextPage\n        nodes {\n          ...SharedBookingSummary\n          createdAt\n          requirements {\n            state\n          }\n        }\n      }\n      exports {\n        ...ConsoleBookingExport\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSchoolSignInStatus {\n    schoolSignInStatus {\n      configured\n      available\n      issuer\n      simulator\n      problem\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSchoolSignInStatus {\n    schoolSignInStatus {\n      configured\n      available\n      issuer\n      simulator\n      problem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTicketSettings($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        name\n        description\n        priceCents\n        capacity\n        salesOpenAt\n        salesCloseAt\n        sponsorshipAllowed\n        pendingGuestsPerSponsor\n        position\n        restrictedToSchools {\n          id\n        }\n        restrictedToClassYears\n        restrictedToAssociations {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTicketSettings($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        name\n        description\n        priceCents\n        capacity\n        salesOpenAt\n        salesCloseAt\n        sponsorshipAllowed\n        pendingGuestsPerSponsor\n        position\n        restrictedToSchools {\n          id\n        }\n        restrictedToClassYears\n        restrictedToAssociations {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateTicketPart($id: ID!, $input: UpdateTicketInput!) {\n    updateTicket(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateTicketPart($id: ID!, $input: UpdateTicketInput!) {\n    updateTicket(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMyEvents($search: String, $offset: Int!, $first: Int!) {\n    events(\n      filter: { mine: true, includePast: true, order: UPCOMING_FIRST, search: $search }\n      first: $first\n      offset: $offset\n    ) {\n      nodes {\n        ...SharedEventSummary\n        visibility\n        viewerPermission\n        cancelled\n        figures {\n          placesTaken\n          capacity\n          reservations\n          preReservations\n        }\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMyEvents($search: String, $offset: Int!, $first: Int!) {\n    events(\n      filter: { mine: true, includePast: true, order: UPCOMING_FIRST, search: $search }\n      first: $first\n      offset: $offset\n    ) {\n      nodes {\n        ...SharedEventSummary\n        visibility\n        viewerPermission\n        cancelled\n        figures {\n          placesTaken\n          capacity\n          reservations\n          preReservations\n        }\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePlatformAdmins {\n    platformAdmins {\n      id\n      email\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query ConsolePlatformAdmins {\n    platformAdmins {\n      id\n      email\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFindUser($search: String!) {\n    users(search: $search, first: 20) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query ConsoleFindUser($search: String!) {\n    users(search: $search, first: 20) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePromotePlatformAdmin($id: ID!) {\n    promotePlatformAdmin(userId: $id) {\n      id\n      isPlatformAdmin\n    }\n  }\n"): (typeof documents)["\n  mutation ConsolePromotePlatformAdmin($id: ID!) {\n    promotePlatformAdmin(userId: $id) {\n      id\n      isPlatformAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDemotePlatformAdmin($id: ID!) {\n    demotePlatformAdmin(userId: $id) {\n      id\n      isPlatformAdmin\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDemotePlatformAdmin($id: ID!) {\n    demotePlatformAdmin(userId: $id) {\n      id\n      isPlatformAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAssociationMembers($associationId: ID!) {\n    associations {\n      id\n      slug\n      name\n      archivedAt\n    }\n    associationMembers(associationId: $associationId) {\n      id\n      endsOn\n      isValid\n      user {\n        id\n        email\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAssociationMembers($associationId: ID!) {\n    associations {\n      id\n      slug\n      name\n      archivedAt\n    }\n    associationMembers(associationId: $associationId) {\n      id\n      endsOn\n      isValid\n      user {\n        id\n        email\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetAssociationMembership($associationId: ID!, $email: String!, $endsOn: LocalDate!) {\n    setAssociationMembership(associationId: $associationId, email: $email, endsOn: $endsOn) {\n      id\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetAssociationMembership($associationId: ID!, $email: String!, $endsOn: LocalDate!) {\n    setAssociationMembership(associationId: $associationId, email: $email, endsOn: $endsOn) {\n      id\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveAssociationMembership($associationId: ID!, $userId: ID!) {\n    removeAssociationMembership(associationId: $associationId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation ConsoleRemoveAssociationMembership($associationId: ID!, $userId: ID!) {\n    removeAssociationMembership(associationId: $associationId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleKnownSlugs {\n    schools {\n      id\n      slug\n      name\n    }\n    associations {\n      id\n      slug\n      name\n    }\n    clubs {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query ConsoleKnownSlugs {\n    schools {\n      id\n      slug\n      name\n    }\n    associations {\n      id\n      slug\n      name\n    }\n    clubs {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleImportSchoolAccounts($csv: String!, $dryRun: Boolean!) {\n    importSchoolAccounts(csv: $csv, dryRun: $dryRun) {\n      applied\n      dryRun\n      created\n      updated\n      unchanged\n      errors {\n        line\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleImportSchoolAccounts($csv: String!, $dryRun: Boolean!) {\n    importSchoolAccounts(csv: $csv, dryRun: $dryRun) {\n      applied\n      dryRun\n      created\n      updated\n      unchanged\n      errors {\n        line\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOrganizations {\n    schools {\n      id\n      slug\n      name\n      archivedAt\n    }\n    associations {\n      id\n      slug\n      name\n      archivedAt\n      school {\n        id\n        name\n      }\n    }\n    clubs {\n      id\n      slug\n      name\n      archivedAt\n      logoUrl\n      association {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleOrganizations {\n    schools {\n      id\n      slug\n      name\n      archivedAt\n    }\n    associations {\n      id\n      slug\n      name\n      archivedAt\n      school {\n        id\n        name\n      }\n    }\n    clubs {\n      id\n      slug\n      name\n      archivedAt\n      logoUrl\n      association {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateAssociation($input: CreateAssociationInput!) {\n    createAssociation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateAssociation($input: CreateAssociationInput!) {\n    createAssociation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateClub($input: CreateClubInput!) {\n    createClub(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateClub($input: CreateClubInput!) {\n    createClub(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRenameSchool($id: ID!, $name: String!) {\n    renameSchool(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRenameSchool($id: ID!, $name: String!) {\n    renameSchool(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRenameAssociation($id: ID!, $name: String!) {\n    renameAssociation(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRenameAssociation($id: ID!, $name: String!) {\n    renameAssociation(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateClub($id: ID!, $input: UpdateClubInput!) {\n    updateClub(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateClub($id: ID!, $input: UpdateClubInput!) {\n    updateClub(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleArchiveSchool($id: ID!) {\n    archiveSchool(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleArchiveSchool($id: ID!) {\n    archiveSchool(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleArchiveAssociation($id: ID!) {\n    archiveAssociation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleArchiveAssociation($id: ID!) {\n    archiveAssociation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleArchiveClub($id: ID!) {\n    archiveClub(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleArchiveClub($id: ID!) {\n    archiveClub(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUnarchiveSchool($id: ID!) {\n    unarchiveSchool(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUnarchiveSchool($id: ID!) {\n    unarchiveSchool(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUnarchiveAssociation($id: ID!) {\n    unarchiveAssociation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUnarchiveAssociation($id: ID!) {\n    unarchiveAssociation(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUnarchiveClub($id: ID!) {\n    unarchiveClub(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUnarchiveClub($id: ID!) {\n    unarchiveClub(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetClubLogo($id: ID!, $file: Upload!) {\n    setClubLogo(id: $id, file: $file) {\n      id\n      logoUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetClubLogo($id: ID!, $file: Upload!) {\n    setClubLogo(id: $id, file: $file) {\n      id\n      logoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAllPaymentAccounts {\n    allPaymentAccounts {\n      ...ConsolePaymentAccount\n      club {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAllPaymentAccounts {\n    allPaymentAccounts {\n      ...ConsolePaymentAccount\n      club {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeactivatePaymentAccount($id: ID!) {\n    deactivatePaymentAccount(id: $id) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDeactivatePaymentAccount($id: ID!) {\n    deactivatePaymentAccount(id: $id) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleClubMembers($clubId: ID!) {\n    clubs {\n      id\n      slug\n      name\n      archivedAt\n    }\n    clubMembers(clubId: $clubId) {\n      id\n      isBoard\n      user {\n        id\n        email\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleClubMembers($clubId: ID!) {\n    clubs {\n      id\n      slug\n      name\n      archivedAt\n    }\n    clubMembers(clubId: $clubId) {\n      id\n      isBoard\n      user {\n        id\n        email\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetClubMembership($clubId: ID!, $email: String!, $isBoard: Boolean!) {\n    setClubMembership(clubId: $clubId, email: $email, isBoard: $isBoard) {\n      id\n      isBoard\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetClubMembership($clubId: ID!, $email: String!, $isBoard: Boolean!) {\n    setClubMembership(clubId: $clubId, email: $email, isBoard: $isBoard) {\n      id\n      isBoard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveClubMembership($clubId: ID!, $userId: ID!) {\n    removeClubMembership(clubId: $clubId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation ConsoleRemoveClubMembership($clubId: ID!, $userId: ID!) {\n    removeClubMembership(clubId: $clubId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEventHeader($id: ID!) {\n    event(id: $id) {\n      ...SharedEventSummary\n      visibility\n      viewerPermission\n      cancelled\n      cancelledAt\n      cancellationReason\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEventHeader($id: ID!) {\n    event(id: $id) {\n      ...SharedEventSummary\n      visibility\n      viewerPermission\n      cancelled\n      cancelledAt\n      cancellationReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEventAdmins($id: ID!) {\n    event(id: $id) {\n      id\n      admins {\n        level\n        user {\n          id\n          fullName\n          email\n        }\n        sources {\n          source\n          level\n          club {\n            id\n            name\n          }\n        }\n      }\n      grants {\n        id\n        level\n        granteeKind\n        createdAt\n        user {\n          id\n          fullName\n          email\n        }\n        club {\n          id\n          name\n        }\n      }\n    }\n    clubs {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEventAdmins($id: ID!) {\n    event(id: $id) {\n      id\n      admins {\n        level\n        user {\n          id\n          fullName\n          email\n        }\n        sources {\n          source\n          level\n          club {\n            id\n            name\n          }\n        }\n      }\n      grants {\n        id\n        level\n        granteeKind\n        createdAt\n        user {\n          id\n          fullName\n          email\n        }\n        club {\n          id\n          name\n        }\n      }\n    }\n    clubs {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleGrantPermission($eventId: ID!, $input: GrantPermissionInput!) {\n    grantPermission(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleGrantPermission($eventId: ID!, $input: GrantPermissionInput!) {\n    grantPermission(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevokePermission($id: ID!) {\n    revokePermission(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleRevokePermission($id: ID!) {\n    revokePermission(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEventAudit($id: ID!, $scope: EventAuditScope!, $after: String) {\n    event(id: $id) {\n      id\n      auditLog(scope: $scope, first: 50, after: $after) {\n        endCursor\n        hasNextPage\n        nodes {\n          id\n          at\n          action\n          actorName\n          reason\n          details\n          subject\n          subjectId\n          subjectLabel\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEventAudit($id: ID!, $scope: EventAuditScope!, $after: String) {\n    event(id: $id) {\n      id\n      auditLog(scope: $scope, first: 50, after: $after) {\n        endCursor\n        hasNextPage\n        nodes {\n          id\n          at\n          action\n          actorName\n          reason\n          details\n          subject\n          subjectId\n          subjectLabel\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleBooking($id: ID!) {\n    booking(id: $id) {\n      ...SharedBookingSummary\n      createdAt\n      expiresAt\n      paymentDeadlinePaused\n      reservedAt\n      endedAt\n      oppositionReason\n      forced\n      event {\n        id\n      }\n      holder {\n        hasAccount\n      }\n      sponsor {\n        email\n      }\n      givenBy {\n        id\n        fullName\n      }\n      options {\n        name\n        priceCents\n        group {\n          id\n          name\n        }\n      }\n      requirements {\n        ...SharedRequirement\n        answer {\n          ...SharedAnswerValue\n          updatedAt\n          validatedAt\n          correctionRequestedAt\n          correctionComment\n          validatedBy {\n            id\n            fullName\n          }\n          updatedBy {\n            id\n            fullName\n          }\n        }\n      }\n      payments {\n        id\n        method\n        provider\n        amountCents\n        currency\n        reference\n        conforming\n        problem\n        createdAt\n      }\n      paymentAttempts {\n        id\n        provider\n        ref\n        providerRef\n        amountCents\n        currency\n        state\n        createdAt\n        updatedAt\n        checkedAt\n      }\n      paymentRecords {\n        id\n        provider\n        kind\n        reference\n        amountCents\n        currency\n        status\n        verification\n        outcome\n        outcomeDetail\n        processedAt\n        createdAt\n        raw\n      }\n      auditLog {\n        at\n        action\n        actorName\n        reason\n        details\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleBooking($id: ID!) {\n    booking(id: $id) {\n      ...SharedBookingSummary\n      createdAt\n      expiresAt\n      paymentDeadlinePaused\n      reservedAt\n      endedAt\n      oppositionReason\n      forced\n      event {\n        id\n      }\n      holder {\n        hasAccount\n      }\n      sponsor {\n        email\n      }\n      givenBy {\n        id\n        fullName\n      }\n      options {\n        name\n        priceCents\n        group {\n          id\n          name\n        }\n      }\n      requirements {\n        ...SharedRequirement\n        answer {\n          ...SharedAnswerValue\n          updatedAt\n          validatedAt\n          correctionRequestedAt\n          correctionComment\n          validatedBy {\n            id\n            fullName\n          }\n          updatedBy {\n            id\n            fullName\n          }\n        }\n      }\n      payments {\n        id\n        method\n        provider\n        amountCents\n        currency\n        reference\n        conforming\n        problem\n        createdAt\n      }\n      paymentAttempts {\n        id\n        provider\n        ref\n        providerRef\n        amountCents\n        currency\n        state\n        createdAt\n        updatedAt\n        checkedAt\n      }\n      paymentRecords {\n        id\n        provider\n        kind\n        reference\n        amountCents\n        currency\n        status\n        verification\n        outcome\n        outcomeDetail\n        processedAt\n        createdAt\n        raw\n      }\n      auditLog {\n        at\n        action\n        actorName\n        reason\n        details\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleValidateAnswer($id: ID!) {\n    validateAnswer(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleValidateAnswer($id: ID!) {\n    validateAnswer(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRequestAnswerCorrection($id: ID!, $comment: String!) {\n    requestAnswerCorrection(id: $id, comment: $comment) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRequestAnswerCorrection($id: ID!, $comment: String!) {\n    requestAnswerCorrection(id: $id, comment: $comment) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCorrectAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput, $file: Upload) {\n    answerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input, file: $file) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCorrectAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput, $file: Upload) {\n    answerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input, file: $file) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMarkPaid($input: MarkPaidInput!) {\n    markPaid(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleMarkPaid($input: MarkPaidInput!) {\n    markPaid(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOpposeBooking($id: ID!, $reason: String!) {\n    opposeBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleOpposeBooking($id: ID!, $reason: String!) {\n    opposeBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeletePreReservation($id: ID!) {\n    deletePreReservation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDeletePreReservation($id: ID!) {\n    deletePreReservation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEventCapacity($id: ID!) {\n    event(id: $id) {\n      id\n      capacity\n      placesTaken\n      tickets {\n        id\n        name\n        position\n      }\n      quotas {\n        id\n        name\n        capacity\n        placesTaken\n        tickets {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEventCapacity($id: ID!) {\n    event(id: $id) {\n      id\n      capacity\n      placesTaken\n      tickets {\n        id\n        name\n        position\n      }\n      quotas {\n        id\n        name\n        capacity\n        placesTaken\n        tickets {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetEventCapacity($eventId: ID!, $capacity: Int) {\n    setEventCapacity(eventId: $eventId, capacity: $capacity) {\n      id\n      capacity\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetEventCapacity($eventId: ID!, $capacity: Int) {\n    setEventCapacity(eventId: $eventId, capacity: $capacity) {\n      id\n      capacity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateQuota($eventId: ID!, $input: QuotaInput!) {\n    createQuota(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateQuota($eventId: ID!, $input: QuotaInput!) {\n    createQuota(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateQuota($id: ID!, $input: QuotaInput!) {\n    updateQuota(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateQuota($id: ID!, $input: QuotaInput!) {\n    updateQuota(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteQuota($id: ID!) {\n    deleteQuota(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteQuota($id: ID!) {\n    deleteQuota(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEventDashboard($id: ID!, $granularity: DashboardGranularity) {\n    event(id: $id) {\n      id\n      dashboard(granularity: $granularity) {\n        computedAt\n        granularity\n        revenue {\n          paidCents\n          paidCount\n          freeCount\n          pendingCents\n          pendingCount\n          lostCents\n          lostCount\n          endedCount\n          toRefundCents\n          toRefundCount\n        }\n        series {\n          at\n          bookings\n          reservations\n          revenueCents\n          bookingsTotal\n          reservationsTotal\n          revenueCentsTotal\n        }\n        tickets {\n          ticketId\n          name\n          capacity\n          placesTaken\n          preReserved\n          reserved\n          checkedIn\n        }\n        options {\n          optionId\n          ticketId\n          name\n          reserved\n          preReserved\n        }\n        groups {\n          groupId\n          ticketId\n          name\n          choices {\n            optionId\n            name\n            reserved\n            preReserved\n          }\n        }\n        answers {\n          extraInfoId\n          ticketId\n          label\n          blocks\n          waiting\n          validated\n          missing\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEventDashboard($id: ID!, $granularity: DashboardGranularity) {\n    event(id: $id) {\n      id\n      dashboard(granularity: $granularity) {\n        computedAt\n        granularity\n        revenue {\n          paidCents\n          paidCount\n          freeCount\n          pendingCents\n          pendingCount\n          lostCents\n          lostCount\n          endedCount\n          toRefundCents\n          toRefundCount\n        }\n        series {\n          at\n          bookings\n          reservations\n          revenueCents\n          bookingsTotal\n          reservationsTotal\n          revenueCentsTotal\n        }\n        tickets {\n          ticketId\n          name\n          capacity\n          placesTaken\n          preReserved\n          reserved\n          checkedIn\n        }\n        options {\n          optionId\n          ticketId\n          name\n          reserved\n          preReserved\n        }\n        groups {\n          groupId\n          ticketId\n          name\n          choices {\n            optionId\n            name\n            reserved\n            preReserved\n          }\n        }\n        answers {\n          extraInfoId\n          ticketId\n          label\n          blocks\n          waiting\n          validated\n          missing\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDoorList($id: ID!, $filter: BookingFilter, $first: Int!, $after: String) {\n    event(id: $id) {\n      id\n      bookings(filter: $filter, first: $first, after: $after, order: NAME) {\n        totalCount\n        checkedInCount\n        endCursor\n        hasNextPage\n        nodes {\n          ...ConsoleDoorBooking\n          holder {\n            email\n          }\n          checkIn {\n            ...ConsoleDoorCheckInDetails\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDoorList($id: ID!, $filter: BookingFilter, $first: Int!, $after: String) {\n    event(id: $id) {\n      id\n      bookings(filter: $filter, first: $first, after: $after, order: NAME) {\n        totalCount\n        checkedInCount\n        endCursor\n        hasNextPage\n        nodes {\n          ...ConsoleDoorBooking\n          holder {\n            email\n          }\n          checkIn {\n            ...ConsoleDoorCheckInDetails\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEventForEdit($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      description\n      location\n      startsAt\n      endsAt\n      visibility\n      contactEmail\n      sponsorshipLimit\n      paymentDeadlineHours\n      showPlacesLeft\n      coverUrl\n      deletionBlockedBy\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEventForEdit($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      description\n      location\n      startsAt\n      endsAt\n      visibility\n      contactEmail\n      sponsorshipLimit\n      paymentDeadlineHours\n      showPlacesLeft\n      coverUrl\n      deletionBlockedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetEventCover($id: ID!, $file: Upload!) {\n    setEventCover(id: $id, file: $file) {\n      id\n      coverUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetEventCover($id: ID!, $file: Upload!) {\n    setEventCover(id: $id, file: $file) {\n      id\n      coverUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveEventCover($id: ID!) {\n    removeEventCover(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRemoveEventCover($id: ID!) {\n    removeEventCover(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      id\n      cancelled\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      id\n      cancelled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDuplicateEvent($id: ID!, $startsAt: DateTime!, $name: String) {\n    duplicateEvent(eventId: $id, startsAt: $startsAt, name: $name) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDuplicateEvent($id: ID!, $startsAt: DateTime!, $name: String) {\n    duplicateEvent(eventId: $id, startsAt: $startsAt, name: $name) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteEvent($id: ID!) {\n    deleteEvent(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteEvent($id: ID!) {\n    deleteEvent(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleGiveTicketChoices($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        name\n        priceCents\n        capacity\n        placesTaken\n        soldOut\n        ...SharedTicketOptions\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleGiveTicketChoices($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        name\n        priceCents\n        capacity\n        placesTaken\n        soldOut\n        ...SharedTicketOptions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleGiveTicket($input: GiveTicketInput!) {\n    giveTicket(input: $input) {\n      id\n      reference\n      status\n      holder {\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleGiveTicket($input: GiveTicketInput!) {\n    giveTicket(input: $input) {\n      id\n      reference\n      status\n      holder {\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEventMailings($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        name\n      }\n      mailings {\n        id\n        subject\n        recipientCount\n        createdAt\n        author {\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEventMailings($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        name\n      }\n      mailings {\n        id\n        subject\n        recipientCount\n        createdAt\n        author {\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMailingPreview($eventId: ID!, $input: MailingDraftInput!) {\n    mailingPreview(eventId: $eventId, input: $input) {\n      recipientCount\n      samples {\n        language\n        subject\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMailingPreview($eventId: ID!, $input: MailingDraftInput!) {\n    mailingPreview(eventId: $eventId, input: $input) {\n      recipientCount\n      samples {\n        language\n        subject\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSendMailing($eventId: ID!, $input: MailingDraftInput!, $idempotencyKey: ID!) {\n    sendMailing(eventId: $eventId, input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      recipientCount\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSendMailing($eventId: ID!, $input: MailingDraftInput!, $idempotencyKey: ID!) {\n    sendMailing(eventId: $eventId, input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      recipientCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEventPaymentAccounts($id: ID!) {\n    event(id: $id) {\n      id\n      club {\n        id\n        name\n      }\n      paypalAccount {\n        ...ConsolePaymentAccount\n      }\n      lydiaAccount {\n        ...ConsolePaymentAccount\n      }\n      paymentAccountChoices {\n        ...ConsolePaymentAccount\n      }\n      paymentAccountSuggestion {\n        paypal {\n          id\n        }\n        lydia {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEventPaymentAccounts($id: ID!) {\n    event(id: $id) {\n      id\n      club {\n        id\n        name\n      }\n      paypalAccount {\n        ...ConsolePaymentAccount\n      }\n      lydiaAccount {\n        ...ConsolePaymentAccount\n      }\n      paymentAccountChoices {\n        ...ConsolePaymentAccount\n      }\n      paymentAccountSuggestion {\n        paypal {\n          id\n        }\n        lydia {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetEventPaymentAccounts($eventId: ID!, $paypalAccountId: ID, $lydiaAccountId: ID) {\n    setEventPaymentAccounts(eventId: $eventId, paypalAccountId: $paypalAccountId, lydiaAccountId: $lydiaAccountId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetEventPaymentAccounts($eventId: ID!, $paypalAccountId: ID, $lydiaAccountId: ID) {\n    setEventPaymentAccounts(eventId: $eventId, paypalAccountId: $paypalAccountId, lydiaAccountId: $lydiaAccountId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreatePaypalAccount($input: CreatePaypalAccountInput!) {\n    createPaypalAccount(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreatePaypalAccount($input: CreatePaypalAccountInput!) {\n    createPaypalAccount(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateLydiaAccount($input: CreateLydiaAccountInput!) {\n    createLydiaAccount(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateLydiaAccount($input: CreateLydiaAccountInput!) {\n    createLydiaAccount(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLydiaBusinesses($eventId: ID!, $phone: String!, $password: String!) {\n    lydiaBusinesses(eventId: $eventId, phone: $phone, password: $password) {\n      name\n      vendorToken\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLydiaBusinesses($eventId: ID!, $phone: String!, $password: String!) {\n    lydiaBusinesses(eventId: $eventId, phone: $phone, password: $password) {\n      name\n      vendorToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePublishChecklist($id: ID!) {\n    event(id: $id) {\n      id\n      visibility\n      publishChecklist {\n        problem\n        blocking\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolePublishChecklist($id: ID!) {\n    event(id: $id) {\n      id\n      visibility\n      publishChecklist {\n        problem\n        blocking\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePublishEvent($id: ID!, $visibility: EventVisibility!) {\n    publishEvent(id: $id, visibility: $visibility) {\n      id\n      visibility\n    }\n  }\n"): (typeof documents)["\n  mutation ConsolePublishEvent($id: ID!, $visibility: EventVisibility!) {\n    publishEvent(id: $id, visibility: $visibility) {\n      id\n      visibility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEventTickets($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        kind\n        name\n        priceCents\n        capacity\n        placesTaken\n        soldOut\n        salesOpenAt\n        salesCloseAt\n        position\n        locked\n        templateUrl\n      }\n    }\n    ...ConsoleRestrictionChoices\n  }\n"): (typeof documents)["\n  query ConsoleEventTickets($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        kind\n        name\n        priceCents\n        capacity\n        placesTaken\n        soldOut\n        salesOpenAt\n        salesCloseAt\n        position\n        locked\n        templateUrl\n      }\n    }\n    ...ConsoleRestrictionChoices\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateTicket($eventId: ID!, $input: CreateTicketInput!) {\n    createTicket(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateTicket($eventId: ID!, $input: CreateTicketInput!) {\n    createTicket(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTicketPage($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        kind\n        name\n        description\n        priceCents\n        capacity\n        placesTaken\n        soldOut\n        salesOpenAt\n        salesCloseAt\n        sponsorshipAllowed\n        pendingGuestsPerSponsor\n        position\n        locked\n        templateUrl\n        restrictedToSchools {\n          id\n        }\n        restrictedToClassYears\n        restrictedToAssociations {\n          id\n        }\n        ...SharedTicketOptions\n        extraInfos {\n          id\n          label\n          help\n          type\n          blocks\n          numberMin\n          numberMax\n          choices\n          fileTypes\n          fileMaxBytes\n          position\n        }\n      }\n    }\n    ...ConsoleRestrictionChoices\n    ticketTemplateSpec {\n      ...ConsoleTicketTemplateSpec\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTicketPage($id: ID!) {\n    event(id: $id) {\n      id\n      tickets {\n        id\n        kind\n        name\n        description\n        priceCents\n        capacity\n        placesTaken\n        soldOut\n        salesOpenAt\n        salesCloseAt\n        sponsorshipAllowed\n        pendingGuestsPerSponsor\n        position\n        locked\n        templateUrl\n        restrictedToSchools {\n          id\n        }\n        restrictedToClassYears\n        restrictedToAssociations {\n          id\n        }\n        ...SharedTicketOptions\n        extraInfos {\n          id\n          label\n          help\n          type\n          blocks\n          numberMin\n          numberMax\n          choices\n          fileTypes\n          fileMaxBytes\n          position\n        }\n      }\n    }\n    ...ConsoleRestrictionChoices\n    ticketTemplateSpec {\n      ...ConsoleTicketTemplateSpec\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteTicket($id: ID!) {\n    deleteTicket(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteTicket($id: ID!) {\n    deleteTicket(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateOption($ticketId: ID!, $input: OptionInput!) {\n    createOption(ticketId: $ticketId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateOption($ticketId: ID!, $input: OptionInput!) {\n    createOption(ticketId: $ticketId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateOption($id: ID!, $input: OptionInput!) {\n    updateOption(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateOption($id: ID!, $input: OptionInput!) {\n    updateOption(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteOption($id: ID!) {\n    deleteOption(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteOption($id: ID!) {\n    deleteOption(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCopyOption($id: ID!) {\n    copyOptionToAllTickets(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCopyOption($id: ID!) {\n    copyOptionToAllTickets(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateOptionGroup($ticketId: ID!, $input: OptionGroupInput!) {\n    createOptionGroup(ticketId: $ticketId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateOptionGroup($ticketId: ID!, $input: OptionGroupInput!) {\n    createOptionGroup(ticketId: $ticketId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateOptionGroup($id: ID!, $input: OptionGroupInput!) {\n    updateOptionGroup(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateOptionGroup($id: ID!, $input: OptionGroupInput!) {\n    updateOptionGroup(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteOptionGroup($id: ID!) {\n    deleteOptionGroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteOptionGroup($id: ID!) {\n    deleteOptionGroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCopyOptionGroup($id: ID!) {\n    copyOptionGroupToAllTickets(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCopyOptionGroup($id: ID!) {\n    copyOptionGroupToAllTickets(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateExtraInfo($ticketId: ID!, $input: CreateExtraInfoInput!) {\n    createExtraInfo(ticketId: $ticketId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateExtraInfo($ticketId: ID!, $input: CreateExtraInfoInput!) {\n    createExtraInfo(ticketId: $ticketId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateExtraInfo($id: ID!, $input: UpdateExtraInfoInput!) {\n    updateExtraInfo(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateExtraInfo($id: ID!, $input: UpdateExtraInfoInput!) {\n    updateExtraInfo(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteExtraInfo($id: ID!) {\n    deleteExtraInfo(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteExtraInfo($id: ID!) {\n    deleteExtraInfo(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCopyExtraInfo($id: ID!) {\n    copyExtraInfoToAllTickets(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCopyExtraInfo($id: ID!) {\n    copyExtraInfoToAllTickets(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleTicketTemplateSpec on TicketTemplateSpec {\n    width\n    height\n    mimeTypes\n    maxBytes\n    exampleUrl\n    infoZone {\n      left\n      top\n      width\n      height\n    }\n    qrZone {\n      left\n      top\n      width\n      height\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleTicketTemplateSpec on TicketTemplateSpec {\n    width\n    height\n    mimeTypes\n    maxBytes\n    exampleUrl\n    infoZone {\n      left\n      top\n      width\n      height\n    }\n    qrZone {\n      left\n      top\n      width\n      height\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetTicketTemplate($ticketId: ID!, $file: Upload!) {\n    setTicketTemplate(ticketId: $ticketId, file: $file) {\n      id\n      templateUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetTicketTemplate($ticketId: ID!, $file: Upload!) {\n    setTicketTemplate(ticketId: $ticketId, file: $file) {\n      id\n      templateUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveTicketTemplate($ticketId: ID!) {\n    removeTicketTemplate(ticketId: $ticketId) {\n      id\n      templateUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRemoveTicketTemplate($ticketId: ID!) {\n    removeTicketTemplate(ticketId: $ticketId) {\n      id\n      templateUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEventWaitingList($id: ID!, $first: Int!, $offset: Int!) {\n    event(id: $id) {\n      id\n      waitingListOpen\n      waitingListOfferMinutes\n      waitingList(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          status\n          position\n          offerExpiresAt\n          createdAt\n          personName\n          personEmail\n          guest {\n            firstName\n            lastName\n            email\n          }\n          ticket {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEventWaitingList($id: ID!, $first: Int!, $offset: Int!) {\n    event(id: $id) {\n      id\n      waitingListOpen\n      waitingListOfferMinutes\n      waitingList(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          status\n          position\n          offerExpiresAt\n          createdAt\n          personName\n          personEmail\n          guest {\n            firstName\n            lastName\n            email\n          }\n          ticket {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMoveWaitingListEntry($id: ID!, $position: Int!) {\n    moveWaitingListEntry(id: $id, position: $position) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleMoveWaitingListEntry($id: ID!, $position: Int!) {\n    moveWaitingListEntry(id: $id, position: $position) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveWaitingListEntry($id: ID!) {\n    removeWaitingListEntry(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRemoveWaitingListEntry($id: ID!) {\n    removeWaitingListEntry(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOfferWaitingListPlace($id: ID!) {\n    offerWaitingListPlace(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleOfferWaitingListPlace($id: ID!) {\n    offerWaitingListPlace(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleClearWaitingList($eventId: ID!) {\n    clearWaitingList(eventId: $eventId)\n  }\n"): (typeof documents)["\n  mutation ConsoleClearWaitingList($eventId: ID!) {\n    clearWaitingList(eventId: $eventId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetWaitingListSettings($eventId: ID!, $input: WaitingListSettingsInput!) {\n    setWaitingListSettings(eventId: $eventId, input: $input) {\n      id\n      waitingListOpen\n      waitingListOfferMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetWaitingListSettings($eventId: ID!, $input: WaitingListSettingsInput!) {\n    setWaitingListSettings(eventId: $eventId, input: $input) {\n      id\n      waitingListOpen\n      waitingListOfferMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleClubsForNewEvent {\n    clubs {\n      id\n      name\n      paymentAccountsForNewEvent {\n        ...ConsolePaymentAccount\n      }\n      paymentAccountSuggestion {\n        paypal {\n          id\n        }\n        lydia {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleClubsForNewEvent {\n    clubs {\n      id\n      name\n      paymentAccountsForNewEvent {\n        ...ConsolePaymentAccount\n      }\n      paymentAccountSuggestion {\n        paypal {\n          id\n        }\n        lydia {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateEvent($input: CreateEventInput!, $cover: Upload) {\n    createEvent(input: $input, cover: $cover) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateEvent($input: CreateEventInput!, $cover: Upload) {\n    createEvent(input: $input, cover: $cover) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleViewer {\n    viewer {\n      ...SharedViewer\n      email\n      isPlatformAdmin\n      clubMemberships {\n        id\n        isBoard\n        club {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleViewer {\n    viewer {\n      ...SharedViewer\n      email\n      isPlatformAdmin\n      clubMemberships {\n        id\n        isBoard\n        club {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedAnswerValue on Answer {\n    id\n    textValue\n    numberValue\n    choiceValue\n    file {\n      name\n      mimeType\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment SharedAnswerValue on Answer {\n    id\n    textValue\n    numberValue\n    choiceValue\n    file {\n      name\n      mimeType\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedBookingSummary on Booking {\n    id\n    reference\n    status\n    priceCents\n    isGuest\n    ticket {\n      id\n      name\n    }\n    holder {\n      fullName\n      email\n    }\n    sponsor {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment SharedBookingSummary on Booking {\n    id\n    reference\n    status\n    priceCents\n    isGuest\n    ticket {\n      id\n      name\n    }\n    holder {\n      fullName\n      email\n    }\n    sponsor {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedEventSummary on Event {\n    id\n    name\n    startsAt\n    endsAt\n    club {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SharedEventSummary on Event {\n    id\n    name\n    startsAt\n    endsAt\n    club {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedRequirement on BookingRequirement {\n    state\n    extraInfo {\n      id\n      label\n      help\n      type\n      blocks\n      position\n      choices\n      numberMin\n      numberMax\n      fileTypes\n      fileMaxBytes\n    }\n  }\n"): (typeof documents)["\n  fragment SharedRequirement on BookingRequirement {\n    state\n    extraInfo {\n      id\n      label\n      help\n      type\n      blocks\n      position\n      choices\n      numberMin\n      numberMax\n      fileTypes\n      fileMaxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedTicketOptions on Ticket {\n    options {\n      id\n      name\n      description\n      priceCents\n      position\n    }\n    optionGroups {\n      id\n      name\n      description\n      position\n      options {\n        id\n        name\n        description\n        priceCents\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SharedTicketOptions on Ticket {\n    options {\n      id\n      name\n      description\n      priceCents\n      position\n    }\n    optionGroups {\n      id\n      name\n      description\n      position\n      options {\n        id\n        name\n        description\n        priceCents\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedViewer on User {\n    id\n    firstName\n    fullName\n  }\n"): (typeof documents)["\n  fragment SharedViewer on User {\n    id\n    firstName\n    fullName\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;