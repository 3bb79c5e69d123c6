import { queryOrError, requireFound } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { PageServerLoad } from './$types';

const PortalEventQuery = graphql(`
	query PortalEvent($id: ID!) {
		event(id: $id) {
			id
			name
			descriptionHtml
			location
			startsAt
			endsAt
			contactEmail
			coverUrl
			club {
				id
				name
			}
			tickets {
				id
				kind
				name
				description
				priceCents
				salesOpenAt
				salesCloseAt
				position
				restrictedToSchools {
					id
					name
				}
				restrictedToClassYears
				restrictedToAssociations {
					id
					name
				}
				options {
					id
					name
					description
					priceCents
					position
				}
				optionGroups {
					id
					name
					description
					position
					options {
						id
						name
						priceCents
					}
				}
				eligibility {
					canBook
					reasons
				}
			}
		}
	}
`);

/** EV1: an event this visitor may not see is answered NOT_FOUND by the API, hence a 404 page. */
export const load: PageServerLoad = async (event) => {
	const data = await queryOrError(event, PortalEventQuery, { id: event.params.id });
	return { event: requireFound(data.event) };
};
