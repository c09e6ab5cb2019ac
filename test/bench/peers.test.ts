import { mkdtempSync, rmSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ajvCliVerdicts, checkJsonschema, checkJsonschemaRejections, findCheckJsonschema } from '../../bench/peers.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('peer output', () => {
  it('ajv-cli: files valid and invalid, and the first message', () => {
    const out = 'reports/a.yaml valid\nreports/b.yaml invalid\n[{"instancePath":"/date","message":"must be string"}]\nreports/c.yaml invalid\n';
    expect(ajvCliVerdicts(out)).toEqual({ valid: 1, invalid: 2, firstError: 'must be string' });
  });

  it('check-jsonschema -o JSON: each file named in errors or parse_errors counts once', () => {
    const report = {
      status: 'fail',
      errors: [
        { filename: 'reports/a.yaml', path: '$.date', message: "datetime.date(2025, 12, 5) is not of type 'string'", has_sub_errors: false },
        { filename: 'reports/a.yaml', path: '$.x', message: 'second', has_sub_errors: false },
        { filename: 'reports/b.yaml', path: '$', message: 'third', has_sub_errors: false },
      ],
      parse_errors: [{ filename: 'reports/c.yaml', message: 'cannot parse' }],
    };
    expect(checkJsonschemaRejections(JSON.stringify(report))).toEqual({ rejected: 3, firstError: "datetime.date(2025, 12, 5) is not of type 'string'" });
    expect(checkJsonschemaRejections('{"status": "ok", "errors": [], "parse_errors": []}')).toEqual({ rejected: 0 });
  });

  it('check-jsonschema that printed no report gave no verdict', () => {
    expect(checkJsonschemaRejections('Traceback (most recent call last):\n  RecursionError')).toBeUndefined();
    expect(checkJsonschemaRejections('{"something": "else"}')).toBeUndefined();
  });
});

describe('check-jsonschema runs only when it is on PATH', () => {
  it('not on PATH: no run', () => {
    expect(findCheckJsonschema({ PATH: '/nonexistent' })).toBeUndefined();
  });

  it('on PATH: timed on the corpus files with -o JSON, its rejections counted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-peer-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'reports'));
    for (const f of ['a.yaml', 'b.yaml']) writeFileSync(join(dir, 'reports', f), 'x: 1\n');
    // A stand-in that checks its arguments and rejects the second file.
    const fake = join(dir, 'bin', 'check-jsonschema');
    mkdirSync(join(dir, 'bin'));
    writeFileSync(
      fake,
      `#!/bin/sh\n[ "$1 $2 $3" = "-o JSON --schemafile" ] || exit 9\n[ "$5 $6" = "reports/a.yaml reports/b.yaml" ] || exit 8\n` +
        `echo '{"status": "fail", "errors": [{"filename": "reports/b.yaml", "path": "$", "message": "no"}], "parse_errors": []}'\nexit 1\n`,
    );
    chmodSync(fake, 0o755);
    expect(findCheckJsonschema({ PATH: `/nonexistent:${join(dir, 'bin')}` })).toBe(fake);
    const run = checkJsonschema({ size: 'tiny', dir, schema: join(dir, 'schema.json'), files: 2, bytes: 10, runs: 2 }, fake);
    expect(run).toMatchObject({ peer: 'check-jsonschema (Python)', files: 2, rejected: 1, crashed: false, firstError: 'no', codes: [1] });
    expect(run?.samples).toHaveLength(2);
  });
});
