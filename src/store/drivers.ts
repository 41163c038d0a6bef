/**
 * The database drivers, loaded at first use: a verify-only install has neither. Kept apart from
 * the store modules so that no public declaration names a driver's types (a consumer without
 * better-sqlite3 or pg still type-checks with skipLibCheck: false).
 */
import type Database from 'better-sqlite3';
import { loadOptional } from '../optional.js';

/** better-sqlite3. */
export async function loadBetterSqlite3(): Promise<typeof Database> {
  return (await loadOptional('better-sqlite3', () => import('better-sqlite3'))).default;
}

/** pg. */
export async function loadPg(): Promise<(typeof import('pg'))['default']> {
  return (await loadOptional('pg', () => import('pg'))).default;
}
