import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDefaults, buildDefaults, commandDefaults, reportPathFromConfig } from '../../src/config/defaults.js';
import { resolveConfig } from '../../src/app/resolve-config.js';
import { collectFiles } from '../../src/load/collect-files.js';
import { scratchFolders } from '../harness/scratch-folders.js';
import { fakeIo } from '../app/helpers.js';

const { folder } = scratchFolders('cr-config-defaults-');

describe('paths relative to the config file, command line first', () => {
  const dir = folder({
    'project/compile-report.config.yaml': [
      'plan: ke-hoach/plan.yaml',
      'reports: [bao-cao, "khac/*.yaml", ./them/mot.yaml]',
      'out: ra/bao-cao.docx',
      'number: 16/BC-BCĐNQ-CQTT',
      'date: 05/01/2026',
      'signer: { authority: KT. TRƯỞNG BAN, title: PHÓ TRƯỞNG BAN, name: Nguyễn Văn A }',
      'recipients: [Thường trực Tỉnh ủy, "Lưu: VT."]',
      'lang: en',
      'period: 2025-Q4',
      '',
    ].join('\n'),
    'project/ke-hoach/plan.yaml': 'id: x\n',
    'project/bao-cao/a.yaml': 'a: 1\n',
    'project/khac/b.yaml': 'b: 1\n',
    'project/khac/c.yml': 'c: 1\n',
    'project/them/mot.yaml': 'm: 1\n',
    'project/sub/.keep': '',
  });
  const project = join(dir, 'project');

  it('buildDefaults gives absolute paths and every value', async () => {
    const { config } = await resolveConfig(fakeIo(join(project, 'sub')));
    const d = buildDefaults(config);
    expect(d).toEqual({
      plan: join(project, 'ke-hoach/plan.yaml'),
      paths: [join(project, 'bao-cao'), `${project}/khac/*.yaml`, join(project, 'them/mot.yaml')],
      out: join(project, 'ra/bao-cao.docx'),
      number: '16/BC-BCĐNQ-CQTT',
      date: '05/01/2026',
      signer: { authority: 'KT. TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Nguyễn Văn A' },
      recipients: ['Thường trực Tỉnh ủy', 'Lưu: VT.'],
      lang: 'en',
      period: '2025-Q4',
    });
    // The paths work from any working folder.
    const files = await collectFiles(d.paths, '/');
    expect(files.missing).toEqual([]);
    expect(files.files).toEqual([join(project, 'bao-cao/a.yaml'), join(project, 'khac/b.yaml'), join(project, 'them/mot.yaml')]);
  });

  it('no config: nothing but an empty list of paths', () => {
    expect(buildDefaults(undefined)).toEqual({ paths: [] });
  });

  it('command-line values win; an empty list of paths takes the config', async () => {
    const { config } = await resolveConfig(fakeIo(project));
    expect(commandDefaults({ paths: [] }, config)).toMatchObject({ plan: join(project, 'ke-hoach/plan.yaml'), lang: 'en' });
    expect(commandDefaults({ paths: [] }, config).paths).toHaveLength(3);
    const cli = commandDefaults({ paths: ['x.yaml'], plan: 'other.yaml', lang: 'vi' }, config);
    expect(cli).toMatchObject({ paths: ['x.yaml'], plan: 'other.yaml', lang: 'vi' });
    expect(applyDefaults({ number: undefined, date: '01/01/2026', paths: [] }, buildDefaults(config))).toMatchObject({
      number: '16/BC-BCĐNQ-CQTT',
      date: '01/01/2026',
      paths: [join(project, 'bao-cao'), `${project}/khac/*.yaml`, join(project, 'them/mot.yaml')],
    });
  });

  it('globs are anchored at the config folder even when its name has glob characters', async () => {
    const odd = folder({ 'a (b) [c]/x/r.yaml': 'r: 1\n' });
    const pattern = reportPathFromConfig('x/*.yaml', join(odd, 'a (b) [c]'));
    expect((await collectFiles([pattern], '/')).files).toEqual([join(odd, 'a (b) [c]/x/r.yaml')]);
    expect(reportPathFromConfig('/abs/**/*.yaml', odd)).toBe('/abs/**/*.yaml');
  });
});
