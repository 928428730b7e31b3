// Issue 12's "done when", the whole way in one test: a library's LibCal-style export with a
// weekly RRULE in America/Chicago across the November 2027 DST change goes into the builder,
// the checker flags the one event in the repeated hour, the coordinator moves it, previews the
// course as a Kolkata visitor at a live moment, copies the inline-JSON embed code, pastes it
// into a fresh page that loads the built CDN script, and sees the same schedule there.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SETUP_TIMEOUT_MS, built } from '../package/package.js';
import {
  CHICAGO_ICS,
  cleanupBuilders,
  control,
  describedProblems,
  fill,
  mountBuilder,
  openFile,
  scheduleFacts,
  unfoldedLiveSchedule,
  squash,
  until,
} from './helpers.js';

/** Wednesdays 14:00-15:00 Chicago: CDT (UTC-5) on Oct 27 and Nov 3, CST (UTC-6) from Nov 10. */
const WEEKLY_STARTS = [
  '2027-10-27T19:00:00Z',
  '2027-11-03T19:00:00Z',
  '2027-11-10T20:00:00Z',
  '2027-11-17T20:00:00Z',
];
/** Twenty minutes into the third Wednesday. */
const LIVE = '2027-11-10T20:20:00.000Z';

describe('publishing a course from a calendar export', function () {
  this.timeout(60_000);
  const frames: HTMLElement[] = [];
  // The fresh page loads dist/cdn/course-widgets.js, which `npm test` builds (when stale) first.
  before(async function () {
    this.timeout(SETUP_TIMEOUT_MS);
    await built();
  });
  afterEach(() => {
    cleanupBuilders();
    frames.splice(0).forEach((frame) => frame.remove());
  });

  it('imports the .ics, fixes the flagged session, previews it in Kolkata, and the pasted snippet shows the same schedule', async () => {
    const builder = await mountBuilder();

    // 1. Import: five sessions, the weekly rule expanded, the organiser's zone proposed.
    await openFile(builder, CHICAGO_ICS, 'genealogy.ics');
    const notice = squash(control(builder, '#import-notice').textContent);
    expect(notice).to.include('5 sessions from the calendar genealogy.ics.');
    expect(notice).to.include('America/Chicago (Chicago, Houston, San Antonio: Central Time)');
    expect(control(builder, '#field-timeZone').value).to.equal('America/Chicago');
    const titles = [...builder.querySelectorAll<HTMLInputElement>('[id$="-title"]')]
      .filter((input) => /^field-sessions-\d+-title$/.test(input.id))
      .map((input) => input.value);
    expect(titles.filter((title) => title === 'Genealogy for Beginners')).to.have.length(4);
    const owls = titles.indexOf('Night Owls Q&A');
    expect(owls).to.be.greaterThan(-1);
    // Wall-clock 14:00 every week, on both sides of the change.
    for (const [index, title] of titles.entries()) {
      if (title !== 'Genealogy for Beginners') continue;
      expect(control(builder, `#field-sessions-${index}-start`).value).to.equal('14:00');
    }

    // 2. The checker flags 1:30 AM on November 7, 2027 (it happens twice), beside the field;
    // 2:00 happens once (clocks go back from 2:00 CDT to 1:00 CST).
    const start = control(builder, `#field-sessions-${owls}-start`);
    const flagged = describedProblems(start).join(' ');
    expect(flagged).to.include('1:30 AM on November 7, 2027 happens twice in Chicago');
    expect(flagged).to.include('clocks go back from 2:00 to 1:00');
    await fill(builder, `#field-sessions-${owls}-start`, '02:00');
    expect(describedProblems(control(builder, `#field-sessions-${owls}-start`))).to.deep.equal([]);
    expect(squash(control(builder, '.check .summary').textContent)).to.equal('No problems found.');

    // 3. Preview as a visitor in Kolkata, twenty minutes into the third Wednesday.
    await fill(builder, '#preview-zone', 'Asia/Kolkata');
    const moment = control<HTMLSelectElement>(builder, '#preview-now');
    const live = [...moment.options].find((option) => option.value === LIVE);
    expect(live?.textContent, 'a moment for the third session, live').to.match(/live/);
    await fill(builder, '#preview-now', LIVE);
    const preview = control(builder, '.preview course-schedule');
    await unfoldedLiveSchedule(preview, 5, 'the preview');
    const seen = scheduleFacts(preview);
    expect(seen.datetimes).to.include.members(WEEKLY_STARTS);
    // 14:00 Chicago is 12:30 AM the next day in Kolkata under CDT, 1:30 AM under CST.
    const times = seen.times.join(' | ');
    expect(times).to.match(/Thu, Oct 28[^|]*12:30/);
    expect(times).to.match(/Thu, Nov 11[^|]*1:30/);
    expect(squash(control(builder, '.preview countdown-timer').shadowRoot!.textContent)).to.include(
      'Live now',
    );

    // 4. Inline JSON (the default, for a CMS that cannot host files) with the site's script.
    await fill(builder, '#publish-script', `${location.origin}/dist/cdn/course-widgets.js`);
    control(builder, 'input[data-publish="mode"][value="inline"]').click();
    await builder.updateComplete;
    // Copied with the keyboard (a real key press: the clipboard wants a user's gesture), then
    // pasted with Ctrl+V into a plain text box, as into a CMS's HTML source view.
    control<HTMLButtonElement>(builder, '[data-action="copy"][data-copy="embed-code"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => /copied/.test(builder.announcement), 3000, 'the copy');
    const cms = document.createElement('textarea');
    cms.setAttribute('aria-label', 'The CMS page source');
    frames.push(cms);
    document.body.append(cms);
    cms.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyV' });
    await sendKeys({ up: 'Control' });
    const pasted = cms.value;
    expect(pasted).to.equal(control<HTMLTextAreaElement>(builder, '#embed-code').value);
    expect(pasted).to.include('<script type="application/json">');
    expect(pasted).not.to.include(' src="course.json"');

    // 5. A fresh page with only the pasted snippet, seen by the same visitor at the same moment.
    const frame = document.createElement('iframe');
    frames.push(frame);
    frame.style.cssText = 'width: 900px; height: 900px';
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our course</title></head><body>${pasted}</body></html>`;
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    document.body.append(frame);
    await loaded;
    const there = frame.contentDocument!.querySelector('course-schedule')!;
    there.setAttribute('time-zone', 'Asia/Kolkata');
    there.setAttribute('now', LIVE);
    await unfoldedLiveSchedule(there, 5, 'the pasted snippet');
    expect(scheduleFacts(there)).to.deep.equal(scheduleFacts(preview));
  });
});
