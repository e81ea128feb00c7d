/**
 * Small closed word lists used to read the words around a quotation: titles, role and
 * organization nouns, pronouns, function words. Lower case; looked up through `Set`s.
 *
 * Source: general English grammar and newswire style (titles and abbreviations as in the
 * AP Stylebook's "titles" and "abbreviations" entries; closed-class words from Quirk et al. 1985).
 * Not derived from any annotated corpus.
 *
 * @module
 */

/** Gender a word implies: `m`, `f`, or `u` (unknown / neutral). */
export type Gender = 'm' | 'f' | 'u';

/** Titles and ranks that precede a name (`President`, `Lt.`, `Sen.`), with the gender they imply. */
export const TITLES: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...([
    'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen.', 'sen', 'representative',
    'rep.', 'rep', 'congressman', 'congresswoman', 'governor', 'gov.', 'gov', 'lt.', 'lt', 'lieutenant',
    'gen.', 'gen', 'general', 'col.', 'colonel', 'maj.', 'major', 'capt.', 'captain', 'adm.', 'admiral',
    'sgt.', 'sergeant', 'cmdr.', 'commander', 'cpl.', 'corporal', 'pvt.', 'private', 'dr.', 'dr', 'prof.',
    'professor', 'judge', 'justice', 'chief', 'deputy', 'ambassador', 'speaker', 'chairman', 'chairwoman',
    'chair', 'chairperson', 'mayor', 'pope', 'sheikh', 'rev.', 'reverend', 'rabbi', 'imam', 'attorney',
    'commissioner', 'director', 'sheriff', 'detective', 'officer', 'pastor', 'bishop', 'cardinal',
    'chancellor', 'premier', 'envoy', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'coach',
    'state', 'former', 'acting', 'assistant', 'associate', 'senior', 'executive', 'candidate', 'nominee',
    'presidential', 'gop', 'democratic', 'republican', 'house', 'senate', 'majority', 'minority', 'whip',
    'presidents', 'senators', 'gens.', 'reps.', 'sens.', 'ceo', 'cfo', 'coo', 'founder', 'anchor',
    'host', 'correspondent', 'columnist', 'editor', 'professor', 'dean', 'principal', 'superintendent',
    'marshal', 'inspector', 'trooper', 'constable', 'councilman', 'councilwoman', 'councilor',
    'alderman', 'assemblyman', 'assemblywoman', 'delegate', 'lawmaker', 'strategist', 'pollster',
    'adviser', 'advisor', 'aide', 'manager', 'gov', 'u.s.', 'us', 'then', 'then-candidate',
    'then-president', 'ex', 'former', 'incoming', 'outgoing', 'interim', 'emeritus', 'first', 'doctor',
  ] as const).map((t): [string, Gender] => [t, 'u']),
  ...(['mr.', 'mr', 'sir', 'king', 'prince', 'lord', 'father', 'fr.', 'brother', 'duke', 'baron', 'emperor', 'sultan', 'emir', 'uncle', 'grandpa', 'grandfather'] as const).map(
    (t): [string, Gender] => [t, 'm'],
  ),
  ...(['mrs.', 'mrs', 'ms.', 'ms', 'miss', 'madam', 'madame', 'queen', 'princess', 'lady', 'dame', 'sister', 'duchess', 'baroness', 'empress', 'aunt', 'auntie', 'grandma', 'grandmother', 'granny'] as const).map(
    (t): [string, Gender] => [t, 'f'],
  ),
]);

