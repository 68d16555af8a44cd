import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DbErrorBadRequest, MysqlError } from '../api/apiErrors';
import { FOREIGN_KEYS, TABLES, UNIQUE_KEYS, type Row, type TableName } from './tables';

type Tables = Record<TableName, Map<string, Row>>;

const FILE_VERSION = 1;

function emptyTables(): Tables {
  return Object.fromEntries(Object.keys(TABLES).map((name) => [name, new Map<string, Row>()])) as Tables;
}

/**
 * The simulated jambonz's provisioning database: jambonz's tables with MySQL's answers to bad
 * writes (unknown column, duplicate entry, foreign key). Kept in memory, and written to a JSON file
 * after every change when `file` is given (`npm start` keeps it under .data/).
 */
export class JambonzStore {
  private tables: Tables = emptyTables();

  constructor(private readonly file?: string) {
    if (file && existsSync(file)) this.load(file);
  }

  /** Inserts a row (jambonz Model.make): checks required fields, columns, keys; returns the new sid. */
  insert(table: TableName, obj: Row, fixedSid?: string): string {
    const spec = TABLES[table];
    const missing = spec.required.find((name) => !(name in obj));
    if (missing) throw new DbErrorBadRequest(`missing field ${missing}`);
    const sid = fixedSid ?? randomUUID();
    const row: Row = { ...spec.defaults, ...this.pickColumns(table, obj), [spec.key]: sid };
    if (spec.columns.includes('created_at' as never) && row.created_at === undefined) row.created_at = new Date().toISOString();
    this.checkForeignKeys(table, row);
    this.checkUnique(table, row, sid);
    this.tables[table].set(sid, row);
    this.save();
    return sid;
  }

  /** Updates a row (jambonz Model.update); returns the number of rows changed (0 = not found). */
  update(table: TableName, sid: string, obj: Row): number {
    const spec = TABLES[table];
    if (spec.key in obj) throw new DbErrorBadRequest(`primary key ${spec.key} is immutable`);
    const current = this.tables[table].get(sid);
    const changes = this.pickColumns(table, obj);
    if (!current) return 0;
    const next = { ...current, ...changes };
    this.checkForeignKeys(table, next);
    this.checkUnique(table, next, sid);
    this.tables[table].set(sid, next);
    this.save();
    return 1;
  }

  /** Deletes a row; refuses while another row references it (MySQL's foreign key error). */
  remove(table: TableName, sid: string): number {
    if (!this.tables[table].has(sid)) return 0;
    for (const [child, keys] of Object.entries(FOREIGN_KEYS) as Array<[TableName, Array<{ column: string; table: TableName }>]>) {
      for (const fk of keys) {
        if (fk.table !== table) continue;
        if (this.all(child).some((row) => row[fk.column] === sid)) {
          throw new MysqlError('ER_ROW_IS_REFERENCED_2', `Cannot delete or update a parent row: a foreign key constraint fails (\`jambones\`.\`${child}\`, CONSTRAINT \`${fk.column}_idxfk\` FOREIGN KEY (\`${fk.column}\`) REFERENCES \`${table}\` (\`${TABLES[table].key}\`))`);
        }
      }
    }
    this.tables[table].delete(sid);
    this.save();
    return 1;
  }

  get(table: TableName, sid: string | undefined | null): Row | undefined {
    return sid ? this.tables[table].get(sid) : undefined;
  }

  all(table: TableName): Row[] {
    return [...this.tables[table].values()];
  }

  find(table: TableName, predicate: (row: Row) => boolean): Row[] {
    return this.all(table).filter(predicate);
  }

  // `INSERT ... SET ?` with an unknown key fails in MySQL before anything is written.
  private pickColumns(table: TableName, obj: Row): Row {
    const columns: readonly string[] = TABLES[table].columns;
    const unknown = Object.keys(obj).find((key) => !columns.includes(key));
    if (unknown) throw new MysqlError('ER_BAD_FIELD_ERROR', `Unknown column '${unknown}' in 'field list'`);
    return { ...obj };
  }

  private checkForeignKeys(table: TableName, row: Row): void {
    for (const fk of FOREIGN_KEYS[table] ?? []) {
      const value = row[fk.column];
      if (value === null || value === undefined) continue;
      if (!this.tables[fk.table].has(String(value))) {
        throw new MysqlError('ER_NO_REFERENCED_ROW_2', `Cannot add or update a child row: a foreign key constraint fails (\`jambones\`.\`${table}\`, CONSTRAINT \`${fk.column}_idxfk\` FOREIGN KEY (\`${fk.column}\`) REFERENCES \`${fk.table}\` (\`${TABLES[fk.table].key}\`))`);
      }
    }
  }

  private checkUnique(table: TableName, row: Row, sid: string): void {
    const key = TABLES[table].key;
    for (const index of UNIQUE_KEYS[table] ?? []) {
      const values = index.columns.map((c) => row[c]);
      if (values.some((v) => v === null || v === undefined)) continue;
      const clash = this.all(table).find((other) => other[key] !== sid && index.columns.every((c, i) => other[c] === values[i]));
      if (clash) throw new MysqlError('ER_DUP_ENTRY', `Duplicate entry '${values.join('-')}' for key '${table}.${index.name}'`);
    }
  }

  private load(file: string): void {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; tables?: Record<string, Row[]> };
    if (parsed.version !== FILE_VERSION || !parsed.tables) throw new Error(`${file} is not a simulated jambonz data file (version ${FILE_VERSION})`);
    const tables = emptyTables();
    for (const name of Object.keys(TABLES) as TableName[]) {
      for (const row of parsed.tables[name] ?? []) tables[name].set(String(row[TABLES[name].key]), row);
    }
    this.tables = tables;
  }

  // Written whole after every change (a few kilobytes), through a temporary file so a crash never
  // leaves half a file.
  private save(): void {
    if (!this.file) return;
    const data = { version: FILE_VERSION, tables: Object.fromEntries(Object.entries(this.tables).map(([name, rows]) => [name, [...rows.values()]])) };
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(data, null, 2), { mode: 0o600 });
    renameSync(tmp, this.file);
  }
}
