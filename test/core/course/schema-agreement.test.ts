// The JSON Schema (for editors and authors' CI) and the runtime parser (what the elements use)
// must describe the same format. Over a corpus of documents they must agree; where they cannot
// (rules JSON Schema cannot express), the entry says so and only the parser refuses.
import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import { COURSE_LIMITS, parseCourse } from '../../../src/core/course/parse.js';
import { URL_MAX_LENGTH } from '../../../src/core/course/url.js';
import {
  REGISTRATION_STATUSES,
  SESSION_STATUSES,
  SESSION_TYPES,
} from '../../../src/core/course/types.js';
import { CORPUS, type Expectation } from './corpus.js';
import { FIXTURE_URL, fetchJson, loadFixture } from './fixtures.js';
import type { LooseJson } from '../../json.js';

/** 'accepted': no throw and no issue except info notes. */
function parserVerdict(doc: unknown): { accepted: boolean; why: string } {
  try {
    const problems = parseCourse(doc, { baseUrl: FIXTURE_URL }).issues.filter((i) => !i.info);
    return { accepted: problems.length === 0, why: problems.map((i) => i.message).join('; ') };
  } catch (e) {
    return { accepted: false, why: (e as Error).message };
  }
}

describe('course.schema.json and parseCourse agree', () => {
  let schema: LooseJson;
  let validator: Validator;
  before(async () => {
    schema = (await fetchJson('/course.schema.json')) as LooseJson;
    validator = new Validator(schema as Schema, '2020-12', false);
  });

  const check = (doc: unknown, expected: Expectation) => {
    const result = validator.validate(doc);
    const schemaErrors = result.errors.map((e) => `${e.instanceLocation}: ${e.error}`).join('; ');
    const parser = parserVerdict(doc);
    const schemaAccepts = result.valid;
    if (expected === 'gap') {
      expect(schemaAccepts, `schema should accept (deliberate gap): ${schemaErrors}`).to.equal(
        true,
      );
      expect(parser.accepted, 'parser should refuse (deliberate gap)').to.equal(false);
    } else {
      const accepted = expected === 'valid';
      expect(schemaAccepts, `schema: ${schemaErrors || 'accepted'}`).to.equal(accepted);
      expect(parser.accepted, `parser: ${parser.why || 'accepted'}`).to.equal(accepted);
    }
  };

  for (const entry of CORPUS) {
    it(`${entry.expect}: ${entry.name}`, () => check(entry.doc, entry.expect));
  }

  const fixtures: [string, Expectation][] = [
    ['resilient-together-2021.json', 'valid'],
    ['all-kinds.json', 'valid'],
    ['dst-straddle-2021.json', 'valid'],
    ['dst-edges-2021.json', 'valid'],
    ['midnight-crossing-2021.json', 'valid'],
    ['partial-2021.json', 'invalid'],
    ['hostile.json', 'invalid'],
  ];
  for (const [name, expected] of fixtures) {
    it(`${expected}: fixture ${name}`, async () => check(await loadFixture(name), expected));
  }

  it('the corpus covers all three verdicts', () => {
    expect(new Set(CORPUS.map((e) => e.expect))).to.have.keys(['valid', 'invalid', 'gap']);
  });

  it('is a draft 2020-12 schema with an $id, and every property has a description', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.match(/^https:\/\//);
    const missing: string[] = [];
    const walk = (node: LooseJson | undefined, at: string) => {
      if (!node || typeof node !== 'object') return;
      for (const [key, sub] of Object.entries<LooseJson>(node.properties ?? {})) {
        if (typeof sub.description !== 'string' || !sub.description) missing.push(`${at}.${key}`);
      }
      for (const [key, sub] of Object.entries<LooseJson>({ ...node.properties, ...node.$defs }))
        walk(sub, `${at}.${key}`);
      if (node.items) walk(node.items, `${at}[]`);
    };
    walk(schema, '$');
    expect(missing).to.deep.equal([]);
  });

  it('uses the same allow-lists and limits as the parser', () => {
    const defs = schema.$defs;
    expect(defs.session.properties.type.enum).to.deep.equal([...SESSION_TYPES]);
    expect(defs.session.properties.status.enum).to.deep.equal([...SESSION_STATUSES]);
    expect(defs.registration.properties.status.enum).to.deep.equal([...REGISTRATION_STATUSES]);
    expect([
      defs.id.maxLength,
      defs.line.maxLength,
      defs.requiredLine.maxLength,
      defs.paragraphs.maxLength,
    ]).to.deep.equal([
      COURSE_LIMITS.id,
      COURSE_LIMITS.line,
      COURSE_LIMITS.line,
      COURSE_LIMITS.text,
    ]);
    expect([defs.url.maxLength, defs.contact.maxLength]).to.deep.equal([
      URL_MAX_LENGTH,
      URL_MAX_LENGTH,
    ]);
    expect([
      schema.properties.sessions.maxItems,
      schema.properties.parts.maxItems,
      defs.session.properties.speakers.maxItems,
    ]).to.deep.equal([COURSE_LIMITS.sessions, COURSE_LIMITS.parts, COURSE_LIMITS.speakers]);
  });
});
