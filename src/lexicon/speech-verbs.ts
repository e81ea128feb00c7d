/**
 * Speech (reporting) verbs, kept as data: the base forms below and every inflection generated
 * from them (`say` → `say`, `says`, `said`, `saying`).
 *
 * Source: general English grammar — the reporting verbs of Quirk et al., *A Comprehensive
 * Grammar of the English Language* (1985, §16.63), and the communication verbs of Levin,
 * *English Verb Classes and Alternations* (1993, classes 37.1–37.9). Not derived from any
 * annotated corpus.
 *
 * @module
 */

/**
 * Verbs that report speech or writing outright (`said`, `told`, `wrote`). A cue made of one of
 * these is trusted.
 */
export const STRONG_SPEECH_VERBS: readonly string[] = [
  'say', 'tell', 'add', 'write', 'state', 'explain', 'note', 'insist', 'warn', 'concede', 'tweet',
  'recall', 'quip', 'ask', 'answer', 'reply', 'respond', 'declare', 'announce', 'argue', 'assert',
  'claim', 'comment', 'continue', 'conclude', 'confirm', 'admit', 'acknowledge', 'observe', 'remark',
  'report', 'reiterate', 'repeat', 'retort', 'shout', 'yell', 'scream', 'whisper', 'mutter', 'exclaim',
  'joke', 'lament', 'complain', 'boast', 'brag', 'predict', 'promise', 'pledge', 'vow', 'urge',
  'suggest', 'stress', 'emphasize', 'emphasise', 'maintain', 'contend', 'counter', 'protest', 'plead',
  'testify', 'tout', 'muse', 'chime', 'interject', 'interrupt', 'demand', 'deny', 'allege',
  'caution', 'advise', 'announce', 'proclaim', 'post', 'text', 'email', 'e-mail', 'blog', 'chant',
  'sing', 'cry', 'sigh', 'laugh', 'snap', 'bark', 'fume', 'rage', 'gush', 'marvel', 'wonder',
  'concur', 'agree', 'disagree', 'object', 'recount', 'relate', 'narrate', 'describe', 'elaborate',
  'clarify', 'specify', 'reply', 'recommend', 'speculate', 'theorize', 'opine', 'begin', 'finish',
  'inform', 'notify', 'assure', 'reassure', 'remind', 'promise', 'threaten', 'scoff', 'sneer',
  'quote', 'read', 'blast', 'slam', 'charge', 'accuse', 'criticize', 'criticise', 'mock', 'praise',
  'thank', 'apologize', 'apologise', 'concede', 'posit', 'reason', 'surmise', 'volunteer', 'pronounce',
  'preach', 'lecture', 'instruct', 'order', 'command', 'beg', 'implore', 'pray', 'swear', 'affirm',
  'attest', 'certify', 'guarantee', 'hint', 'imply', 'indicate', 'mention', 'point', 'signal',
  'underline', 'underscore', 'highlight', 'rebut', 'refute', 'retort', 'riposte', 'rejoin', 'grumble',
  'groan', 'moan', 'murmur', 'mumble', 'stammer', 'stutter', 'thunder', 'bellow', 'roar', 'hiss',
  'growl', 'snarl', 'screech', 'shriek', 'squeal', 'wail', 'sob', 'whine', 'howl', 'call', 'dictate',
];

/**
 * The neutral verbs of saying (`said`, `told`, `added`, `wrote`): they report words without
 * judging them, so a quotation fragment after one is the subject's own words, whereas a fragment
 * after an evaluative verb (`called the plan "a disaster"`, `slammed … as "reckless"`) is more often
 * a label or someone else's phrase. Source: the neutral reporting verbs of news style guides
 * (AP Stylebook, "said"), Quirk et al. (1985, §16.63).
 */
export const NEUTRAL_SPEECH_VERBS: readonly string[] = ['say', 'tell', 'add', 'write', 'state', 'explain', 'note'];

/**
 * Verbs that often introduce a partial quotation but do not always report speech
 * (`called the plan "a disaster"`, `described it as "shameful"`). A cue made of one of these is
 * used, with less confidence.
 */
export const WEAK_SPEECH_VERBS: readonly string[] = [
  'think', 'believe', 'feel', 'hope', 'fear', 'know', 'decide', 'figure', 'dub', 'label', 'brand',
  'term', 'name', 'nickname', 'characterize', 'characterise', 'cite', 'refer', 'dismiss', 'reject',
  'defend', 'vow', 'seek', 'want', 'promote', 'push', 'pitch', 'offer', 'propose', 'question',
  'challenge', 'attack', 'hail', 'welcome', 'condemn', 'denounce', 'decry', 'deride', 'ridicule',
  'lambaste', 'chide', 'scold', 'rebuke', 'fault', 'blame', 'credit', 'applaud', 'laud', 'celebrate',
  'tease', 'taunt', 'boast', 'frame', 'portray', 'depict', 'paint', 'cast', 'pitch', 'vouch', 'echo',
  'estimate', 'bemoan', 'vent', 'gripe', 'grouse', 'rail', 'hail', 'muse', 'riff', 'remember',
  'press', 'retaliate', 'counsel', 'concede', 'exhort', 'react',
];

/** Irregular past / participle forms (base → forms). */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], read: ['read'], swear: ['swore', 'sworn'],
  think: ['thought'], feel: ['felt'], know: ['knew', 'known'], begin: ['began', 'begun'],
  sing: ['sang', 'sung'], seek: ['sought'], cast: ['cast'], speak: ['spoke', 'spoken'],
  chime: ['chimed'], teach: ['taught'], bring: ['brought'], go: ['went', 'gone'],
  forbid: ['forbade', 'forbidden'], bid: ['bade'],
};

