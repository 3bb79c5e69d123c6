import { expect } from 'chai';
import { neutraliseFormula } from '../../server/src/modules/exports/writers';

describe('unit: spreadsheet cells from user text (SEC6)', () => {
  it('SEC6: text that a spreadsheet would read as a formula gets a leading quote (OWASP CSV injection), other text is untouched', () => {
    for (const s of [
      '=1+1',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '＝1+1',
      '＋1',
      '－1',
      '＠SUM(A1)',
      '=HYPERLINK("http://x","y")',
    ]) {
      expect(neutraliseFormula(s), JSON.stringify(s)).to.equal(`'${s}`);
    }
    for (const s of ['Alice Martin', 'a=1', ' 1+1', '', "'déjà cité", 'Zoé 😀'])
      expect(neutraliseFormula(s), JSON.stringify(s)).to.equal(s);
  });
});
