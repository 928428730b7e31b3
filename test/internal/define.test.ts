import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';
import { VERSION } from '../../src/internal/version.js';

let n = 0;
const freshTag = () => `define-test-${++n}-${Math.random().toString(36).slice(2, 7)}`;

function spyWarn() {
  const calls: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args.join(' '));
  return { calls, restore: () => (console.warn = original) };
}

describe('defineElement', () => {
  it('defines a free tag', () => {
    const tag = freshTag();
    class A extends HTMLElement {}
    expect(defineElement(tag, A)).to.equal(true);
    expect(customElements.get(tag)).to.equal(A);
    expect(document.createElement(tag)).to.be.instanceOf(A);
  });

  it('defining the same class again does nothing and does not warn', () => {
    const tag = freshTag();
    class A extends HTMLElement {}
    const warn = spyWarn();
    try {
      defineElement(tag, A);
      expect(() => defineElement(tag, A)).to.not.throw();
      expect(defineElement(tag, A)).to.equal(true);
      expect(warn.calls).to.deep.equal([]);
    } finally {
      warn.restore();
    }
  });

  it("another copy's class for a taken tag: no throw, the first wins, one warning naming both versions", () => {
    const tag = freshTag();
    class First extends HTMLElement {
      static version = '1.2.0';
    }
    class Second extends HTMLElement {
      static version = '2.0.0';
    }
    const warn = spyWarn();
    try {
      defineElement(tag, First);
      expect(defineElement(tag, Second)).to.equal(false);
      expect(defineElement(tag, Second)).to.equal(false);
      expect(customElements.get(tag)).to.equal(First);
      expect(warn.calls).to.have.length(1);
      expect(warn.calls[0]).to.contain(`<${tag}>`);
      expect(warn.calls[0]).to.contain('1.2.0');
      expect(warn.calls[0]).to.contain('2.0.0');
    } finally {
      warn.restore();
    }
  });

  it('a copy of another version taking several tags warns once in all, not once per tag', () => {
    const tags = [freshTag(), freshTag(), freshTag(), freshTag()];
    const first = tags.map(
      () =>
        class extends HTMLElement {
          static version = '3.0.0';
        },
    );
    const second = tags.map(
      () =>
        class extends HTMLElement {
          static version = '3.1.0';
        },
    );
    const warn = spyWarn();
    try {
      tags.forEach((t, i) => defineElement(t, first[i]!));
      for (const [i, tag] of tags.entries()) {
        expect(defineElement(tag, second[i]!)).to.equal(false);
        expect(customElements.get(tag)).to.equal(first[i]);
      }
      expect(warn.calls).to.have.length(1);
      expect(warn.calls[0]).to.contain('3.0.0').and.to.contain('3.1.0');
    } finally {
      warn.restore();
    }
  });

  it('a second copy of the same version is quiet (the first keeps the tag)', () => {
    const tag = freshTag();
    class First extends HTMLElement {
      static version = '4.0.0';
    }
    class Second extends HTMLElement {
      static version = '4.0.0';
    }
    const warn = spyWarn();
    try {
      defineElement(tag, First);
      expect(defineElement(tag, Second)).to.equal(false);
      expect(customElements.get(tag)).to.equal(First);
      expect(warn.calls).to.deep.equal([]);
    } finally {
      warn.restore();
    }
  });

  it('without versions the warning still names the tag', () => {
    const tag = freshTag();
    const warn = spyWarn();
    try {
      defineElement(tag, class extends HTMLElement {});
      defineElement(tag, class extends HTMLElement {});
      expect(warn.calls).to.have.length(1);
      expect(warn.calls[0]).to.contain(tag);
      expect(warn.calls[0]).to.not.contain('version');
    } finally {
      warn.restore();
    }
  });

  it('a second, custom tag for an already registered class (a subclass is registered)', () => {
    const [tag, custom] = [freshTag(), freshTag()];
    class A extends HTMLElement {}
    defineElement(tag, A);
    expect(defineElement(custom, A)).to.equal(true);
    const el = document.createElement(custom);
    expect(el).to.be.instanceOf(A);
    expect(customElements.get(custom)).to.not.equal(undefined);
    // And again: recognised as ours.
    expect(defineElement(custom, A)).to.equal(true);
  });

  it('an invalid tag name still throws (a programming error, not a page conflict)', () => {
    expect(() => defineElement('nodash', class extends HTMLElement {})).to.throw();
  });

  it("VERSION equals package.json's version", async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
