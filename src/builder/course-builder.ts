import { LitElement, html } from 'lit';
import { checkCourse, type CheckResult } from '../authoring/check.js';
import { embedSnippet } from '../authoring/embed.js';
import { jsonLdScript } from '../core/course/jsonld.js';
import { VERSION } from '../internal/version.js';
import * as ops from './draft.js';
import { previewMoments, type PreviewMoment } from './moments.js';
import { downloadCourse, copyText, focusField } from './page-actions.js';
import { indexProblems, problemSummary, type ProblemIndex } from './problems.js';
import {
  startBlank,
  startFromText,
  startSample,
  type ImportNotice,
  type Started,
} from './start-from.js';
import { loadDraft, saveDraft } from './storage.js';
import { zoneChoices } from './zones.js';
import { renderCourseFields, renderParts, renderRegistration } from './views/course-form.js';
import { renderCheck } from './views/check.js';
import { renderPreview, type PreviewSettings } from './views/preview.js';
import { renderPublish, type PublishSettings } from './views/publish.js';
import { renderSessions } from './views/sessions-form.js';
import { renderStart } from './views/start.js';

const visitorZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * The course builder page: a form over a format-v1 course (the draft), checked as it is
 * typed, previewed with the real elements, published as a file, embed code and JSON-LD.
 * Renders into its own light DOM so the page's stylesheet (builder.css) styles it; kept in
 * localStorage after every edit.
 *
 * @tag course-builder
 */
export class CourseBuilderElement extends LitElement {
  static override properties = {
    announcement: { state: true },
  };

  /** What "Sample course" opens (the page's script sets it; without it there is no such button). */
  static sampleCourse: unknown;