/** Abbreviations that end with a period which does not end the sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'lt.', 'gen.', 'col.', 'maj.', 'capt.',
  'adm.', 'sgt.', 'cmdr.', 'cpl.', 'pvt.', 'rev.', 'fr.', 'st.', 'jr.', 'sr.', 'gens.', 'reps.', 'sens.',
  'no.', 'vs.', 'v.', 'etc.', 'inc.', 'corp.', 'co.', 'ltd.', 'jan.', 'feb.', 'mar.', 'apr.', 'aug.',
  'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'mt.', 'ft.', 'supt.', 'atty.', 'gov.', 'pres.', 'dept.',
  'e.g.', 'i.e.', 'a.m.', 'p.m.', 'u.s.', 'u.k.', 'u.n.', 'd.c.', 'ala.', 'ariz.', 'ark.', 'calif.',
  'colo.', 'conn.', 'del.', 'fla.', 'ga.', 'ill.', 'ind.', 'kan.', 'ky.', 'la.', 'md.', 'mass.',
  'mich.', 'minn.', 'miss.', 'mo.', 'mont.', 'neb.', 'nev.', 'n.h.', 'n.j.', 'n.m.', 'n.y.', 'n.c.',
  'n.d.', 'okla.', 'ore.', 'pa.', 'r.i.', 's.c.', 's.d.', 'tenn.', 'vt.', 'va.', 'wash.', 'w.va.',
  'wis.', 'wyo.',
]);

/** Nouns naming a person by role (`official`, `spokeswoman`, `source`), with the gender they imply. */
export const ROLE_NOUNS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...([
    'official', 'officials', 'spokesperson', 'spokespeople', 'source', 'sources', 'aide', 'aides',
    'adviser', 'advisers', 'advisor', 'advisors', 'analyst', 'analysts', 'expert', 'experts', 'doctor',
    'doctors', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'witness', 'witnesses', 'resident',
    'residents', 'diplomat', 'diplomats', 'officer', 'officers', 'commander', 'commanders', 'envoy',
    'minister', 'secretary', 'president', 'senator', 'senators', 'lawmaker', 'lawmakers', 'legislator',
    'legislators', 'governor', 'mayor', 'leader', 'leaders', 'chief', 'director', 'candidate',
    'candidates', 'nominee', 'voter', 'voters', 'supporter', 'supporters', 'critic', 'critics',
    'activist', 'activists', 'protester', 'protesters', 'member', 'members', 'representative',
    'representatives', 'staffer', 'staffers', 'strategist', 'strategists', 'pollster', 'pollsters',
    'economist', 'economists', 'professor', 'researcher', 'researchers', 'scientist', 'scientists',
    'author', 'authors', 'writer', 'reporter', 'reporters', 'journalist', 'journalists', 'editor',
    'columnist', 'host', 'anchor', 'manager', 'person', 'people', 'operative', 'operatives', 'donor',
    'donors', 'insider', 'insiders', 'observer', 'observers', 'veteran', 'veterans', 'owner', 'worker',
    'workers', 'employee', 'employees', 'student', 'students', 'teacher', 'teachers', 'officer',
    'investigator', 'investigators', 'prosecutor', 'prosecutors', 'judge', 'justice', 'delegate',
    'delegates', 'organizer', 'organizers', 'founder', 'executive', 'executives', 'ceo', 'chairman',
    'chairwoman', 'chair', 'partner', 'colleague', 'colleagues', 'friend', 'friends', 'ally', 'allies',
    'opponent', 'opponents', 'rival', 'rivals', 'democrat', 'democrats', 'republican', 'republicans',
    'conservative', 'conservatives', 'liberal', 'liberals', 'progressive', 'progressives', 'american',
    'americans', 'citizen', 'citizens', 'parent', 'parents', 'victim', 'victims', 'survivor',
    'survivors', 'participant', 'participants', 'attendee', 'attendees', 'fan', 'fans', 'backer',
    'backers', 'volunteer', 'volunteers', 'consultant', 'consultants', 'historian', 'historians',
    'scholar', 'scholars', 'commentator', 'commentators', 'pundit', 'pundits', 'blogger', 'bloggers',
    'correspondent', 'official', 'someone', 'anyone', 'everyone', 'nobody', 'others', 'many', 'some',
    'negotiator', 'negotiators', 'mediator', 'official', 'ambassador', 'nurse', 'nurses', 'physician',
    'surgeon', 'pastor', 'priest', 'rabbi', 'imam', 'soldier', 'soldiers', 'general', 'generals',
    'refugee', 'refugees', 'farmer', 'farmers', 'neighbor', 'neighbors', 'neighbour', 'neighbours',
    'planner', 'planners', 'campaigner', 'campaigners', 'surrogate', 'surrogates', 'hopeful',
    'hopefuls', 'contender', 'contenders', 'frontrunner', 'front-runner', 'incumbent', 'challenger',
    'moderator', 'moderators', 'panelist', 'panelists', 'caller', 'callers', 'speaker', 'speakers',
    'poll', 'survey', 'statement', 'report', 'document', 'memo', 'letter', 'email', 'e-mail', 'post',
    'tweet', 'study', 'suit', 'lawsuit', 'complaint', 'filing', 'release', 'ruling', 'order', 'ad',
    'advertisement', 'video', 'website', 'sign', 'signs', 'banner', 'message', 'note', 'transcript',
    'indictment', 'affidavit', 'motion', 'brief', 'opinion', 'decision', 'bill', 'resolution',
    'platform', 'manifesto', 'book', 'article', 'editorial', 'op-ed', 'column', 'headline', 'story',
    'narrator', 'voice-over', 'voiceover', 'announcer', 'audience', 'crowd', 'user', 'users', 'commenter',
    'commenters', 'marchers', 'spectators', 'demonstrators', 'viewers', 'readers', 'listeners',
    'children', 'kids', 'teenagers', 'followers', 'fans', 'team', 'transcript', 'chant', 'chants',
    'footnote', 'caption', 'slogan', 'placard', 'plaque', 'inscription', 'notice', 'flyer', 'leaflet', 'brochure', 'pamphlet', 'poster', 'billboard', 'bulletin', 'verdict', 'petition', 'proclamation', 'handout', 'memoir', 'speech',
    // occupations and public roles (general English; the people news and fiction quote)
    'actor', 'actors', 'singer', 'singers', 'star', 'stars', 'comedian', 'comedians', 'rapper', 'musician',
    'musicians', 'artist', 'artists', 'athlete', 'athletes', 'player', 'players', 'coach', 'filmmaker',
    'producer', 'novelist', 'poet', 'celebrity', 'celebrities', 'billionaire', 'mogul', 'tycoon',
    'entrepreneur', 'investor', 'investors', 'banker', 'bankers', 'lobbyist', 'lobbyists', 'cleric',
    'clerics', 'bishop', 'pope', 'monarch', 'ruler', 'dictator', 'neurosurgeon', 'psychologist',
    'psychiatrist', 'physicist', 'lecturer', 'chef', 'agent', 'agents', 'detective', 'sheriff',
    'suspect', 'defendant', 'plaintiff', 'guard', 'guards', 'driver', 'pilot', 'captain', 'sergeant',
    'stranger', 'visitor', 'visitors', 'guest', 'guests', 'passenger', 'passengers', 'customer',
    'customers', 'patient', 'patients', 'landlord', 'tenant', 'tenants', 'neighbour', 'official',
  ] as const).map((t): [string, Gender] => [t, 'u']),
  ...(['spokesman', 'spokesmen', 'congressman', 'congressmen', 'chairman', 'chairmen', 'man', 'men', 'businessman', 'father', 'husband', 'son', 'brother', 'boy', 'gentleman', 'assemblyman', 'councilman', 'uncle', 'grandfather', 'king', 'dad', 'prince', 'duke', 'waiter', 'boyfriend', 'nephew', 'grandson', 'monk'] as const).map(
    (t): [string, Gender] => [t, 'm'],
  ),
  ...(['spokeswoman', 'spokeswomen', 'congresswoman', 'congresswomen', 'chairwoman', 'chairwomen', 'woman', 'women', 'businesswoman', 'mother', 'wife', 'daughter', 'sister', 'girl', 'lady', 'assemblywoman', 'councilwoman', 'aunt', 'grandmother', 'queen', 'mom', 'princess', 'duchess', 'actress', 'waitress', 'girlfriend', 'niece', 'granddaughter', 'nun'] as const).map(
    (t): [string, Gender] => [t, 'f'],
  ),
]);

