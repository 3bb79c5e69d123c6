import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { STATUS_FR } from '../../server/src/modules/exports/rows';
import {
  bookingStatuses,
  bookingStatusTone,
  extraInfoBlocks,
  requirementStates,
  requirementStateTone,
} from '../../ui/src/domain/statuses';

const root = path.join(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** The values of one enum of the committed schema.graphql. */
function enumValues(name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(read('schema.graphql'))![1];
  return body
    .replace(/"""[\s\S]*?"""/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[A-Z_]+$/.test(l));
}

/** Every file named `name` in the apps' and ui's sources, relative to the root. */
function filesNamed(name: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory() && entry.name !== 'paraglide' && entry.name !== 'gql') walk(rel);
      else if (entry.name === name) found.push(rel);
    }
  };
  for (const dir of ['ui/src', 'portal/src', 'console/src']) walk(dir);
  return found.sort();
}

/** Every Svelte and TypeScript source of the two apps (not their generated gql/ and paraglide/), relative to the root. */
function appSources(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory() && entry.name !== 'paraglide' && entry.name !== 'gql') walk(rel);
      else if (/\.(svelte|ts)$/.test(entry.name)) found.push(rel);
    }
  };
  for (const dir of ['portal/src', 'console/src']) walk(dir);
  return found.sort();
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The text and background colours global.css gives a badge of one tone (custom properties resolved). */
function badgeColours(tone: string): { color: string; background: string } {
  const css = read('ui/src/styles/global.css');
  const vars = Object.fromEntries([...css.matchAll(/(--color-[\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1], m[2]]));
  const rule = (selector: string) => new RegExp(`(?:^|\\n)\\${selector} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
  const prop = (body: string, name: string) =>
    /var\((--color-[\w-]+)\)/.exec(new RegExp(`(?:^|[\\s;])${name}:([^;]*);`).exec(body)?.[1] ?? '')?.[1];
  const base = rule('.badge');
  const own = rule(`.badge-${tone}`);
  const color = prop(own, 'color') ?? prop(base, 'color');
  const background = prop(own, 'background') ?? prop(base, 'background');
  expect(color, `text colour of .badge-${tone}`).to.be.a('string');
  expect(background, `background of .badge-${tone}`).to.be.a('string');
  return { color: vars[color!], background: vars[background!] };
}

describe('unit: domain UI shared by portal and console', () => {
  it('BK13: one BadgeBookingStatus, in ui, for both apps (the copies gave one status two colours)', () => {
    expect(filesNamed('BadgeBookingStatus.svelte')).to.deep.equal(['ui/src/components/BadgeBookingStatus.svelte']);
  });

  it('XI3, XI4: one BadgeRequirementState, in ui, for both apps', () => {
    expect(filesNamed('BadgeRequirementState.svelte')).to.deep.equal([
      'ui/src/components/BadgeRequirementState.svelte',
    ]);
  });

  it('XI3, XI4: one CardRequirement, in ui: the attendee and the organizer see a requirement framed alike', () => {
    expect(filesNamed('CardRequirement.svelte')).to.deep.equal(['ui/src/components/CardRequirement.svelte']);
  });

  it('BK13, XI4: ui knows every BookingStatus and RequirementState of the API', () => {
    expect([...bookingStatuses].sort()).to.deep.equal(enumValues('BookingStatus').sort());
    expect([...requirementStates].sort()).to.deep.equal(enumValues('RequirementState').sort());
    expect([...extraInfoBlocks].sort()).to.deep.equal(enumValues('ExtraInfoBlocks').sort());
  });

  it('BK13, XI4: every status badge has one tone whose text keeps a contrast of at least 4.5:1 on the badge (WCAG AA)', () => {
    for (const [status, tone] of Object.entries({ ...bookingStatusTone, ...requirementStateTone })) {
      const { color, background } = badgeColours(tone);
      expect(contrast(color, background), `${status} (${tone}): ${color} on ${background}`).to.be.at.least(4.5);
    }
  });

  it('BK13, XI1, XI4: each status enum (and what a requirement blocks) has one message key set (readable names), the same in French and English', () => {
    const sets = {
      BookingStatus: 'booking_status_',
      RequirementState: 'requirement_state_',
      ExtraInfoBlocks: 'requirement_blocks_',
    };
    // The ticket form's choice ends a sentence ("… elle bloque" + "le paiement"): another wording, not another label.
    const allowed: Record<string, string[]> = { ExtraInfoBlocks: ['extra_blocks_'] };
    for (const locale of ['fr', 'en']) {
      const keys = Object.keys(JSON.parse(read(`messages/${locale}.json`)));
      for (const [name, prefix] of Object.entries(sets)) {
        const values = enumValues(name);
        expect(
          values.filter((v) => !keys.includes(prefix + v)),
          `${locale}: ${name} labels missing`,
        ).to.deep.equal([]);
        // Another family of keys naming every value of the enum is a second label set for the same statuses.
        const families = new Set(
          keys.flatMap((k) => values.filter((v) => k.endsWith(`_${v}`)).map((v) => k.slice(0, -v.length))),
        );
        const duplicates = [...families].filter(
          (family) =>
            family !== prefix &&
            !(allowed[name] ?? []).includes(family) &&
            values.every((v) => keys.includes(family + v)),
        );
        expect(duplicates, `${locale}: other key sets for ${name}`).to.deep.equal([]);
      }
    }
  });

  it("EX1: exports name each booking status with the apps' French label (one catalogue, no copy on the server)", () => {
    const fr = JSON.parse(read('messages/fr.json'));
    expect(STATUS_FR).to.deep.equal(
      Object.fromEntries(enumValues('BookingStatus').map((s) => [s, fr[`booking_status_${s}`]])),
    );
  });

  it("XI3, XI4: one AnswerValue, in ui: the attendee and the organizer see an answer's value alike, and no app shows it its own way", () => {
    expect(filesNamed('AnswerValue.svelte')).to.deep.equal(['ui/src/components/AnswerValue.svelte']);
    // The marks of a view of an answer's value: its test ids, the image preview, a number answer formatted.
    const own =
      /data-testid="answer-value|data-testid="answer-file-(name|link|preview)"|\.numberValue\)|startsWith\('image\//;
    expect(appSources().filter((file) => own.test(read(file)))).to.deep.equal([]);
    const users = appSources().filter((file) => /<AnswerValue\b/.test(read(file)));
    expect(
      users.filter((file) => file.startsWith('portal/')),
      'portal',
    ).to.have.length.at.least(1);
    expect(
      users.filter((file) => file.startsWith('console/')),
      'console',
    ).to.have.length.at.least(1);
  });

  it("XI3, XI4: both apps select a requirement through ui's SharedRequirement fragment (one selection, not two copies)", () => {
    const fragment = (file: string, document: string) =>
      new RegExp(
        `export const ${document} = .*"kind":"FragmentDefinition","name":\\{"kind":"Name","value":"SharedRequirement"`,
      ).test(read(file));
    expect(fragment('portal/src/lib/gql/graphql.ts', 'PortalBookingDocument'), 'portal: PortalBooking').to.equal(true);
    expect(fragment('console/src/lib/gql/graphql.ts', 'ConsoleBookingDocument'), 'console: ConsoleBooking').to.equal(
      true,
    );
  });

  it("XI3, XI4: both apps select an answer's value through ui's SharedAnswerValue fragment, what AnswerValue shows", () => {
    const fragment = (file: string, document: string) =>
      new RegExp(
        `export const ${document} = .*"kind":"FragmentDefinition","name":\\{"kind":"Name","value":"SharedAnswerValue"`,
      ).test(read(file));
    expect(fragment('portal/src/lib/gql/graphql.ts', 'PortalBookingDocument'), 'portal: PortalBooking').to.equal(true);
    expect(fragment('console/src/lib/gql/graphql.ts', 'ConsoleBookingDocument'), 'console: ConsoleBooking').to.equal(
      true,
    );
  });

  it("every fragment of ui/src/fragments is spread by both apps' operations (one selection for one purpose, not two copies)", () => {
    const names = fs
      .readdirSync(path.join(root, 'ui/src/fragments'))
      .flatMap((file) => [...read(`ui/src/fragments/${file}`).matchAll(/fragment (\w+) on \w+/g)].map((m) => m[1]));
    expect(names).to.include.members([
      'SharedAnswerValue',
      'SharedBookingSummary',
      'SharedEventSummary',
      'SharedRequirement',
      'SharedTicketOptions',
      'SharedViewer',
    ]);
    for (const app of ['portal', 'console']) {
      const generated = read(`${app}/src/lib/gql/graphql.ts`);
      // The operations (queries, mutations and the app's own fragments) whose selections spread each shared fragment.
      const spreaders = (name: string) =>
        [...generated.matchAll(/^export const (\w+)Document = (.*)$/gm)].filter(
          ([, , body]) =>
            !body.startsWith(
              `{"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"${name}"}`,
            ) && body.includes(`"kind":"FragmentSpread","name":{"kind":"Name","value":"${name}"}`),
        );
      for (const name of names) expect(spreaders(name), `${app} spreads ${name}`).to.not.be.empty;
    }
  });
});
