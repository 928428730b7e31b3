// Mocha's globals as web-test-runner provides them (the project has no @types/mocha).
// Ambient function declarations merge, so a suite-wide copy elsewhere does not clash.
declare function describe(title: string, fn: () => void): void;
declare function it(title: string, fn: () => void | Promise<unknown>): void;
declare function before(fn: () => void | Promise<unknown>): void;
declare function after(fn: () => void | Promise<unknown>): void;
declare function beforeEach(fn: () => void | Promise<unknown>): void;
declare function afterEach(fn: () => void | Promise<unknown>): void;
