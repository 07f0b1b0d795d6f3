import { expect } from '@open-wc/testing';

interface ProbeResult {
  violations: string[];
  error?: string;
  drawn?: Record<string, { marks: number; text: string; tooltip: boolean; table: boolean }>;
}

/** Loads a page in an iframe and waits for the report its probe posts. */
function probe(url: string): Promise<ProbeResult> {
  return new Promise((resolve, reject) => {
    const iframe = document.createElement('iframe');
    iframe.style.width = '800px';
    iframe.style.height = '1200px';
    const timer = setTimeout(() => reject(new Error(`no report from ${url}`)), 15000);
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== iframe.contentWindow || event.data?.type !== 'csp-probe') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      iframe.remove();
      resolve(event.data);
    });
    iframe.src = url;
    document.body.append(iframe);
  });
}

describe('a news page with a strict Content-Security-Policy', () => {
  it('is really served with the policy (an inline style is blocked there)', async () => {
    const response = await fetch('/test/pages/csp.html');
    expect(response.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'",
    );
  });

  it('draws both elements from the bundle with no securitypolicyviolation', async () => {
    const result = await probe('/test/pages/csp.html');
    expect(result.error).to.equal(undefined);
    expect(result.violations).to.deep.equal([]);
    expect(result.drawn!['exchange-chart'].text).to.contain('nearly 2,000');
    expect(result.drawn!['contributor-map'].text).to.contain('Azerbaijan');
  });
});
