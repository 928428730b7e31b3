// Runs first in the shipped builder page as the CSP test loads it (test/builder/page.test.ts):
// records every Content-Security-Policy violation and uncaught error from the start, before
// the builder's own script. The test reads `window.__builderProbe` from the parent page.
const violations: string[] = [];
const errors: string[] = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective} blocked=${event.blockedURI} sample=${event.sample}`),
);
window.addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
(window as unknown as { __builderProbe: unknown }).__builderProbe = { violations, errors };
