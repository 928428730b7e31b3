/** Pure helper shared by the validators: how error messages quote a JSON value. */

/** A short description of a JSON value for error messages: its type, and the value when short. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length > 60 ? `"${value.slice(0, 57)}..."` : JSON.stringify(value);
    case 'number':
      return `a number (${value})`;
    case 'boolean':
      return `a boolean (${value})`;
    case 'undefined':
      return 'nothing';
    default:
      return 'an object';
  }
}
