// Browser side of test/package/commands.mjs: typed calls to the server commands that read
// the built package. `npm test` builds, packs, bundles and type-checks before the browser
// tests start (test/package/prepare.mjs), so every call answers at once.
import { executeServerCommand } from '@web/test-runner-commands';
import type { LooseJson } from '../json.js';

export const TAGS = [
  'course-schedule',
  'session-card',
  'register-button',
  'countdown-timer',
] as const;
export type Tag = (typeof TAGS)[number];

/** Time a package test's `before` hook gets (reading the prepared results, importing dist/). */
export const SETUP_TIMEOUT_MS = 20_000;

/** Whether `npm test` had to build dist/ first (it fails when the results are missing or stale). */
export const built = () => executeServerCommand<{ built: boolean }, undefined>('package:build');
export const packedFiles = () =>
  executeServerCommand<{ path: string; size: number }[], undefined>('package:pack');
export const packageJson = () => executeServerCommand<LooseJson, undefined>('package:json');
export const manifest = () => executeServerCommand<Manifest, undefined>('package:manifest');
export const readPacked = async (path: string) =>
  (await executeServerCommand<{ text: string | null }, { path: string }>('package:read', { path }))
    .text;
export const bundle = (path: string) =>
  executeServerCommand<{ modules: string[]; foreign: string[]; gzip: number }, { path: string }>(
    'package:bundle',
    { path },
  );

/** The parts of the custom-elements manifest schema (1.0) the tests read. */
export interface Described {
  name: string;
  description?: string;
  summary?: string;
}
export interface Member extends Described {
  kind: 'field' | 'method';
  static?: boolean;
  privacy?: string;
  inheritedFrom?: { name: string; module?: string };
}
export interface Attribute extends Described {
  fieldName?: string;
  type?: { text: string };
  inheritedFrom?: { name: string };
}
export interface ElementDecl extends Described {
  kind: 'class';
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: Attribute[];
  events?: (Described & { type?: { text: string } })[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
export interface Manifest {
  schemaVersion: string;
  modules: {
    kind: string;
    path: string;
    declarations?: ElementDecl[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

/** The class each tag's module exports (and the CDN scripts expose). */
export const CLASS_OF: Record<Tag, string> = {
  'course-schedule': 'CourseScheduleElement',
  'session-card': 'SessionCardElement',
  'register-button': 'RegisterButtonElement',
  'countdown-timer': 'CountdownTimerElement',
};

/** A consumer project prepare.mjs type-checked: the React 19 app, or an entry imported alone. */
export type ConsumerProject = 'app' | 'define-only' | 'one-tag';

/**
 * The result of type-checking a strict TypeScript consumer project that imports
 * 'course-widgets' as an app would (`files`: file name -> text), done by prepare.mjs.
 */
export const consumerTypes = (project: ConsumerProject = 'app') =>
  executeServerCommand<
    { code: number; output: string; files: Record<string, string> },
    { project: ConsumerProject }
  >('package:consumer-types', { project });
