import { expect } from '@open-wc/testing';
import { measureText, setTextWidth, textWidthOf } from '../../src/internal/measure.js';

describe('textWidthOf()', () => {
  it('measures with the canvas unless a width is set for that element, and only that one', () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    expect(textWidthOf(a)).to.equal(measureText);
    const fixed = (text: string) => text.length * 10;
    setTextWidth(a, fixed);
    expect(textWidthOf(a)('abc', '400 12px serif')).to.equal(30);
    expect(textWidthOf(b)).to.equal(measureText);
    setTextWidth(a, undefined);
    expect(textWidthOf(a)).to.equal(measureText);
  });
});
