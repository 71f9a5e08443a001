/**
 * A column of a {@link Table}: its header, its alignment (numbers right), and whether it may be
 * cut short with `…` when a terminal is too narrow (the one-line reasons of a pair, say).
 *
 * @category CLI
 */
export interface TableColumn {
  readonly header: string;
  readonly align?: 'left' | 'right';
  readonly shrink?: boolean;
}

/**
 * Rows of text under named columns: what the table, markdown and CSV formatters share, so that a
 * command builds its rows once and prints them in any `--format`.
 *
 * @category CLI
 */
export interface Table {
  readonly columns: ReadonlyArray<TableColumn>;
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
}
