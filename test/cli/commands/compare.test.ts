import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/exitCode';
import { displayWidth } from '../../../src/cli/output/displayWidth';
import { type CohortInput, STRATEGIES, compareStrategies, orThrow, parseCohort } from '../../../src/index';
import { SAMPLES } from '../../../src/samples/index';
import { fakeIo } from '../fakeIo';
import { runCommand } from '../runCommand';

const run = runCommand;

const files = {
  'bank.json': JSON.stringify(SAMPLES.bank),
  'office.json': JSON.stringify(SAMPLES['public-office']),
};
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('compare', () => {
  it.each([['bank.json', SAMPLES.bank] as const, ['office.json', SAMPLES['public-office']] as const])(
    'prints exactly the library comparison of %s with --format json',
    async (file, sample) => {
      const { code, out, err } = await run(['compare', file, '--format', 'json'], fakeIo(files));
      expect([code, err]).toEqual([EXIT.ok, '']);
      const cohort = orThrow(parseCohort(sample, { currentYear: 2026 }));
      expect(JSON.parse(out)).toEqual(plain(orThrow(compareStrategies(cohort))));
    },
  );

  it('passes --strategies (in the order given) and --seed to the library', async () => {
    const { out } = await run(
      ['compare', 'bank.json', '--format', 'json', '--strategies', 'random,max-total', '--seed', '7'],
      fakeIo(files),
    );
    const cohort = orThrow(parseCohort(SAMPLES.bank, { currentYear: 2026 }));
    expect(JSON.parse(out)).toEqual(
      plain(orThrow(compareStrategies(cohort, { strategies: ['random', 'max-total'], seed: 7 }))),
    );
  });

  it('prints one table row per strategy within 80 columns, max-total at 100.0% of the optimum, then the notes', async () => {
    const { code, out } = await run(['compare', 'office.json'], fakeIo(files));
    expect(code).toBe(EXIT.ok);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^strategy +% opt +total +mean +min +matched +goals +blocking +ranks$/);
    expect(lines.slice(2, 2 + STRATEGIES.length).map((l) => l.split(/ +/)[0])).toEqual([...STRATEGIES]);
    expect(lines[2]).toMatch(/^max-total +100\.0% /);
    expect(out).toContain('Rule violations: none');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('prints every figure, rule violations included, as a markdown table', async () => {
    const { out } = await run(
      ['compare', 'bank.json', '--format', 'markdown', '--strategies', 'stable,greedy'],
      fakeIo(files),
    );
    const rows = out.trimEnd().split('\n');
    expect(rows[0]).toBe(
      '| strategy | share of optimal | total | mean | min | p10 | matched | goal coverage | blocking pairs | mean mentee rank | mean mentor rank | rule violations |',
    );
    expect(rows.slice(2).map((r) => r.split(' | ')[0])).toEqual(['| stable', '| greedy']);
    // the stable matching has no blocking pair (Gale–Shapley), and no strategy breaks a rule
    expect(rows[2]).toMatch(/ \| 0 \| [\d.]+ \| [\d.]+ \| 0 \|$/);
  });

  it('is a usage error (exit 2, with the help) to name a strategy that does not exist', async () => {
    const { code, err } = await run(
      ['compare', 'bank.json', '--strategies', 'stable,hungarian'],
      fakeIo(files),
    );
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(
      /^reverse-mentoring compare: --strategies must be a comma-separated list of max-total, .* \(got "hungarian"\)\n\nUsage: /,
    );
  });

  it('reports a pinned pair that breaks a rule as "path: message", exit 1', async () => {
    const badPin: CohortInput = {
      ...SAMPLES.bank,
      programme: {
        ...SAMPLES.bank.programme,
        rules: { ...SAMPLES.bank.programme?.rules, pinnedPairs: [['m-nowak', 'e-lewandowska']] },
      },
    };
    const { code, out, err } = await run(
      ['compare', 'pin.json'],
      fakeIo({ 'pin.json': JSON.stringify(badPin) }),
    );
    expect([code, out]).toEqual([EXIT.invalidInput, '']);
    expect(err).toMatch(/^programme\.rules\.pinnedPairs\[0\]: /);
  });

  it('shows progress on standard error only when it is a terminal, and clears it', async () => {
    const quiet = await run(['compare', 'bank.json'], fakeIo(files));
    expect(quiet.err).toBe('');
    const shown = await run(['compare', 'bank.json'], fakeIo(files, { stderrIsTTY: true }));
    // One step per strategy, then the one pass that assesses them all.
    expect(shown.err).toContain(`(${STRATEGIES.length + 1}/${STRATEGIES.length + 1})`);
    expect(shown.err.endsWith('\r\u001b[2K')).toBe(true);
  });
});
