import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, renderFormPage, scriptSafeJson } from '../../src/form/page.js';
import type { FormSetup } from '../../src/form/setup.js';
import { FORM_CSS } from '../../src/form/style.js';
import type { Plan } from '../../src/plan/types.js';

const setup = (name: string): FormSetup => ({
  lang: 'vi',
  plan: { agencies: [{ id: 'a', name }] } as unknown as Plan,
  agencyId: 'a',
  modeline: '# yaml-language-server: $schema=./report.schema.json',
  fileName: '01-a.yaml',
});

describe('the form page', () => {
  it('carries plan text as inert JSON that cannot close its element', () => {
    const name = '</script><script>alert(1)</script><!-- & \u2028';
    const json = scriptSafeJson({ name });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ name });
    const html = renderFormPage(setup(name), 'void 0;', name);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toContain('<title>Báo cáo của &#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62;&#60;!-- &#38; \u2028</title>');
  });

  it('allows exactly its own script and style, by hash', () => {
    const script = 'document.title = "x";';
    const html = renderFormPage(setup('Sở Y tế'), script, 'Sở Y tế');
    const hash = (s: string): string => createHash('sha256').update(s).digest('base64');
    expect(html).toContain(`<script>${script}</script>`);
    expect(html).toContain(`<style>${FORM_CSS}</style>`);
    expect(contentSecurityPolicy(script, FORM_CSS)).toBe(
      `default-src 'none'; script-src 'sha256-${hash(script)}' 'unsafe-eval'; style-src 'sha256-${hash(FORM_CSS)}'; img-src 'none'; connect-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'`,
    );
  });

  it('refuses a bundle that would end its own element', () => {
    expect(() => renderFormPage(setup('x'), 'a = "</script>";', 'x')).toThrow('</script');
  });
});
