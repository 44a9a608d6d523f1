import type { ActorRecord } from '../schema';

/**
 * Words for synthetic datasets. Every name is invented, so that a generated chronology
 * can never be mistaken for a claim about real people or states.
 */

export interface ActorWords {
  readonly id: string;
  readonly name: string;
  /** The Russian form, used in Russian sources and kept as an alias. */
  readonly ru: string;
  readonly type: NonNullable<ActorRecord['type']>;
}

export const ACTOR_POOL: readonly ActorWords[] = [
  { id: 'aldoria', name: 'Republic of Aldoria', ru: 'Республика Алдория', type: 'state' },
  { id: 'bresnia', name: 'Bresnia', ru: 'Бресния', type: 'state' },
  { id: 'corvel-union', name: 'Corvel Union', ru: 'Корвельский союз', type: 'organisation' },
  { id: 'dunmark', name: 'Kingdom of Dunmark', ru: 'Королевство Дунмарк', type: 'state' },
  { id: 'eastern-league', name: 'Eastern League', ru: 'Восточная лига', type: 'organisation' },
  { id: 'falk-institute', name: 'Falk Institute', ru: 'Институт Фалька', type: 'organisation' },
  { id: 'gorran-front', name: 'Gorran Front', ru: 'Горранский фронт', type: 'group' },
  { id: 'helm-agency', name: 'Helm News Agency', ru: 'Агентство «Хельм»', type: 'organisation' },
  { id: 'ivana-morrow', name: 'Ivana Morrow', ru: 'Ивана Морроу', type: 'person' },
  { id: 'jonas-tell', name: 'Jonas Tell', ru: 'Йонас Телль', type: 'person' },
  { id: 'kestrel-council', name: 'Kestrel Council', ru: 'Совет Кестрел', type: 'organisation' },
  { id: 'lunaria', name: 'Lunaria', ru: 'Лунария', type: 'state' },
  { id: 'marek-osei', name: 'Marek Osei', ru: 'Марек Осеи', type: 'person' },
  { id: 'north-shore-guild', name: 'North Shore Guild', ru: 'Гильдия Северного берега', type: 'group' },
  { id: 'orrin-vale', name: 'Orrin Vale', ru: 'Оррин Вейл', type: 'person' },
  { id: 'pellan-assembly', name: 'Pellan Assembly', ru: 'Пелланская ассамблея', type: 'organisation' },
  { id: 'quorra-federation', name: 'Quorra Federation', ru: 'Федерация Куорра', type: 'state' },
  { id: 'rhea-santos', name: 'Rhea Santos', ru: 'Рея Сантос', type: 'person' },
  { id: 'solen-bank', name: 'Bank of Solen', ru: 'Банк Солена', type: 'organisation' },
  { id: 'tavik-mission', name: 'Tavik Mission', ru: 'Миссия Тавик', type: 'group' },
];

/** An action as an event title (present tense) and as a sentence (past tense). */
export interface Action {
  readonly title: string;
  readonly past: string;
  /** Russian noun phrase, nominative, neuter, for "…состоялось …". */
  readonly ru: string;
  readonly tag: string;
}

