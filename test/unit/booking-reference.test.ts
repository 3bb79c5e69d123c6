import { expect } from 'chai';
import { bookingReference } from '../../server/src/modules/bookings/reference';

describe('unit: booking references (BK12)', () => {
  it('BK12: a reference is up to six letters of the event’s first word, a dash and six unambiguous characters', () => {
    expect(bookingReference('Gala N7 2027')).to.match(/^GALA-[2-9A-HJKMNP-TV-Z]{6}$/);
    expect(bookingReference('Week-end ski')).to.match(/^WEEK-/);
    expect(bookingReference('Soirée électro')).to.match(/^SOIREE-/);
    expect(bookingReference('Anniversaire du club')).to.match(/^ANNIVE-/);
  });

  it('BK12: names without a usable word fall back to BIL; no character that reads like another (0/O, 1/I/L, U) is used', () => {
    expect(bookingReference('🎉 !')).to.match(/^BIL-/);
    expect(bookingReference('A')).to.match(/^BIL-/);
    const suffixes = Array.from({ length: 2000 }, () => bookingReference('x y').split('-')[1]).join('');
    expect(suffixes).not.to.match(/[01ILOU]/);
    expect(new Set(suffixes).size, 'the whole alphabet is used').to.equal(30);
  });

  it('BK12: references are random enough that 20,000 of one event don’t collide in practice', () => {
    const refs = new Set(Array.from({ length: 20_000 }, () => bookingReference('Gala')));
    expect(refs.size).to.be.greaterThan(19_990);
  });
});
