import { expect } from 'chai';
import { ConfigError, loadConfig, OIDC_SIMULATOR_CLIENT } from '../../server/src/core/config';

const PROD = { NODE_ENV: 'production', PAYMENT_SECRETS_KEY: 'a'.repeat(43) + '=' };

describe('unit: school sign-in configuration (AC2)', () => {
  it('AC2: without OIDC_ISSUER, outside production, the local identity provider is the issuer', () => {
    const c = loadConfig({ PUBLIC_URL: 'http://localhost:4000' });
    expect(c.oidc).to.deep.equal({
      issuer: 'http://localhost:4000/simulators/oidc',
      clientId: OIDC_SIMULATOR_CLIENT.clientId,
      clientSecret: OIDC_SIMULATOR_CLIENT.clientSecret,
      scopes: 'openid email profile',
      claims: { school: 'school', classYear: 'class_year', associations: 'associations', clubs: 'clubs' },
      simulator: true,
    });
  });

  it('AC2: in production, no issuer means no school sign-in, and the local provider is refused', () => {
    expect(loadConfig(PROD).oidc).to.equal(null);
    expect(() => loadConfig({ ...PROD, OIDC_SIMULATOR: 'true' })).to.throw(ConfigError, /OIDC_SIMULATOR/);
  });

  it('AC2: a real issuer needs a client id; claims set to none are not read; scopes must include openid', () => {
    expect(() => loadConfig({ ...PROD, OIDC_ISSUER: 'https://idp.example.org' })).to.throw(
      ConfigError,
      /OIDC_CLIENT_ID/,
    );
    const c = loadConfig({
      ...PROD,
      OIDC_ISSUER: 'https://idp.example.org/',
      OIDC_CLIENT_ID: 'billetterie',
      OIDC_CLAIM_ASSOCIATIONS: 'none',
      OIDC_CLAIM_CLUBS: 'none',
      OIDC_SCOPES: 'openid email profile school',
    });
    expect(c.oidc).to.include({ issuer: 'https://idp.example.org', clientId: 'billetterie', simulator: false });
    expect(c.oidc?.claims).to.deep.equal({
      school: 'school',
      classYear: 'class_year',
      associations: null,
      clubs: null,
    });
    expect(() => loadConfig({ OIDC_SCOPES: 'email profile' })).to.throw(ConfigError, /OIDC_SCOPES/);
  });

  it('AC2: school accounts keep passwords by default without OIDC_ISSUER, not with one; an explicit SCHOOL_PASSWORDS wins', () => {
    const real = { ...PROD, OIDC_ISSUER: 'https://idp.example.org', OIDC_CLIENT_ID: 'billetterie' };
    expect(loadConfig({}).schoolPasswords, 'local provider').to.equal(true);
    expect(loadConfig(PROD).schoolPasswords, 'no provider at all').to.equal(true);
    expect(loadConfig(real).schoolPasswords).to.equal(false);
    expect(loadConfig({ ...real, SCHOOL_PASSWORDS: 'true' }).schoolPasswords).to.equal(true);
    expect(loadConfig({ SCHOOL_PASSWORDS: 'false' }).schoolPasswords).to.equal(false);
    expect(() => loadConfig({ SCHOOL_PASSWORDS: 'maybe' })).to.throw(ConfigError, /SCHOOL_PASSWORDS/);
  });
});
