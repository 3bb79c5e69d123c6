import { inspect } from 'node:util';
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

  it('EX2: files stay on the local disk by default; STORAGE=s3 reads the S3_* variables (path-style with an endpoint, prefix as folders)', () => {
    expect(loadConfig({}).storage).to.deep.equal({ kind: 'local' });
    const aws = loadConfig({ STORAGE: 's3', S3_BUCKET: 'billetterie-files', S3_REGION: 'eu-west-3' }).storage;
    expect(aws).to.deep.equal({
      kind: 's3',
      endpoint: undefined,
      region: 'eu-west-3',
      bucket: 'billetterie-files',
      forcePathStyle: false,
      prefix: '',
    });
    expect(aws.kind === 's3' && aws.credentials, 'the SDK’s default chain').to.equal(undefined);
    const minio = loadConfig({
      STORAGE: 's3',
      S3_BUCKET: 'files',
      S3_ENDPOINT: 'http://minio.internal:9000/',
      S3_PREFIX: '/prod/billetterie/',
      S3_ACCESS_KEY_ID: 'minio',
      S3_SECRET_ACCESS_KEY: 'minio-secret',
    }).storage;
    expect(minio).to.include({
      kind: 's3',
      endpoint: 'http://minio.internal:9000',
      region: 'us-east-1',
      forcePathStyle: true,
      prefix: 'prod/billetterie/',
    });
    expect(minio.kind === 's3' && minio.credentials).to.deep.equal({
      accessKeyId: 'minio',
      secretAccessKey: 'minio-secret',
    });
    expect(
      loadConfig({
        STORAGE: 's3',
        S3_BUCKET: 'files',
        S3_ENDPOINT: 'https://s3.example.org',
        S3_FORCE_PATH_STYLE: 'false',
      }).storage,
    ).to.include({ forcePathStyle: false });
  });

  it('EX2: bad storage settings stop the start, naming each variable', () => {
    const refused = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (e) {
        expect(e).to.be.instanceOf(ConfigError);
        return (e as Error).message;
      }
      return expect.fail(`accepted ${JSON.stringify(env)}`);
    };
    expect(refused({ STORAGE: 's3' })).to.include('S3_BUCKET: required with STORAGE=s3');
    expect(refused({ STORAGE: 'nfs' })).to.include('STORAGE=');
    expect(refused({ S3_BUCKET: 'files' })).to.include('S3_BUCKET: set STORAGE=s3 too');
    expect(refused({ STORAGE: 's3', S3_BUCKET: 'ab' })).to.include('S3_BUCKET=');
    expect(refused({ STORAGE: 's3', S3_BUCKET: 'Files_2' })).to.include('S3_BUCKET=');
    expect(refused({ STORAGE: 's3', S3_BUCKET: 'files', S3_ENDPOINT: 'ftp://x' })).to.include('S3_ENDPOINT=');
    expect(refused({ STORAGE: 's3', S3_BUCKET: 'files', S3_PREFIX: 'a/../b' })).to.include('S3_PREFIX=');
    expect(refused({ STORAGE: 's3', S3_BUCKET: 'files', S3_PREFIX: 'a b' })).to.include('S3_PREFIX=');
    expect(refused({ STORAGE: 's3', S3_BUCKET: 'files', S3_ACCESS_KEY_ID: 'only-the-id' })).to.include(
      'S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set both',
    );
  });

  it('SEC3: storage and other secrets are never printed: not in a start error, not when the configuration is serialized or inspected', () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const message = (() => {
      try {
        loadConfig({
          STORAGE: 's3',
          S3_BUCKET: 'files',
          S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
          S3_SECRET_ACCESS_KEY: `${secret} with a space`,
          OIDC_CLIENT_SECRET: `x${'y'.repeat(2000)}`,
          PAYMENT_SECRETS_KEY: 'too-short-secret',
        });
      } catch (e) {
        return (e as Error).message;
      }
      return expect.fail('accepted');
    })();
    expect(message).to.include('S3_SECRET_ACCESS_KEY=(hidden)').and.include('PAYMENT_SECRETS_KEY=(hidden)');
    expect(message).to.include('OIDC_CLIENT_SECRET=(hidden)');
    expect(message).not.to.include(secret).and.not.to.include('too-short-secret').and.not.to.include('yyyy');
    const c = loadConfig({
      STORAGE: 's3',
      S3_BUCKET: 'files',
      S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      S3_SECRET_ACCESS_KEY: secret,
    });
    expect(c.storage.kind === 's3' && c.storage.credentials?.secretAccessKey).to.equal(secret);
    expect(JSON.stringify(c)).not.to.include(secret);
    expect(inspect(c, { depth: 10 })).not.to.include(secret);
  });
});