/** Role nouns that name a text rather than a person (`statement`, `report`, `book`): they speak only through strong verbs. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'poll', 'survey', 'statement', 'report', 'document', 'memo', 'letter', 'email', 'e-mail', 'post', 'tweet',
  'study', 'suit', 'lawsuit', 'complaint', 'filing', 'release', 'ruling', 'order', 'ad', 'advertisement',
  'video', 'website', 'sign', 'signs', 'banner', 'message', 'note', 'transcript', 'indictment', 'affidavit',
  'motion', 'brief', 'opinion', 'decision', 'bill', 'resolution', 'platform', 'manifesto', 'book', 'article',
  'editorial', 'op-ed', 'column', 'headline', 'story', 'chant', 'chants',
  // more texts that can be quoted (general English)
  'footnote', 'caption', 'slogan', 'placard', 'plaque', 'inscription', 'notice', 'flyer', 'leaflet', 'brochure', 'pamphlet', 'poster', 'billboard', 'bulletin', 'verdict', 'petition', 'proclamation', 'handout', 'memoir', 'speech',
]);

/** Nouns naming an organization (`ministry`, `campaign`, `committee`). */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'office', 'campaign', 'committee', 'commission', 'government',
  'administration', 'company', 'firm', 'group', 'party', 'court', 'police', 'council', 'board', 'bureau',
  'embassy', 'union', 'association', 'organization', 'organisation', 'network', 'newspaper', 'house',
  'kremlin', 'pentagon', 'service', 'team', 'institute', 'foundation', 'center', 'centre', 'university',
  'college', 'school', 'church', 'army', 'military', 'navy', 'force', 'forces', 'corporation', 'bank',
  'fund', 'coalition', 'alliance', 'federation', 'league', 'club', 'society', 'caucus', 'congress',
  'senate', 'parliament', 'assembly', 'cabinet', 'regime', 'authority', 'authorities', 'inc.', 'corp.',
  'co.', 'ltd.', 'llc', 'times', 'post', 'journal', 'news', 'press', 'tribune', 'herald', 'gazette',
  'magazine', 'channel', 'station', 'radio', 'tv', 'times', 'reuters', 'website', 'outlet', 'paper',
  'state', 'city', 'county', 'district', 'nation', 'country', 'staff', 'spokesman\'s', 'hospital',
  'clinic', 'trust', 'project', 'movement', 'pac', 'super', 'panel', 'majority', 'minority', 'side',
]);

