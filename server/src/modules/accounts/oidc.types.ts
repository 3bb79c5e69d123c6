import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How school sign-in (AC2, OpenID Connect) is set up, and whether it works right now.' })
export class SchoolSignInStatus {
  @Field(() => Boolean, {
    description:
      'Whether school sign-in is configured (OIDC_ISSUER, or the local identity provider outside production).',
  })
  configured!: boolean;

  @Field(() => Boolean, {
    description:
      "Whether the identity provider's discovery document could be read just now; false: the sign-in pages say school sign-in is unavailable, password sign-in still works.",
  })
  available!: boolean;

  @Field(() => String, { nullable: true, description: 'The issuer URL in use; null when not configured.' })
  issuer!: string | null;

  @Field(() => Boolean, {
    description: 'Whether the issuer is the local identity provider at /simulators/oidc (demo).',
  })
  simulator!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'What is wrong, for the administrator (in English): not configured, or why the provider could not be reached. Null when available.',
  })
  problem!: string | null;
}
