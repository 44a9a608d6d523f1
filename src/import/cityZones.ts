/**
 * The time zone a dateline's city implies: "HAMBURG, March 4, 2025 —", "MOSCOW (Reuters) —",
 * "ВЛАДИВОСТОК, 13 августа —". News agencies open a story with the city it was filed from,
 * and a text that names no zone is read on that city's clock. A small gazetteer of the
 * world's major news cities, in English and Russian, each with its IANA zone.
 */

/** [IANA zone, city names in English and Russian (nominative, as datelines print them)]. */
const CITIES: readonly [string, readonly string[]][] = [
  ['Europe/Moscow', ['Moscow', 'Москва', 'St. Petersburg', 'Saint Petersburg', 'Санкт-Петербург', 'Петербург', 'Kazan', 'Казань', 'Minsk', 'Минск', 'Sevastopol', 'Севастополь', 'Simferopol', 'Симферополь']],
  ['Europe/Kaliningrad', ['Kaliningrad', 'Калининград']],
  ['Europe/Samara', ['Samara', 'Самара']],
  ['Asia/Yekaterinburg', ['Yekaterinburg', 'Екатеринбург', 'Chelyabinsk', 'Челябинск', 'Perm', 'Пермь']],
  ['Asia/Omsk', ['Omsk', 'Омск']],
  ['Asia/Novosibirsk', ['Novosibirsk', 'Новосибирск']],
  ['Asia/Krasnoyarsk', ['Krasnoyarsk', 'Красноярск']],
  ['Asia/Irkutsk', ['Irkutsk', 'Иркутск']],
  ['Asia/Vladivostok', ['Vladivostok', 'Владивосток', 'Khabarovsk', 'Хабаровск']],
  ['Europe/Kyiv', ['Kyiv', 'Kiev', 'Киев']],
  ['Europe/London', ['London', 'Лондон', 'Edinburgh', 'Эдинбург']],
  ['Europe/Dublin', ['Dublin', 'Дублин']],
  ['Europe/Paris', ['Paris', 'Париж']],
  ['Europe/Berlin', ['Berlin', 'Берлин', 'Hamburg', 'Гамбург', 'Frankfurt', 'Франкфурт', 'Munich', 'Мюнхен']],
  ['Europe/Brussels', ['Brussels', 'Брюссель']],
  ['Europe/Amsterdam', ['Amsterdam', 'Амстердам', 'The Hague', 'Гаага']],
  ['Europe/Vienna', ['Vienna', 'Вена']],
  ['Europe/Zurich', ['Geneva', 'Женева', 'Zurich', 'Цюрих', 'Bern', 'Берн']],
  ['Europe/Rome', ['Rome', 'Рим', 'Milan', 'Милан']],
  ['Europe/Madrid', ['Madrid', 'Мадрид', 'Barcelona', 'Барселона']],
  ['Europe/Warsaw', ['Warsaw', 'Варшава']],
  ['Europe/Prague', ['Prague', 'Прага']],
  ['Europe/Stockholm', ['Stockholm', 'Стокгольм']],
  ['Europe/Helsinki', ['Helsinki', 'Хельсинки']],
  ['Europe/Riga', ['Riga', 'Рига']],
  ['Europe/Vilnius', ['Vilnius', 'Вильнюс']],
  ['Europe/Tallinn', ['Tallinn', 'Таллин']],
  ['Europe/Athens', ['Athens', 'Афины']],
  ['Europe/Istanbul', ['Istanbul', 'Стамбул', 'Ankara', 'Анкара']],
  ['Asia/Jerusalem', ['Jerusalem', 'Иерусалим', 'Tel Aviv', 'Тель-Авив']],
  ['Asia/Tehran', ['Tehran', 'Тегеран']],
  ['Asia/Baghdad', ['Baghdad', 'Багдад']],
  ['Asia/Riyadh', ['Riyadh', 'Эр-Рияд']],
  ['Asia/Dubai', ['Dubai', 'Дубай', 'Abu Dhabi', 'Абу-Даби']],
  ['Africa/Cairo', ['Cairo', 'Каир']],
  ['Africa/Nairobi', ['Nairobi', 'Найроби']],
  ['Africa/Johannesburg', ['Johannesburg', 'Йоханнесбург', 'Pretoria', 'Претория']],
  ['Asia/Tbilisi', ['Tbilisi', 'Тбилиси']],
  ['Asia/Yerevan', ['Yerevan', 'Ереван']],
  ['Asia/Baku', ['Baku', 'Баку']],
  ['Asia/Almaty', ['Almaty', 'Алма-Ата', 'Алматы', 'Astana', 'Астана']],
  ['Asia/Tashkent', ['Tashkent', 'Ташкент']],
  ['Asia/Kolkata', ['New Delhi', 'Нью-Дели', 'Mumbai', 'Мумбаи']],
  ['Asia/Shanghai', ['Beijing', 'Пекин', 'Shanghai', 'Шанхай']],
  ['Asia/Hong_Kong', ['Hong Kong', 'Гонконг']],
  ['Asia/Taipei', ['Taipei', 'Тайбэй']],
  ['Asia/Tokyo', ['Tokyo', 'Токио']],
  ['Asia/Seoul', ['Seoul', 'Сеул']],
  ['Asia/Pyongyang', ['Pyongyang', 'Пхеньян']],
  ['Asia/Singapore', ['Singapore', 'Сингапур']],
  ['Asia/Bangkok', ['Bangkok', 'Бангкок']],
  ['Asia/Jakarta', ['Jakarta', 'Джакарта']],
  ['Australia/Sydney', ['Sydney', 'Сидней', 'Canberra', 'Канберра']],
  ['America/New_York', ['New York', 'Нью-Йорк', 'Washington', 'Вашингтон', 'Boston', 'Бостон', 'Miami', 'Майами', 'Atlanta']],
  ['America/Chicago', ['Chicago', 'Чикаго', 'Houston', 'Хьюстон', 'Dallas', 'Даллас']],
  ['America/Denver', ['Denver', 'Денвер']],
  ['America/Los_Angeles', ['Los Angeles', 'Лос-Анджелес', 'San Francisco', 'Сан-Франциско', 'Seattle', 'Сиэтл']],
  ['America/Toronto', ['Toronto', 'Торонто', 'Ottawa', 'Оттава']],
  ['America/Mexico_City', ['Mexico City', 'Мехико']],
  ['America/Sao_Paulo', ['Sao Paulo', 'São Paulo', 'Сан-Паулу', 'Brasilia', 'Бразилиа']],
  ['America/Argentina/Buenos_Aires', ['Buenos Aires', 'Буэнос-Айрес']],
];

