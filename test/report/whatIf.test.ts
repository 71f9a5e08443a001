import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exitCode';
import { orThrow, parseCohort } from '../../src/domain/index';
import { compareSettings } from '../../src/evaluation/index';
import { match } from '../../src/matching/index';
import { renderHtmlReport } from '../../src/report/index';
import { SAMPLES } from '../../src/samples/index';
import { fakeIo } from '../cli/fakeIo';
import { runCommand as run } from '../cli/runCommand';

const before = orThrow(parseCohort(SAMPLES.bank));
const moreReciprocity = {
  ...SAMPLES.bank.programme,
  weights: { ...SAMPLES.bank.programme?.weights, reciprocity: 6 },
};
const after = orThrow(parseCohort({ ...SAMPLES.bank, programme: moreReciprocity }));

describe('the report’s what-if view', () => {
  it('shows every figure before and after, the change, and each mentee who would move', () => {
    const whatIf = orThrow(compareSettings(before, after));
    const html = orThrow(renderHtmlReport({ cohort: before, whatIf }));
    expect(html).toContain('<section id="what-if">');
    for (const f of whatIf.figures) expect(html).toContain(`<tr data-figure="${f.figure}">`);
    const movedRows = [...html.matchAll(/<table class="moved">[\s\S]*?<\/table>/g)].join('');
    for (const m of whatIf.moved) expect(movedRows).toContain(`data-mentee="${m.menteeId}"`);
    expect(orThrow(renderHtmlReport({ cohort: before, whatIf }, { locale: 'pl' }))).toContain('Co jeśli');
  });

  it('refuses what is not a what-if', () => {
    const result = renderHtmlReport({ cohort: before, whatIf: { figures: 3 } as never });
    expect(result._tag === 'Left' && result.left[0]?.path).toEqual(['whatIf']);
  });

  it('comes from report --against, beside a matching made elsewhere (--compare-with)', async () => {
    const optimal = orThrow(match(before));
    const io = fakeIo({
      'bank.json': JSON.stringify(SAMPLES.bank),
      'more.json': JSON.stringify(moreReciprocity),
      'hand.csv': `mentor_id,mentee_id\n${optimal.pairs
        .slice(1)
        .map((p) => `${p.mentorId},${p.menteeId}`)
        .join('\n')}\n`,
    });
    const r = await run(
      ['report', 'bank.json', '--against', 'more.json', '--compare-with', 'hand.csv', '--out', 'r.html'],
      io,
    );
    expect([r.code, r.err]).toEqual([EXIT.ok, '']);
    const html = String(io.files.get('r.html'));
    expect(html).toContain('<section id="what-if">');
    expect(html).toContain('data-strategy="external"');
    expect(html).toContain('hand.csv');
  });
});
