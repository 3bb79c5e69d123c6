// Config for the MikroORM CLI (migration:create, migration:check). Needs DATABASE_URL.
import 'reflect-metadata';
import { ormConfig } from './db/orm-config';

export default ormConfig(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/billetterie_dev');
