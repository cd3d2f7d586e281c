/**
 * The report's sections as HTML. Every chart is a canvas with a sentence for
 * screen readers (its accessible name) followed by the same figures as a
 * table that only screen readers see; rankings are plain tables.
 */
import type { ReportData } from './aggregate';
import { CHART_IDS, languageName } from './charts';
import type { EntryName } from './entries';
import { number, percent, shortDay, longDay, moment } from './format';
import { html, type SafeHtml } from './html';
import { LABELS } from './labels';
import { questions, share, type DayFigures } from './traffic';

export function summarySection(data: ReportData): SafeHtml {
  const t = data.total;
  const asked = questions(t);
  const figure = (label: string, value: number) =>
    html`<div>
      <dt>${label}</dt>
      <dd>${percent(share(value, asked))} <span class="sub">(${number(value)})</span></dd>
    </div>`;
  return section(
    'samenvatting',
    LABELS.summary,
    html`<dl class="figures">
        <div>
          <dt>${LABELS.questions}</dt>
          <dd>${number(asked)}</dd>
        </div>
        ${figure(LABELS.answered, t.answer)} ${figure(LABELS.clarified, t.clarify)}
        ${figure(LABELS.fellBack, t.fallback)}
        <div>
          <dt>${LABELS.other}</dt>
          <dd>${number(t.other)}</dd>
        </div>
        <div>
          <dt>${LABELS.ratedUp}</dt>
          <dd>${number(data.ratings.up)}</dd>
        </div>
        <div>
          <dt>${LABELS.ratedDown}</dt>
          <dd>${number(data.ratings.down)}</dd>
        </div>
      </dl>
      <p class="muted">${LABELS.otherExplained}</p>`,
  );
}

export function perDaySection(data: ReportData): SafeHtml {
  const days = data.days;
  const total = days.reduce((n, d) => n + questions(d), 0);
  const busiest = days.reduce((a, b) => (questions(b) > questions(a) ? b : a));
  const label = LABELS.perDayChart(
    total,
    longDay(days[0]!.day),
    longDay(days[days.length - 1]!.day),
    longDay(busiest.day),
    questions(busiest),
  );
  const row = (d: DayFigures) =>
    html`<tr>
      <th scope="row">${shortDay(d.day)}</th>
      ${[d.answer, d.clarify, d.fallback, questions(d), d.other].map(
        (n) => html`<td class="num">${number(n)}</td>`,
      )}
    </tr>`;
  return section(
    'per-dag',
    LABELS.perDay,
    html`${chart(CHART_IDS.perDay, label)}
    ${srTable(html`
      <caption>
        ${LABELS.perDay}
      </caption>
      ${header([LABELS.day, LABELS.answered, LABELS.clarified, LABELS.fellBack, LABELS.questions, LABELS.other])}
      <tbody>
        ${days.map(row)}
      </tbody>
    `)}`,
  );
}

export function sharesSection(data: ReportData): SafeHtml {
  const t = data.total;
  const asked = questions(t);
  const label = LABELS.sharesChart(
    percent(share(t.answer, asked)),
    percent(share(t.clarify, asked)),
    percent(share(t.fallback, asked)),
  );
  const row = (d: DayFigures) =>
    html`<tr>
      <th scope="row">${shortDay(d.day)}</th>
      ${[d.answer, d.clarify, d.fallback].map(
        (n) => html`<td class="num">${percent(share(n, questions(d)))}</td>`,
      )}
    </tr>`;
  return section(
    'aandelen',
    LABELS.shares,
    html`<p>${LABELS.sharesIntro}</p>
      ${chart(CHART_IDS.shares, label)}
      ${srTable(html`
        <caption>
          ${LABELS.shares}
        </caption>
        ${header([LABELS.day, LABELS.answered, LABELS.clarified, LABELS.fellBack])}
        <tbody>
          ${data.days.map(row)}
        </tbody>
      `)}`,
  );
}

export function mostAskedSection(data: ReportData): SafeHtml {
  const top = data.mostAsked;
  if (top.length === 0) return section('onderwerpen', LABELS.mostAsked, html`<p>${LABELS.noAnswers}</p>`);
  const answers = data.total.answer;
  return section(
    'onderwerpen',
    LABELS.mostAsked,
    html`<p>${LABELS.mostAskedIntro}</p>
      ${chart(CHART_IDS.mostAsked, LABELS.mostAskedChart(top[0]!.title, top[0]!.count), 'chart chart-bars')}
      ${srTable(html`
        <caption>
          ${LABELS.mostAsked}
        </caption>
        ${header([LABELS.entry, LABELS.times, LABELS.shareOfAnswers])}
        <tbody>
          ${top.map(
            (e) =>
              html`<tr>
                <th scope="row">${entry(e)}</th>
                <td class="num">${number(e.count)}</td>
                <td class="num">${percent(share(e.count, answers))}</td>
              </tr>`,
          )}
        </tbody>
      `)}`,
  );
}

