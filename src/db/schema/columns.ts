import type { ColumnType } from 'kysely';

/** Column shapes shared by the table types: what Kysely selects, inserts and updates. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json<T> = ColumnType<T, string, string>;
export type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;
export type JsonList<T> = ColumnType<T[], string | undefined, string>;
