import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../server/src/core/config';

describe('unit: configuration', () => {
  it('has working defaults: port 3000, embedded database, demo data, apps served', () => {
    const c = loadConfig({});
    expect(c).to.include({
      port: 3000,
      host: '127.0.0.1',
      seedDemo: true,
      serveApps: true,
      publicUrl: 'http://localhost:3000',
      passwordHashCost: 17,
    });
    expect(c.databaseUrl).to.equal(undefined);
    expect(c.dataDir).to.match(/\.data$/);
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://x', SEED_DEMO: 'maybe', LOG_LEVEL: 'loud' });
      expect.fail('should throw');
    } catch (e) {
      expect(e).to.be.instanceOf(ConfigError);
      const msg = (e as Error).message;
      for (const name of ['PORT=', 'DATABASE_URL=', 'SEED_DEMO=', 'LOG_LEVEL=']) expect(msg).to.include(name);
    }
  });

  it('treats empty variables as unset and trims the public URL', () => {
    const c = loadConfig({ DATABASE_URL: '', PUBLIC_URL: 'https://tickets.example.org/', PORT: '8080' });
    expect(c.databaseUrl).to.equal(undefined);
    expect(c.publicUrl).to.equal('https://tickets.example.org');
  });
});
