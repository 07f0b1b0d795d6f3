import { expect } from '@open-wc/testing';
import { characterWidth, FALLBACK_WIDTH, fixedTextWidth } from './font-metrics.js';

describe('fixedTextWidth() (the goldens\' font metrics)', () => {
  it('sums the table\'s advance widths, scaled by the font size', () => {
    // "Hi": H 722 + i 222 thousandths of an em.
    expect(fixedTextWidth('Hi', '400 10px sans-serif')).to.be.closeTo(9.44, 1e-9);
    expect(fixedTextWidth('Hi', '400 20px sans-serif')).to.be.closeTo(18.88, 1e-9);
  });

  it('ignores the family, so that any machine gets the same answer', () => {
    expect(fixedTextWidth('Remains returned', '400 13px "Courier New", monospace')).to.equal(
      fixedTextWidth('Remains returned', '400 13px system-ui'),
    );
  });

  it('draws bold wider than regular, and weights in between in between', () => {
    const at = (weight: number) => fixedTextWidth('nearly 2,000 returned', `${weight} 14px sans-serif`);
    expect(at(700)).to.be.greaterThan(at(400));
    expect(at(600)).to.be.within(at(400), at(700));
    expect(fixedTextWidth('bold', 'bold 14px serif')).to.equal(fixedTextWidth('bold', '700 14px serif'));
  });

  it('gives other scripts the fallback width, accents and direction marks none', () => {
    expect(characterWidth('ب')).to.equal(FALLBACK_WIDTH);
    expect(fixedTextWidth('é', '400 10px x')).to.equal(fixedTextWidth('e', '400 10px x'));
    expect(fixedTextWidth('\u2068ab\u2069\u200f', '400 10px x')).to.equal(fixedTextWidth('ab', '400 10px x'));
  });
});
