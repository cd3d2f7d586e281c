import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/normalize';
import { recogniseSmallTalk, type SmallTalk } from '../../src/text/smallTalkRecogniser';
import type { SmallTalkKind } from '../../src/text/smallTalkLexicon';
import type { Language } from '../../src/text/language';

/** The recogniser is given the normalised text, as the conversation turn does. */
const recognise = (text: string) => recogniseSmallTalk(normalizeText(text));

describe('recogniseSmallTalk', () => {
  it.each<[string, SmallTalkKind, Language | undefined]>([
    // greeting
    ['Hoi', 'greeting', 'nl'],
    ['Hallo!', 'greeting', 'nl'],
    ['hallooo', 'greeting', 'nl'],
    ['hallo daar', 'greeting', 'nl'],
    ['Goedemorgen', 'greeting', 'nl'],
    ['goeiemiddag allemaal', 'greeting', 'nl'],
    ['goedemorgn', 'greeting', 'nl'],
    ['goeiendag', 'greeting', 'nl'],
    // a colleague trying the bot
    ['test', 'greeting', undefined],
    ['even testen', 'greeting', 'nl'],
    ['testing testing', 'greeting', 'en'],
    ['hee, collega hier, even testen. wie ben jij?', 'who', 'nl'],
    ['Testing testing. Who are you?', 'who', 'en'],
    // in chat style, also between two questions
    ['ok geen probleem', 'acknowledge', 'nl'],
    ['super, daar kan ik wat mee', 'acknowledge', 'nl'],
    ['goed verhaal hoor', 'acknowledge', 'nl'],
    ['idd, herkenbaar. dankje', 'thanks', 'nl'],
    ['haha ok, duidelijk. merci', 'thanks', 'nl'],
    ['no worries', 'acknowledge', 'en'],
    // what it helped with
    ['thanks, that really helps for my paper', 'thanks', 'en'],
    ['Dank je, nuttig voor mijn scriptie', 'thanks', 'nl'],
    ["you've been very helpful, bye!", 'goodbye', 'en'],
    ['prettig kennis te maken', 'greeting', 'nl'],
    ['hi', 'greeting', 'en'],
    ['Hello there!', 'greeting', 'en'],
    ['helloooo', 'greeting', 'en'],
    ['hey', 'greeting', undefined],
    ['heeey', 'greeting', undefined],
    // thanks
    ['bedankt!', 'thanks', 'nl'],
    // Flemish: "ge hebt", "ge zijt"
    ['Bedankt, ge hebt mij goed geholpen!', 'thanks', 'nl'],
    ['Merci hé, ge zijt top', 'thanks', 'nl'],
    ['haha sorry, laters!', 'goodbye', undefined],
    ['bedankt, daar heb ik wat aan', 'thanks', 'nl'],
    ['ok jammer, doei', 'goodbye', 'nl'],
    ['kun je je even voorstellen?', 'who', 'nl'],
    ['can you introduce yourself?', 'who', 'en'],
    ['Dankjewel', 'thanks', 'nl'],
    ['dank je wel', 'thanks', 'nl'],
    ['super bedankt voor de info', 'thanks', 'nl'],
    ['top, dankjewel!', 'thanks', 'nl'],
    ['bedankr', 'thanks', 'nl'],
    ['thanks!', 'thanks', 'en'],
    ['thank you so much', 'thanks', 'en'],
    ['thanks for the info', 'thanks', 'en'],
    ['dank je voor de uitleg', 'thanks', 'nl'],
    ['thnaks', 'thanks', 'en'],
    ['ok thanks', 'thanks', 'en'],
    // goodbye
    ['doei', 'goodbye', 'nl'],
    ['doeiii', 'goodbye', 'nl'],
    ['Tot ziens!', 'goodbye', 'nl'],
    ['fijne dag nog', 'goodbye', 'nl'],
    ['ok bedankt, doei', 'goodbye', 'nl'],
    ['bye', 'goodbye', 'en'],
    ['Goodbye!', 'goodbye', 'en'],
    ['have a nice day', 'goodbye', 'en'],
    ['see you later', 'goodbye', 'en'],
    ['thanks, bye', 'goodbye', 'en'],
    // help
    ['help', 'help', 'nl'],
    ['Wat kan ik vragen?', 'help', 'nl'],
    ['waarmee kun je me helpen', 'help', 'nl'],
    ['hoi, ik hoop dat je me kunt helpen', 'help', 'nl'],
    ['kk', 'acknowledge', undefined],
    ['ik heb een vraag', 'help', 'nl'],
    ['ik heb nog een vraag', 'help', 'nl'],
    // a question announced, the question itself in the next message (visitors-df)
    ['goedemiddag, even een vraag hoor', 'help', 'nl'],
    ['quick question', 'help', 'en'],
    // several questions announced, and the chat welcomed or praised (visitors-dk)
    ['Goedemorgen, ik heb een paar vragen', 'help', 'nl'],
    ['i have a few questions', 'help', 'en'],
    ['Hallo, fijn dat deze chat er is', 'compliment', 'nl'],
    ['Hi there, love your website', 'compliment', 'en'],
    ['Duidelijk verhaal trouwens, complimenten!', 'compliment', 'nl'],
    ['kudos', 'compliment', 'en'],
    ['daar heb ik nog een vraag over', 'help', 'nl'],
    ['one more question', 'help', 'en'],
    ['What can I ask?', 'help', 'en'],
    ['how does this work', 'help', 'en'],
    // who
    ['wie ben jij?', 'who', 'nl'],
    ['hallo, wie ben jij', 'who', 'nl'],
    ['ben jij een robot?', 'who', 'nl'],
    ['praat ik met een echt mens?', 'who', 'nl'],
    ['Ben ik nu met een robot aan het praten?', 'who', 'nl'],
    ['zit ik hier met een mens te chatten', 'who', 'nl'],
    ['hoe heet je', 'who', 'nl'],
    ['who are you', 'who', 'en'],
    ['are you a bot?', 'who', 'en'],
    ["what's your name", 'who', 'en'],
    // how are you
    ['hoe gaat het', 'howAreYou', 'nl'],
    ['hoi, hoe gaat het met je?', 'howAreYou', 'nl'],
    ['alles goed?', 'howAreYou', 'nl'],
    ['How are you doing today?', 'howAreYou', 'en'],
    ['Hoe gaat het trouwens met jou vandaag? :)', 'howAreYou', 'nl'],
    // acknowledge
    ['ok', 'acknowledge', undefined],
    ['hmm ok', 'acknowledge', undefined],
    // thanks in the visitor's own language keep the conversation's
    ['is ok, gracias', 'thanks', undefined],
    ['Oké', 'acknowledge', undefined],
    ['okeee', 'acknowledge', undefined],
    ['prima', 'acknowledge', 'nl'],
    ['duidelijk, dank', 'thanks', 'nl'],
    ['helder', 'acknowledge', 'nl'],
    ['jaaa', 'acknowledge', 'nl'],
    ['great', 'acknowledge', 'en'],
    ['understood', 'acknowledge', 'en'],
    ['wat interessant', 'acknowledge', 'nl'],
    ['ok, ik snap het', 'acknowledge', 'nl'],
    ['got it, makes sense', 'acknowledge', 'en'],
    // not helped: the visitor scolds the bot or its help (visitors-dr)
    ['wat een slechte service hier', 'complaint', 'nl'],
    ['je helpt me niet', 'complaint', 'nl'],
    ['you are pretty useless', 'complaint', 'en'],
    ['this bot is useless', 'complaint', 'en'],
    // what the bot is, asked as whether it understands itself (visitors-dr)
    ['do you actually understand what you say?', 'who', 'en'],
    ['snap je wel wat je zegt?', 'who', 'nl'],
    ['hoe oud ben jij eigenlijk?', 'who', 'nl'],
    ['ben jij zelf ook een sociaal ondernemer haha', 'who', 'nl'],
    ['pff wat een waardeloze chatbot ben jij', 'complaint', 'nl'],
  ])('%j → %s (%s)', (text, kind, language) => {
    expect(recognise(text)).toEqual<SmallTalk>({ kind, language });
  });

  it.each([
    // small talk around an FAQ question or another request
    'Hallo, wat zijn de negen petten?',
    'hoi, wat kost een training?',
    'bedankt, en wat doet de strateeg?',
    'hello, what is social entrepreneurship?',
    'thanks, and what does the strategist do?',
    'wat kan ik vragen over de negen petten',
    'hoe gaat het met de strateeg',
    'wie is de strateeg',
    'help me met de negen petten',
    'is het goed uitgelegd in de faq wat een pet is',
    'geen probleem, wat is een pet?',
    'ik wil mijn idee testen bij klanten',
    'test van de negen petten',
    'collega hier: wat doet de strateeg?',
    // "slecht" in a question about the FAQ's topics
    'wat is slechte service',
    'is het slecht als ik twijfel?',
    // not small talk at all
    'Wat is sociaal ondernemen?',
    'volgende',
    'strateeg',
    '',
    'hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi',
  ])('%j is not small talk', (text) => {
    expect(recognise(text)).toBeUndefined();
  });

  describe('compliments', () => {
    it.each<[string, Language | undefined]>([
      ['wat een slimme assistent zeg', 'nl'],
      ['Wat een superhandige bot!', 'nl'],
      ['wat een fijne uitleg', 'nl'],
      ['wat ben je slim', 'nl'],
      ['jij bent echt geweldig', 'nl'],
      ['je bent een topper', 'nl'],
      ['deze chatbot werkt prima', 'nl'],
      ['leuke bot hoor', 'nl'],
      ['heel behulpzaam', 'nl'],
      ['goed gedaan!', 'nl'],
      ['top, helder uitgelegd', 'nl'],
      ['Leuke en heldere site trouwens!', 'nl'],
      ['Wat aardig dat u zo snel antwoordt!', 'nl'],
      ['goed uitgelegd!', 'nl'],
      ['this chatbot is really useful', 'en'],
      ['what a lovely assistant', 'en'],
      ["you're amazing", 'en'],
      ['great answers, very helpfull', 'en'],
      ['well done', 'en'],
      ['nicely explained', 'en'],
      ['you are really helpful btw', 'en'],
      ['awesome!!', 'en'],
      ['top bot', undefined],
    ])('%j → compliment (%s)', (text, language) => {
      expect(recognise(text)).toEqual<SmallTalk>({ kind: 'compliment', language });
    });

    it.each<[string, SmallTalkKind]>([
      // Thanks or an acknowledgement with praise in it stay thanks or acknowledgement.
      ['super handig, dank je wel', 'thanks'],
      ['really useful, thanks!', 'thanks'],
      ['supertop', 'acknowledge'],
      ['wat leuk', 'acknowledge'],
      ['how nice', 'acknowledge'],
    ])('%j → %s', (text, kind) => {
      expect(recognise(text)?.kind).toBe(kind);
    });
  });

  describe('languages: which ones the bot answers in', () => {
    it.each<[string, Language]>([
      ['Hi! Do you speak English?', 'en'],
      ['can I ask my question in English?', 'en'],
      ['which languages do you understand?', 'en'],
      ['spreekt u ook Engels?', 'nl'],
      ['kan ik hier ook in het Engels vragen?', 'nl'],
    ])('%j → languages (%s)', (text, language) => {
      expect(recognise(text)).toEqual<SmallTalk>({ kind: 'languages', language });
    });

    it('leaves a question about English-speaking enterprises alone', () => {
      expect(recognise('do English social enterprises differ from Dutch ones?')).toBeUndefined();
    });
  });

  describe('who: a person or a computer', () => {
    it.each<[string, Language]>([
      ['spreek ik nu met een computer of met een mens?', 'nl'],
      ['ben je een echt persoon of een bot', 'nl'],
      ['is dit een mens of een computer', 'nl'],
      ['chat ik hier met een robot', 'nl'],
      ['heb ik met een computer te maken?', 'nl'],
      ['spreek ik met een medewerker van quanta?', 'nl'],
      ['Hey, ben jij een chatbot?', 'nl'],
      ['tegen wie praat ik nou eigenlijk', 'nl'],
      ['wat voor ding ben jij', 'nl'],
      ['is this a human or a bot?', 'en'],
      ['am I speaking with a human being', 'en'],
      ['is there a real person here', 'en'],
      ['r u human', 'en'],
      ['are you an AI?', 'en'],
      ['who am i chatting with', 'en'],
      ['whos this', 'en'],
    ])('%j → who (%s)', (text, language) => {
      expect(recognise(text)).toEqual<SmallTalk>({ kind: 'who', language });
    });
  });

  describe('informal English', () => {
    it.each<[string, SmallTalkKind]>([
      ['thanx a lot', 'thanks'],
      ['thanks, thats what i needed', 'thanks'],
      ['that is exactly what i was looking for', 'acknowledge'],
      ['thank youu', 'thanks'],
      ['cheers mate', 'thanks'],
      // typed on a phone: "k" is ok, "ta" thanks, "v" very
      ['k thx', 'thanks'],
      ['ok ta', 'thanks'],
      ['thx v helpful', 'thanks'],
      // chat abbreviations: "gr8" great, "ur" your, "tysm" thank you so much (visitors-ec)
      ['gr8 thx', 'thanks'],
      ['ok, thanks for ur help', 'thanks'],
      ['tysm', 'thanks'],
      ['meh ok', 'acknowledge'],
      ['thank you my friend', 'thanks'],
      ['much appreciated', 'thanks'],
      ['no thanks', 'thanks'],
      ['ok, thanks anyway', 'thanks'],
      ['thank you, very clear', 'thanks'],
      ['very clear', 'acknowledge'],
      ["you've really helped me a lot", 'thanks'],
      ["never mind, that's all for now", 'goodbye'],
      ['Great, that is all I need. Thanks!', 'goodbye'],
      ['Fine. Bye.', 'goodbye'],
      ['cya later', 'goodbye'],
      ['talk to you later', 'goodbye'],
      ['goodnight!', 'goodbye'],
      ['ok thanks, bye', 'goodbye'],
      ['have a good one', 'goodbye'],
      ['evening all!', 'greeting'],
      ['heya', 'greeting'],
      ["how's it going?", 'howAreYou'],
      ['what do you do?', 'help'],
      ['can you help me please', 'help'],
      ['hello, I hope you can help me', 'help'],
      ['what can I ask you about?', 'help'],
    ])('%j → %s (en)', (text, kind) => {
      expect(recognise(text)).toEqual<SmallTalk>({ kind, language: 'en' });
    });
  });

  describe('informal Dutch', () => {
    it.each<[string, SmallTalkKind]>([
      // Flemish (visitors-eb)
      ['ok bon', 'acknowledge'],
      ['allez, merci en salu', 'goodbye'],
      ['amai, bedankt, ge zijt nen goeie!', 'thanks'],
      ['superbedankt', 'thanks'],
      ['danku', 'thanks'],
      ['nee, dank je', 'thanks'],
      ['Bedankt, u heeft me goed geholpen.', 'thanks'],
      ['Dank u wel voor de toelichting.', 'thanks'],
      ['je hebt me enorm geholpen', 'thanks'],
      ['laat maar, doei', 'goodbye'],
      ['oke, tot zien', 'goodbye'],
      ['Dank, hier kan ik mee verder', 'thanks'],
      ['Jammer. Hartelijk dank voor de informatie in elk geval.', 'thanks'],
      ['Prima, dan heb ik genoeg voor mijn les. Fijne dag!', 'goodbye'],
      // done with a list, not asking for it again (visitors-dv)
      ['ok dan heb ik ze allemaal, bedankt', 'thanks'],
      ['dat is precies wat ik zocht', 'acknowledge'],
      ['Nou ja, ik zal erover nadenken. Doei.', 'goodbye'],
      ['idd klinkt wel stoer haha', 'acknowledge'],
      ['oke dat was t', 'goodbye'],
      ['groetjes', 'goodbye'],
      ['ik ga ervandoor', 'goodbye'],
      ['slaap lekker', 'goodbye'],
      ['goeie middag', 'greeting'],
      ['hoe gaat ie', 'howAreYou'],
      ['help aub', 'help'],
      ['kan je me helpen?', 'help'],
      ['wat kan jij voor mij doen', 'help'],
      ['hoe werkt deze chat? wat kan ik je vragen?', 'help'],
      ['hoi! wie ben je eigelijk', 'who'],
    ])('%j → %s (nl)', (text, kind) => {
      expect(recognise(text)).toEqual<SmallTalk>({ kind, language: 'nl' });
    });
  });

  it.each([
    // a question after the small talk goes on to the FAQ
    'bedankt! en wat doet de schatbewaarder?',
    'help, wat zijn de negen petten?',
    'thanks, what is vital craftsmanship?',
    'top, en wat doet de verkenner?',
    'bedankt, en de ballen in de soep?',
    // questions that use the words of small talk
    'is een robot ook een sociaal ondernemer?',
    'is een chatbot een product of een dienst?',
    'kun je me helpen met de verkoper',
    // "klinkt vaag" asks for more, it is no acknowledgement
    'dat klinkt vaag',
    'wie is de strateeg',
    'hoe werkt de schatbewaarder',
    'who are the nine hats',
    'what makes a good strategist',
    'wat is een goede strateeg',
    'welke pet is handig voor geld',
    // questions about the bot are not praise
    'is deze bot handig?',
    'is dit handig?',
    'ben jij slim?',
    'are you smart?',
    // a follow-up is not an acknowledgement
    'ok, volgende',
    'thanks, next',
    // a real word one letter away from a small-talk word
    'start',
    'treat',
    // "laat maar zien" is "show me", not the "laat maar" of a visitor who gives up (visitors-cy)
    'laat maar zien',
    'laat maar eens zien',
  ])('%j is not small talk', (text) => {
    expect(recognise(text)).toBeUndefined();
  });

  // Bug: byPhrase cuts up to three opening small-talk/social words off a message to find a
  // phrase behind them ("hoi, hoe gaat het"); "bedankt voor de" is such an opening, so the
  // thanks end up as the help phrase "hulp"/"help", answered with the help text, in Dutch.
  it.each<[string, SmallTalkKind, Language]>([
    ['bedankt voor de hulp', 'thanks', 'nl'],
    ['thanks for the help', 'thanks', 'en'],
    // thanks for thinking along, for the tips or the advice: what is thanked for is filler too
    ['Oké, dank voor het meedenken.', 'thanks', 'nl'],
    ['bedankt voor de tips', 'thanks', 'nl'],
  ])('%j → %s (%s)', (text, kind, language) => {
    expect(recognise(text)).toEqual<SmallTalk>({ kind, language });
  });

  // Bug: the English pattern for howAreYou includes "nice to meet you", so the bot answers
  // "I'm fine, thank you!"; its Dutch counterpart "prettig kennis te maken" is a greeting.
  it('treats "nice to meet you" as a greeting, like "prettig kennis te maken"', () => {
    expect(recognise('nice to meet you')).toEqual({ kind: 'greeting', language: 'en' });
  });
});
