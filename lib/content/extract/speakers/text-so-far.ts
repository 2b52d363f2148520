import { actsAsBody, bodiesSpelledFrom, foreignGivenNamesIn, fullFormsOfDoubleSurname, isDoubleSurname, latinFullNamesIn, latinFullNamesOpeningWith, mayAbbreviateBody } from './coreference';
import { familiarFormPairs, familiarFormsOfPairs, isNamedInOwnRight, personalNamesAtClauseHeads, surnameRunsIn } from './name-forms';
import { NAME_DOT, TRANSLITERATING } from './name-shape';

/**
 * The article's text as the speaker reader has read it so far, paragraph by paragraph, and what the reader asks
 * of it about a name: whether the name is used as a body's (万科董事会), the full form of a double surname (林鄭 →
 * 林鄭月娥), whether a familiar form names someone in their own right (阿芬（化名）), which body's full name an
 * abbreviation could stand for (社協 → 社區組織協會), the names heading clauses and the familiar forms tied to names.
 *
 * Each answer is found within one paragraph (nothing it reads crosses a paragraph's end), so each is read from the
 * paragraphs added since it was last asked and kept. Reading the whole text so far for every quote made a long
 * article's reading quadratic: 256 kB took 12 s, and a feature of familiar forms 30 s at 64 kB.
 */
export class TextSoFar {
  private readonly whole: string;
  private readUpTo = 0;
  /** Where the paragraph read last begins. */
  private currentStart = 0;
  /** The paragraphs read so far, each followed by a line break. */
  text = '';
  /** The personal names heading a clause so far (張立表示…, 44歲汪正道). */
  readonly namesAtClauseHeads = new Set<string>();
  /** Each familiar form the text so far ties to one name (林文勝（阿勝伯）, 人稱橋叔的陳橋). */
  formsGiven: ReadonlyMap<string, string> = new Map();
  private readonly formPairs: [string, string][] = [];
  private readonly answers = new Map<string, { readUpTo: number; value: unknown }>();

  constructor(paragraphs: readonly string[]) {
    this.whole = paragraphs.map((paragraph) => `${paragraph}\n`).join('');
  }

  /** Reads the next paragraph: it is part of the text so far from now on. */
  advance(paragraph: string): void {
    this.currentStart = this.readUpTo;
    this.readUpTo += paragraph.length + 1;
    // A slice of the whole, not an appended copy: appending would copy the text again for each paragraph.
    this.text = this.whole.slice(0, this.readUpTo);
    for (const name of personalNamesAtClauseHeads(paragraph)) this.namesAtClauseHeads.add(name);
    // Only a pair not given before can change what the forms stand for.
    const pairs = familiarFormPairs(paragraph).filter(([form, name]) => !this.formPairs.some(([knownForm, knownName]) => knownForm === form && knownName === name));
    if (pairs.length > 0) {
      this.formPairs.push(...pairs);
      this.formsGiven = familiarFormsOfPairs(this.formPairs);
    }
  }

  /** Whether the text so far uses a short name as a body's (万科董事会主席…): then 他 or 她 never points back at it. */
  actsAsBody(name: string): boolean {
    return this.gather(`body:${name}`, false, (added, before) => before || actsAsBody(name, added));
  }

  /** The one full form the text so far gives a double surname after an office (林鄭 → 林鄭月娥); null when none or several. */
  fullNameOfDoubleSurname(name: string): string | null {
    if (!isDoubleSurname(name)) return null;
    return only(this.gather(`double:${name}`, new Set<string>(), (added, forms) => fullFormsOfDoubleSurname(name, added, forms)));
  }

  /** Whether the text so far introduces a familiar form as someone's name in its own right (阿芬（化名）, 化名阿芬). */
  namesInOwnRight(form: string): boolean {
    return this.gather(`own:${form}`, false, (added, before) => before || isNamedInOwnRight(form, added));
  }

  /** The one body's full name the text so far gives that a two-character abbreviation stands for (社協); null when none or several. */
  fullNameOfAbbreviation(short: string): string | null {
    if (!mayAbbreviateBody(short)) return null;
    return only(this.gather(`abbreviation:${short}`, new Set<string>(), (added, spelled) => bodiesSpelledFrom(short, added, spelled)));
  }

  /** The given names the text so far writes before a transliterated surname (埃里克 of 埃里克·亚当斯). */
  foreignGivenNames(surname: string): ReadonlySet<string> {
    return this.gather(`foreign:${surname}`, new Set<string>(), (added, names) => foreignGivenNamesIn(surname, added, names));
  }

  /**
   * The transliterated names given in Western order with a Chinese surname last and glossed in Latin letters (本·曹(Ben Cao)): whom a
   * later 曹先生 names, though the text never has them speak before.
   */
  westernOrderNames(surname: string): ReadonlySet<string> {
    const given = new RegExp(`[${TRANSLITERATING}]{1,4}${NAME_DOT.source}${surname}(?=\\s*[（(]\\s*[A-Z])`, 'gu');
    return this.gather(`western:${surname}`, new Set<string>(), (added, names) => new Set([...names, ...[...added.matchAll(given)].map((match) => match[0])]));
  }

  /** The full names ending with a Latin surname (Sarah Guo for Guo) in the paragraphs before the one read last. */
  latinFullNamesBefore(surname: string): ReadonlySet<string> {
    return this.gather(`latin:${surname}`, new Set<string>(), (added, names) => latinFullNamesIn(surname, added, names), this.currentStart);
  }

  /** The full names opening with a Latin given name (Alice Tse for Alice) in the paragraphs before the one read last. */
  latinFullNamesOpeningBefore(given: string): ReadonlySet<string> {
    return this.gather(`latin-given:${given}`, new Set<string>(), (added, names) => latinFullNamesOpeningWith(given, added, names), this.currentStart);
  }

  /** How often each run of a surname and two characters is written in the paragraphs before the one read last (surnameRunsIn). */
  surnameRunsBefore(surname: string): ReadonlyMap<string, number> {
    return this.gather(`runs:${surname}`, new Map<string, number>(), (added, runs) => surnameRunsIn(surname, added, runs), this.currentStart);
  }

  /** How many times the text so far, the paragraph read last included, writes some words. */
  timesWritten(words: string): number {
    return this.gather(`times:${words}`, 0, (added, before) => before + added.split(words).length - 1);
  }

  /** Whether the paragraphs before the one read last write a name. */
  writesBefore(name: string): boolean {
    return this.gather(`writes:${name}`, false, (added, before) => before || added.includes(name), this.currentStart);
  }

  /** The answer to a question, updated with the text added, up to `upTo`, since it was last asked. */
  private gather<T>(question: string, start: T, read: (added: string, before: T) => T, upTo = this.text.length): T {
    const known = this.answers.get(question);
    if (known !== undefined && known.readUpTo === upTo) return known.value as T;
    const value = read(this.text.slice(known?.readUpTo ?? 0, upTo), known === undefined ? start : (known.value as T));
    this.answers.set(question, { readUpTo: upTo, value });
    return value;
  }
}

function only(names: ReadonlySet<string>): string | null {
  return names.size === 1 ? ([...names][0] ?? null) : null;
}
