/**
 * What a kernel reports when it proves that no full assignment exists: the line of its own
 * (possibly transposed) orientation that it could not match. `undefined` means success.
 *
 * @internal
 */
export type Blocked = { readonly line: 'row' | 'col'; readonly index: number } | undefined;
