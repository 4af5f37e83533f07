import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders headings, lists and links', () => {
    const html = renderMarkdown('## Kosten\n- € 86,90\n\n[Afspraak](https://lindendaal.example/afspraak)');
    expect(html).toContain('<h2>Kosten</h2>');
    expect(html).toContain('<li>€ 86,90</li>');
    expect(html).toContain('<a href="https://lindendaal.example/afspraak" rel="noopener noreferrer">Afspraak</a>');
  });

  it('removes scripts, event handlers and javascript: links', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[klik](javascript:alert(3)) <b onclick="x()">vet</b>',
    );
    expect(html).not.toMatch(/script|onerror|onclick|javascript:|<img/i);
    expect(html).toContain('klik');
  });
});
