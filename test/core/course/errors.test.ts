import { expect } from '@open-wc/testing';
import { COURSE_ERROR_KINDS, CourseError, isCourseError } from '../../../src/core/course/errors.js';

describe('CourseError', () => {
  it('carries kind, message and details', () => {
    const e = new CourseError('http', 'HTTP 404 Not Found from https://example.org/c.json', {
      status: 404,
      url: 'https://example.org/c.json',
      retryable: false,
    });
    expect(e).to.be.instanceOf(Error);
    expect(e.name).to.equal('CourseError');
    expect(e.kind).to.equal('http');
    expect(e.status).to.equal(404);
    expect(e.url).to.equal('https://example.org/c.json');
    expect(e.retryable).to.equal(false);
    expect(e.path).to.equal(undefined);
    expect(e.message).to.equal('HTTP 404 Not Found from https://example.org/c.json');
  });

  it('defaults retryable to false and keeps a cause', () => {
    const cause = new TypeError('Failed to fetch');
    const e = new CourseError('network', 'Could not reach the server', { retryable: true, cause });
    expect(e.retryable).to.equal(true);
    expect(e.cause).to.equal(cause);
    expect(new CourseError('invalid', 'title: is required', { path: 'title' }).retryable).to.equal(
      false,
    );
  });

  it('lists every kind once', () => {
    expect([...COURSE_ERROR_KINDS]).to.deep.equal([
      'http',
      'network',
      'timeout',
      'not-json',
      'malformed',
      'too-large',
      'invalid',
      'aborted',
      'internal',
    ]);
  });

  it('isCourseError also recognises one from another copy of the library', () => {
    const foreign = Object.assign(new Error('x'), { name: 'CourseError', kind: 'timeout' });
    expect(isCourseError(foreign)).to.equal(true);
    expect(isCourseError(new CourseError('aborted', 'stopped'))).to.equal(true);
    expect(
      isCourseError(Object.assign(new Error('x'), { name: 'CourseError', kind: 'weird' })),
    ).to.equal(false);
    expect(isCourseError(new Error('x'))).to.equal(false);
    expect(isCourseError({ name: 'CourseError', kind: 'http' })).to.equal(false);
  });
});
