import { expect } from '@open-wc/testing';

describe('test environment', () => {
  it('runs in an emulated visitor zone', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(zone).to.be.a('string');
    console.log(zone);
  });
});
