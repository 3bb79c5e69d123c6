// The booking page's query and mutations (its actions are in +page.server.ts).
import { graphql } from '$lib/gql';

export const BookingQuery = graphql(`
  query ConsoleBooking($id: ID!) {
    booking(id: $id) {
      id
      reference
      status
      priceCents
      createdAt
      expiresAt
      reservedAt
      endedAt
      oppositionReason
      forced
      isGuest
      event {
        id
      }
      holder {
        fullName
        email
        hasAccount
      }
      sponsor {
        id
        fullName
        email
      }
      givenBy {
        id
        fullName
      }
      ticket {
        id
        name
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
          id
          textValue
          numberValue
          choiceValue
          updatedAt
          validatedAt
          validatedBy {
            id
            fullName
          }
          updatedBy {
            id
            fullName
          }
          file {
            name
            mimeType
            size
            url
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
