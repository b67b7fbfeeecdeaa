import { deleteDB, type IDBPDatabase, openDB } from 'idb';
import { migrations } from './migrations';
import { DB_NAME, DB_VERSION, type PermisoDB } from './schema';

let connection: Promise<IDBPDatabase<PermisoDB>> | null = null;

/** Opens (and upgrades) the database to `version`, running each migration in order. */
export function openDatabase(version: number = DB_VERSION, name = DB_NAME): Promise<IDBPDatabase<PermisoDB>> {
  return openDB<PermisoDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (const migration of migrations) {
        if (migration.version > oldVersion && migration.version <= (newVersion ?? version)) {
          await migration.migrate(db, tx);
        }
      }
    },
    // Another tab or the worker wants a newer version, or sign-out deletes the database:
    // close at once so nothing hangs, and reopen lazily on next use.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      connection = null;
    },
    terminated() {
      connection = null;
    },
  });
}

/** The shared connection of this page or worker. */
export function db(): Promise<IDBPDatabase<PermisoDB>> {
  connection ??= openDatabase();
  return connection;
}

/** Closes the shared connection and deletes the database (sign-out). */
export async function deleteDatabase(): Promise<void> {
  const open = connection;
  connection = null;
  if (open) (await open).close();
  await deleteDB(DB_NAME);
}
