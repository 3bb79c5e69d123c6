// SEC2, SEC3: the level of each request's log line (http/app.ts requestLogLevel, given to pino-http).
import { expect } from 'chai';
import { requestLogLevel } from '../../server/src/http/app';
import { createLogger } from '../../server/src/core/logger';

const res = (statusCode: number) => ({ statusCode });

describe('SEC2/SEC3: request log levels', () => {
  it('SEC2: a 503 (BUSY from admission control, a draining process) is an ordinary request line, not an error', () => {
    const level = requestLogLevel(createLogger('info'));
    expect(level(null, res(503))).to.equal('info');
    expect(level(null, res(200))).to.equal('info');
    expect(level(null, res(404))).to.equal('warn');
    expect(level(null, res(500))).to.equal('error');
    expect(level(null, res(502))).to.equal('error');
    expect(level(null, res(200), new Error('socket hang up'))).to.equal('error');
  });

  it('SEC3: a level the logger drops is silent, so nothing is built for it (no Error per 5xx)', () => {
    const warn = requestLogLevel(createLogger('warn'));
    expect(warn(null, res(503))).to.equal('silent');
    expect(warn(null, res(200))).to.equal('silent');
    expect(warn(null, res(404))).to.equal('warn');
    expect(requestLogLevel(createLogger('silent'))(null, res(500))).to.equal('silent');
  });
});
