import { loadViewer } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { LayoutServerLoad } from './$types';

const ConsoleViewerQuery = graphql(`
  query ConsoleViewer {
    viewer {
      ...SharedViewer
      email
      isPlatformAdmin
      clubMemberships {
        id
        isBoard
        club {
          id
          name
          slug
        }
      }
    }
  }
`);

export const load: LayoutServerLoad = (event) => loadViewer(event, ConsoleViewerQuery);
