import { graphql } from '../gql/index.js';
import type { SharedRequirementFragment } from '../gql/graphql.js';

/**
 * XI1, XI3, XI4: what both apps select of a booking's requirement: what
 * CardRequirement shows and what the answer forms (the attendee's, the
 * organizer's correction) need. Each app adds its own `answer { … }`, which
 * spreads SharedAnswerValue (fragments/answer.ts) for AnswerValue.
 * codegen.yml feeds ui/src/fragments to both apps' targets, so their
 * documents may spread it.
 */
graphql(`
  fragment SharedRequirement on BookingRequirement {
    state
    extraInfo {
      id
      label
      help
      type
      blocks
      position
      choices
      numberMin
      numberMax
      fileTypes
      fileMaxBytes
    }
  }
`);

export type SharedRequirement = SharedRequirementFragment;
