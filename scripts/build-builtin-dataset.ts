/**
 * Writes public/data/builtin.json: the built-in article with its hand-checked events.
 *
 * Evidence is written here as quotes; offsets are computed from the verbatim text so
 * that they cannot drift. A quote that is missing or ambiguous stops the script.
 *   npx tsx scripts/build-builtin-dataset.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DatasetInput } from '../src/domain/schema.ts';
import { parseDataset } from '../src/domain/parseDataset.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_ID = 'kim-putin-call-2025-08-13';
const text = readFileSync(`${root}scripts/seed/000_8816d55d54cfc59c.txt`, 'utf8');

function span(quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`quote not found (occurrence ${occurrence}): ${quote}`);
  }
  if (occurrence === 0 && text.indexOf(quote, at + 1) >= 0) throw new Error(`quote is ambiguous, name its occurrence: ${quote}`);
  return { sourceId: SOURCE_ID, start: at, end: at + quote.length, quote };
}

const reviewed = { status: 'accepted' as const, reviewedAt: '2026-11-24T00:00:00Z', reviewer: 'Sourceline team' };
const manual = { method: 'manual' as const };

const dataset: DatasetInput = {
  format: 'sourceline/dataset',
  version: 1,
  title: 'Putin–Kim phone call, August 2025',
  description:
    'A Russian news article of 13 August 2025 about a phone call between Vladimir Putin and Kim Jong Un, with its dated events checked by hand.',
  sources: [
    {
      id: SOURCE_ID,
      title: 'Ким Чен Ын в телефонном разговоре заверил Путина в поддержке России',
      language: 'ru',
      published: '2025-08-13T10:15+03:00',
      publishedZone: 'Europe/Moscow',
      text,
    },
  ],
  actors: [
    { id: 'putin', name: 'Vladimir Putin', aliases: ['Путин', 'Владимир Путин'], type: 'person' },
    { id: 'kim-jong-un', name: 'Kim Jong Un', aliases: ['Ким Чен Ын'], type: 'person' },
    { id: 'russia', name: 'Russia', aliases: ['Россия', 'РФ'], type: 'state' },
    { id: 'dprk', name: 'North Korea (DPRK)', aliases: ['КНДР', 'DPRK'], type: 'state' },
    { id: 'kremlin', name: 'Kremlin press service', aliases: ['пресс-служба Кремля'], type: 'organisation' },
    { id: 'kcna', name: 'KCNA', aliases: ['Центральное телеграфное агентство Кореи', 'ЦТАК'], type: 'organisation' },
    { id: 'kpa', name: "Korean People's Army", aliases: ['Корейская народная армия'], type: 'organisation' },
    { id: 'red-army', name: 'Red Army', aliases: ['Красная Армия'], type: 'organisation' },
  ],
  events: [
    {
      id: 'treaty-signed',
      title: 'Russia and the DPRK sign the Treaty on Comprehensive Strategic Partnership',
      when: '2024-06-19',
      kind: 'occurrence',
      actors: ['russia', 'dprk', 'putin', 'kim-jong-un'],
      tags: ['treaty'],
      evidence: [
        span('заключенного 19 июня 2024 года Договора о всеобъемлющем стратегическом партнерстве между Россией и КНДР'),
        span('в соответствии с Договором о всеобъемлющем стратегическом сотрудничестве'),
      ],
      review: reviewed,
      provenance: manual,
    },
    {
      id: 'phone-call',
      title: 'Putin and Kim Jong Un speak by phone',
      description: 'The Kremlin reported the call on Tuesday, 12 August 2025; KCNA reported it the next day.',
      when: '2025-08-12',
      kind: 'occurrence',
      actors: ['putin', 'kim-jong-un'],
      tags: ['call'],
      evidence: [
        span('Во вторник пресс-служба Кремля сообщила, что Путин и Ким Чен Ын в телефонном разговоре выразили приверженность дальнейшему развитию дружбы, добрососедства и сотрудничества по всем направлениям'),
        span('беседа прошла в товарищеской атмосфере'),
      ],
      review: reviewed,
      provenance: manual,
    },
    {
      id: 'kim-assures-support',
      title: 'Kim Jong Un assures Putin of support for Russia’s military operation',
      when: '2025-08-12',
      kind: 'report',
      actors: ['kim-jong-un', 'putin'],
      tags: ['call', 'statement'],
      evidence: [
        span('Ким Чен Ын в ходе телефонного разговора заверил президента России Владимира Путина в поддержке мер российских властей в контексте специальной военной операции'),
        span('еще раз заверил, что КНДР неизменно будет оставаться верной духу договора между КНДР и РФ'),
      ],
      relations: [{ type: 'part-of', target: 'phone-call' }],
      review: reviewed,
      provenance: manual,
    },
    {
      id: 'putin-praises-kpa',
      title: 'Putin praises the DPRK’s help and Korean soldiers’ heroism',
      when: '2025-08-12',
      kind: 'report',
      actors: ['putin', 'kpa'],
      tags: ['call', 'statement'],
      evidence: [
        span('глава российского государства высоко оценил помощь КНДР и героизм солдат Корейской народной армии'),
      ],
      relations: [
        { type: 'part-of', target: 'phone-call' },
        { type: 'mentions', target: 'kursk-liberated' },
      ],
      review: reviewed,
      provenance: manual,
    },
    {
      id: 'putin-congratulates',
      title: 'Putin congratulates Kim on the coming liberation anniversary',
      when: '2025-08-12',
      kind: 'report',
      actors: ['putin', 'kim-jong-un'],
      tags: ['call', 'statement'],
      evidence: [span('Путин поздравил коллегу с предстоящей годовщиной освобождения Корейского полуострова от японского колониального господства')],
      relations: [
        { type: 'part-of', target: 'phone-call' },
        { type: 'mentions', target: 'liberation-80th' },
      ],
      review: reviewed,
      provenance: manual,
    },
    {
      id: 'leaders-agree-contacts',
      title: 'The leaders agree to keep in close contact',
      when: '2025-08-12',
      kind: 'report',
      actors: ['putin', 'kim-jong-un'],
      tags: ['call', 'statement'],
      evidence: [span('условились продолжать дальнейшие тесные контакты')],
      relations: [{ type: 'part-of', target: 'phone-call' }],
      review: reviewed,
      provenance: manual,
    },
    {
      id: 'kremlin-reports-call',
      title: 'The Kremlin press service reports the call',
      when: '2025-08-12',
      kind: 'report',
      actors: ['kremlin'],
      tags: ['call'],
      evidence: [span('Во вторник пресс-служба Кремля сообщила')],
      relations: [{ type: 'reports', target: 'phone-call' }],
      review: reviewed,
      provenance: manual,
    },
    {
      id: 'kcna-reports-call',
      title: 'KCNA reports the call',
      when: '2025-08-13',
      kind: 'report',
      actors: ['kcna'],
      tags: ['call'],
      evidence: [
        span('Об этом информировало\u00a0Центральное телеграфное агентство Кореи'),
        span('указывает ЦТАК'),
      ],
      relations: [{ type: 'reports', target: 'phone-call' }],
      review: reviewed,
      provenance: manual,
    },
    {
      id: 'article-published',
      title: 'Article published: “Kim Jong Un assures Putin of support for Russia”',
      when: '2025-08-13T10:15+03:00',
      kind: 'report',
      actors: [],
      tags: ['publication'],
      evidence: [span('13 августа 2025 / 10:15')],
      relations: [{ type: 'reports', target: 'kcna-reports-call' }],
      review: reviewed,
      provenance: manual,
    },
    {
      id: 'liberation-80th',
      title: '80th anniversary of Korea’s liberation from Japanese colonial rule',
      description: 'The article calls it the coming anniversary and names the day, 15 August; 2025 is the 80th year since 1945.',
      when: '2025-08-15',
      kind: 'anniversary',
      actors: ['dprk'],
      tags: ['anniversary'],
      evidence: [
        span('предстоящей годовщиной освобождения Корейского полуострова от японского колониального господства'),
        span('15 августа в КНДР "вспоминают героические подвиги, совершенные солдатами и офицерами Красной Армии'),
      ],
      relations: [{ type: 'anniversary-of', target: 'korea-liberated-1945' }],
      review: reviewed,
      provenance: manual,
    },
    {
      id: 'korea-liberated-1945',
      title: 'Korea is liberated from Japanese colonial rule',
      description: 'The article names the day (15 August) and the Red Army’s part; the year, 1945, is checked by hand — it is not in the text.',
      when: '1945-08-15',
      kind: 'occurrence',
      actors: ['red-army'],
      tags: ['liberation'],
      evidence: [
        span('освобождения Корейского полуострова от японского колониального господства'),
        span('героические подвиги, совершенные солдатами и офицерами Красной Армии'),
      ],
      review: reviewed,
      provenance: manual,
    },
    {
      id: 'kursk-liberated',
      title: 'The Kursk region is liberated with the help of Korean soldiers',
      description: 'The text gives no date; it was before the call of 12 August 2025, where Putin praised it.',
      when: '[..2025-08-12]',
      kind: 'occurrence',
      actors: ['kpa', 'russia'],
      tags: ['war'],
      evidence: [span('героизм солдат Корейской народной армии при освобождении Курской области')],
      review: reviewed,
      provenance: manual,
    },
  ],
};

// The story: the article told in a presenter's order — the news first, then what it rests on
// (the treaty), then the anniversary and its 1945 origin, and last how we know (the reports).
const august2025 = { from: '2025-08-08', to: '2025-08-18' };
dataset.scenes = [
  {
    id: 'the-call',
    caption: 'On 12 August 2025 Vladimir Putin and Kim Jong Un spoke by phone.',
    notes:
      'Open with the news itself. The Kremlin reported the call "on Tuesday" — 12 August; the article ran the next morning, 13 August, 10:15 Moscow time.',
    window: august2025,
    event: 'phone-call',
  },
  {
    id: 'kim-support',
    caption: 'Kim Jong Un assured Putin of his support for Russia’s military operation.',
    notes: 'This is KCNA’s account of the call, as the article relays it. Dated at the call, reported a day later.',
    window: august2025,
    lanes: 'kind',
    event: 'kim-assures-support',
  },
  {
    id: 'the-treaty',
    caption: 'Both sides placed the call in the frame of the June 2024 strategic partnership treaty.',
    notes:
      'Step back fourteen months: the Treaty on Comprehensive Strategic Partnership, signed 19 June 2024. The gap between treaty and call is folded.',
    window: { from: '2024-06-05', to: '2025-09-05' },
    event: 'treaty-signed',
  },
  {
    id: 'kursk',
    caption: 'Putin thanked Korean soldiers for their part in liberating the Kursk region.',
    notes: 'The text gives no date for the liberation itself — only that it came before the call. The bar runs open to the left.',
    window: { from: '2025-06-01', to: '2025-08-25' },
    event: 'kursk-liberated',
  },
  {
    id: 'anniversary',
    caption: 'Putin congratulated Kim on the coming 80th anniversary of Korea’s liberation, 15 August 2025.',
    notes: 'An anniversary, not an occurrence: the date falls two days after the article.',
    window: august2025,
    lanes: 'kind',
    event: 'liberation-80th',
  },
  {
    id: 'origin-1945',
    caption: 'Eighty years earlier: on 15 August 1945 Korea was freed from Japanese colonial rule.',
    notes: 'The origin of the anniversary. The eighty years between are folded so that 1945 and 2025 share the screen.',
    window: { from: '1945-05-01', to: '2025-10-01' },
    event: 'korea-liberated-1945',
  },
  {
    id: 'how-we-know',
    caption: 'How we know: KCNA reported the call on 13 August; the article quotes it.',
    notes: 'Close on the sources: the Kremlin press service on the 12th, KCNA on the 13th, the article at 10:15 Moscow time.',
    window: { from: '2025-08-11', to: '2025-08-15' },
    lanes: 'source',
    event: 'kcna-reports-call',
  },
];

const check = parseDataset(dataset);
if (check.problems.length > 0) {
  console.error(check.problems);
  process.exit(1);
}
writeFileSync(`${root}public/data/builtin.json`, JSON.stringify(dataset, null, 2) + '\n');
console.log(`wrote public/data/builtin.json: ${dataset.events.length} events, ${dataset.scenes.length} scenes`);
