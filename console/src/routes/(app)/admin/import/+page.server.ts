import { createGraphQLClient, failWith, outcomeOf, textField } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { Actions, PageServerLoad } from './$types';

const KnownSlugsQuery = graphql(`
  query ConsoleKnownSlugs {
    schools {
      id
      slug
      name
    }
    associations {
      id
      slug
      name
    }
    clubs {
      id
      slug
      name
    }
  }
`);

const ImportSchoolAccountsMutation = graphql(`
  mutation ConsoleImportSchoolAccounts($csv: String!, $dryRun: Boolean!) {
    importSchoolAccounts(csv: $csv, dryRun: $dryRun) {
      applied
      dryRun
      created
      updated
      unchanged
      errors {
        line
        field
        message
        code
      }
    }
  }
`);

const SchoolSignInStatusQuery = graphql(`
  query ConsoleSchoolSignInStatus {
    schoolSignInStatus {
      configured
      available
      issuer
      simulator
      problem
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const client = createGraphQLClient(event);
  const outcome = await outcomeOf(client.query(KnownSlugsQuery, {}));
  // AC2: whether school sign-in works, and what is wrong when it doesn't.
  const status = await outcomeOf(client.query(SchoolSignInStatusQuery, {}));
  // The slugs are only a help: the page stays usable without them.
  return {
    known: outcome.data ?? null,
    knownError: outcome.error ?? null,
    schoolSignIn: status.data?.schoolSignInStatus ?? null,
  };
};

/** Without JavaScript the chosen file arrives in the multipart body; with it, in the textarea. */
async function readCsv(data: FormData): Promise<string> {
  const file = data.get('csvFile');
  if (file instanceof File && file.size > 0) return file.text();
  return textField(data, 'csv', { trim: false });
}

export const actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const csv = await readCsv(data);
    const dryRun = data.get('dryRun') !== 'false';
    const outcome = await outcomeOf(createGraphQLClient(event).mutation(ImportSchoolAccountsMutation, { csv, dryRun }));
    if (outcome.error) return failWith(outcome.error, { csv });
    return { csv, report: outcome.data.importSchoolAccounts };
  },
} satisfies Actions;
