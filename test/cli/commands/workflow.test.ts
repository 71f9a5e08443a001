import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/exitCode';
import { orThrow, parseCohort, parseDecisions } from '../../../src/domain/index';
import { match } from '../../../src/matching/index';
import { SAMPLES } from '../../../src/samples/index';
import { applyDecisions, matchWave } from '../../../src/workflow/index';
import { fakeIo } from '../fakeIo';
import { runCommand as run } from '../runCommand';

const bank = orThrow(parseCohort(SAMPLES.bank, { currentYear: 2026 }));
const proposal = orThrow(match(bank));
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const [first, second] = proposal.pairs;
if (first === undefined || second === undefined) throw new Error('the bank sample has pairs');

// A decisions sheet as an HR office writes it: `;`, a BOM, an extra column, an empty reason.
const sheet =
  '\uFEFFMentor ID;Mentee ID;By;Decision;Date;Reason;Notes\n' +
  `${first.mentorId};${first.menteeId};mentee;declined;2027-01-04;we work together;x\n` +
  `${second.mentorId};${second.menteeId};programme;accepted;2027-01-05;;\n`;
const decisionsJson = {
  decisions: [
    {
      mentorId: first.mentorId,
      menteeId: first.menteeId,
      by: 'mentee',
      decision: 'declined',
      date: '2027-01-04',
      reason: 'we work together',
    },
    {
      mentorId: second.mentorId,
      menteeId: second.menteeId,
      by: 'programme',
      decision: 'accepted',
      date: '2027-01-05',
    },
  ],
};
const files = {
  'bank.json': JSON.stringify(SAMPLES.bank),
  'proposal.json': JSON.stringify(proposal),
  'decisions.csv': sheet,
  'decisions.json': JSON.stringify(decisionsJson),
};

describe('decide', () => {
  it('prints exactly the library’s round as JSON, from a CSV or a JSON decisions file', async () => {
    const expected = plain(
      orThrow(applyDecisions(bank, proposal, orThrow(parseDecisions(decisionsJson, bank)))),
    );
    for (const file of ['decisions.csv', 'decisions.json']) {
      const { code, out } = await run(
        ['decide', 'bank.json', '--matching', 'proposal.json', '--decisions', file, '--format', 'json'],
        fakeIo(files),
      );
      expect(code).toBe(EXIT.ok);
      expect(JSON.parse(out)).toEqual(expected);
    }
  });

  it('warns about an extra column and tells the manager what changed, in English and Polish', async () => {
    const en = await run(
      ['decide', 'bank.json', '--matching', 'proposal.json', '--decisions', 'decisions.csv'],
      fakeIo(files),
    );
    expect(en.code).toBe(EXIT.ok);
    expect(en.err).toContain(
      'decisions.csv: column Notes: warning: column "Notes" is not a decision column: ignored',
    );
    expect(en.out).toContain('Undecided pairs: 10, kept 10, changed 0 (the fewest possible).');
    expect(en.out).toContain('removed, declined');
    expect(en.out).toContain('published');
    const pl = await run(
      [
        'decide',
        'bank.json',
        '--matching',
        'proposal.json',
        '--decisions',
        'decisions.csv',
        '--locale',
        'pl',
      ],
      fakeIo(files),
    );
    expect(pl.out).toContain('Pary bez decyzji: 10, zachowane 10, zmienione 0');
    expect(pl.out).toContain('usunięta, odrzucona');
    expect(pl.out).toContain('ogłoszona');
  });

  it('locates bad decisions by row and column, and a column typo with what was meant', async () => {
    const bad = {
      ...files,
      'bad.csv':
        'mentor_id,mentee_id,by,decision,date\nm-nowak,e-kowalczyk,hr,accepted,2027-02-30\nm-nowk,e-kowalczyk,mentor,accepted,2027-01-02\n',
      'typo.csv': 'mentor_id,mentee_idd,by,decision,date\n',
    };
    const rows = await run(
      ['decide', 'bank.json', '--matching', 'proposal.json', '--decisions', 'bad.csv'],
      fakeIo(bad),
    );
    expect(rows.code).toBe(EXIT.invalidInput);
    expect(rows.out).toBe('');
    expect(rows.err).toContain('bad.csv: row 2, column by:');
    expect(rows.err).toContain('bad.csv: row 2, column date: a date is a real calendar day');
    expect(rows.err).toContain(
      'bad.csv: row 3, column mentor_id: "m-nowk" is not a mentor of the cohort (did you mean "m-nowak"?)',
    );
    const typo = await run(
      ['decide', 'bank.json', '--matching', 'proposal.json', '--decisions', 'typo.csv'],
      fakeIo(bad),
    );
    expect(typo.err).toContain(
      'typo.csv: column mentee_idd: unknown column "mentee_idd" (did you mean "mentee_id"?)',
    );
  });
});

