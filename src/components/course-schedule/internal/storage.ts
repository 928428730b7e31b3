/**
 * The visitor's "Your time" / "Event time" choice per course id, in localStorage. Storage can
 * be missing or throw (privacy modes, sandboxed frames, a full quota): then the choice lasts
 * as long as the element, and nothing breaks.
 */

const key = (id: string) => `course-widgets:event-time:${id}`;

export function readEventTime(id: string): boolean {
  try {
    return localStorage.getItem(key(id)) === '1';
  } catch {
    return false;
  }
}

export function storeEventTime(id: string, event: boolean): void {
  try {
    localStorage.setItem(key(id), event ? '1' : '0');
  } catch {
    // see above: the choice simply is not remembered
  }
}
