import { Field, ObjectType } from 'type-graphql';
import { Event } from '../../model';

@ObjectType({ description: 'A page of events, ordered by start.' })
export class EventConnection {
  @Field(() => [Event], { description: 'The events of this page.' })
  nodes!: Event[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor?: string | null;

  @Field(() => Boolean, { description: 'Whether more events follow.' })
  hasNextPage!: boolean;
}
