import { createGraphQLClient, failWith, outcomeOf, textField } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import { readSchoolSignInStatus } from '$lib/server/read-school-signin';
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

export const load: PageServerLoad = async (event) => {
  const [outcome, schoolSignIn] = await Promise.all([
    outcomeOf(createGraphQLClient(event).query(KnownSlugsQuery, {})),
    // AC2: whether school sign-in works, and what is wrong when it doesn't.
    readSchoolSignInStatus(event),
  ]);
  // The slugs are only a help: the page stays usable without them.
  return { known: outcome.data ?? null, knownError: outcome.error ?? null, schoolSignIn };
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