export function worstRatedSection(data: ReportData): SafeHtml {
  const rated = data.worstRated;
  if (rated.length === 0)
    return section('beoordeling', LABELS.worstRated, html`<p>${LABELS.noDownRatings}</p>`);
  return section(
    'beoordeling',
    LABELS.worstRated,
    html`<p>${LABELS.worstRatedIntro}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">${LABELS.entry}</th>
            <th scope="col" class="num">${LABELS.ratedDown}</th>
            <th scope="col" class="num">${LABELS.ratedUp}</th>
            <th scope="col" class="num">${LABELS.downShare}</th>
          </tr>
        </thead>
        <tbody>
          ${rated.map(
            (e) =>
              html`<tr>
                <th scope="row">
                  ${entry(e)}
                  ${
                    e.questions.length > 0
                      ? html`<span class="muted">${LABELS.askedAs}:</span>
                          <ul class="asked">
                            ${e.questions.map((q) => html`<li>“${q}”</li>`)}
                          </ul>`
                      : ''
                  }
                </th>
                <td class="num">${number(e.down)}</td>
                <td class="num">${number(e.up)}</td>
                <td class="num">${percent(e.downShare)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`,
  );
}

export function unansweredSection(data: ReportData, timeZone: string): SafeHtml {
  const groups = data.unansweredGroups;
  if (groups.length === 0)
    return section('onbeantwoord', LABELS.unanswered, html`<p>${LABELS.noUnanswered}</p>`);
  return section(
    'onbeantwoord',
    LABELS.unanswered,
    html`<p>${LABELS.unansweredIntro(data.unansweredGroupCount, data.unansweredCount)}</p>
      <table>
        ${header([LABELS.question, LABELS.times, LABELS.nearest], [0, 2])}
        <tbody>
          ${groups.map(
            (g) =>
              html`<tr>
                <th scope="row">
                  <span class="question">${g.text}</span>
                  <span class="muted"
                    >${LABELS.lastAsked} ${moment(g.lastAsked, timeZone)} ·
                    ${g.languages.map(languageName).join(', ')}</span
                  >
                </th>
                <td class="num">${number(g.count)}</td>
                <td>${g.nearestEntry ? entry(g.nearestEntry) : '–'}</td>
              </tr>`,
          )}
        </tbody>
      </table>`,
  );
}

export function languageSection(data: ReportData): SafeHtml {
  const all = data.languages.reduce((n, l) => n + l.count, 0);
  const parts = data.languages.map((l) => `${languageName(l.language)} ${percent(share(l.count, all))}`);
  return section(
    'talen',
    LABELS.languages,
    html`${chart(CHART_IDS.languages, LABELS.languagesChart(parts.join(', ')), 'chart chart-round')}
    ${srTable(html`
      <caption>
        ${LABELS.languages}
      </caption>
      ${header([LABELS.language, LABELS.messages, LABELS.shareOfAnswers])}
      <tbody>
        ${data.languages.map(
          (l) =>
            html`<tr>
              <th scope="row">${languageName(l.language)}</th>
              <td class="num">${number(l.count)}</td>
              <td class="num">${percent(share(l.count, all))}</td>
            </tr>`,
        )}
      </tbody>
    `)}`,
  );
}

function section(id: string, title: string, body: SafeHtml): SafeHtml {
  return html`<section aria-labelledby="${id}">
    <h2 id="${id}">${title}</h2>
    ${body}
  </section>`;
}

/** A canvas the page's script draws on; its accessible name says what it shows. */
function chart(id: string, description: string, className = 'chart'): SafeHtml {
  return html`<div class="${className}">
    <canvas id="${id}" role="img" aria-label="${description}">${LABELS.chartFallback}</canvas>
  </div>`;
}

/** A table's column heads: the first holds names, the others numbers unless `textColumns` says otherwise. */
/** A table behind a chart: read by screen readers, not shown (a table itself cannot be made narrow enough). */
function srTable(rows: SafeHtml): SafeHtml {
  return html`<div class="visually-hidden">
    <table>
      ${rows}
    </table>
  </div>`;
}

function header(columns: string[], textColumns: readonly number[] = [0]): SafeHtml {
  return html`<thead>
    <tr>
      ${columns.map(
        (c, i) => html`<th scope="col" ${textColumns.includes(i) ? '' : html` class="num"`}>${c}</th>`,
      )}
    </tr>
  </thead>`;
}

function entry(e: EntryName): SafeHtml {
  return html`<span class="entry">${e.title}</span>
    <code class="muted">${e.entryId}</code
    >${e.known ? '' : html` <span class="muted">(${LABELS.unknownEntry})</span>`}`;
}
