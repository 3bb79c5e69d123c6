import { graphql } from '../gql/index.js';
import type { SharedAnswerValueFragment } from '../gql/graphql.js';

/**
 * XI3, XI4: what both apps select of an answer to show its value with
 * AnswerValue: the text, number or choice, or the file (name, size, type for
 * the preview, download URL). Each app adds its own fields beside the spread
 * (the console: who wrote and validated it).
 */
graphql(`
  fragment SharedAnswerValue on Answer {
    id
    textValue
    numberValue
    choiceValue
    file {
      name
      mimeType
      size
      url
    }
  }
`);

export type SharedAnswerValue = SharedAnswerValueFragment;