/** Personal pronouns that can be a speaker, with gender and number. */
export const PRONOUNS: ReadonlyMap<string, { readonly gender: Gender; readonly plural: boolean }> = new Map([
  ['he', { gender: 'm', plural: false }],
  ['she', { gender: 'f', plural: false }],
  ['they', { gender: 'u', plural: true }],
  ['it', { gender: 'u', plural: false }],
  ['i', { gender: 'u', plural: false }],
  ['we', { gender: 'u', plural: true }],
  ['you', { gender: 'u', plural: false }],
  ['who', { gender: 'u', plural: false }],
]);

/** Words that open a noun phrase (`a senior official`, `another official`, `two sources`). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'another', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'most',
  'few', 'all', 'both', 'each', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that',
  'these', 'those', 'other', 'any', 'no', 'multiple', 'numerous', 'various',
]);

/** Prepositions that may join a noun phrase to its complement (`a spokeswoman for the ministry`). */
export const NP_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on', 'to']);

/** Lower-case particles inside names (`Bashar al-Assad`, `Staffan de Mistura`, `Ludwig van Beethoven`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'al-', 'el', 'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'la', 'le', 'dos', 'das', 'ben', 'abu', 'st.',
]);

/**
 * Words a title-case title or headline leaves in lower case (`Friends of the Harbor`, `Mayor Rips Council
 * as Budget Stalls`): articles, coordinating conjunctions and short prepositions, as the usual style
 * guides have them.
 */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'vs', 'vs.',
]);

