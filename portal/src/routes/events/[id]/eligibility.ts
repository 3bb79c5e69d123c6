import { formatDateTime } from '@billetterie/ui';
import type { PortalEventQuery } from '$lib/gql/graphql';
import { m } from '$lib/paraglide/messages.js';

export type Ticket = NonNullable<PortalEventQuery['event']>['tickets'][number];

/**
 * "de l'ENSEEIHT ou du BDE N7" / "of ENSEEIHT or BDE N7". French elides before
 * a vowel; otherwise "du", right for the usual acronyms (BDE, BDS).
 */
function ofNames(names: string[], locale: string): string {
  const list = new Intl.ListFormat(locale, { type: 'disjunction' });
  if (locale !== 'fr') return `of ${list.format(names)}`;
  return list.format(names.map((name) => (/^[aeiouyhéèêâàîïôû]/i.test(name) ? `de l'${name}` : `du ${name}`)));
}

/** TK2 in plain words: one sentence per non-empty restriction list (they all must match). */
export function restrictionSentences(ticket: Ticket, locale: string): string[] {
  if (ticket.kind === 'OPEN') return [m.eligibility_open()];
  const schools = ticket.restrictedToSchools.map((school) => school.name);
  const years = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    [...ticket.restrictedToClassYears].sort().map(String),
  );
  const sentences: string[] = [];
  if (schools.length && years) {
    sentences.push(m.eligibility_years_schools({ years, schools: ofNames(schools, locale) }));
  } else if (schools.length) {
    sentences.push(m.eligibility_schools({ schools: ofNames(schools, locale) }));
  } else if (years) {
    sentences.push(m.eligibility_years({ years }));
  }
  const associations = ticket.restrictedToAssociations.map((association) => association.name);
  if (associations.length) {
    sentences.push(m.eligibility_associations({ associations: ofNames(associations, locale) }));
  }
  return sentences.length ? sentences : [m.eligibility_restricted()];
}

/** Why this visitor may not book, one sentence per reason the API gave. */
export function reasonSentences(ticket: Ticket, locale: string): string[] {
  return ticket.eligibility.reasons.map((reason) => {
    if (reason === 'SALES_NOT_OPEN') {
      return ticket.salesOpenAt
        ? m.ineligibility_reason_SALES_NOT_OPEN({ date: formatDateTime(ticket.salesOpenAt, locale) })
        : m.ineligibility_reason_SALES_NOT_OPEN_undated();
    }
    return m[`ineligibility_reason_${reason}`]();
  });
}