const ZONE_BY_NAME = new Map(CITIES.flatMap(([zone, names]) => names.map((n) => [n.toLocaleLowerCase('ru'), zone] as const)));
const NAMES = [...ZONE_BY_NAME.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.]/gu, '\\.').replace(/\s+/gu, '\\s+'));

/**
 * A city at the start of a line, written as datelines write it (capitals or title case),
 * followed by a comma, a dash or an agency in brackets: "MOSCOW —", "Hamburg, March 4",
 * "WASHINGTON (AP) —", "МОСКВА, 13 августа".
 */
const DATELINE_CITY = new RegExp(`^[ \\t]*(${NAMES.join('|')})(?=[ \\t]*(?:,|—|–|-\\s|\\())`, 'imu');

/** The IANA zone of the dateline city in the first lines of a text, or null. */
export function datelineCityZone(text: string): { zone: string; city: string } | null {
  const m = DATELINE_CITY.exec(text.slice(0, 800));
  if (!m) return null;
  const written = m[1]!;
  // "Washington, the capital…" opens a sentence, not a dateline: a city in title case counts
  // only when a date or an agency follows ("Hamburg, March 4", "Hamburg (Reuters)").
  const isCaps = written === written.toLocaleUpperCase('ru');
  const after = text.slice(m.index + m[0].length);
  if (!isCaps && !/^[ \t]*(?:\(|,[ \t]*(?:\d|\p{L}+\.?[ \t]+\d))/u.test(after)) return null;
  const zone = ZONE_BY_NAME.get(written.toLocaleLowerCase('ru').replace(/\s+/gu, ' '));
  return zone ? { zone, city: written } : null;
}
