/**
 * The assignment layer: cost matrices and solvers. Pure numbers; knows nothing of people.
 * Exported alone as `reverse-mentoring/assignment`.
 *
 * @packageDocumentation
 */
export {};
