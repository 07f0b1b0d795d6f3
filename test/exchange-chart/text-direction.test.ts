import { expect } from '@open-wc/testing';
import { textRtl, withoutIsolates } from '../../src/exchange-chart/views/draw.js';

// A dataset text keeps its own direction inside a chart of the other direction: decided as
// dir="auto" decides, by the first strong character outside isolates.
describe('the direction of a dataset text', () => {
  const FSI = '\u2068';
  const PDI = '\u2069';

  it('follows its first strong letter', () => {
    expect(textRtl('Hostages released', true)).to.equal(false);
    expect(textRtl('رهائن أفرج عنهم', false)).to.equal(true);
    expect(textRtl('20 חטופים', false)).to.equal(true);
  });

  it('skips isolated words: an English note opened by an isolated Arabic date is English', () => {
    expect(textRtl(`${FSI}16 أكتوبر${PDI} remains returned`, true)).to.equal(false);
    expect(textRtl(`${FSI}Oct ${FSI}16${PDI}${PDI} أُعيدت`, false)).to.equal(true);
  });

  it('counts the marks RLM and LRM as strong, as the bidi algorithm does', () => {
    expect(textRtl('\u200f2,000', false)).to.equal(true);
    expect(textRtl('\u200e2,000', true)).to.equal(false);
  });

  it("takes the chart's direction when the text has no strong character", () => {
    expect(textRtl('1,968', true)).to.equal(true);
    expect(textRtl('1,968', false)).to.equal(false);
  });

  it('removes nested isolates innermost first', () => {
    expect(withoutIsolates(`a${FSI}b${FSI}c${PDI}d${PDI}e`)).to.equal('ae');
  });
});
