import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { errorCodes, fieldErrorCodes } from '../../ui/src/graphql/errors';

/** The values of one enum of the committed schema.graphql. */
function enumValues(name: string): string[] {
  const sdl = fs.readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8');
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(sdl)![1];
  return body
    .replace(/"""[\s\S]*?"""/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[A-Z_]+$/.test(l));
}

describe('unit: the apps know every error code of the API', () => {
  it('every ErrorCode of the schema is known to the apps (an unknown one would show as an unexpected error)', () => {
    expect(enumValues('ErrorCode').filter((c) => !(errorCodes as readonly string[]).includes(c))).to.deep.equal([]);
  });
  it('every FieldErrorCode of the schema is known to the apps', () => {
    expect(
      enumValues('FieldErrorCode').filter((c) => !(fieldErrorCodes as readonly string[]).includes(c)),
    ).to.deep.equal([]);
  });
});
