import { expect } from 'chai';
import { fitsInBytes } from '../../server/src/graphql/limits';

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
