/**
 * reverse-mentoring: the data side of a reverse-mentoring programme.
 *
 * @packageDocumentation
 */
export * from './domain/index';
export * from './samples/index';
export * from './synthetic/index';
export * from './assignment/index';
export * from './scoring/index';
export * from './matching/index';
export * from './evaluation/index';
export * from './monitoring/index';
