import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/exitCode';
import { DEFAULT_AREAS, DEFAULT_CATALOG } from '../../../src/domain/index';
import { runCommand } from '../runCommand';

describe('catalog', () => {
  it('lists every skill of the default catalogue with its area and label, one per line', async () => {
    const { code, out } = await runCommand(['catalog']);
    expect(code).toBe(EXIT.ok);
    const lines = out.trimEnd().split('\n');
    // A header, a rule under it, then one line per skill.
    expect(lines).toHaveLength(DEFAULT_CATALOG.length + 2);
    expect(lines.find((l) => l.startsWith('tiktok-ads '))).toMatch(
      /^tiktok-ads\s+social media\s+TikTok ads$/,
    );
  });

  it('writes a CSV in Polish that reads back to the catalogue', async () => {
    const { code, out } = await runCommand(['catalog', '--format', 'csv', '--locale', 'pl']);
    expect(code).toBe(EXIT.ok);
    const rows = parse(out, { columns: true }) as ReadonlyArray<Record<string, string>>;
    expect(rows.map((r) => r['id umiejętności'])).toEqual(DEFAULT_CATALOG.map((s) => s.id));
    expect(rows.find((r) => r['id umiejętności'] === 'e-government')).toEqual({
      'id umiejętności': 'e-government',
      obszar: 'usługi cyfrowe',
      umiejętność: 'e-usługi publiczne',
    });
  });

  it('prints the areas and skills as JSON for programs', async () => {
    const { out } = await runCommand(['catalog', '--format', 'json']);
    expect(JSON.parse(out)).toEqual(
      JSON.parse(JSON.stringify({ areas: DEFAULT_AREAS, skills: DEFAULT_CATALOG })),
    );
  });

  it('refuses an unknown format with the command help, exit 2', async () => {
    const { code, err } = await runCommand(['catalog', '--format', 'xml']);
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/Usage: reverse-mentoring catalog/);
  });
});
