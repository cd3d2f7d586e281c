import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldKey, parseFaqPage, type ParsedEntry } from '../../src/knowledge/faqParser';

/**
 * A frozen capture of the FAQ page: these tests are about the parser on a real page, not about
 * what the FAQ says today, so editing knowledge/source/ changes none of them.
 */
const PAGE = readFileSync(
  path.join(__dirname, '../fixtures/faq-page/quantanpm-veelgestelde-vragen.txt'),
  'utf8',
);
const parsed = parseFaqPage(PAGE);
const byId = new Map(parsed.map((p) => [p.entry.id, p]));
const get = (id: string): ParsedEntry => {
  const found = byId.get(id);
  if (!found) throw new Error(`no parsed entry "${id}"`);
  return found;
};
const itemsOf = (parent: string) => parsed.filter((p) => p.entry.parent === parent).map((p) => p.entry);

const TRAITS = 'karakteriseert-sociaal-ondernemer';
const HATS = 'negen-petten-sociaal-ondernemer';
const SERVICES = 'verschillen-diensten-producten';
const CONSEQUENCES = 'voorgaande-gevolgen-dienstverlenende-publieke-organisaties';

describe('parseFaqPage on a captured FAQ page', () => {
  it('makes the four questions under "Vragen" the topics, in page order', () => {
    expect(parsed.filter((p) => p.entry.topic).map((p) => [p.entry.id, p.entry.question])).toEqual([
      ['sociaal-ondernemen', 'Wat is sociaal ondernemen?'],
      [HATS, 'Wat zijn de negen petten van de sociaal ondernemer?'],
      ['vitaal-vakmanschap', 'Wat is vitaal vakmanschap?'],
      [SERVICES, 'Waarin verschillen diensten van producten?'],
    ]);
  });

  it('gives every question, sub-question and the contact details an entry, in page order', () => {
    expect(parsed.filter((p) => p.entry.parent === undefined).map((p) => p.entry.id)).toEqual([
      'sociaal-ondernemen',
      TRAITS,
      HATS,
      'vitaal-vakmanschap',
      SERVICES,
      CONSEQUENCES,
      'contact',
    ]);
    expect(parsed).toHaveLength(7 + 6 + 9 + 5);
  });

  it('turns one-line paragraphs ending in "?" into sub-questions, offered as follow-ups of their topic', () => {
    expect(get('sociaal-ondernemen').entry.followUps).toEqual([TRAITS]);
    expect(get(SERVICES).entry.followUps).toEqual([CONSEQUENCES]);
    expect(get(HATS).entry.followUps).toBeUndefined();
    for (const id of [TRAITS, CONSEQUENCES]) {
      expect(get(id).entry.topic).toBeUndefined();
      expect(get(id).file).toBe(get(id === TRAITS ? 'sociaal-ondernemen' : SERVICES).file);
    }
    expect(get(TRAITS).entry).toMatchObject({
      title: 'Wat karakteriseert een sociaal ondernemer',
      question: 'Wat karakteriseert een sociaal ondernemer?',
    });
  });

  it('keeps a topic answer to its own paragraphs, not the next question', () => {
    expect(get('sociaal-ondernemen').entry.answer).toBe(
      'Sociaal ondernemers creëren maatschappelijke meerwaarde, door een positieve bijdrage te leveren aan de samenleving. Geld is hiervoor een belangrijk middel, maar nooit het hoofddoel. Sociaal ondernemers herkennen knelpunten in de maatschappij en leveren (nieuwe) manieren om deze op te lossen. Zij beschikken over de betrokkenheid, visie en vastberadenheid om veranderingen te bewerkstelligen en combineren maatschappelijk verantwoordelijkheidsgevoel met zakelijke discipline.',
    );
    const vital = get('vitaal-vakmanschap').entry.answer.split('\n\n');
    expect(vital).toHaveLength(5);
    expect(vital[2]).toBe('Vitale vakmensen omarmen zowel kwetsbaarheid als lef, of zelfs rebellie.');
    expect(itemsOf('vitaal-vakmanschap')).toEqual([]);
  });

  it.each<[string, number, string[]]>([
    [TRAITS, 6, ['Visie', 'Informatie', 'Onafhankelijkheid', 'Oog voor geld', 'Beweging', 'Verbinding']],
    [
      HATS,
      9,
      [
        'Strateeg',
        'Verkenner',
        'Verkoper',
        'Relatiebeheerder',
        'Coördinator',
        'Partner',
        'Specialist',
        'Concurrent',
        'Schatbewaarder',
      ],
    ],
    [
      SERVICES,
      5,
      [
        'Diensten en ideeën zijn ontastbaar',
        'Productie en consumptie vallen samen',
        'De afnemer produceert mee',
        'Het aanbod is vergankelijk',
        'Een dienst is persoonsgebonden',
      ],
    ],
  ])('lists the items of %s: %i, numbered from 1, with their titles', (parent, count, titles) => {
    const items = itemsOf(parent);
    expect(items).toHaveLength(count);
    expect(items.map((i) => [i.position, i.title])).toEqual(titles.map((title, i) => [i + 1, title]));
    expect(items.map((i) => i.question)).toEqual(titles.map((title) => `Wat houdt "${title}" in?`));
  });

  it('derives item ids from the list id and the title', () => {
    expect(itemsOf(HATS).map((i) => i.id)).toEqual([
      `${HATS}-strateeg`,
      `${HATS}-verkenner`,
      `${HATS}-verkoper`,
      `${HATS}-relatiebeheerder`,
      `${HATS}-coordinator`,
      `${HATS}-partner`,
      `${HATS}-specialist`,
      `${HATS}-concurrent`,
      `${HATS}-schatbewaarder`,
    ]);
    expect(itemsOf(TRAITS)[3]!.id).toBe(`${TRAITS}-oog-voor-geld`);
  });

  it('joins the wrapped line of trait 1 to its item', () => {
    const visie = itemsOf(TRAITS)[0]!;
    expect(visie.answer).toBe(
      '**Visie**\n\nEen ambitie gaat hand in hand met een idee over een te varen koers, waarvan wordt verwacht dat deze een oplossing biedt voor een probleem in de samenleving of van een doelgroep.',
    );
    expect(get(TRAITS).entry.answer.split('\n')[0]).toBe(
      '1. Visie | Een ambitie gaat hand in hand met een idee over een te varen koers, waarvan wordt verwacht dat deze een oplossing biedt voor een probleem in de samenleving of van een doelgroep.',
    );
    expect(get(TRAITS).entry.answer.split('\n')).toHaveLength(6);
  });

  it('answers a hat with the text after its title', () => {
    expect(itemsOf(HATS)[4]!.answer).toBe(
      '**Coördinator**\n\nU draagt er zorg voor dat alles wat nodig is om gemaakte afspraken na te komen, ook wordt uitgevoerd. Afspraak is immers afspraak!',
    );
    expect(itemsOf(HATS).every((i) => i.examples === undefined)).toBe(true);
  });

  it('keeps intro, list and closing paragraph in the answer of a list, without the item sections', () => {
    expect(get(SERVICES).entry.answer.split('\n\n')).toEqual([
      'De meeste publieke organisaties bieden diensten aan. Het onderscheid tussen producten en diensten doet er in de dagelijkse praktijk toe. Diensten hebben vijf algemene kenmerken waarmee terdege rekening moet worden gehouden door sociaal ondernemers:',
      '1. Diensten en ideeën zijn ontastbaar;\n2. Productie en consumptie vallen samen;\n3. De afnemer produceert mee;\n4. Het aanbod is vergankelijk;\n5. Een dienst is persoonsgebonden.',
      'Vanwege de consequenties voor sociaal ondernemen is het van belang na te gaan in hoeverre deze kenmerken gelden voor uw aanbod.',
    ]);
  });

  it.each<[number, string, string, number]>([
    [1, 'Diensten en ideeën zijn ontastbaar.', 'Hierdoor ontstaat er bij de afnemer', 3],
    [2, 'Productie en consumptie vallen samen.', 'Diensten komen tot stand door de interactie', 2],
    [3, 'De afnemer produceert mee.', 'De dienstverlener is afhankelijk van de wijze', 2],
    [4, 'Het aanbod is vergankelijk.', 'Niet voor alle, maar toch voor de meeste diensten', 2],
    // the section heading of item 5 differs from its line in the list
    [5, 'Een dienst of idee is persoonsgebonden.', 'Productie en consumptie vallen bij veel diensten', 2],
  ])(
    'gives service characteristic %i its section "%s", explanation and examples',
    (position, heading, start, bullets) => {
      const item = itemsOf(SERVICES)[position - 1]!;
      const [bold, explanation, ...more] = item.answer.split('\n\n');
      expect(bold).toBe(`**${heading}**`);
      expect(explanation).toMatch(new RegExp(`^${start}`));
      expect(more).toEqual([]);
      const examples = item.examples!.split('\n');
      expect(examples[0]).toMatch(/bijvoorbeeld/i);
      expect(examples[1]).toBe('');
      expect(examples.slice(2)).toHaveLength(bullets);
      expect(examples.slice(2).every((line) => line.startsWith('- '))).toBe(true);
    },
  );

  it('keeps the examples of the first service characteristic word for word', () => {
    expect(itemsOf(SERVICES)[0]!.examples).toBe(
      'Hoe kan bijvoorbeeld vooraf zichtbaar worden gemaakt:\n\n- Wat mij overkomt tijdens het proces van indicatiestelling;\n- Wat deze hulpverlening precies inhoudt;\n- Welke gevolgen de hulpverlening heeft voor mijn kennen, kunnen en willen.',
    );
  });

  it('turns the consequences into a bullet list', () => {
    const lines = get(CONSEQUENCES).entry.answer.split('\n');
    expect(lines).toHaveLength(10);
    expect(lines.every((line) => line.startsWith('- '))).toBe(true);
    expect(lines[0]).toBe(
      '- Gebrek aan kennis bij de hulpverlener van zijn (potentiële) afnemers is fnuikend voor de continuïteit;',
    );
    expect(lines[9]).toBe(
      '- Beheersing van het totale dienstverlenende proces is belangrijker dan het beheersen van onderdelen van dat proces.',
    );
  });

  it('reads the contact details (address, phone, e-mail) from the header line', () => {
    expect(get('contact')).toEqual<ParsedEntry>({
      entry: {
        id: 'contact',
        title: 'Contact',
        question: 'Hoe kan ik contact opnemen?',
        answer:
          '**Quanta|NpM**\n- Wilhelmina Druckerweg 7, 4105 EP Culemborg\n- t:0345 - 532 187\n- info@quantanpm.nl',
      },
      file: 'contact',
      sourceOwned: ['answer'],
      anchor: 'header:contact',
    });
  });

  it('names what the page owns and anchors each entry to its place on the page', () => {
    expect(get(HATS)).toMatchObject({
      file: HATS,
      sourceOwned: ['question', 'answer', 'topic'],
      anchor: 'q:wat zijn de negen petten van de sociaal ondernemer',
    });
    expect(parsed.find((p) => p.entry.id === `${HATS}-verkoper`)).toMatchObject({
      file: HATS,
      sourceOwned: ['title', 'parent', 'position', 'answer', 'examples'],
      anchor: 'q:wat zijn de negen petten van de sociaal ondernemer#3',
    });
  });

  it('reads Windows line endings the same way', () => {
    expect(parseFaqPage(PAGE.replace(/\n/g, '\r\n'))).toEqual(parsed);
  });
});

