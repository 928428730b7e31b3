/**
 * The one way the library warns in the console: once per problem per scope (an element, or a
 * copy of the library for registration clashes), so a re-render never repeats a warning.
 */

/** Warn `course-widgets: <message>` unless `seen` already holds `key` (the message itself). */
export function warnOnce(seen: Set<string>, message: string, key: string = message): void {
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`course-widgets: ${message}`);
}
