// Issue 12: the apps' catalogue (messages/*.json) names one key set per enum, after the enum, and holds the same
// keys in both languages.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';

const root = path.join(__dirname, '../..');
const catalogue = (locale: string) =>
  JSON.parse(fs.readFileSync(path.join(root, `messages/${locale}.json`), 'utf8')) as Record<string, string>;
const keys = Object.keys(catalogue('fr')).filter((k) => k !== '$schema');

/** Every enum of the committed schema with its values. */
function enums(): Map<string, string[]> {
  const schema = fs.readFileSync(path.join(root, 'schema.graphql'), 'utf8');
  const found = new Map<string, string[]>();
  for (const m of schema.matchAll(/enum (\w+) \{([^}]*)\}/g)) {
    const values = m[2]
      .replace(/"""[\s\S]*?"""/g, '')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^[A-Z0-9_]+$/.test(l));
    found.set(m[1], values);
  }
  return found;
}

/** The key family an enum's labels live in: its name in snake case, but for the few named in docs/i18n.md. */
const FAMILY: Record<string, string> = {
  ErrorCode: 'error_',
  FieldErrorCode: 'field_error_',
  ExtraInfoBlocks: 'requirement_blocks_',
  OnlineProvider: 'payment_provider_', // a subset of PaymentProvider: the same labels
};
const familyOf = (name: string) => FAMILY[name] ?? `${name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()}_`;

/** The prefixes under which at least two values of the enum have a key (`<prefix><VALUE>` or `<prefix><VALUE>_<variant>`). */
function familiesFor(values: string[]): Map<string, Set<string>> {
  const families = new Map<string, Set<string>>();
  for (const key of keys) {
    for (const value of values) {
      const at = key.indexOf(`_${value}`);
      if (at < 0) continue;
      const rest = key.slice(at + 1 + value.length);
      if (rest && !/^_[a-z]/.test(rest)) continue;
      const prefix = key.slice(0, at + 1);
      if (!families.has(prefix)) families.set(prefix, new Set());
      families.get(prefix)!.add(value);
    }
  }
  return new Map([...families].filter(([, found]) => found.size >= 2));
}

describe('unit: one message catalogue (issue 12)', () => {
  it('French and English hold the same keys', () => {
    expect(Object.keys(catalogue('en')).sort()).to.deep.equal(Object.keys(catalogue('fr')).sort());
  });

  it('every enum with labels has exactly one key set, named after it, with a label for every value', () => {
    const all = enums();
    const owned = new Set([...all.keys()].map(familyOf));
    let labelled = 0;
    for (const [name, values] of all) {
      const families = [...familiesFor(values).keys()];
      // A value shared with another enum (ErrorCode and IneligibilityReason both say NOT_OPEN_YET) shows up in that
      // enum's own set; any other second set is a second wording of the same enum.
      const foreign = families.filter((p) => p !== familyOf(name) && !owned.has(p));
      expect(foreign, `${name} has a key set besides ${familyOf(name)}`).to.deep.equal([]);
      if (!families.includes(familyOf(name))) continue;
      labelled++;
      for (const value of values) {
        expect(keys, `${name}.${value} has no label ${familyOf(name)}${value}`).to.include(`${familyOf(name)}${value}`);
      }
    }
    expect(labelled, 'enums with labels').to.be.greaterThan(15);
  });

  it('no key uses the old cryptic prefixes', () => {
    const cryptic = keys.filter((k) => /^(cb|payacc|payrec|tpl|ticketdl|col|pay)_/.test(k));
    expect(cryptic).to.deep.equal([]);
  });
});
