/**
 * Publishing: the course file to download, the embed code for the coordinator's situation
 * (a site that can host the file uses `src`; a CMS that cannot gets the course inside the
 * element as inline JSON) with the notes for WordPress, Drupal and LibGuides beside it, and
 * the JSON-LD block for search engines.
 */

import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { EmbedTag } from '../../authoring/embed.js';

export interface PublishSettings {
  mode: 'src' | 'inline';
  src: string;
  tag: EmbedTag;
  /** For session-card and countdown-timer: one session ('' is the session live or next). */
  sessionId: string;
  scriptUrl: string;
  pageUrl: string;
}

const TAGS: { tag: EmbedTag; label: string }[] = [
  { tag: 'course-schedule', label: 'The whole schedule (course-schedule)' },
  { tag: 'session-card', label: 'A session (session-card)' },
  { tag: 'register-button', label: 'The register button (register-button)' },
  { tag: 'countdown-timer', label: 'The countdown (countdown-timer)' },
];

export function renderPublish(
  settings: PublishSettings,
  sessions: readonly { id: string; title: string }[],
  snippet: { code: string } | { error: string },
  jsonLd: string | undefined,
) {
  const code = 'code' in snippet ? snippet.code : '';
  return html`<section class="panel" aria-labelledby="publish-heading">
    <h2 id="publish-heading">Publish</h2>
    <h3>The course file</h3>
    <p class="hint">Keep it: open it here again to make changes later.</p>
    <button type="button" class="primary" data-action="download">Download course.json</button>
    <h3>Embed code</h3>
    ${renderEmbedChoices(settings, sessions)}
    <div class="field wide">
      <label for="embed-code">Embed code</label>
      <textarea
        id="embed-code"
        rows="8"
        readonly
        spellcheck="false"
        aria-describedby=${ifDefined('error' in snippet ? 'embed-code-problem' : undefined)}
        .value=${live(code)}
      ></textarea>
      ${
        'error' in snippet
          ? html`<p class="problem error" id="embed-code-problem">${snippet.error}</p>`
          : nothing
      }
    </div>
    <button type="button" data-action="copy" data-copy="embed-code">Copy the embed code</button>
    ${renderCmsNotes(settings.mode)}
    <h3>Structured data for search engines</h3>
    ${renderJsonLd(settings, jsonLd)}
  </section>`;
}

function renderEmbedChoices(
  settings: PublishSettings,
  sessions: readonly { id: string; title: string }[],
) {
  const radio = (mode: PublishSettings['mode'], label: string) =>
    html`<label class="choice">
      <input
        type="radio"
        name="embed-mode"
        value=${mode}
        data-publish="mode"
        .checked=${live(settings.mode === mode)}
      />
      ${label}
    </label>`;
  return html`<fieldset class="choices">
      <legend>Where the course goes</legend>
      ${radio('src', 'My site can host course.json: the element links to the file')}
      ${radio('inline', 'My site cannot host files: the course goes inside the element')}
    </fieldset>
    <div class="grid">
      ${
        settings.mode === 'src'
          ? publishField('publish-src', 'Address of course.json', 'src', settings.src)
          : nothing
      }
      <div class="field">
        <label for="publish-tag">Element</label>
        <select id="publish-tag" data-publish="tag">
          ${TAGS.map(
            (entry) =>
              html`<option value=${entry.tag} ?selected=${entry.tag === settings.tag}>
                ${entry.label}
              </option>`,
          )}
        </select>
      </div>
      ${
        settings.tag === 'session-card' || settings.tag === 'countdown-timer'
          ? renderSessionChoice(settings, sessions)
          : nothing
      }
      ${publishField('publish-script', 'Script address', 'scriptUrl', settings.scriptUrl)}
    </div>`;
}

function renderSessionChoice(
  settings: PublishSettings,
  sessions: readonly { id: string; title: string }[],
) {
  return html`<div class="field">
    <label for="publish-session">Session</label>
    <select id="publish-session" data-publish="sessionId">
      <option value="" ?selected=${settings.sessionId === ''}>The session live or next</option>
      ${sessions.map(
        (session) =>
          html`<option value=${session.id} ?selected=${session.id === settings.sessionId}>
            ${session.title}
          </option>`,
      )}
    </select>
  </div>`;
}

function publishField(id: string, label: string, setting: string, value: string) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input id=${id} type="text" data-publish=${setting} .value=${live(value)} />
  </div>`;
}

/** The README's "Embedding in a CMS", short. */
function renderCmsNotes(mode: PublishSettings['mode']) {
  return html`<div class="cms-notes">
    <p>
      Editors usually cannot add <code>&lt;script&gt;</code> tags: an administrator loads the
      script once for the whole site, then editors paste only the element${
        mode === 'inline' ? ' (with its inline JSON)' : ''
      }.
    </p>
    <ul>
      <li>
        <strong>WordPress:</strong> load the script site-wide (<code>wp_enqueue_script_module</code>
        in the theme's functions.php, or a header-scripts plugin), then put the element in a
        Custom HTML block. Only administrators keep unknown tags: allow the four tags with the
        <code>wp_kses_allowed_html</code> filter for other editors.
      </li>
      <li>
        <strong>Drupal:</strong> attach the script as a theme library on every page, then allow
        the element in the editors' text format ("Allowed HTML tags", or CKEditor 5's "Source
        editing"), or give trusted editors Full HTML.
      </li>
      <li>
        <strong>LibGuides:</strong> an administrator adds the script under Admin › Look &amp; Feel
        › Custom JS/CSS; in a guide, add the element with Add / Reuse Widget (Media / Widget),
        which keeps embed code as written.
      </li>
    </ul>
  </div>`;
}

function renderJsonLd(settings: PublishSettings, jsonLd: string | undefined) {
  if (jsonLd === undefined)
    return html`<p class="hint">Fix the errors above to get the structured data.</p>`;
  return html`<p class="hint">
      Paste this block into the course page's HTML (it is data, not a script): search engines
      then show the sessions as events with their dates.
    </p>
    ${publishField('publish-page', 'Address of the course page', 'pageUrl', settings.pageUrl)}
    <div class="field wide">
      <label for="json-ld">Structured data (JSON-LD)</label>
      <textarea
        id="json-ld"
        rows="8"
        readonly
        spellcheck="false"
        .value=${live(jsonLd)}
      ></textarea>
    </div>
    <button type="button" data-action="copy" data-copy="json-ld">Copy the structured data</button>`;
}
