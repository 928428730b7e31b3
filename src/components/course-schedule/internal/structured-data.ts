/**
 * The `<script type="application/ld+json">` that `<course-schedule structured-data>` writes
 * into the page: the course's schema.org data from `courseJsonLd()`, "<" escaped so the page
 * parses the same if it is ever serialized.
 *
 * Script text is a Trusted Types sink: on a page that requires Trusted Types
 * (`require-trusted-types-for 'script'`), text from anywhere but a policy is refused and
 * reported, whatever the script's type. So the text goes through a policy named
 * `course-widgets`, which such a page allows by listing the name in its `trusted-types`
 * directive. Where the page forbids the name, there is no policy and no script.
 */
import { courseJsonLd } from '../../../core/course/jsonld.js';
import { scriptSafeJson } from '../../../core/course/script-json.js';
import type { Course } from '../../../core/course/types.js';

/** The parts of the Trusted Types API used here (not in TypeScript's DOM typings yet). */
interface ScriptPolicy {
  createScript(text: string): unknown;
}
interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy;
}

export const POLICY_NAME = 'course-widgets';

/** Created once; `null`: the page's Content-Security-Policy forbids it. */
let policy: ScriptPolicy | null | undefined;

function scriptPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  // The data is the library's own JSON, escaped above; the policy only lets it through.
  const rules = { createScript: (text: string) => text };
  try {
    policy = factory ? factory.createPolicy(POLICY_NAME, rules) : rules;
  } catch {
    policy = null;
  }
  return policy;
}

/** The script for `course`, or undefined where the page forbids the policy. */
export function structuredDataScript(
  course: Course,
  pageUrl: string,
): HTMLScriptElement | undefined {
  const trusted = scriptPolicy();
  if (!trusted) return undefined;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  const json = scriptSafeJson(courseJsonLd(course, { pageUrl }));
  // A TrustedScript where the browser has them, else the string itself.
  (script as { text: unknown }).text = trusted.createScript(json);
  return script;
}
