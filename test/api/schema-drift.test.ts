import { expect } from 'chai';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../server/src/db/orm-config';
import { cloneTestDatabase } from '../support/database';

/**
 * The migrations are the schema's source of truth; the entities describe it to the ORM. When the two drift apart,
 * `npm run migration:create` proposes to undo what the migrations did (dropping constraints and indexes), and a
 * column the ORM believes in may not exist. So: on a freshly migrated database, MikroORM's update SQL from the
 * entities must be empty.
 *
 * What MikroORM cannot see is left out: triggers and functions (not compared at all), and the tables used only
 * through SQL, listed in `schemaGenerator.skipTables` (server/src/db/orm-config.ts) with why.
 */
describe('the migrated schema matches the entities', function () {
  this.timeout(60_000);
  let orm: MikroORM;
  let drop: () => Promise<void>;

  before(async () => {
    const db = await cloneTestDatabase();
    drop = db.drop;
    orm = await MikroORM.init(ormConfig(db.url, { pool: { min: 0, max: 2 } }));
  });
  after(async () => {
    await orm?.close(true);
    await drop?.();
  });

  const diff = async () => (await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim();

  it('MikroORM’s schema diff from the entities to the migrated database is empty', async () => {
    expect(
      await diff(),
      'SQL the entities ask for: fix the entity (names, types, defaults, @Index/@Unique/@Check) or add a migration',
    ).to.equal('');
  });

  it('the diff sees drift: an index, a check constraint and a column default changed by hand are reported', async () => {
    const sql = orm.em.getConnection();
    await sql.execute(`drop index "bookings_holder_email_index"`);
    await sql.execute(`alter table "tickets" drop constraint "tickets_price_not_negative"`);
    await sql.execute(`alter table "payments" alter column "reference" drop default`);
    const found = await diff();
    expect(found)
      .to.include('bookings_holder_email_index')
      .and.include('tickets_price_not_negative')
      .and.match(/"payments".*"reference"/);
  });
});
