/**
 * Actors named in a sentence, found through a small alias table that joins scripts
 * (Путин / Putin, КНДР / DPRK / North Korea). Russian names inflect ("Путина",
 * "Владимира Путина", "Северной Кореи"): a Cyrillic alias word matches any word that
 * starts with its stem and adds at most a short lowercase ending.
 */

export interface ActorAlias {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Ids follow the built-in dataset's where they overlap. */
export const ACTORS: readonly ActorAlias[] = [
  { id: 'putin', name: 'Vladimir Putin', aliases: ['Путин', 'Владимир Путин', 'Putin', 'Vladimir Putin'] },
  { id: 'kim-jong-un', name: 'Kim Jong Un', aliases: ['Ким Чен Ын', 'Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un'] },
  { id: 'russia', name: 'Russia', aliases: ['Россия', 'РФ', 'Российская Федерация', 'Russia', 'Russian Federation'] },
  { id: 'dprk', name: 'North Korea (DPRK)', aliases: ['КНДР', 'Северная Корея', 'DPRK', 'North Korea', 'Pyongyang', 'Пхеньян'] },
  { id: 'south-korea', name: 'South Korea', aliases: ['Южная Корея', 'Республика Корея', 'South Korea', 'Seoul', 'Сеул'] },
  { id: 'kremlin', name: 'Kremlin', aliases: ['Кремль', 'Kremlin'] },
  { id: 'kcna', name: 'KCNA', aliases: ['ЦТАК', 'Центральное телеграфное агентство Кореи', 'KCNA', 'Korean Central News Agency'] },
  { id: 'kpa', name: "Korean People's Army", aliases: ['Корейская народная армия', "Korean People's Army", 'КНА'] },
  { id: 'red-army', name: 'Red Army', aliases: ['Красная Армия', 'Red Army'] },
  { id: 'trump', name: 'Donald Trump', aliases: ['Трамп', 'Дональд Трамп', 'Trump', 'Donald Trump'] },
  { id: 'usa', name: 'United States', aliases: ['США', 'Соединенные Штаты', 'Соединённые Штаты', 'United States', 'U.S.', 'US', 'USA', 'Washington', 'Вашингтон'] },
  { id: 'ukraine', name: 'Ukraine', aliases: ['Украина', 'Ukraine', 'Киев', 'Kyiv', 'Kiev'] },
  { id: 'zelensky', name: 'Volodymyr Zelensky', aliases: ['Зеленский', 'Владимир Зеленский', 'Zelensky', 'Zelenskyy', 'Volodymyr Zelensky'] },
  { id: 'china', name: 'China', aliases: ['Китай', 'КНР', 'China', 'Beijing', 'Пекин'] },
  { id: 'xi-jinping', name: 'Xi Jinping', aliases: ['Си Цзиньпин', 'Xi Jinping'] },
  { id: 'japan', name: 'Japan', aliases: ['Япония', 'Japan', 'Tokyo', 'Токио'] },
  { id: 'lavrov', name: 'Sergei Lavrov', aliases: ['Лавров', 'Сергей Лавров', 'Lavrov', 'Sergei Lavrov', 'Sergey Lavrov'] },
  { id: 'peskov', name: 'Dmitry Peskov', aliases: ['Песков', 'Дмитрий Песков', 'Peskov', 'Dmitry Peskov'] },
  { id: 'nato', name: 'NATO', aliases: ['НАТО', 'NATO'] },
  { id: 'un', name: 'United Nations', aliases: ['ООН', 'United Nations', 'UN'] },
  { id: 'eu', name: 'European Union', aliases: ['Евросоюз', 'Европейский союз', 'ЕС', 'European Union', 'EU'] },
];

const WORD = /[\p{L}\p{N}]+/gu;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const ADJECTIVE_ENDING = /(ая|яя|ое|ее|ый|ий|ой|ые|ие|ых|их)$/u;
const VOWEL_ENDING = /[аяоеёьйыиу]$/u;
/** Russian case endings of nouns and adjectives, so that "Путиным" matches and "Путинизм" does not. */
const CASE_ENDING = /^(|а|я|о|у|ю|е|и|ы|ь|й|ом|ем|ём|ым|им|ой|ей|ою|ею|ам|ям|ах|ях|ами|ями|ого|его|ому|ему|ых|их|ыми|ими|ую|юю|ая|яя|ое|ее|ие|ые)$/u;

/** The part of an alias word that every inflected form starts with. */
export function stemOf(word: string): string {
  if (!/\p{Script=Cyrillic}/u.test(word) || word.length <= 3) return word;
  if (ADJECTIVE_ENDING.test(word) && word.length > 5) return word.slice(0, -2);
  return VOWEL_ENDING.test(word) ? word.slice(0, -1) : word;
}

function wordMatches(aliasWord: string, textWord: string): boolean {
  if (!/\p{Script=Cyrillic}/u.test(aliasWord)) return aliasWord === textWord;
  const stem = stemOf(aliasWord);
  return textWord.startsWith(stem) && CASE_ENDING.test(textWord.slice(stem.length));
}

interface CompiledAlias {
  readonly id: string;
  readonly words: readonly string[];
}
const COMPILED: readonly CompiledAlias[] = ACTORS.flatMap((a) =>
  a.aliases.map((alias) => ({ id: a.id, words: words(alias).map((w) => w.text) })),
);

/** The ids of the actors named in a text, in the order they first appear. */
export function findActors(text: string): string[] {
  const ws = words(text);
  const found: { id: string; at: number }[] = [];
  for (const alias of COMPILED) {
    const n = alias.words.length;
    for (let i = 0; i + n <= ws.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        ok = wordMatches(alias.words[k]!, ws[i + k]!.text);
        // Words of one name stand next to each other ("Ким Чен Ын", "Jong-un").
        if (ok && k > 0 && ws[i + k]!.start - ws[i + k - 1]!.end > 2) ok = false;
      }
      if (ok) {
        found.push({ id: alias.id, at: ws[i]!.start });
        break;
      }
    }
  }
  const seen = new Set<string>();
  return found.sort((a, b) => a.at - b.at).filter((f) => !seen.has(f.id) && seen.add(f.id)).map((f) => f.id);
}
