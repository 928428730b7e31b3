/**
 * The draft in this browser's localStorage, so it survives a reload. Nothing is ever sent
 * anywhere: the builder has no network code at all. A storage that refuses (private mode, a
 * full quota, a sandboxed frame) only means no draft is kept.
 */

import { draftFromJson, type Draft } from './draft.js';

export const DRAFT_KEY = 'course-widgets-builder:draft';

export interface SavedDraft {
  draft: Draft;
  savedAt: string;
}

export function loadDraft(storage: Storage | undefined = safeStorage()): SavedDraft | undefined {
  try {
    const text = storage?.getItem(DRAFT_KEY);
    if (!text) return undefined;
    const saved = JSON.parse(text) as { draft?: unknown; savedAt?: unknown };
    const draft = draftFromJson(saved.draft);
    if (!draft) return undefined;
    return { draft, savedAt: typeof saved.savedAt === 'string' ? saved.savedAt : '' };
  } catch {
    return undefined;
  }
}

export function saveDraft(draft: Draft, savedAt: Date, storage = safeStorage()): boolean {
  try {
    storage?.setItem(DRAFT_KEY, JSON.stringify({ draft, savedAt: savedAt.toISOString() }));
    return !!storage;
  } catch {
    return false;
  }
}

export function clearDraft(storage = safeStorage()): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // nothing kept, nothing to clear
  }
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
