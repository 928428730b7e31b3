// `node scripts/course-data-type.mjs [--check]`: writes src/core/course/data.ts, the TypeScript
// type of the course JSON (`CourseData`), generated from course.schema.json so the two cannot
// drift. With --check it writes nothing and exits 1 when the file differs from what the schema
// gives (CI runs it; so does a test before the browser tests). The schema is the source: edit
// it, then run this script.
//
// Covers the subset of JSON Schema the course schema uses: objects (properties, required,
// additionalProperties: false), arrays (items), strings, `const`, `enum` and local `$ref`s.
// Anything else fails loudly rather than widening to `unknown`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const ROOT = new URL('../', import.meta.url);
const SCHEMA = new URL('course.schema.json', ROOT);
const TARGET = new URL('src/core/course/data.ts', ROOT);

/** Interface names for the object definitions (the parsed shapes keep the short names). */
const NAMES = {
  '#': 'CourseData',
  part: 'PartData',
  speaker: 'SpeakerData',
  session: 'SessionData',
  groupRates: 'GroupRatesData',
  registration: 'RegistrationData',
  onDemand: 'OnDemandData',
};

/** A JSDoc comment wrapped to 100 columns. */
function comment(text, indent) {
  if (!text) return '';
  const words = text.replace(/\*\//g, '*\\/').split(/\s+/);
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line && indent.length + 3 + line.length + 1 + word.length > 100) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  if (lines.length === 1 && indent.length + lines[0].length + 7 <= 100)
    return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}\n`).join('')}${indent} */\n`;
}

/** The TypeScript type of a schema node (a `$ref` to an object is its interface's name). */
function typeOf(node, schema) {
  if (node.$ref) {
    const name = node.$ref.replace('#/$defs/', '');
    const target = schema.$defs[name];
    if (!target) throw new Error(`unknown $ref ${node.$ref}`);
    if (target.type === 'object') return NAMES[name] ?? fail(`no interface name for ${name}`);
    return typeOf(target, schema);
  }
  if ('const' in node) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (node.type === 'string') return 'string';
  if (node.type === 'array') return `${typeOf(node.items, schema)}[]`;
  return fail(`unsupported schema node ${JSON.stringify(node).slice(0, 80)}`);
}

function fail(message) {
  throw new Error(`course-data-type: ${message}`);
}

/** The `description` a property shows in editors: its own, else its definition's. */
function describe(node, schema) {
  if (node.description) return node.description;
  const target = node.$ref && schema.$defs[node.$ref.replace('#/$defs/', '')];
  return target?.description ?? '';
}

function objectInterface(name, node, schema) {
  if (node.additionalProperties !== false) fail(`${name} allows additional properties`);
  const required = new Set(node.required ?? []);
  const lines = Object.entries(node.properties).map(([key, property]) => {
    const optional = required.has(key) ? '' : '?';
    const quoted = /^[A-Za-z_]\w*$/.test(key) ? key : JSON.stringify(key);
    const declaration = `  ${quoted}${optional}: ${typeOf(property, schema)};`;
    return `${comment(describe(property, schema), '  ')}${declaration}`;
  });
  return `${comment(node.description, '')}export interface ${name} {\n${lines.join('\n')}\n}\n`;
}

/** The whole generated module for `schema` (course.schema.json parsed). */
export function courseDataModule(schema) {
  const parts = [objectInterface(NAMES['#'], schema, schema)];
  for (const [key, definition] of Object.entries(schema.$defs))
    if (definition.type === 'object') parts.push(objectInterface(NAMES[key], definition, schema));
  return `// Generated from course.schema.json by scripts/course-data-type.mjs: do not edit by hand.
// The course JSON as written (what \`src\`, inline JSON and the \`course\` property take), before
// parsing; the parsed shapes (\`Course\`, \`Session\`: epoch ms, defaults filled) are in types.ts.

${parts.join('\n')}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = fileURLToPath(TARGET);
  const text = await format(courseDataModule(JSON.parse(readFileSync(SCHEMA, 'utf8'))), {
    ...(await resolveConfig(path)),
    filepath: path,
  });
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(TARGET, 'utf8');
    } catch {
      // missing: reported below
    }
    if (current !== text) {
      console.error('src/core/course/data.ts does not match course.schema.json: run');
      console.error('`node scripts/course-data-type.mjs` and commit the result');
      process.exit(1);
    }
    console.log('CourseData (src/core/course/data.ts) matches course.schema.json');
  } else {
    writeFileSync(TARGET, text);
    console.log('wrote src/core/course/data.ts from course.schema.json');
  }
}