describe('wave', () => {
  it('prints exactly the library’s wave as JSON, and the waiting list as text', async () => {
    const running = { pairs: proposal.pairs.slice(0, 5) };
    const io = { ...files, 'running.json': JSON.stringify(running) };
    const json = await run(
      ['wave', 'bank.json', '--matching', 'running.json', '--format', 'json'],
      fakeIo(io),
    );
    expect(json.code).toBe(EXIT.ok);
    expect(JSON.parse(json.out)).toEqual(plain(orThrow(matchWave(bank, running))));
    const text = await run(['wave', 'bank.json', '--matching', 'running.json'], fakeIo(io));
    expect(text.out).toMatch(/^Wave: \d+ new pairs, 5 running pairs untouched\./);
  });

  it('refuses a running pair a rule blocks, naming the pair in the matching file', async () => {
    const io = {
      ...files,
      'running.json': JSON.stringify({ pairs: [{ mentorId: 'm-nowak', menteeId: 'e-lewandowska' }] }),
    };
    const r = await run(['wave', 'bank.json', '--matching', 'running.json'], fakeIo(io));
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.err).toContain(
      'running.json: pairs[0]: the running pair m-nowak – e-lewandowska breaks a hard rule',
    );
  });
});

describe('docs/workflow.md', () => {
  const doc = readFileSync(resolve(import.meta.dirname, '../../../docs/workflow.md'), 'utf8');
  const blockStarting = (start: string): string => {
    const found = doc.split('```').find((part) => part.startsWith(`\n${start}`));
    if (found === undefined) throw new Error(`docs/workflow.md has no block starting "${start}"`);
    return found.slice(1);
  };
  const mentee = (id: string, skill: string, level: number, waitingSince?: string) => ({
    id,
    grade: 5,
    skills: { [skill]: level },
    goals: [{ skill, target: level === 0 ? 4 : 5 }],
    ...(waitingSince === undefined ? {} : { waitingSince }),
  });
  const tiny = {
    programme: { rules: { minScore: 0, requireSkillGain: false, excludeReportingLine: 0 } },
    mentors: [
      { id: 'ma', grade: 1, skills: { 'tiktok-ads': 5 } },
      { id: 'mb', grade: 1, skills: { instagram: 5 } },
      { id: 'mc', grade: 1, skills: { 'cloud-basics': 5 } },
    ],
    mentees: [mentee('ea', 'tiktok-ads', 0), mentee('eb', 'instagram', 0), mentee('ec', 'cloud-basics', 0)],
  };
  const queue = {
    programme: { rules: { minScore: 0, excludeReportingLine: 0 } },
    mentors: [{ id: 'ma', grade: 1, skills: { 'tiktok-ads': 5 } }],
    mentees: [
      mentee('ea', 'tiktok-ads', 3, '2027-02-01'),
      mentee('eb', 'tiktok-ads', 0),
      mentee('ec', 'tiktok-ads', 2, '2027-01-15'),
    ],
  };

  it('shows what decide prints for its worked example', async () => {
    const cohort = orThrow(parseCohort(tiny));
    const decisionsBlock = doc.split('```json\n')[1]?.split('```')[0] ?? '';
    const r = await run(
      ['decide', 'tiny.json', '--matching', 'proposal.json', '--decisions', 'decisions.json'],
      fakeIo({
        'tiny.json': JSON.stringify(tiny),
        'proposal.json': JSON.stringify(orThrow(match(cohort))),
        'decisions.json': decisionsBlock,
      }),
    );
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe(blockStarting('Changes:'));
  });

  it('shows what wave prints for its worked example', async () => {
    const r = await run(['wave', 'queue.json'], fakeIo({ 'queue.json': JSON.stringify(queue) }));
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe(blockStarting('Wave:'));
  });
});
