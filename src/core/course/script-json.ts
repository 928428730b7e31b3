/**
 * JSON that is safe as the text of a `<script>` element (inline course data, JSON-LD): every
 * "<" is written as the JSON escape \u003c, so no value ("</script>", "<!--") can end the
 * element early or change how the HTML parser reads it; U+2028/2029 are escaped too. The
 * value is the same after JSON.parse. Pure and dependency-free.
 */
export function scriptSafeJson(value: unknown, indent?: number): string {
  const json = JSON.stringify(value, null, indent);
  if (json === undefined) throw new TypeError('The value is not JSON data');
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
