// The booking page's query and mutations (its actions are in +page.server.ts).
import { graphql } from '$lib/gql';

export const BookingQuery = graphql(`
  query ConsoleBooking($id: ID!) {
    booking(id: $id) {
      ...SharedBookingSummary
      createdAt
      expiresAt
      paymentDeadlinePaused
      reservedAt
      endedAt
      oppositionReason
      forced
      event {
        id
      }
      holder {
        hasAccount
      }
      sponsor {
        email
      }
      givenBy {
        id
        fullName
      }
      options {
        name
        priceCents
        group {
          id
          name
        }
      }
      requirements {
        ...SharedRequirement
        answer {
          ...SharedAnswerValue
          updatedAt
          validatedAt
          correctionRequestedAt
          correctionComment
          validatedBy {
            id
            fullName
          }
          updatedBy {
            id
            fullName
          }
        }
      }
      payments {
        id
        method
        provider
        amountCents
        currency
        reference
        conforming
        problem
        createdAt
      }
      paymentAttempts {
        id
        provider
        ref
        providerRef
        amountCents
        currency
        state
        createdAt
        updatedAt
        checkedAt
      }
      paymentRecords {
        id
        provider
        kind
        reference
        amountCents
        currency
        status
        verification
        outcome
        outcomeDetail
        processedAt
        createdAt
        raw
      }
      auditLog {
        at
        action
        actorName
        reason
        details
      }
    }
  }
`);

export const ValidateAnswer = graphql(`
  mutation ConsoleValidateAnswer($id: ID!) {
    validateAnswer(id: $id) {
      id
    }
  }
`);

/** NT1: the answer sent back to the holder, with the organizer's comment. */
export const RequestAnswerCorrection = graphql(`
  mutation ConsoleRequestAnswerCorrection($id: ID!, $comment: String!) {
    requestAnswerCorrection(id: $id, comment: $comment) {
      id
    }
  }
`);

export const CorrectAnswer = graphql(`
  mutation ConsoleCorrectAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput, $file: Upload) {
    answerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input, file: $file) {
      id
    }
  }
`);

export const MarkPaid = graphql(`
  mutation ConsoleMarkPaid($input: MarkPaidInput!) {
    markPaid(input: $input) {
      id
      status
    }
  }
`);

export const OpposeBooking = graphql(`
  mutation ConsoleOpposeBooking($id: ID!, $reason: String!) {
    opposeBooking(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const DeletePreReservation = graphql(`
  mutation ConsoleDeletePreReservation($id: ID!) {
    deletePreReservation(id: $id) {
      id
      status
    }
  }
`);
