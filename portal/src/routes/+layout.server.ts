import { loadViewer } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { LayoutServerLoad } from './$types';

const PortalViewerQuery = graphql(`
  query PortalViewer {
    viewer {
      ...SharedViewer
    }
  }
`);

export const load: LayoutServerLoad = (event) => loadViewer(event, PortalViewerQuery);
