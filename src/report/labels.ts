/**
 * Every word the report shows, in Dutch (Quanta's staff read it), in one
 * place so the wording can be reviewed on its own.
 */
export const LABELS = {
  title: 'Rapport Quanta FAQ-bot',
  period: 'Periode',
  generated: 'Gemaakt op',
  source: 'Bronnen',
  noRecords: 'Er is nog niets vastgelegd: geen gesprekken, onbeantwoorde vragen of beoordelingen.',
  noTurns: 'Er zijn nog geen gesprekken vastgelegd, dus geen cijfers per dag, per uitkomst of per taal.',
  summary: 'Samenvatting',
  messages: 'Berichten',
  questions: 'Vragen',
  answered: 'Beantwoord',
  clarified: 'Teruggevraagd',
  fellBack: 'Geen antwoord',
  other: 'Overige berichten',
  otherExplained:
    'Vragen zijn berichten waarop de bot een antwoord uit de FAQ zocht. Overige berichten zijn begroetingen, bedankjes en navigatie (zoals “volgende”); die tellen niet mee in de percentages.',
  ratedUp: '👍 Nuttig',
  ratedDown: '👎 Niet nuttig',
  perDay: 'Vragen per dag',
  perDayChart: (total: number, first: string, last: string, busiest: string, most: number) =>
    `Gestapelde staafgrafiek: ${total} vragen van ${first} tot en met ${last}, per dag verdeeld in beantwoord, teruggevraagd en geen antwoord; de drukste dag was ${busiest} met ${most} vragen. De cijfers staan in de tabel hierna.`,
  shares: 'Beantwoord, teruggevraagd en geen antwoord',
  sharesIntro: 'Het aandeel van de vragen per dag; de samenvatting hierboven geeft het hele tijdvak.',
  sharesChart: (answered: string, clarified: string, fellBack: string) =>
    `Gestapelde staafgrafiek van de aandelen per dag. Over het hele tijdvak: ${answered} beantwoord, ${clarified} teruggevraagd, ${fellBack} geen antwoord. De cijfers staan in de tabel hierna.`,
  day: 'Dag',
  total: 'Totaal',
  mostAsked: 'Meest gevraagde onderwerpen',
  mostAskedIntro: 'Hoe vaak de bot het antwoord van een onderwerp liet zien.',
  mostAskedChart: (first: string, count: number) =>
    `Liggende staafgrafiek van de meest getoonde antwoorden; bovenaan ${first} met ${count} keer. De cijfers staan in de tabel hierna.`,
  noAnswers: 'Er is nog geen antwoord getoond.',
  entry: 'Onderwerp',
  times: 'Keer',
  shareOfAnswers: 'Aandeel',
  unknownEntry: 'niet meer in de kennisbank',
  worstRated: 'Slechtst beoordeelde antwoorden',
  worstRatedIntro:
    'Onderwerpen met minstens één 👎, de slechtste eerst (meeste 👎 min 👍). Daaronder de vragen die tot de 👎 leidden, als de bot ze kende.',
  noDownRatings: 'Nog geen enkel antwoord kreeg een 👎.',
  downShare: '% 👎',
  askedAs: 'Gevraagd als',
  unanswered: 'Grootste groepen onbeantwoorde vragen',
  unansweredIntro: (groups: number, total: number) =>
    `${total} vragen zonder antwoord in ${groups} groepen (dezelfde vraag met andere hoofdletters, leestekens of accenten telt als één). De grootste groepen:`,
  noUnanswered: 'Er zijn nog geen onbeantwoorde vragen vastgelegd.',
  question: 'Vraag',
  nearest: 'Lijkt het meest op',
  lastAsked: 'laatst',
  languages: 'Talen',
  languagesChart: (parts: string) => `Cirkeldiagram van de berichten per taal: ${parts}.`,
  language: 'Taal',
  languageNames: { nl: 'Nederlands', en: 'Engels' } as Record<string, string>,
  chartFallback: 'Grafiek; de cijfers staan in de tabel hierna.',
  footer:
    'Gemaakt met npm run kb:report. Dit bestand laadt niets van internet; vragen van bezoekers staan er zonder namen of gebruikers-id’s in, zoals ze in de logboeken staan.',
} as const;