const VOWELS = 'aeiou';

/** Generates the regular inflections of an English verb: `-s`, `-ed`, `-ing`. */
export function inflect(base: string): string[] {
  const forms = new Set<string>([base]);
  const last = base.at(-1) ?? '';
  const beforeLast = base.at(-2) ?? '';
  // third person singular
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) forms.add(`${base}es`);
  else if (last === 'y' && !VOWELS.includes(beforeLast)) forms.add(`${base.slice(0, -1)}ies`);
  else forms.add(`${base}s`);
  const irregular = IRREGULAR[base];
  if (irregular) for (const form of irregular) forms.add(form);
  else if (last === 'e') forms.add(`${base}d`);
  else if (last === 'y' && !VOWELS.includes(beforeLast)) forms.add(`${base.slice(0, -1)}ied`);
  else if (doublesFinalConsonant(base)) forms.add(`${base}${last}ed`);
  else forms.add(`${base}ed`);
  // present participle
  if (base.endsWith('ie')) forms.add(`${base.slice(0, -2)}ying`);
  else if (last === 'e' && !base.endsWith('ee') && base.length > 2) forms.add(`${base.slice(0, -1)}ing`);
  else if (doublesFinalConsonant(base)) forms.add(`${base}${last}ing`);
  else forms.add(`${base}ing`);
  return [...forms];
}

/** Short verbs ending consonant-vowel-consonant double it (`quip` → `quipped`, `snap` → `snapped`). */
function doublesFinalConsonant(base: string): boolean {
  if (DOUBLING.has(base)) return true;
  if (!/^[a-z]+$/.test(base) || base.length > 4) return false;
  const [c1, v, c2] = [base.at(-3) ?? '', base.at(-2) ?? '', base.at(-1) ?? ''];
  return !VOWELS.includes(c1) && VOWELS.includes(v) && !VOWELS.includes(c2) && !'wxy'.includes(c2);
}

/** Longer verbs whose final consonant doubles (stress on the last syllable). */
const DOUBLING = new Set(['quip', 'snap', 'admit', 'regret', 'refer', 'concur', 'rebut', 'stop', 'plan', 'chat', 'beg', 'sob', 'nag', 'jab', 'dub', 'tag', 'slam', 'occur', 'commit', 'submit', 'permit', 'omit', 'confer', 'defer', 'prefer', 'infer', 'transfer', 'compel', 'control', 'patrol', 'extol']);

function buildSet(bases: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const base of bases) for (const form of inflect(base)) set.add(form);
  return set;
}

/** Every inflected form of {@link STRONG_SPEECH_VERBS}, lower case. */
export const STRONG_SPEECH_VERB_FORMS: ReadonlySet<string> = buildSet(STRONG_SPEECH_VERBS);

/** Every inflected form of {@link WEAK_SPEECH_VERBS} that is not also strong, lower case. */
export const WEAK_SPEECH_VERB_FORMS: ReadonlySet<string> = new Set(
  [...buildSet(WEAK_SPEECH_VERBS)].filter((form) => !STRONG_SPEECH_VERB_FORMS.has(form)),
);

/**
 * Forms that are much more often something else than a speech verb at the place a cue goes
 * (`read` the book, `post` office, `point`, `order`, `object`, `text`, `charge`, `call`): they
 * count only with a subject or object that makes them a cue, i.e. they are weak.
 */
const AMBIGUOUS = new Set(['post', 'posts', 'text', 'texts', 'object', 'objects', 'order', 'orders', 'point', 'points', 'charge', 'charges', 'sing', 'cry', 'call', 'calls', 'called', 'calling', 'read', 'reading', 'reads', 'quote', 'quotes', 'quoted', 'quoting', 'begin', 'began', 'begins', 'finish', 'finished', 'posted']);

/** How strongly a (lower-case) word reports speech: `2` strong, `1` weak, `0` not a speech verb. */
export function speechVerbStrength(lower: string): 0 | 1 | 2 {
  if (STRONG_SPEECH_VERB_FORMS.has(lower)) return AMBIGUOUS.has(lower) ? 1 : 2;
  return WEAK_SPEECH_VERB_FORMS.has(lower) ? 1 : 0;
}

/** Every inflected form of {@link NEUTRAL_SPEECH_VERBS}, lower case. */
export const NEUTRAL_SPEECH_VERB_FORMS: ReadonlySet<string> = buildSet(NEUTRAL_SPEECH_VERBS);

/** Whether a (lower-case) word is a form of a neutral verb of saying ({@link NEUTRAL_SPEECH_VERBS}). */
export function isNeutralSpeechVerb(lower: string): boolean {
  return NEUTRAL_SPEECH_VERB_FORMS.has(lower);
}

const BASES = new Set([...STRONG_SPEECH_VERBS, ...WEAK_SPEECH_VERBS]);

/**
 * Whether a (lower-case) word is the bare base form of a speech verb (`comment`, `report`, `say`):
 * in news prose it is then usually a noun (`a Twitter comment`) unless a plural or first-person
 * subject or an auxiliary (`will say`, `did tell`) makes it a verb.
 */
export function isBaseForm(lower: string): boolean {
  return BASES.has(lower) && lower !== 'read' && lower !== 'cast';
}
