import type { CliIo } from '../io/CliIo';

/** A progress line on standard error. @category CLI */
export interface Progress {
  /** Reports that `done` of `total` steps are finished. */
  readonly update: (done: number, total: number) => void;
  /** Clears the line: the work is over. */
  readonly finish: () => void;
}

/**
 * A progress line for long runs (a cohort of thousands, `compare` on a big cohort), rewritten in
 * place on standard error — only when standard error is a terminal, so that a script or a CI log
 * that captures stderr sees nothing. It redraws only when the whole percentage changes.
 *
 * @param io - the I/O
 * @param label - what is being done: `scoring pairs`
 * @returns the progress line (silent when stderr is not a terminal)
 * @example
 * const progress = createProgress(io, 'scoring pairs');
 * for (let i = 0; i < n; i++) { work(i); progress.update(i + 1, n); }
 * progress.finish();
 * @category CLI
 */
export function createProgress(io: CliIo, label: string): Progress {
  if (!io.stderrIsTTY) return { update: () => undefined, finish: () => undefined };
  let shown = -1;
  return {
    update: (done, total) => {
      const percent = total <= 0 ? 100 : Math.min(100, Math.floor((done / total) * 100));
      if (percent === shown) return;
      shown = percent;
      io.stderr(`\r${label} ${String(percent).padStart(3)}% (${done}/${total})`);
    },
    finish: () => {
      if (shown !== -1) io.stderr('\r\u001b[2K');
      shown = -1;
    },
  };
}
