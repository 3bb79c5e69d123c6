import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../core/logger';
import { hashPassword } from '../modules/accounts';
import { AccountKind, User, Association, AssociationMembership, Club, ClubMembership, School } from '../model';

export interface DemoLogin {
  email: string;
  password: string;
  role: string;
}

export const DEMO_PASSWORD = 'billetterie-demo';

const nextAugust31 = (yearsAhead: number) => `${new Date().getUTCFullYear() + yearsAhead}-08-31`;

/**
 * Demo data for the first start: two schools, three associations, four clubs, a platform admin,
 * a club board member, three students and one external user. Runs only on an empty database.
 */
export async function seedDemo(em: EntityManager, log: Logger): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [
    { email: 'admin@example.org', password: DEMO_PASSWORD, role: 'platform admin' },
    { email: 'bureau@example.org', password: DEMO_PASSWORD, role: 'board member of the club Net7 (ENSEEIHT 2026)' },
    { email: 'alice@example.org', password: DEMO_PASSWORD, role: 'student ENSEEIHT 2027, BDE N7 member' },
    { email: 'bruno@example.org', password: DEMO_PASSWORD, role: 'student ENSIACET 2026, membership expired' },
    { email: 'chloe@example.org', password: DEMO_PASSWORD, role: 'student ENSEEIHT 2028, no membership' },
    { email: 'exterieur@example.org', password: DEMO_PASSWORD, role: 'external account' },
  ];
  if ((await em.count(School)) > 0) return logins;
  const hash = await hashPassword(DEMO_PASSWORD);
  await em.transactional(async (tx) => {
    const n7 = new School('enseeiht', 'ENSEEIHT');
    const a7 = new School('ensiacet', 'ENSIACET');
    const bdeN7 = new Association('bde-n7', 'BDE ENSEEIHT', n7);
    const bdeA7 = new Association('bde-a7', 'BDE ENSIACET', a7);
    const bds = new Association('bds-inp', 'BDS Toulouse INP');
    const net7 = new Club('net7', 'Net7', bdeN7);
    const gala = new Club('gala-n7', 'Club Gala N7', bdeN7);
    const theatre = new Club('theatre-a7', 'Club Théâtre A7', bdeA7);
    const ski = new Club('ski-inp', 'Club Ski INP', bds);
    tx.persist([n7, a7, bdeN7, bdeA7, bds, net7, gala, theatre, ski]);

    const person = (
      email: string,
      firstName: string,
      lastName: string,
      kind: AccountKind,
      school?: School,
      classYear?: number,
    ) => {
      const u = new User({ email, firstName, lastName, kind });
      u.school = school;
      u.classYear = classYear;
      u.passwordHash = hash;
      u.emailVerifiedAt = new Date();
      tx.persist(u);
      return u;
    };
    const admin = person('admin@example.org', 'Adèle', 'Admin', AccountKind.SCHOOL, n7, 2025);
    admin.isPlatformAdmin = true;
    const board = person('bureau@example.org', 'Bastien', 'Bureau', AccountKind.SCHOOL, n7, 2026);
    const alice = person('alice@example.org', 'Alice', 'Martin', AccountKind.SCHOOL, n7, 2027);
    const bruno = person('bruno@example.org', 'Bruno', 'Garcia', AccountKind.SCHOOL, a7, 2026);
    person('chloe@example.org', 'Chloé', 'Dubois', AccountKind.SCHOOL, n7, 2028);
    person('exterieur@example.org', 'Eve', 'Extérieure', AccountKind.EXTERNAL);
    tx.persist([
      new ClubMembership(board, net7, true),
      new ClubMembership(board, gala, false),
      new ClubMembership(alice, net7, false),
      new ClubMembership(bruno, theatre, false),
      new AssociationMembership(board, bdeN7, nextAugust31(1)),
      new AssociationMembership(alice, bdeN7, nextAugust31(1)),
      new AssociationMembership(alice, bds, nextAugust31(0)),
      new AssociationMembership(bruno, bdeA7, `${new Date().getUTCFullYear() - 1}-08-31`),
    ]);
  });
  log.info('demo data seeded');
  return logins;
}
