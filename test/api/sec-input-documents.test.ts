import { expect } from 'chai';
import { useApp } from '../support/app';
import { fields } from '../support/booking-fixtures';
import { organizerEvent } from '../support/event-fixtures';
import type { ApiClient, GraphQLResponse } from '../support/graphql';

const SEARCH = `query($e: ID!, $f: BookingFilter) { event(id: $e) { bookings(filter: $f, first: 10) { totalCount } } }`;
/** The same search with the text as a literal of the document (`\u0001` is the GraphQL escape of that character). */
const literal = (text: string) =>
  `query($e: ID!) { event(id: $e) { bookings(filter: { search: "${text}" }, first: 10) { totalCount } } }`;

function expectRefused(res: GraphQLResponse, what: string) {
  expect(res.status, `${what}: HTTP status`).to.equal(400);
  expect(res.errors?.[0]?.extensions?.code, `${what}: ${JSON.stringify(res.errors)}`).to.equal('BAD_USER_INPUT');
  expect(fields(res), what).to.deep.equal({ search: 'INVALID_FORMAT' });
}
function expectAnswered(res: GraphQLResponse, what: string) {
  expect(res.errors, `${what}: ${JSON.stringify(res.errors)}`).to.equal(undefined);
  expect(res.data?.event?.bookings?.totalCount, what).to.equal(0);
}

describe('API: control characters are refused whatever the document was before (SEC3, issue 14)', () => {
  const t = useApp();
  let board: ApiClient;
  let eventId: string;
  before(async () => {
    const ev = await organizerEvent(t);
    board = ev.board;
    eventId = ev.eventId;
  });

  it('SEC3: one document sent again and again is refused each time its variables hold a control character, and answered each time they do not', async () => {
    for (let round = 0; round < 3; round++) {
      expectAnswered(await board.request(SEARCH, { e: eventId, f: { search: 'martin' } }), `clean, round ${round}`);
      expectRefused(await board.request(SEARCH, { e: eventId, f: { search: 'mar\u0000tin' } }), `NUL, round ${round}`);
      expectRefused(await board.request(SEARCH, { e: eventId, f: { search: 'mar\ntin' } }), `newline, round ${round}`);
      expectRefused(
        await board.request(SEARCH, { e: eventId, f: { search: 'mar\ud800' } }),
        `surrogate, round ${round}`,
      );
    }
    // A variable the operation does not declare is not text it passes: answered, as before.
    expectAnswered(await board.request(SEARCH, { e: eventId, f: null, unused: 'a\u0000b' }), 'undeclared variable');
  });

  it('SEC3: literals are refused every time, in the operation, in its fragments and as default values of variables', async () => {
    const documents = {
      operation: literal('mar\\u0001tin'),
      fragment: `query($e: ID!) { ...F } fragment F on Query { event(id: $e) { bookings(filter: { search: "x\\u0007" }, first: 1) { totalCount } } }`,
      'default value': `query($e: ID!, $s: String = "x\\u001b") { event(id: $e) { bookings(filter: { search: $s }, first: 1) { totalCount } } }`,
      'tab in a single-line field': literal('mar\\ttin'),
    };
    for (let round = 0; round < 2; round++)
      for (const [what, doc] of Object.entries(documents))
        expectRefused(await board.request(doc, { e: eventId }), `${what}, round ${round}`);
    // A clean literal, and a default value the variables replace with a clean one.
    expectAnswered(await board.request(literal('martin'), { e: eventId }), 'clean literal');
    expectAnswered(
      await board.request(documents['default value'], { e: eventId, s: 'martin' }),
      'default value replaced',
    );
  });
});