/** Name suffixes (`Jr.`, `III`). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

/**
 * Auxiliaries and adverbs that may stand between a speaker and the speech verb
 * (`has said`, `also said`, `would later tell`). Words ending in `-ly` count too.
 */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set([
  'has', 'had', 'have', 'would', 'will', 'could', 'did', 'does', 'do', 'was', 'were', 'is', 'are',
  'also', 'later', 'then', 'once', 'since', 'still', 'again', 'further', 'too', 'even', 'just', 'never',
  'often', 'always', 'already', 'soon', 'long', 'recently', 'previously', 'simply', 'once', 'not',
  'can', 'may', 'might', 'should', 'must', 'ever', 'yet', 'first', 'last', 'now', 'here', 'there',
  'earlier', 'afterward', 'afterwards', 'quickly', 'reportedly', 'allegedly', 'publicly', 'privately',
  'been', 'be', 'being', 'had', 'went', 'on', 'to', 'go', 'goes', 'going', 'reportedly', 'twice',
  'tearfully', 'jokingly', 'proudly', 'repeatedly', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'morning', 'evening', 'afternoon',
  'night',
]);

/**
 * Capitalized words that are not names even when capitalized: sentence openers, days, months.
 * Lower case.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'for', 'nor', 'in', 'on', 'at', 'by', 'to', 'of',
  'from', 'with', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'until', 'because',
  'although', 'though', 'however', 'meanwhile', 'still', 'also', 'then', 'now', 'later', 'earlier',
  'today', 'tonight', 'yesterday', 'tomorrow', 'this', 'that', 'these', 'those', 'there', 'here',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'what', 'who', 'why', 'how', 'where', 'which', 'asked', 'speaking', 'says', 'said', 'according',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'instead', 'indeed', 'even', 'just', 'only', 'not', 'no', 'yes', 'well', 'oh', 'again', 'both',
  'all', 'some', 'many', 'most', 'such', 'other', 'another', 'every', 'each', 'one', 'last', 'next',
  'first', 'during', 'about', 'over', 'under', 'into', 'through', 'against', 'between', 'among',
  'without', 'within', 'despite', 'like', 'unlike', 'than', 'whether', 'once', 'perhaps', 'maybe',
  'thus', 'hence', 'therefore', 'moreover', 'furthermore', 'besides', 'otherwise', 'nevertheless',
  'nonetheless', 'anyway', 'still', 'ahead', 'sitting', 'standing', 'writing', 'added', 'adding',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'hundreds',
  'thousands', 'dozens', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'thirty', 'forty',
  'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion',
  'amid', 'amidst', 'across', 'toward', 'towards', 'upon', 'via', 'near', 'beyond', 'throughout',
  'following', 'regarding', 'concerning', 'see', 'often', 'sometimes', 'usually', 'rarely', 'seldom', 'based', 'given', 'asked', 'told', 'audiences',
  // auxiliaries and modals opening a question or an imperative (`Does Ward have the votes?`, `Do read the fine print`);
  // not `will` (a surname: `columnist Hal Will wrote`)
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'would',
  'should', 'must', 'might', 'shall',
]);

/** Function words: ignored when comparing names (`the`, `of`, `a`). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as',
  'that', 'this', 'who', 'which', 'his', 'her', 'their', 'its', 'another', 'one', 'some', 'other',
]);

/** Nouns that name an utterance (`claim`, `pledge`, `remarks`): their possessor is its speaker (`her claim that "…"`). */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'pledge', 'pledges', 'promise', 'promises', 'call', 'calls', 'assertion', 'assertions',
  'statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'words', 'description', 'warning',
  'warnings', 'vow', 'insistence', 'argument', 'arguments', 'accusation', 'accusations', 'charge', 'suggestion',
  'demand', 'demands', 'question', 'answer', 'reply', 'response', 'admission', 'tweet', 'tweets', 'message',
  'slogan', 'phrase', 'line', 'quip', 'boast', 'complaint', 'denial', 'declaration', 'announcement', 'prediction',
  'contention', 'plea', 'retort', 'rhetoric', 'speech', 'testimony', 'explanation', 'characterization', 'label',
]);
