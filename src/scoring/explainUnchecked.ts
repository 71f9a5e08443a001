import type { ExplainOptions } from './explain';
import { reasonMessage } from './internal/reasonMessage';
import { namer } from './internal/namer';
import type { Reason } from './Reason';

/**
 * {@link explain} without its checks, for the library's own callers (the CLI, the report), which
 * pass pairs and options the library made: the same text, no `Either` to unwrap.
 *
 * @internal
 */
export function explainUnchecked(
  subject: Reason | { readonly reasons: ReadonlyArray<Reason> },
  options: ExplainOptions = {},
): string {
  const locale = options.locale ?? 'en';
  const base = namer(locale, options.cohort);
  // The people named, so that a line starting with one keeps the case they are written in.
  const people: string[] = [];
  const remember = (text: string): string => {
    people.push(text);
    return text;
  };
  const name = {
    ...base,
    mentor: (id: Parameters<typeof base.mentor>[0]) => remember(base.mentor(id)),
    mentee: (id: Parameters<typeof base.mentee>[0]) => remember(base.mentee(id)),
  };
  const capitalise = (text: string): string =>
    people.some((person) => person !== '' && text.startsWith(person))
      ? text
      : text.charAt(0).toUpperCase() + text.slice(1);
  const audience = options.audience === 'participant' ? 'participant' : 'programme';
  const message = (reason: Reason, n: typeof name): string => reasonMessage(reason, n, locale, audience);
  if (!hasReasons(subject)) return capitalise(message(subject, name));
  const all = subject.reasons;
  const reasons = options.limit === undefined ? all : all.slice(0, Math.max(0, options.limit));
  if (reasons.length === 0)
    return locale === 'pl'
      ? 'Nic szczególnego nie przemawia za tą parą'
      : 'Nothing in particular speaks for this pair';
  return capitalise(reasons.map((reason) => message(reason, name)).join('; '));
}

function hasReasons(
  subject: Reason | { readonly reasons: ReadonlyArray<Reason> },
): subject is { readonly reasons: ReadonlyArray<Reason> } {
  return 'reasons' in subject;
}
