import { expect } from 'chai';
import { hashPassword, verifyPassword, sha256, randomSecret } from '../../server/src/modules/accounts/secrets';

describe('unit: password hashing and secrets (AC1)', () => {
  it('AC1: hashes passwords with scrypt at the production cost (N=2^17) and verifies them', async function () {
    this.timeout(10_000);
    const hash = await hashPassword('correct horse battery staple', 17);
    expect(hash).to.match(/^scrypt\$17\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/);
    expect(await verifyPassword('correct horse battery staple', hash)).to.equal(true);
    expect(await verifyPassword('correct horse battery stapl', hash)).to.equal(false);
  });

  it('AC1: salts every hash and normalises Unicode so the same password typed differently matches', async () => {
    const a = await hashPassword('mot de passe été', 12);
    const b = await hashPassword('mot de passe été', 12);
    expect(a).not.to.equal(b);
    expect(await verifyPassword('mot de passe e\u0301te\u0301', a)).to.equal(true);
  });

  it('refuses malformed stored hashes instead of crashing', async () => {
    expect(await verifyPassword('x', 'plain-text')).to.equal(false);
    expect(await verifyPassword('x', 'bcrypt$10$aa$bb')).to.equal(false);
  });

  it('makes 256-bit secrets and hex SHA-256 digests', () => {
    expect(randomSecret('blt_')).to.match(/^blt_[A-Za-z0-9_-]{43}$/);
    expect(sha256('abc')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
