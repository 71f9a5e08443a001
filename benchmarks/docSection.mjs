// One benchmark's section of docs/benchmarks.md, between `<!-- name:start -->` and
// `<!-- name:end -->`: replaced where it is, appended when it is not there yet.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Writes `body` under `## title` as the `name` section of `file`. */
export function writeDocSection(file, name, title, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const section = `${start}\n## ${title}\n\n${body}\n${end}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + section + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