const HEADER = 'Voorbeeld|NpM    Dorpsstraat 1, 1234 AB    Ergens    t:012 - 345 678    info@voorbeeld.nl';

describe('parseFaqPage on a broken page', () => {
  it.each<[string, string, RegExp]>([
    ['has no "Vragen" line', `${HEADER}\n\nAntwoorden\n\nWat is een plan?\n\nEen plan.`, /no "Vragen" line/],
    [
      'has no "Antwoorden" line',
      `${HEADER}\n\nVragen\n\nWat is een plan?\n\nWat is een plan?\n\nEen plan.`,
      /followed by an "Antwoorden" line/,
    ],
    [
      'has "Antwoorden" before "Vragen"',
      `${HEADER}\n\nAntwoorden\n\nWat is een plan?\n\nEen plan.\n\nVragen\n\nWat is een plan?`,
      /followed by an "Antwoorden" line/,
    ],
    [
      'lists a question without an answer',
      `${HEADER}\n\nVragen\n\nWat is een plan?\nWat is een doel?\n\nAntwoorden\n\nWat is een plan?\n\nEen plan.`,
      /no answer found for: Wat is een doel\?$/,
    ],
    [
      'has no contact details in its first line',
      'Veelgestelde vragen\n\nVragen\n\nWat is een plan?\n\nAntwoorden\n\nWat is een plan?\n\nEen plan.',
      /the first line does not hold the contact details: "Veelgestelde vragen"/,
    ],
    [
      'has a header without e-mail',
      'Voorbeeld|NpM    Dorpsstraat 1, 1234 AB    Ergens    t:012 - 345 678\n\nVragen\n\nWat is een plan?\n\nAntwoorden\n\nWat is een plan?\n\nEen plan.',
      /the first line does not hold the contact details/,
    ],
  ])('throws when the page %s', (_case, page, message) => {
    expect(() => parseFaqPage(page)).toThrow(message);
  });

  it('parses the smallest valid page', () => {
    const page = `${HEADER}\n\nVragen\n\nWat is een plan?\n\nAntwoorden\n\nWat is een plan?\n\nEen plan is kort.\nEn helder.`;
    expect(parseFaqPage(page).map((p) => p.entry)).toEqual([
      {
        id: 'plan',
        title: 'Wat is een plan',
        question: 'Wat is een plan?',
        answer: 'Een plan is kort.\nEn helder.',
        topic: true,
      },
      {
        id: 'contact',
        title: 'Contact',
        question: 'Hoe kan ik contact opnemen?',
        answer: '**Voorbeeld|NpM**\n- Dorpsstraat 1, 1234 AB Ergens\n- t:012 - 345 678\n- info@voorbeeld.nl',
      },
    ]);
  });
});

describe('foldKey', () => {
  it.each([
    ['Wat zijn de negen petten?', 'wat zijn de negen petten'],
    ['Coördinator', 'coordinator'],
    ['  Diensten & ideeën!  ', 'diensten ideeen'],
  ])('%j → %j', (text, key) => {
    expect(foldKey(text)).toBe(key);
  });
});
