// The course builder's form: what a coordinator sees and does with the keyboard. Starting
// points (blank, sample, pasted JSON), the checker's words next to the field they concern
// (aria-describedby, aria-invalid) and in the one polite live region, add / tab through /
// duplicate a session with the keyboard, repeat weekly, and the draft kept over a reload.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  SEED,
  cleanupBuilders,
  click,
  control,
  describedProblems,
  fill,
  mountBuilder,
  squash,
} from './helpers.js';

const announcer = (root: Element) => squash(control(root, '[role="status"]').textContent);

describe('the course builder form', function () {
  this.timeout(20_000);
  afterEach(cleanupBuilders);

  it('starts blank, in the visitor zone, with the title and sessions reported missing', async () => {
    const builder = await mountBuilder();
    await click(builder, '[data-action="start-blank"]');
    const title = control(builder, '#field-title');
    expect(title.value).to.equal('');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(describedProblems(title)).to.deep.equal(['Error: must not be blank']);
    expect(control(builder, '#field-timeZone').value).to.equal(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    // One status region, and it speaks once the start is chosen.
    expect(builder.querySelectorAll('[role="status"], [aria-live]').length).to.equal(1);
    expect(announcer(builder)).to.match(/A blank course\. 1 error/);
    await expect(builder).to.be.accessible();
  });

  it('shows each problem next to its field, in words, and announces it once committed', async () => {
    const builder = await mountBuilder();
    await click(builder, '[data-action="start-sample"]');
    expect(announcer(builder)).to.equal('The sample course: 11 sessions. No problems found.');
    const zone = control(builder, '#field-timeZone');
    expect(zone.getAttribute('aria-invalid')).to.equal(null);

    // Typing an abbreviation: the message appears beside the field at once, but the live
    // region waits for the field to be committed (change), so it does not chatter per key.
    zone.value = 'EST';
    zone.dispatchEvent(new Event('input', { bubbles: true }));
    await builder.updateComplete;
    expect(zone.getAttribute('aria-invalid')).to.equal('true');
    expect(describedProblems(zone).join(' ')).to.include('"EST" is an abbreviation');
    expect(announcer(builder)).to.equal('The sample course: 11 sessions. No problems found.');
    zone.dispatchEvent(new Event('change', { bubbles: true }));
    await builder.updateComplete;
    await builder.updateComplete;
    expect(announcer(builder)).to.match(/^Organiser's time zone \(required\): .*"EST".*1 error\.$/);
    await expect(builder).to.be.accessible();

    // A session's end before its start: reported on the end time, in the session's fieldset.
    await fill(builder, '#field-timeZone', 'America/New_York');
    await fill(builder, '#field-sessions-0-end', '13:00');
    const end = control(builder, '#field-sessions-0-end');
    expect(end.getAttribute('aria-invalid')).to.equal(null, 'before 13:00 means the next day');
    expect(squash(end.parentElement!.textContent)).to.include('Ends the next day.');
    await fill(builder, '#field-sessions-0-start-date', '');
    expect(describedProblems(control(builder, '#field-sessions-0-start'))).to.have.length(1);
    // The list of problems links to the field.
    const link = control<HTMLAnchorElement>(builder, '.problem-list a[data-path]');
    link.click();
    expect(document.activeElement?.id).to.equal('field-sessions-0-start');
  });

  it('adds a session with the keyboard, tabs through it and duplicates it', async () => {
    const builder = await mountBuilder();
    await click(builder, '[data-action="start-blank"]');
    await fill(builder, '#field-title', 'Keyboard course');
    control<HTMLButtonElement>(builder, '[data-action="add-session"]').focus();
    await sendKeys({ press: 'Enter' });
    await builder.updateComplete;
    await builder.updateComplete;
    expect(document.activeElement?.id).to.equal('field-sessions-0-title');
    await sendKeys({ type: 'Opening' });
    const order: string[] = [];
    for (let step = 0; step < 60; step++) {
      await sendKeys({ press: 'Tab' });
      const active = document.activeElement as HTMLElement;
      const name = active.id || active.dataset.action || active.localName;
      // Tab also steps through a date's or a time's own parts (month, day, year): one stop each.
      if (order[order.length - 1] !== name) order.push(name);
      if (active.dataset.action === 'duplicate') break;
    }
    expect(order.slice(0, 4)).to.deep.equal([
      'field-sessions-0-start-date',
      'field-sessions-0-start',
      'field-sessions-0-end',
      'field-sessions-0-type',
    ]);
    expect(order).to.include.members(['field-sessions-0-joinUrl', 'field-sessions-0-id']);
    expect(order[order.length - 1]).to.equal('duplicate');
    await sendKeys({ press: 'Enter' });
    await builder.updateComplete;
    await builder.updateComplete;
    expect(document.activeElement?.id).to.equal('field-sessions-1-title');
    expect((document.activeElement as HTMLInputElement).value).to.equal('Opening');
    expect(control(builder, '#field-sessions-1-id').value).to.equal('s1-2');
    expect(announcer(builder)).to.equal('Session copied. Session 2 of 2.');
    await expect(builder).to.be.accessible();
  });

  it('repeats a session weekly at the same wall-clock time across a DST change', async () => {
    const builder = await mountBuilder();
    await click(builder, '[data-action="start-blank"]');
    await fill(builder, '#field-timeZone', 'America/Chicago');
    await click(builder, '[data-action="add-session"]');
    await fill(builder, '#field-sessions-0-title', 'Weekly');
    await fill(builder, '#field-sessions-0-start-date', '2027-03-10');
    await fill(builder, '#field-sessions-0-start', '14:00');
    await fill(builder, '#field-sessions-0-end', '15:00');
    await fill(builder, '#repeat-0', '2');
    await click(builder, '[data-action="repeat"]');
    const dates = [0, 1, 2].map((n) => control(builder, `#field-sessions-${n}-start-date`).value);
    const starts = [0, 1, 2].map((n) => control(builder, `#field-sessions-${n}-start`).value);
    expect(dates).to.deep.equal(['2027-03-10', '2027-03-17', '2027-03-24']);
    expect(starts).to.deep.equal(['14:00', '14:00', '14:00']);
    expect(announcer(builder)).to.equal('2 weekly sessions added after session 1.');
  });

  it('keeps the draft in this browser over a reload, and reads pasted JSON', async () => {
    const first = await mountBuilder();
    const seed = await (await fetch(SEED)).text();
    control<HTMLTextAreaElement>(first, '#paste-text').value = seed.replace(
      '"title": "Resilient Together',
      '"title": "Pasted Together',
    );
    await click(first, '[data-action="start-paste"]');
    expect(control(first, '#field-title').value).to.match(/^Pasted Together/);
    await fill(first, '#field-registration-price', '$25');
    first.remove();

    const second = await mountBuilder();
    expect(control(second, '#field-title').value).to.match(/^Pasted Together/);
    expect(control(second, '#field-registration-price').value).to.equal('$25');
    expect(squash(control(second, '#start-heading').parentElement!.textContent)).to.match(
      /Your draft from .+ is back/,
    );
  });

  it('says so when pasted text is neither a course nor a calendar', async () => {
    const builder = await mountBuilder();
    control<HTMLTextAreaElement>(builder, '#paste-text').value = '{"title": ';
    await click(builder, '[data-action="start-paste"]');
    expect(squash(control(builder, '#import-notice').textContent)).to.match(
      /^text is neither course JSON nor a calendar: SyntaxError/,
    );
    expect(announcer(builder)).to.match(/neither course JSON nor a calendar/);
  });

  it('suggests zones by city, and publishes the file and a session card for one session', async () => {
    const builder = await mountBuilder();
    await click(builder, '[data-action="start-sample"]');
    const zone = control(builder, '#field-timeZone');
    const list = document.getElementById(zone.getAttribute('list')!)!;
    const chicago = list.querySelector<HTMLOptionElement>('option[value="America/Chicago"]')!;
    expect(chicago.textContent).to.include('Chicago, Houston');
    expect(list.querySelectorAll('option').length).to.be.greaterThan(300);

    await fill(builder, '#publish-tag', 'session-card');
    await fill(builder, '#publish-session', 'w2-s1');
    const code = control<HTMLTextAreaElement>(builder, '#embed-code').value;
    expect(code).to.match(/<session-card session-id="w2-s1">/);
    await fill(builder, '#publish-script', 'javascript:alert(1)');
    expect(control<HTMLTextAreaElement>(builder, '#embed-code').value).to.equal('');
    expect(squash(control(builder, '#embed-code-problem').textContent)).to.match(/script URL/);

    // The download link's file holds exactly the draft (read back through its blob: URL).
    const links: HTMLAnchorElement[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      links.push(this);
    };
    try {
      await click(builder, '[data-action="download"]');
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(links.map((link) => link.download)).to.deep.equal(['course.json']);
    const saved = await (await fetch(links[0]!.href)).json();
    const seed = await (await fetch(SEED)).json();
    expect(saved).to.deep.equal(seed);
    expect(announcer(builder)).to.equal('course.json downloaded.');
  });
});
