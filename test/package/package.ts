// Browser side of test/package/commands.mjs: typed calls to the server commands that read
// the built package. Call `built()` in a `before` hook with a long timeout: the first call
// of a test run may build (about 10-20 s).
import { executeServerCommand } from '@web/test-runner-commands';

export const TAGS = [
  'course-schedule',
  'session-card',
  'register-button',
  'countdown-timer',
] as const;
export type Tag = (typeof TAGS)[number];

/** Time a first build may take on a slow CI machine. */
export const BUILD_TIMEOUT_MS = 240_000;

/**
 * Builds dist/ when stale. A build can outlast a command's 20 s reply window (wtr gives up on
 * the reply, the server keeps building): ask again, the server answers from the same build.
 */
export async function built(): Promise<{ built: boolean }> {
  for (let i = 0; ; i++) {
    try {
      return await executeServerCommand<{ built: boolean }, undefined>('package:build');
    } catch (e) {
      if (i >= 10 || !/Did not receive a server response/.test(String(e))) throw e;
    }
  }
}
export const packedFiles = () =>
  executeServerCommand<{ path: string; size: number }[], undefined>('package:pack');
export const packageJson = () =>
  executeServerCommand<Record<string, any>, undefined>('package:json');
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

/** Type-checks a consumer project (file name -> text) that imports 'course-widgets' as an app would. */
export async function consumerTypes(
  files: Record<string, string>,
): Promise<{ code: number; output: string }> {
  // tsc can outlast a command's 20 s reply window under load: ask again, the server answers
  // from the same run (it keeps one per distinct project).
  for (let i = 0; ; i++) {
    try {
      return await executeServerCommand<
        { code: number; output: string },
        { files: Record<string, string> }
      >('package:consumer-types', { files });
    } catch (e) {
      if (i >= 10 || !/Did not receive a server response/.test(String(e))) throw e;
    }
  }
}
