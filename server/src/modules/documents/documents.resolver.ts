import { GraphQLUpload, type FileUpload } from 'graphql-upload-minimal';
import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { INFO_ZONE, QR_ZONE, TICKET_HEIGHT, TICKET_WIDTH, type Zone } from '../../render/layout';
import { removeTicketTemplate, setTicketTemplate, TEMPLATE_MAX_BYTES, ticketUnavailable } from './tickets.service';
import { Booking, PermissionLevel, atLeast, Ticket } from '../../model';

@ObjectType({ description: 'A rectangle on the ticket, in pixels from the top-left corner.' })
class TemplateZone {
  @Field(() => Int, { description: 'Left edge.' })
  left!: number;

  @Field(() => Int, { description: 'Top edge.' })
  top!: number;

  @Field(() => Int, { description: 'Width.' })
  width!: number;

  @Field(() => Int, { description: 'Height.' })
  height!: number;
}

@ObjectType({ description: 'TT1: what a ticket template must be, and where the example is.' })
class TicketTemplateSpec {
  @Field(() => Int, { description: 'Exact width in pixels.' })
  width!: number;

  @Field(() => Int, { description: 'Exact height in pixels.' })
  height!: number;

  @Field(() => [String], { description: 'Accepted types, judged by content.' })
  mimeTypes!: string[];

  @Field(() => Int, { description: 'Largest file accepted, in bytes.' })
  maxBytes!: number;

  @Field(() => TemplateZone, { description: 'Must stay white: the booking’s information is written here.' })
  infoZone!: Zone;

  @Field(() => TemplateZone, { description: 'Must stay white: the QR code is drawn here.' })
  qrZone!: Zone;

  @Field(() => String, { description: 'URL of the example template (the zones drawn and labelled).' })
  exampleUrl!: string;
}

@ObjectType({ description: 'TT2: where to download a valid reservation’s ticket (holder, sponsor, VIEW+ admins).' })
class TicketFiles {
  @Field(() => String, { description: 'The ticket as a 2480×1169 PNG.' })
  png!: string;

  @Field(() => String, { description: 'The ticket on an A4 PDF page.' })
  pdf!: string;
}

@Resolver()
export class DocumentsResolver {
  @Query(() => TicketTemplateSpec, {
    description: 'TT1: the template format (size, types, white zones) and the example’s URL.',
  })
  ticketTemplateSpec(): TicketTemplateSpec {
    return {
      width: TICKET_WIDTH,
      height: TICKET_HEIGHT,
      mimeTypes: ['image/png', 'image/jpeg'],
      maxBytes: TEMPLATE_MAX_BYTES,
      infoZone: INFO_ZONE,
      qrZone: QR_ZONE,
      exampleUrl: '/media/templates/example.png',
    };
  }

  @Mutation(() => Ticket, {
    description:
      'TT1: sets the ticket’s template (multipart upload). Needs EDIT. BAD_USER_INPUT with `file`: UNSUPPORTED_TYPE (not a PNG or JPEG by content), WRONG_DIMENSIONS (not exactly 2480×1169), CORRUPT_FILE, TOO_LARGE.',
  })
  setTicketTemplate(
    @Ctx() ctx: GraphQLContext,
    @Arg('ticketId', () => ID, { description: 'The ticket.' }) ticketId: string,
    @Arg('file', () => GraphQLUpload, { description: 'The template image.' }) file: Promise<FileUpload>,
  ) {
    return setTicketTemplate(ctx, ticketId, file);
  }

  @Mutation(() => Ticket, {
    description: 'TT1: removes the ticket’s template (the default design is used). Needs EDIT.',
  })
  removeTicketTemplate(
    @Ctx() ctx: GraphQLContext,
    @Arg('ticketId', () => ID, { description: 'The ticket.' }) ticketId: string,
  ) {
    return removeTicketTemplate(ctx, ticketId);
  }
}

@Resolver(() => Ticket)
export class TicketTemplateResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'TT1: URL of the ticket’s template, for VIEW+ admins; null when it has none (or for anyone else). Changes when the template does.',
  })
  async templateUrl(@Root() t: Ticket, @Ctx() ctx: GraphQLContext) {
    if (!t.templateKey || !atLeast(await ctx.loaders.levelOnEvent.load(t.event.id), PermissionLevel.VIEW)) return null;
    return `/media/templates/${t.id}?v=${t.templateKey.slice(-12, -4)}`;
  }
}

@Resolver(() => Booking)
export class BookingTicketFilesResolver {
  @FieldResolver(() => TicketFiles, {
    nullable: true,
    description:
      'TT2: the ticket’s download URLs, for a valid reservation (not a pre-reservation, not opposed, event not cancelled); null otherwise.',
  })
  async ticketFiles(@Root() b: Booking, @Ctx() ctx: GraphQLContext): Promise<TicketFiles | null> {
    const event = (await ctx.loaders.event.load(b.event.id))!;
    if (ticketUnavailable(b, event)) return null;
    return { png: `/media/tickets/${b.id}.png`, pdf: `/media/tickets/${b.id}.pdf` };
  }
}
