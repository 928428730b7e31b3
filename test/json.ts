// The type of JSON documents the tests edit freely: course data broken on purpose (wrong
// types, missing fields, hostile values), package.json and the schema, walked by path.
// A precise type would forbid exactly the edits these tests exist to make.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see the comment above
export type LooseJson = Record<string, any>;
