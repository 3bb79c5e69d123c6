import { expect } from 'chai';
import { parseSchoolAccountsCsv } from '../../server/src/modules/accounts/school-import.csv';

const HEADER = 'email,first_name,last_name,school,class_year,associations,clubs';

describe('unit: school accounts CSV (AC2)', () => {
  it('AC2: parses people, memberships with end dates and board flags; normalises email and spaces', () => {
    const { rows, problems } = parseSchoolAccountsCsv(
      `\uFEFF${HEADER}\r\n  Ana@Example.ORG , Ana  Maria ,Lopez,ENSEEIHT,2027,"bde-n7:2027-08-31; bds-inp:2026-08-31","net7:board;gala-n7"\r\n`,
    );
    expect(problems).to.deep.equal([]);
    expect(rows).to.deep.equal([
      {
        line: 2,
        email: 'ana@example.org',
        firstName: 'Ana Maria',
        lastName: 'Lopez',
        schoolSlug: 'enseeiht',
        classYear: 2027,
        associations: [
          { slug: 'bde-n7', endsOn: '2027-08-31' },
          { slug: 'bds-inp', endsOn: '2026-08-31' },
        ],
        clubs: [
          { slug: 'net7', isBoard: true },
          { slug: 'gala-n7', isBoard: false },
        ],
      },
    ]);
  });

  it('AC2: reports the starting line of a record that spans lines, and impossible dates', () => {
    const { problems } = parseSchoolAccountsCsv(`${HEADER}\na@example.org,"A\nB",C,enseeiht,2027,bde-n7:2027-02-29,\n`);
    expect(problems).to.deep.equal([
      {
        line: 2,
        field: 'associations',
        code: 'INVALID_FORMAT',
        message: '"bde-n7:2027-02-29" should be association-slug:YYYY-MM-DD.',
      },
    ]);
  });

  it('AC2: reports wrong column counts, unknown columns, empty files and unreadable CSV', () => {
    expect(parseSchoolAccountsCsv(`${HEADER}\na@example.org,A\n`).problems[0]).to.include({
      line: 2,
      code: 'INVALID_FORMAT',
    });
    expect(parseSchoolAccountsCsv(`${HEADER},shoe_size\n`).problems[0]).to.include({
      line: 1,
      field: 'shoe_size',
      code: 'NOT_ALLOWED',
    });
    expect(parseSchoolAccountsCsv('').problems[0]).to.include({ line: 1, code: 'REQUIRED' });
    expect(parseSchoolAccountsCsv(`${HEADER}\n`).problems[0]).to.include({ line: 2, code: 'REQUIRED' });
    expect(parseSchoolAccountsCsv(`${HEADER}\n"a@example.org,A,B,enseeiht,2027,,\n`).problems[0]).to.include({
      code: 'INVALID_FORMAT',
    });
  });

  it('AC2: treats an absent membership column as "leave alone" and an empty cell as "none"', () => {
    const absent = parseSchoolAccountsCsv(
      `email,first_name,last_name,school,class_year\na@example.org,A,B,enseeiht,2027\n`,
    ).rows[0];
    expect(absent.associations).to.equal(undefined);
    expect(absent.clubs).to.equal(undefined);
    const empty = parseSchoolAccountsCsv(`${HEADER}\na@example.org,A,B,enseeiht,2027,,\n`).rows[0];
    expect(empty.associations).to.deep.equal([]);
    expect(empty.clubs).to.deep.equal([]);
  });
});