export const ACTIONS: readonly Action[] = [
  { title: 'signs the fisheries accord', past: 'signed the fisheries accord', ru: 'подписание соглашения о рыболовстве', tag: 'treaty' },
  { title: 'opens border talks', past: 'opened border talks', ru: 'открытие переговоров о границе', tag: 'summit' },
  { title: 'holds a snap election', past: 'held a snap election', ru: 'проведение досрочных выборов', tag: 'election' },
  { title: 'announces new tariffs', past: 'announced new tariffs', ru: 'объявление новых пошлин', tag: 'trade' },
  { title: 'suspends grain exports', past: 'suspended grain exports', ru: 'приостановление экспорта зерна', tag: 'trade' },
  { title: 'recalls its ambassador', past: 'recalled its ambassador', ru: 'отзыв посла', tag: 'statement' },
  { title: 'ratifies the energy charter', past: 'ratified the energy charter', ru: 'ратифицирование энергетической хартии', tag: 'energy' },
  { title: 'stages naval exercises', past: 'staged naval exercises', ru: 'проведение военно-морских учений', tag: 'military' },
  { title: 'releases detained journalists', past: 'released detained journalists', ru: 'освобождение задержанных журналистов', tag: 'court' },
  { title: 'pledges flood relief', past: 'pledged flood relief', ru: 'выделение помощи пострадавшим от наводнения', tag: 'aid' },
  { title: 'imposes sanctions', past: 'imposed sanctions', ru: 'введение санкций', tag: 'sanctions' },
  { title: 'convenes an emergency session', past: 'convened an emergency session', ru: 'созыв чрезвычайного заседания', tag: 'summit' },
  { title: 'files a complaint at the tribunal', past: 'filed a complaint at the tribunal', ru: 'подача жалобы в трибунал', tag: 'court' },
  { title: 'opens the coastal pipeline', past: 'opened the coastal pipeline', ru: 'открытие прибрежного трубопровода', tag: 'energy' },
  { title: 'lifts the curfew', past: 'lifted the curfew', ru: 'отмена комендантского часа', tag: 'statement' },
  { title: 'calls a general strike', past: 'called a general strike', ru: 'объявление всеобщей забастовки', tag: 'protest' },
  { title: 'devalues its currency', past: 'devalued its currency', ru: 'девальвирование национальной валюты', tag: 'trade' },
  { title: 'holds a phone call on security', past: 'held a phone call on security', ru: 'проведение телефонного разговора о безопасности', tag: 'call' },
  { title: 'withdraws from the customs pact', past: 'withdrew from the customs pact', ru: 'выход из таможенного пакта', tag: 'treaty' },
  { title: 'publishes its annual report', past: 'published its annual report', ru: 'опубликование ежегодного доклада', tag: 'statement' },
];

export const TAGS: readonly string[] = [
  'treaty', 'summit', 'election', 'trade', 'statement', 'energy', 'military', 'court', 'aid', 'sanctions', 'protest', 'call',
];

export const PUBLISHERS_EN: readonly string[] = ['Synthetic Wire', 'The Meridian Herald', 'Harbour Post', 'Continental Digest'];
export const PUBLISHERS_RU: readonly string[] = ['Вестник Алдории', 'Северное обозрение', 'Информационная лента «Меридиан»'];

export const LEADS_EN: readonly string[] = ['', '', '', 'According to officials, ', 'Separately, ', 'Earlier, ', 'Sources said that ', 'The agency noted that '];
export const LEADS_RU: readonly string[] = ['', '', '', 'По данным источников, ', 'Как сообщалось, ', 'Кроме того, ', 'По словам официальных лиц, '];

export const FILLERS_EN: readonly string[] = [
  'No further details were given.',
  'The statement was distributed to member agencies.',
  'Officials declined to comment on the timing.',
  'Observers described the mood as tense but calm.',
  'The figures could not be independently verified.',
  'A spokesperson promised an update “in due course”.',
  'Markets reacted cautiously to the news.',
];
export const FILLERS_RU: readonly string[] = [
  'Подробности не сообщаются.',
  'Заявление было разослано в профильные ведомства.',
  'Официальные лица отказались от комментариев.',
  'Наблюдатели назвали обстановку напряжённой, но спокойной.',
  'Независимо проверить эти данные не удалось.',
];

export const MONTHS_EN: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
/** Genitive ("12 августа") and prepositional ("в августе") forms. */
export const MONTHS_RU_GEN: readonly string[] = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
];
export const MONTHS_RU_PREP: readonly string[] = [
  'январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре',
];

/** Offsets (minutes east of UTC) that minute-precision dates are written with. */
export const OFFSETS: readonly number[] = [0, 60, 120, 180, 330, 540, -300, -480, 345, -210];