  /** What the one polite live region says: problems after a field is committed, imports, copies. */
  announcement = '';
  private draft: ops.Draft = ops.blankCourse(visitorZone());
  private revision = 0;
  private checkedRevision = -1;
  private savedAt: string | undefined;
  private notice: ImportNotice | undefined;
  private preview: PreviewSettings = { now: '', zone: '', lang: '' };
  private publish: PublishSettings = {
    mode: 'inline',
    src: 'https://www.example.org/courses/course.json',
    tag: 'course-schedule',
    sessionId: '',
    scriptUrl: `https://unpkg.com/course-widgets@${VERSION}/dist/cdn/course-widgets.js`,
    pageUrl: '',
  };
  private result: CheckResult = { course: undefined, problems: [] };
  private problems: ProblemIndex = indexProblems([]);
  private moments: PreviewMoment[] = [];
  private previewCourse: unknown;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    // The page's "needs JavaScript" fallback goes; the form takes its place.
    this.replaceChildren();
    super.connectedCallback();
    // One delegated listener for every action: each is a <button> or a link, which the
    // keyboard clicks as well.
    this.addEventListener('click', this.handleClick);
    const saved = loadDraft();
    if (saved) {
      this.draft = saved.draft;
      this.savedAt = saved.savedAt ? new Date(saved.savedAt).toLocaleString() : 'earlier';
    }
  }

  protected override willUpdate() {
    this.checkDraft();
  }

  /** The checker's verdict and what follows from it, once per revision of the draft. */
  private checkDraft() {
    if (this.checkedRevision === this.revision) return;
    this.checkedRevision = this.revision;
    this.result = checkCourse(this.draft, { baseUrl: undefined });
    this.problems = indexProblems(this.result.problems);
    this.moments = previewMoments(this.result.course);
    this.previewCourse = ops.copyJson(this.draft);
    if (!this.moments.some((moment) => moment.now === this.preview.now)) this.preview.now = '';
  }

  /** After an edit: check again, keep the draft, render. */
  private edited() {
    this.revision++;
    saveDraft(this.draft, new Date());
    this.requestUpdate();
  }

  private replaceDraft(draft: ops.Draft) {
    this.draft = draft;
    this.edited();
    this.checkDraft();
    const found = this.notice ? `${this.notice.summary} ` : '';
    this.announcement = `${found}${problemSummary(this.problems)}`;
  }

  private start(started: Started) {
    this.notice = started.notice;
    if (!started.draft) {
      this.announcement = started.notice.summary;
      return this.requestUpdate();
    }
    this.replaceDraft(started.draft);
  }

  private handleInput = (event: Event) => {
    const target = event.target as HTMLInputElement;
    const data = target.dataset;
    if (data.path) {
      ops.setValueAt(this.draft, data.path, target.value, 'keep' in data);
    } else if (data.sessionTime) {
      const session = this.draft.sessions[Number(data.index)];
      if (!session) return;
      ops.setSessionTime(session, data.sessionTime as 'date' | 'start' | 'end', target.value);
    } else if (data.preview) {
      this.preview = { ...this.preview, [data.preview]: target.value };
      return this.requestUpdate();
    } else if (data.publish) {
      this.publish = { ...this.publish, [data.publish]: target.value };
      return this.requestUpdate();
    } else {
      return;
    }
    this.edited();
  };

  /** A committed field: say what the checker now thinks (the one polite announcement). */
  private handleChange = async (event: Event) => {
    const target = event.target as HTMLInputElement;
    if (target.dataset.action === 'open-file') return this.openFile(target);
    const path = target.dataset.path ?? this.sessionTimePath(target);
    if (!path) return;
    await this.updateComplete;
    const here = this.problems.byPath.get(path)?.[0];
    const label = target.labels?.[0]?.textContent?.trim() ?? path;
    const summary = problemSummary(this.problems);
    this.announcement = here ? `${label}: ${here.message} ${summary}` : summary;
  };

  private sessionTimePath(target: HTMLInputElement) {
    const { sessionTime, index } = target.dataset;
    if (!sessionTime) return undefined;
    return `sessions[${index}].${sessionTime === 'end' ? 'end' : 'start'}`;
  }

  private async openFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (file) this.start(startFromText(await file.text(), file.name, visitorZone()));
    input.value = '';
  }

  /** The delegated click listener; an action's promise (focus, copy) settles on its own. */
  private handleClick = (event: Event): void => {
    void this.runAction(event);
  };

  private runAction(event: Event): unknown {
    const control = (event.target as Element).closest<HTMLElement>('[data-action]');
    if (!control || control.dataset.action === 'open-file') return;
    const index = Number(control.dataset.index);
    switch (control.dataset.action) {
      case 'start-blank':
        return this.start(startBlank(visitorZone()));
      case 'start-sample':
        return this.start(startSample(CourseBuilderElement.sampleCourse));
      case 'start-paste': {
        const box = this.field<HTMLTextAreaElement>('paste-text');
        return box ? this.start(startFromText(box.value, 'text', visitorZone())) : undefined;
      }
      case 'add-session':
        return this.focusAfterEdit(ops.addSession(this.draft), 'Session added.');
      case 'duplicate': {
        const copied = ops.duplicateSession(this.draft, index);
        return copied === undefined ? undefined : this.focusAfterEdit(copied, 'Session copied.');
      }
      case 'repeat':
        return this.repeat(index);
      case 'remove-session':
        ops.removeSession(this.draft, index);
        this.announcement = `Session ${index + 1} removed.`;
        return this.edited();
      case 'add-speaker': {
        const session = this.draft.sessions[index];
        if (!session) return undefined;
        (session.speakers ??= []).push({ name: '' });
        return this.edited();
      }
      case 'remove-speaker': {
        const session = this.draft.sessions[index];
        if (!session) return undefined;
        session.speakers?.splice(Number(control.dataset.speaker), 1);
        return this.edited();
      }
      case 'add-part':
        (this.draft.parts ??= []).push({ id: `part-${this.draft.parts.length + 1}`, title: '' });
        return this.edited();
      case 'remove-part':
        this.draft.parts?.splice(index, 1);
        return this.edited();
      case 'goto':
        event.preventDefault();
        return focusField(this, control.dataset.path ?? '');
      case 'download':
        downloadCourse(this.draft);
        this.announcement = 'course.json downloaded.';
        return;
      case 'copy':
        return control.dataset.copy ? this.copy(control.dataset.copy) : undefined;
    }
    return undefined;
  }

  /** The control with that id, if the page shows it. */
  private field<T extends HTMLElement = HTMLInputElement>(id: string): T | null {
    return this.querySelector<T>(`#${CSS.escape(id)}`);
  }

  /** After adding or copying a session, the cursor goes to its title, ready to type. */
  private async focusAfterEdit(index: number, message: string) {
    this.edited();
    await this.updateComplete;
    this.field(`field-sessions-${index}-title`)?.focus();
    this.announcement = `${message} Session ${index + 1} of ${this.draft.sessions.length}.`;
  }

  private repeat(index: number) {
    const input = this.field(`repeat-${index}`);
    if (!input) return;
    const weeks = Math.min(52, Math.max(0, Math.trunc(Number(input.value))));
    const added = ops.repeatWeekly(this.draft, index, weeks);
    this.announcement = added
      ? `${added} weekly sessions added after session ${index + 1}.`
      : `Give session ${index + 1} a date, a start and an end first.`;
    this.edited();
  }

  private async copy(id: string) {
    const box = this.field<HTMLTextAreaElement>(id);
    if (!box) return;
    const what = id === 'json-ld' ? 'Structured data' : 'Embed code';
    this.announcement = (await copyText(box))
      ? `${what} copied to the clipboard.`
      : `${what} is selected: copy it with Ctrl+C (Cmd+C on a Mac).`;
  }

  /** The embed code, or why the settings cannot make one (a `javascript:` script address, say). */
  private snippet(): { code: string } | { error: string } {
    try {
      const sessionId = this.publish.sessionId || undefined;
      return { code: embedSnippet(this.draft, { ...this.publish, sessionId }) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  override render() {
    const course = this.result.course;
    const snippet = this.snippet();
    const jsonLd = course
      ? jsonLdScript(course, { pageUrl: this.publish.pageUrl || undefined })
      : undefined;
    return html`<datalist id="zone-choices">
        ${zoneChoices().map((zone) => html`<option value=${zone.name}>${zone.label}</option>`)}
      </datalist>
      <div
        class="layout"
        @input=${this.handleInput}
        @change=${this.handleChange}
      >
        <div class="editor">
          ${renderStart(this.notice, this.savedAt, !!CourseBuilderElement.sampleCourse)}
          ${renderCourseFields(this.draft, this.problems)}
          ${renderRegistration(this.draft, this.problems)} ${renderParts(this.draft, this.problems)}
          ${renderSessions(this.draft, this.problems)}
        </div>
        <div class="side">
          ${renderCheck(this.problems, this.announcement)}
          ${renderPreview(this.previewCourse, this.preview, this.moments, this.draft.timeZone)}
          ${renderPublish(this.publish, course?.sessions ?? [], snippet, jsonLd)}
        </div>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'course-builder': CourseBuilderElement;
  }
}
