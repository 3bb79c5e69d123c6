import { Field, Int, ObjectType } from 'type-graphql';
import { Language } from '../../model';

@ObjectType({ description: 'A mailing as one recipient would read it (ML1 preview).' })
export class MailingSample {
  @Field(() => Language, { description: 'The language of this rendering.' })
  language!: Language;

  @Field(() => String, { description: 'The subject.' })
  subject!: string;

  @Field(() => String, { description: 'The text part.' })
  text!: string;

  @Field(() => String, { description: 'The HTML part (the text rendered from Markdown and sanitized).' })
  html!: string;
}

@ObjectType({ description: 'What sending a mailing would do now (ML1): nothing is sent.' })
export class MailingPreview {
  @Field(() => Int, {
    description: 'How many people it would be sent to: distinct addresses, deleted accounts left out.',
  })
  recipientCount!: number;

  @Field(() => [MailingSample], {
    description: 'The mail for the first recipient (by address), in French and in English.',
  })
  samples!: MailingSample[];
}
