import { expect } from 'chai';
import { parse, type GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getSchema } from '../../server/src/api/schema';
import { costOf, fitsInBytes, queryCost, type PriceCache } from '../../server/src/graphql/limits';

describe('unit: GraphQL response size (SEC2)', () => {
  it('SEC2: fitsInBytes measures a response about as JSON would, in UTF-8 bytes, without building it', () => {
    const data = {
      schools: [
        { id: 'a1', name: 'ENSEEIHT — Toulouse', n: 12, open: true, parent: null },
        { id: 'b2', name: 'Zoé 😀', n: -1.5, open: false, parent: { id: 'a1' } },
      ],
      empty: [],
    };
    const bytes = Buffer.byteLength(JSON.stringify(data));
    expect(fitsInBytes(data, bytes + 8)).to.equal(true);
    expect(fitsInBytes(data, bytes - 8)).to.equal(false);
    expect(fitsInBytes(null, 4)).to.equal(true);
    // Stops early on a huge answer.
    const huge = Array.from({ length: 200_000 }, (_, i) => ({ name: `type ${i}` }));
    const started = Date.now();
    expect(fitsInBytes(huge, 1024)).to.equal(false);
    expect(Date.now() - started).to.be.lessThan(200);
  });
});

describe('unit: operation prices are computed once per document and price key (SEC2)', () => {
  let schema: GraphQLSchema;
  before(async () => {
    schema = await getSchema();
  });
  const opts = (variables: Record<string, unknown>) => ({ variables, maxComplexity: 1000 });
  const BOOKINGS = parse(
    `query($e: ID!, $n: Int, $s: String) { event(id: $e) { bookings(first: $n, search: $s) { nodes { id reference } } } }`,
  );

  it('SEC2: the same document with other strings shares one price; another page size or document is priced anew', () => {
    const cache: PriceCache = new WeakMap();
    const rule = depthLimit(10);
    const first = costOf(cache, schema, BOOKINGS, rule, opts({ e: 'a', n: 5, s: 'x' }));
    const sameKey = costOf(cache, schema, BOOKINGS, rule, opts({ e: 'b', n: 5, s: 'y' }));
    expect(sameKey, 'a cached price is the same object').to.equal(first);
    const bigger = costOf(cache, schema, BOOKINGS, rule, opts({ e: 'a', n: 20, s: 'x' }));
    expect(bigger).to.not.equal(first);
    expect((bigger as { cost: number }).cost).to.be.greaterThan((first as { cost: number }).cost);
    // What the uncached walk says, for each.
    expect((first as { cost: number }).cost).to.equal(
      queryCost(schema, BOOKINGS, { variables: { e: 'a', n: 5 }, maxComplexity: 1000 }),
    );
    // Depth is judged once per document, with this plugin's rule.
    const deep = parse(`{ events { nodes { tickets { event { tickets { event { id } } } } } } }`);
    expect(costOf(cache, schema, deep, depthLimit(3), opts({}))).to.equal('TOO_DEEP');
    expect(costOf(new WeakMap(), schema, deep, depthLimit(20), opts({}))).to.not.equal('TOO_DEEP');
  });
});
