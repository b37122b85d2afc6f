//! What a question's wording is compared on: its meaningful words, reduced to a common form
//! and weighted, and the similarity of two such word sets.
//!
//! Candidates word one question in many ways ("Explain the difference between REST and SOAP
//! APIs." / "What's the difference between REST and SOAP?" / "REST vs SOAP – differences?").
//! The words that carry the question ("rest", "soap") must agree; the words of the frame
//! ("explain", "difference", "tell me about a time") say little, because every second
//! question has them. So:
//!
//! 1. stop words go (the fingerprint's list, [`super::super::question`]);
//! 2. interview-frame synonyms fold to one word (`vs` / `versus` / `compare` → `differ`;
//!    `tell` / `describe` / `walk (me through)` → `describe`; `time` / `situation` /
//!    `example` → `situation`; `coworker` / `colleague` → `colleague`; British spellings;
//!    numbers in words → digits; a few abbreviations spelled out: `oop`);
//! 3. a light suffix stemmer folds plurals and -ing/-ed (`failed`, `failure`, `fails` → `fail`);
//! 4. frame words weigh [`FRAME_WEIGHT`], one- and two-letter words [`SHORT_WEIGHT`], the
//!    rest 1.
//!
//! [`similarity`] is the weighted Jaccard index of two word sets, where words of 5 letters or
//! more also match a word one edit away (two edits from 8 letters), for typos such as
//! "polymorphsim".

use crate::normalize::question::{ELABORATION, ELABORATION_MARK};
use std::borrow::Cow;

/// The word lists' sets, looked up several times for every word of every new wording.
type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
type FastSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

/// Weight of a word of the interview frame (`describe`, `situation`, `differ`, `want`, …).
pub const FRAME_WEIGHT: f32 = 0.25;
/// Weight of one- and two-letter words, numbers and general technical words (`k`, `5`, `api`,
/// `system`): they count, but a shared `5` or `api` does not make two questions one.
pub const SHORT_WEIGHT: f32 = 0.5;

/// One word of a question: its reduced form and weight.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// Hash of `text`: the word lists are sorted and compared on it, which is a tenth of the
    /// cost of comparing strings on a million questions.
    pub key: u64,
    pub text: Box<str>,
    /// The normalized token it came from, before stemming: typos are matched on it
    /// (`polymorphsim` is two letters from `polymorphism`, but three from its stem).
    pub raw: Box<str>,
    pub weight: f32,
    /// [`letter_set`] of `raw`.
    pub letters: u32,
    /// [`compound_key`] of `raw` (its singular) when it is long enough to be a closed
    /// compound ([`COMPOUND_LEN`]), else 0; and the hash of the acronym it may be (its
    /// singular: `vms` → `vm`), else 0. Kept
    /// so that comparing millions of pairs does not read and hash the words' strings.
    pub compound: u64,
    pub acronym: u64,
    /// Said or left out as the candidate pleases: a kind noun ([`is_kind_noun`]), a field
    /// ([`is_field`]), a part ([`is_part_noun`]), the ask of a problem statement
    /// ([`is_statement_verb`]), a word of the closing "in …" phrase ([`closing_setting`]),
    /// of a named instance ([`named_instance`]) or of a coding preamble ([`coding_preamble`]),
    /// or the company named. One wording alone has it: counts [`OPTIONAL_ALONE`] of its weight.
    pub optional: bool,
    /// The company named in "work at Deloitte" ([`NAMED`]).
    pub named: bool,
    /// In the closing "in …" phrase ([`closing_setting`]): optional, but where a
    /// motivation question points ("Why do you want to work in sales?", [`subjects_added`]).
    pub setting: bool,
    /// In what the question adds after it is asked (after
    /// [`crate::normalize::question::ELABORATION`]): optional, and not among the words that
    /// block it (`super::block_keys`).
    pub elaboration: bool,
}

impl Word {
    fn new(text: String, raw: &str, weight: f32) -> Word {
        let acronym = acronym_singular(raw);
        // A statement's ask is an imperative or an infinitive; told in the past it is the
        // story's: "a time you found an error" is not "… made an error".
        let told = raw.ends_with("ed") || raw == "found";
        let optional =
            is_kind_noun(&text) || is_field(&text) || is_part_noun(&text) || (is_statement_verb(&text) && !told);
        Word {
            key: hash(&text),
            text: text.into(),
            raw: raw.into(),
            weight,
            letters: letter_set(raw),
            compound: if raw.len() >= COMPOUND_LEN {
                compound_key(raw)
            } else {
                0
            },
            // `cv` is a resume, not "cross validation": an abbreviation of one word spells
            // nothing (`cd`, continuous delivery or deployment, still spells).
            acronym: if may_be_acronym(acronym) && expand_abbreviation(raw).is_none_or(|words| words.len() > 1) {
                hash(acronym)
            } else {
                0
            },
            optional,
            named: false,
            setting: false,
            elaboration: false,
        }
    }
}

/// What the first pass of [`similarity`] reads of a word, packed: on a large corpus most
/// pairs end after that pass, and reading 24 bytes per word instead of following the word's
/// strings into the heap halves the time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Packed {
    pub key: u64,
    pub weight: f32,
    /// [`first_letter_bit`] of the raw word.
    pub first: u32,
    /// [`letter_set`] of the raw word, and its length in characters (at most 255).
    pub letters: u32,
    pub len: u8,
    /// Weighs in [`substitutes`]: a subject word or a number, or a negation.
    pub decisive: bool,
    pub negation: bool,
    /// [`Word::optional`], and whether as an elaboration's word.
    pub optional: Optional,
}

/// Whether a word is optional ([`Word::optional`]) and as what, in one byte: [`Packed`] stays
/// 24 bytes. A separate `elaboration` flag made it 32, and the million-question benchmark
/// about 8% slower (sixth session of 2026-11-27).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Optional {
    No,
    Yes,
    /// A word of what the question adds after it is asked ([`Word::elaboration`]).
    Elaboration,
}

impl Optional {
    fn of(w: &Word) -> Optional {
        match (w.optional, w.elaboration) {
            (false, _) => Optional::No,
            (true, false) => Optional::Yes,
            (true, true) => Optional::Elaboration,
        }
    }

    /// The share of the word's weight taken off the union when one wording alone has it.
    fn loose_share(self) -> f32 {
        match self {
            Optional::No => 0.0,
            Optional::Yes => 1.0 - OPTIONAL_ALONE,
            Optional::Elaboration => 1.0 - ELABORATION_ALONE,
        }
    }
}

/// The words of a question, sorted by [`Word::key`], each once.
///
/// In C order, the fields the first pass of [`similarity`] reads first: they span one or two
/// cache lines, which [`Features::prefetch`] asks for before the comparison needs them.
#[derive(Debug, Clone, Default, PartialEq)]
#[repr(C)]
pub struct Features {
    /// `words`, packed, in the same order.
    pub packed: Vec<Packed>,
    /// [`bloom_bit`]s of `acronym_like` and of `compounds`: [`similarity`] checks them before
    /// reading those lists, which live elsewhere in memory, for each of millions of pairs.
    pub acronym_bloom: u64,
    pub compound_bloom: u64,
    /// One bit per hash of `spelled` ([`bloom_bit`]): most checks end on it.
    pub spelled_bloom: u64,
    /// [`bloom_bit`]s of `joined`.
    pub joined_bloom: u64,
    pub total: f32,
    /// It compares ("X vs Y", "the difference between X and Y"): the `differ` frame word.
    pub compares: bool,
    /// Which sides of [`OPPOSITES`] it names, two bits a pair: "a new / an existing
    /// product", "first- / last-touch attribution" ask two things though `new` and `last`
    /// are frame words ([`opposite_factor`]).
    pub opposites: u32,
    pub words: Vec<Word>,
    /// The normalized question, for spelling out acronyms ([`acronym_run`]).
    pub text: Box<str>,
    /// Hashes of its words that may be acronyms (2 to 5 letters).
    pub acronym_like: Vec<u64>,
    /// Hashes of the initials of its runs of 2 to 4 words (what it spells out).
    pub spelled: Vec<u64>,
    /// Hashes of its words long enough to be closed compounds ([`join_compounds`]).
    pub compounds: Vec<u64>,
    /// Hashes of its pairs of adjacent words written as one (`trade off` → `tradeoff`): a
    /// compound on the other side can only match those.
    pub joined: Vec<u64>,
    /// The words on either side of a `to` / `using` / `into` / `from` / `with` ([`directions`]), as
    /// (before, after, which preposition): two wordings that name the same two words in
    /// opposite directions around one preposition ask opposite things.
    pub directions: Box<[(u64, u64, u8)]>,
    /// Who acts in the story asked for ([`Agent::of`]).
    pub agent: Agent,
    /// The hash of the company it names ("Why do you want to work at Deloitte?", [`NAMED`]),
    /// 0 for none: two wordings naming two companies ask two things ("Why McKinsey?" /
    /// "Why Deloitte?"). An ingest names a page's own company "the company"
    /// (`super::Clusterer::assign_at`), so "Why Deloitte?" on Deloitte's page and "Why
    /// McKinsey?" on McKinsey's are one question there.
    pub named: u64,
    /// It asks what something is ("What is a hash table?", "Explain X") and not how to
    /// make it; `builds`: it asks to make it ("Implement a hash table", "Design X").
    pub defines: bool,
    pub builds: bool,
    /// The classic question it words (`config/classic_*.toml`, numbered from 1), 0
    /// for none: set by the clusterer. Two wordings of one classic question are one
    /// question, whatever their words, and wordings of two are two ([`similarity`]) —
    /// unless one is `pooled`.
    pub intent: u16,
    /// `intent` comes from the question's pooled wordings, not from one close listed wording
    /// (`super::centroids`): it is one question with another wording of that question only
    /// if the two are no minimal pair ([`pooled_intent_holds`]); else, and against a wording
    /// of another classic question, their words decide.
    pub pooled: bool,
}

/// Who acts in the story a behavioural question asks for: "a time you made a mistake" or "a
/// time a teammate made a mistake", "a time you persuaded someone" or "a time someone
/// persuaded you". Two wordings with different agents ask for different stories.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Agent {
    /// Not a story, or its agent is not said.
    #[default]
    Unsaid,
    You,
    Other,
}

impl Agent {
    /// The word after "a time", "a situation", "an occasion" (past `when`, `where`, `that`,
    /// `in which`): `you`, or someone else (`a teammate`, `someone`).
    fn of(tokens: &[&str]) -> Agent {
        let Some(at) = tokens
            .iter()
            .position(|t| matches!(*t, "time" | "situation" | "occasion" | "instance"))
        else {
            return Agent::Unsaid;
        };
        // The first word past `when`, `where`, `that`, `in which`, and the word after it.
        let first = (at + 1..tokens.len()).find(|&i| !matches!(tokens[i], "when" | "where" | "that" | "in" | "which"));
        let next = first.map(|i| &tokens[i]);
        let after = first.and_then(|i| tokens.get(i + 1));
        let person = |t: Option<&&str>| {
            t.is_some_and(|t| {
                matches!(
                    *t,
                    "colleague"
                        | "coworker"
                        | "teammate"
                        | "peer"
                        | "manager"
                        | "boss"
                        | "supervisor"
                        | "customer"
                        | "client"
                        | "patient"
                        | "student"
                        | "employee"
                        | "stakeholder"
                        | "person"
                        | "member"
                )
            })
        };
        // "a time you were persuaded to change your mind", "… you got criticized by a
        // client": the candidate undergoes what another does. Not "you were asked to lead a
        // project", the candidate's story still: only a verb of persuading, or `by`.
        let passive = first.is_some_and(|i| {
            let persuaded = |t: &str| matches!(t, "persuaded" | "convinced" | "influenced" | "pressured" | "talked");
            matches!(tokens.get(i + 1), Some(&("were" | "was" | "got")))
                && tokens.get(i + 2).is_some_and(|t| t.len() > 4 && t.ends_with("ed"))
                && match tokens.get(i + 3) {
                    Some(&"by") => true,
                    Some(&"to" | &"into") => persuaded(tokens[i + 2]),
                    _ => false,
                }
        });
        match next.copied() {
            Some("you") if passive => Agent::Other,
            Some("you") => Agent::You,
            Some("someone" | "somebody") => Agent::Other,
            // A person, not a thing: "a time a teammate made a mistake", not "a time a
            // project failed"; and not `your`: "a time your idea was rejected" is still the
            // candidate's story.
            Some("a" | "an" | "another") if person(after) => Agent::Other,
            _ => Agent::Unsaid,
        }
    }
}

/// The bit of a hash in a 64-bit Bloom filter.
fn bloom_bit(h: u64) -> u64 {
    1 << (h >> 58)
}

impl Features {
    /// The words of a question normalized by [`crate::normalize::question::normalize_question`].
    pub fn of(normalized: &str) -> Features {
        // Only the words read where the elaboration starts; the rest reads the text as
        // normalized (initials, compounds, the text kept).
        let unmarked: Cow<'_, str> = match normalized.contains(ELABORATION_MARK) {
            true => Cow::Owned(normalized.replace(ELABORATION_MARK, " ")),
            false => Cow::Borrowed(normalized),
        };
        let mut words: Vec<Word> = Vec::new();
        let written_out = candidate_shorthand(normalized.split(' ').filter(|t| !t.is_empty()).collect());
        let joined_once = join_written_twice(written_out.iter().map(|t| t.as_ref()).collect());
        let tokens: Vec<&str> = joined_once.iter().map(|t| t.as_ref()).collect();
        let gloss = gloss_before_name(&tokens);
        let setting = closing_setting(&tokens);
        let instance = named_instance(&tokens);
        let preamble = coding_preamble(&tokens);
        let role = role_preamble(&tokens);
        let mut elaborating = false;
        for (at, token) in tokens.iter().copied().enumerate() {
            if token == ELABORATION {
                elaborating = true;
                continue;
            }
            let raw = token.trim_start_matches(NAMED);
            let is_time = raw.starts_with("tim") && stem(raw) == "time";
            let reduced = if is_time && !time_is_situation(&tokens, at) {
                vec!["time".to_string()] // `time complexity`, `time-to-hire`, `shipping times`
            } else if (is_dropped(raw) || raw == "join") && compared_keyword(&tokens, at) {
                // "WHERE vs HAVING", "difference between `let` and `var`", "UNION vs JOIN"
                // (elsewhere `join` is `work`: "Why do you want to join us?").
                vec![stem(raw)]
            } else {
                reduce(raw)
            };
            for reduced in reduced {
                let mut weight = weight_of(&reduced);
                if gloss.contains(&at) {
                    weight = weight.min(SHORT_WEIGHT);
                }

                let mut word = Word::new(reduced, raw, weight);
                word.named = token.starts_with(NAMED);
                word.setting = setting.contains(&at);
                word.elaboration = elaborating;
                word.optional |= word.setting
                    || word.named
                    || elaborating
                    || instance.contains(&at)
                    || preamble.contains(&at)
                    || role.contains(&at);
                words.push(word);
            }
        }
        if let Some(task) = task_verb(&unmarked) {
            words.push(task);
        }
        drop_spelled_out_acronyms(&mut words, &unmarked);
        words.sort_by(|a, b| a.key.cmp(&b.key).then_with(|| a.text.cmp(&b.text)));
        words.dedup_by(|later, kept| {
            let same = later.key == kept.key;
            if same {
                // Optional only where every mention is.
                kept.optional &= later.optional;
                kept.elaboration &= later.elaboration;
                kept.setting |= later.setting;
            }
            same
        });
        let total = words.iter().map(|w| w.weight).sum();
        let compares = words.iter().any(|w| &*w.text == "differ");
        let opposites = words.iter().fold(0, |bits, w| bits | opposite_bits(&w.text));
        // On the word as written, made singular: the stemmer makes `ats` (applicant tracking
        // system) `at`; `VMs` spells the words of `vm`.
        let acronym_like: Vec<u64> = words
            .iter()
            .filter(|w| w.acronym != 0)
            .flat_map(|w| {
                // Its singular, and as written when that differs (`hos`, [`spell_out_acronyms`]).
                let plural = (acronym_singular(&w.raw).len() < w.raw.len()).then(|| hash(&w.raw));
                std::iter::once(w.acronym).chain(plural)
            })
            .collect();
        let spelled: Vec<u64> = initials(&unmarked, 2);
        let spelled_bloom = spelled.iter().fold(0, |bloom, &h| bloom | bloom_bit(h));
        // Compounds as compared (after shorthand: `w/o` is `without`), pairs as written.
        let compounds: Vec<u64> = words.iter().filter(|w| w.compound != 0).map(|w| w.compound).collect();
        let joined = joined_pairs(&unmarked);
        let directions = directions(&tokens);
        let agent = Agent::of(&tokens);
        let bloom = |hashes: &[u64]| hashes.iter().fold(0, |bloom, &h| bloom | bloom_bit(h));
        let (joined_bloom, acronym_bloom, compound_bloom) = (bloom(&joined), bloom(&acronym_like), bloom(&compounds));
        let packed = words
            .iter()
            .map(|w| Packed {
                key: w.key,
                weight: w.weight,
                first: first_letter_bit(&w.raw),
                letters: w.letters,
                len: u8::try_from(w.raw.chars().count()).unwrap_or(u8::MAX),
                decisive: is_decisive(w),
                negation: is_negation(&w.text),
                optional: Optional::of(w),
            })
            .collect();
        let named = words.iter().filter(|w| w.named).fold(0, |h, w| h ^ w.key);
        // The ask opens the question: "Implement …", "How would you design …" (not "UI vs
        // UX design", "the observer design pattern", "a pipeline you've built").
        let ask = match tokens.as_slice() {
            ["how", "would" | "do" | "could" | "can" | "will", "you" | "u", verb, ..] => Some(*verb),
            ["how", "to", verb, ..] | ["can" | "could", "you" | "u", verb, ..] => Some(*verb),
            [verb, ..] => Some(*verb),
            [] => None,
        };
        // The verbs of making are those folded onto `build` ([`FRAME_SYNONYMS`]), and `code`.
        let making = |v: &str| v == "code" || frame_synonym(&stem(v)) == Some("build");
        let builds = ask.is_some_and(making);
        // Not "Explain how you'd build your pipeline": no verb of making anywhere.
        let makes = words.iter().any(|w| &*w.text == "build");
        let defines = !makes
            && matches!(
                tokens.as_slice(),
                ["what", "is" | "are", ..] | ["whats", ..] | ["explain" | "define" | "describe", ..]
            );
        Features {
            named,
            defines,
            builds,
            words,
            packed,
            total,
            compares,
            opposites,
            text: unmarked.as_ref().into(),
            acronym_like,
            acronym_bloom,
            compound_bloom,
            spelled,
            spelled_bloom,
            compounds,
            joined,
            joined_bloom,
            directions,
            agent,
            intent: 0,
            pooled: false,
        }
    }

    /// Asks the CPU to start loading what [`similarity`] reads first of these features: the
    /// cache lines of its first fields, then (`words_too`) its packed words. Comparing a new
    /// wording with its 64 candidates on a million questions waited on these loads for half of
    /// [`similarity`]'s time (docs/clustering.md, "Speed").
    pub fn prefetch(&self, words_too: bool) {
        let at = self as *const Features as *const u8;
        prefetch(at);
        prefetch(at.wrapping_add(std::mem::offset_of!(Features, total)));
        if words_too {
            prefetch_lines(&self.packed);
        }
    }

    /// Whether one of its compounds is two adjacent words of `other` written as one.
    fn may_join(&self, other: &Features) -> bool {
        self.compound_bloom & other.joined_bloom != 0
            && self
                .compounds
                .iter()
                .any(|&h| other.joined_bloom & bloom_bit(h) != 0 && other.joined.contains(&h))
    }

    /// Whether the initials of some of its words hash to `h`.
    fn may_spell(&self, h: u64) -> bool {
        self.spelled_bloom & bloom_bit(h) != 0 && self.spelled.contains(&h)
    }

    /// The words that carry the question (weight 1), or every word when there are none
    /// (`Tell me about yourself` is all frame but for `yourself`).
    pub fn content(&self) -> impl Iterator<Item = &Word> {
        content_of(self.words.iter())
    }

    /// [`Features::content`] of the question asked: not what it adds after it is asked
    /// ([`Word::elaboration`]) nor the company it names ([`Word::named`]), unless it has
    /// nothing else.
    pub fn asked_content(&self) -> impl Iterator<Item = &Word> {
        let asked = |w: &Word| !w.elaboration && !w.named;
        let any_asked = self.words.iter().any(asked);
        content_of(self.words.iter().filter(move |w| !any_asked || asked(w)))
    }
}

/// The words of `words` that carry the question (weight 1), or all of them when none do.
fn content_of<'w>(words: impl Iterator<Item = &'w Word> + Clone) -> impl Iterator<Item = &'w Word> {
    let any_content = words.clone().any(|w| w.weight >= 1.0);
    words.filter(move |w| !any_content || w.weight >= 1.0)
}

/// Asks for every cache line of `items` ([`prefetch`]).
pub fn prefetch_lines<T>(items: &[T]) {
    let at = items.as_ptr() as *const u8;
    for line in (0..std::mem::size_of_val(items)).step_by(64) {
        prefetch(at.wrapping_add(line));
    }
}

/// A hint to load the cache line at `at`; it never faults, whatever the address.
#[inline(always)]
fn prefetch(at: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch only hints the cache; it reads nothing and faults on no address.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(at as *const i8)
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = at;
}

/// Weighted Jaccard index of two questions' words, 0 to 1; words match exactly or, from 5
/// letters, with one edit (two from 8 letters).
pub fn similarity(a: &Features, b: &Features) -> f32 {
    if a.named != 0 && b.named != 0 && a.named != b.named {
        return 0.0;
    }
    if a.intent != 0 && b.intent != 0 {
        // Two wordings of classic questions: one question or two, as the lists say ("Reverse
        // a linked list" / "Reverse nodes in k-group", "3Sum" / "3Sum Closest").
        let listed = !(a.pooled || b.pooled);
        if a.intent != b.intent && listed {
            return 0.0;
        }
        if a.intent == b.intent && (listed || pooled_intent_holds(a, b)) {
            return 1.0;
        }
    }
    if a.packed.is_empty() || b.packed.is_empty() {
        return if a.packed.is_empty() && b.packed.is_empty() {
            1.0
        } else {
            0.0
        };
    }
    // Words that are not equal match only as a typo or a compound, which share their first
    // letter ("polymorphsim", "tradeoff" / "trade off"), or as an acronym spelled out.
    let unmatched = exact_shared(&a.packed, &b.packed);
    let exact = unmatched.shared;
    let union = a.total + b.total - exact - unmatched.loose;
    let spells = |x: &Features, y: &Features| {
        x.acronym_bloom & y.spelled_bloom != 0 && x.acronym_like.iter().any(|&h| y.may_spell(h))
    };
    // A compound or an acronym can change the totals; without them only typos can add to the
    // exact overlap, and each typo pair adds its weight t to the shared words and takes t off
    // the union: the index is at most (exact + extra) / (union - extra).
    let compounds = a.may_join(b) || b.may_join(a);
    if !compounds && !spells(a, b) && !spells(b, a) {
        let extra = unmatched.typo_bound();
        if (exact + extra) / (union - extra).max(1e-6) < super::THRESHOLD.min(super::LINK_THRESHOLD) {
            // Cannot reach any threshold: the plain Jaccard index, without building the lists.
            return exact / union.max(1e-6);
        }
        if extra == 0.0 {
            // Nothing can match but the equal words: the full comparison's result, from the
            // first pass alone (most close pairs of a large corpus).
            let compared = one_sided_comparison(a, b, unmatched.subject[0] || unmatched.subject[1]);
            return weighted_index(exact, union, unmatched.substitutes() || compared) * order_factor(a, b);
        }
    }
    full_similarity(a, b)
}

/// Whether two wordings of one classic question, one of them worded only by the question's
/// pooled wordings (`super::centroids`), are one question: pooling blurs what the
/// question's wordings say around it, so a minimal pair stays two — the same words in
/// other directions or by another agent ([`order_factor`]: "Implement a queue using two
/// stacks" / "… a stack using two queues"), subject words on one side only, swapped (a
/// full-weight word on each side) or added, while they share twice as much ("How does a
/// hash map handle collisions / resizing?"), a sequel ("Coin Change" / "Coin Change II"), or two comparisons of other
/// things ("SLI vs SLO" / "SLO vs SLA"). Found on the labelled pairs read, where pooling
/// first merged such pairs.
fn pooled_intent_holds(a: &Features, b: &Features) -> bool {
    if order_factor(a, b) < 1.0 {
        return false;
    }
    let m = Matched::of(a, b);
    let alone = |only: &Unmatched| only.iter().filter(|w| is_decisive(w)).map(|w| w.weight).sum::<f32>();
    let (alone_a, alone_b) = (alone(&m.only_a), alone(&m.only_b));
    // A sequel or a prefix alone on one side ("Coin Change II", "non-clustered", "without
    // repeating") makes another question; a verb negated is a rewording as often ("so u
    // don't run out of stock" / "to prevent stockouts", probe8).
    let negated = m
        .only_a
        .iter()
        .chain(&m.only_b)
        .any(|w| is_negation(&w.text) && !matches!(&*w.text, "not" | "no" | "never"));
    // A swap is of subject words, one at full weight on each side ("collisions" /
    // "resizing", "stored" / "reflected XSS", a number: "Coin change: fewest coins" / "coin
    // change 2"); half-weight words on one side are how the wordings are put ("Find
    // customers who never placed an order" / "SQL query: customers who …", "Rotate an n x n
    // matrix" / "rotate image / matrix 90 deg clockwise": five rewordings of the files read
    // in the eighth session, no false merge).
    let strongest = |only: &Unmatched| {
        only.iter()
            .filter(|w| is_decisive(w))
            .map(|w| if is_number(&w.text) { 1.0 } else { w.weight })
            .fold(0.0f32, f32::max)
    };
    let swaps_subjects = strongest(&m.only_a) >= 1.0 && strongest(&m.only_b) >= 1.0;
    let adds = alone_a == 0.0 || alone_b == 0.0;
    // "SLI vs SLO" / "SLO vs SLA": two comparisons of other things.
    let compares_others = a.compares && b.compares && alone_a > 0.0 && alone_b > 0.0 && swaps_subjects;
    let heavier = alone_a.max(alone_b);
    let swapped_little = heavier > 0.0 && m.shared >= heavier * MINIMAL_PAIR_SHARE && (swaps_subjects || adds);
    !(negated || compares_others || swapped_little)
}

/// [`pooled_intent_holds`]: a swap makes a minimal pair when the words shared weigh this
/// share of the heavier side's unshared subject words or more.
pub const MINIMAL_PAIR_SHARE: f32 = 2.0;

/// Whether `a` has a subject word `b` lacks (a decisive word, a number too, but the
/// company's name; unmatched after typos, compounds and acronyms): "Why do you want to work
/// in sales?" adds `sales` to "Why do you want to work here?", "What is SCD Type 2?" adds `2`
/// to "What is a slowly changing dimension?", "tell me abt yourself" adds nothing to "Tell me
/// about yourself". A classic question's listed wording is worded only by wordings that add
/// none (`super::Clusterer`).
pub fn adds_subject(a: &Features, b: &Features) -> bool {
    subjects_added(a, b) > 0
}

/// How many subject words `a` has that `b` lacks ([`adds_subject`]).
pub fn subjects_added(a: &Features, b: &Features) -> usize {
    let m = Matched::of(a, b);
    // An optional word (a field, an instance, a kind noun) said by `a` alone adds nothing,
    // unless `b` says another in its place: "inner JS function" words "inner function", "in
    // Python" does not word "in JavaScript". Where a why-question closes still adds: "Why do
    // you want to work in sales?" is not "… here?".
    let swapped = m.only_b.iter().any(|w| is_decisive(w));
    let asks_why = a.words.iter().any(|w| &*w.text == "whi");
    m.only_a
        .iter()
        .filter(|w| is_decisive(w) && !w.named && (!w.optional || (w.setting && asks_why) || swapped))
        .count()
}

/// Two questions' words after every match [`full_similarity`] makes: equal words, typos,
/// compounds and acronyms spelled out.
struct Matched<'w> {
    /// The words each has alone.
    only_a: Unmatched<'w>,
    only_b: Unmatched<'w>,
    /// The weight matched.
    shared: f32,
    /// Each question's total weight, an acronym counted as the words it was matched to.
    total_a: f32,
    total_b: f32,
}

impl<'w> Matched<'w> {
    fn of(a: &'w Features, b: &'w Features) -> Matched<'w> {
        let (mut only_a, mut only_b) = (Unmatched::new(), Unmatched::new());
        let mut shared = walk_words(a, b, |in_a, w| if in_a { only_a.push(w) } else { only_b.push(w) });
        shared += typo_matches(&mut only_a, &mut only_b);
        let (mut total_a, mut total_b) = (a.total, b.total);
        // An acronym on one side spelled out on the other (`CLT` / `central limit theorem`)
        // counts as the words it stands for.
        shared += join_compounds(&mut only_a, &mut only_b, b, &mut total_b);
        shared += join_compounds(&mut only_b, &mut only_a, a, &mut total_a);
        shared += spell_out_acronyms(&mut only_a, &mut only_b, b, &mut total_a);
        shared += spell_out_acronyms(&mut only_b, &mut only_a, a, &mut total_b);
        Matched {
            only_a,
            only_b,
            shared,
            total_a,
            total_b,
        }
    }
}

/// [`similarity`] without its first pass: every typo, compound and acronym matched.
fn full_similarity(a: &Features, b: &Features) -> f32 {
    let Matched {
        only_a,
        only_b,
        shared,
        total_a,
        total_b,
    } = Matched::of(a, b);
    let compared = one_sided_comparison(
        a,
        b,
        only_a.iter().chain(&only_b).any(|w| is_decisive(w) && !w.optional),
    );
    let loose: f32 = only_a
        .iter()
        .chain(&only_b)
        .map(|w| w.weight * Optional::of(w).loose_share())
        .sum();
    weighted_index(
        shared,
        total_a + total_b - shared - loose,
        substitutes(&only_a, &only_b) || compared,
    ) * order_factor(a, b)
}

/// The factors that the words' order and roles set, beyond which words two wordings share:
/// opposite directions or agents ([`direction_factor`]) and opposite words
/// ([`opposite_factor`]). Both passes of [`similarity`] apply them.
pub(super) fn order_factor(a: &Features, b: &Features) -> f32 {
    direction_factor(a, b) * opposite_factor(a, b) * ask_factor(a, b)
}

/// "What is a hash table?" / "Implement a hash table from scratch", "What is a binary
/// search tree?" / "How would you implement deletion in a BST?": what a thing is and how to
/// make it are two questions. × 0.5.
fn ask_factor(a: &Features, b: &Features) -> f32 {
    if (a.defines && b.builds) || (b.defines && a.builds) {
        0.5
    } else {
        1.0
    }
}

/// Pairs of words (as reduced) that name opposite things; one wording naming one and the
/// other the other is a swap ([`SUBSTITUTION_FACTOR`]) even where one of them is a frame
/// word.
const OPPOSITES: [(&str, &str); 11] = [
    ("new", "exist"),
    // `first` is read as `1st` (numbers in words): "first-touch / last-touch attribution".
    ("1st", "last"),
    ("best", "worst"),
    ("posit", "critical"),
    ("smallest", "biggest"),
    ("min", "max"),
    ("minimum", "maximum"),
    ("increase", "decreas"),
    ("ascend", "descend"),
    ("intern", "extern"),
    // Reacting against preventing: "How would you respond to / prevent a ransomware
    // incident?" (`respond`, `deal with` fold onto `handle`, a frame word; sixth session).
    ("handle", "prevent"),
];

/// The bits of [`Features::opposites`] a word sets.
fn opposite_bits(word: &str) -> u32 {
    OPPOSITES.iter().enumerate().fold(0, |bits, (i, (x, y))| {
        bits | if word == *x {
            1 << (2 * i)
        } else if word == *y {
            2 << (2 * i)
        } else {
            0
        }
    })
}

fn opposite_factor(a: &Features, b: &Features) -> f32 {
    // Each pair's two bits: one side only in `a`, the other only in `b`.
    const LOW: u32 = 0x5555_5555;
    let one_side = |bits: u32| bits & !((bits >> 1) & LOW) & !((bits & LOW) << 1);
    let (x, y) = (one_side(a.opposites), one_side(b.opposites));
    let swapped = ((x & LOW) & ((y >> 1) & LOW)) | (((x >> 1) & LOW) & (y & LOW));
    if swapped != 0 {
        SUBSTITUTION_FACTOR
    } else {
        1.0
    }
}

/// The weighted Jaccard index of the shared weight over the union, halved when one word was
/// swapped for another ([`substitutes`]).
fn weighted_index(shared: f32, union: f32, substituted: bool) -> f32 {
    if union <= 0.0 {
        return 0.0;
    }
    let jaccard = (shared / union).clamp(0.0, 1.0);
    if substituted {
        jaccard * SUBSTITUTION_FACTOR
    } else {
        jaccard
    }
}

/// The hashes of a question's adjacent word pairs written as one, over the normalized tokens
/// (what [`join_compounds`] compares a compound of the other question with).
fn joined_pairs(normalized: &str) -> Vec<u64> {
    let tokens: Vec<&str> = normalized.split(' ').filter(|t| !t.is_empty()).collect();
    tokens
        .windows(2)
        .filter(|pair| pair[0].len() + pair[1].len() >= COMPOUND_LEN)
        .map(|pair| compound_key(&[pair[0], pair[1]].concat()))
        .collect()
}

/// The hash a compound and a pair of words written as one are matched on: singular, so
/// "blameless postmortem" meets "blameless post-mortems".
fn compound_key(written: &str) -> u64 {
    hash(singular(written))
}

/// `word` without a plural `s`, when what is left is still long enough to be a compound.
fn singular(word: &str) -> &str {
    word.strip_suffix('s')
        .filter(|w| w.len() >= COMPOUND_LEN)
        .unwrap_or(word)
}

/// The [`hash`]es of the initials of runs of `min_words` to 4 consecutive words, stop words
/// inside counted or not (`central limit theorem` → `clt`, `infrastructure as code` → `iac`
/// and `ic`). Hashed as the letters come, not collected in strings: this runs for every new
/// wording of a million.
pub fn initials(normalized: &str, min_words: usize) -> Vec<u64> {
    let mut out = initials_of(normalized, min_words);
    if normalized.split(' ').any(crossing) {
        // `cross` and `trans` also stand as `x` ([`initial_matches`]).
        let crossed: Vec<String> = normalized
            .split(' ')
            .map(|t| if crossing(t) { format!("x{t}") } else { t.to_string() })
            .collect();
        out.extend(initials_of(&crossed.join(" "), min_words));
        out.sort_unstable();
        out.dedup();
    }
    out
}

/// Block keys that let two two-letter acronyms compared ("AP vs AR?") meet the comparison
/// spelled out ("What is the difference between accounts payable and accounts
/// receivable?", four labelled files): one key per pair of the comparison's two-letter
/// acronyms, and per pair of the initials of two adjacent words it says. One initial alone
/// would put most questions in a few blocks; a pair is rare, and only comparisons have any.
pub fn compared_initial_pairs(features: &Features) -> Vec<u64> {
    if !features.compares {
        return Vec::new();
    }
    let stop = super::super::question::is_stop_word;
    let tokens: Vec<&str> = features.text.split(' ').filter(|t| !t.is_empty()).collect();
    let acronyms: Vec<[u8; 2]> = tokens
        .iter()
        .filter(|t| t.len() == 2 && **t != "vs" && may_be_acronym(t) && !stop(t) && !asks(t))
        .map(|t| [t.as_bytes()[0], t.as_bytes()[1]])
        .collect();
    // Two words spelled out: both of four letters or more ("accounts payable"), not "to do".
    let content = |t: &str| t.len() >= 4 && !stop(t) && !asks(t) && t.as_bytes()[0].is_ascii_lowercase();
    let spelled: Vec<(usize, [u8; 2])> = tokens
        .windows(2)
        .enumerate()
        .filter(|(_, w)| content(w[0]) && content(w[1]))
        .map(|(i, w)| (i, [w[0].as_bytes()[0], w[1].as_bytes()[0]]))
        .collect();
    let key = |x: &[u8; 2], y: &[u8; 2]| {
        let (x, y) = if x <= y { (x, y) } else { (y, x) };
        mix(fnv(fnv(0x7061_6972_5f61_6300, x), y))
    };
    let mut keys = Vec::new();
    for (i, x) in acronyms.iter().enumerate() {
        keys.extend(acronyms[i + 1..].iter().filter(|y| *y != x).map(|y| key(x, y)));
    }
    // Two runs apart, as two things compared are ("accounts payable and accounts receivable").
    for (k, (i, x)) in spelled.iter().enumerate() {
        keys.extend(
            spelled[k + 1..]
                .iter()
                .filter(|(j, y)| *j >= i + 2 && y != x)
                .map(|(_, y)| key(x, y)),
        );
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

fn initials_of(normalized: &str, min_words: usize) -> Vec<u64> {
    let tokens: Vec<&str> = normalized.split(' ').filter(|t| !t.is_empty()).collect();
    let stop = super::super::question::is_stop_word;
    let mut out = Vec::new();
    for start in 0..tokens.len() {
        if stop(tokens[start]) || asks(tokens[start]) {
            continue;
        }
        let (mut all, mut content) = (FNV_OFFSET, FNV_OFFSET);
        let mut stop_inside = false;
        let mut words = 0;
        for t in &tokens[start..] {
            let first = t.chars().next().expect("non-empty token");
            let mut utf8 = [0u8; 4];
            let bytes = first.encode_utf8(&mut utf8).as_bytes();
            all = fnv(all, bytes);
            if stop(t) {
                stop_inside = true;
                continue;
            }
            content = fnv(content, bytes);
            words += 1;
            if words >= min_words {
                out.push(content);
                if stop_inside {
                    out.push(all);
                }
            }
            if words == 4 {
                break;
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a of `bytes`, continued from `h`.
fn fnv(h: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(h, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// A 64-bit hash with every input bit mixed into every output bit (MurmurHash3's finalizer):
/// FNV-1a alone leaves the high bits of short keys poorly mixed, and block sketches keep the
/// smallest hashes.
pub fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

pub fn hash(w: &str) -> u64 {
    // FNV-1a: short keys; fixed constants, so block keys and clusters are the same on every
    // run and machine.
    fnv(FNV_OFFSET, w.as_bytes())
}

pub fn may_be_acronym(w: &str) -> bool {
    (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// In "How would you explain a data pipeline?" the verb is the task asked for, not the
/// frame: "How would you test a data pipeline?" is another question, though `explain` is a
/// frame word elsewhere ("Explain polymorphism" = "What is polymorphism?"). When a verb of
/// telling (`explain`, `describe`, `tell`… folded to `describe`) follows `how` + modal +
/// `you`/`we`/`i` (or `how to`), it also counts as a subject word, `task:describe`. Other
/// frame verbs stay frame there: "How do you handle criticism?" = "Criticism: how do you
/// deal with it?" (measured on the labelled pairs: making `handle` a task lost rewordings).
fn task_verb(normalized: &str) -> Option<Word> {
    let tokens: Vec<&str> = normalized.split(' ').filter(|t| !t.is_empty()).collect();
    let at = tokens
        .windows(2)
        .position(|w| w[0] == "how" && w[1] == "to")
        .map(|i| i + 2)
        .or_else(|| {
            tokens
                .windows(3)
                .position(|w| {
                    w[0] == "how"
                        && matches!(
                            w[1],
                            "would" | "do" | "did" | "will" | "can" | "could" | "should" | "might"
                        )
                        && matches!(w[2], "you" | "we" | "i")
                })
                .map(|i| i + 3)
        })?;
    let verb = tokens.get(at)?;
    let reduced = reduce(verb);
    let folded = reduced.first()?;
    if folded != "describe" {
        return None; // a subject word already (`test`, `scale`) or a frame verb of another kind
    }
    Some(Word::new(format!("task:{folded}"), verb, 1.0))
}

/// Marks the company's name in "work at Deloitte" ([`candidate_shorthand`]): the name is
/// optional ([`Word::optional`]). Normalized text has no `@`.
const NAMED: char = '@';

/// The token positions of the setting a question closes on: "Explain overfitting in ML",
/// "What does ACID stand for in DBs?", "the bullwhip effect in supply chains", "volatile in
/// C". Where the subject is practised, said or left out as the candidate pleases
/// ([`Word::optional`]); both wordings naming one ("in a string" / "Reverse a string") keep
/// it whole, and two settings ("in the US" / "in London") are still a swap. One to three
/// words after the last `in` or `on` ("scope creep on a project", "patients on a busy
/// shift"; not `at`: "your first 90 days at your last job" is another question).
fn closing_setting(tokens: &[&str]) -> std::ops::Range<usize> {
    let Some(at) = tokens.iter().rposition(|t| *t == "in" || *t == "on") else {
        return 0..0;
    };
    let words = tokens[at + 1..].iter().filter(|t| !is_dropped(t)).count();
    if at == 0 || !(1..=3).contains(&words) || tokens[at + 1..].iter().any(|t| is_constraint(t)) {
        return 0..0;
    }
    at + 1..tokens.len()
}

/// Two neighbouring tokens that the question also writes as one word, joined: "How would
/// you prevent over-fitting? What is overfitting?" names one thing, not `over`, `fit` and
/// `overfit`.
fn join_written_twice(tokens: Vec<&str>) -> Vec<Cow<'_, str>> {
    let long = |t: &&str| t.len() >= COMPOUND_LEN;
    if !tokens.iter().any(long) {
        return tokens.into_iter().map(Cow::Borrowed).collect();
    }
    let mut out: Vec<Cow<'_, str>> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        if let Some(next) = tokens.get(i + 1) {
            let (head, tail) = (tokens[i], *next);
            let written_as_one =
                |t: &&str| t.len() == head.len() + tail.len() && t.starts_with(head) && t.ends_with(tail);
            if tokens.iter().any(written_as_one) {
                out.push(Cow::Owned([head, tail].concat()));
                i += 2;
                continue;
            }
        }
        out.push(Cow::Borrowed(tokens[i]));
        i += 1;
    }
    out
}

/// The token positions of the preamble of a coding task: "Write a function to reverse a
/// string", "Write a SQL query to find the second highest salary", "Implement an algorithm
/// that …", "write code for …". How the task is asked, not which: the title alone ("Reverse
/// a string", "SQL: 2nd highest salary") is the same question, so its words are optional.
/// A verb of making, up to three words naming code, then `to`, `that`, `which` or `for`.
fn coding_preamble(tokens: &[&str]) -> std::ops::Range<usize> {
    const ARTIFACTS: &[&str] = &[
        "function",
        "query",
        "program",
        "code",
        "script",
        "method",
        "algorithm",
        "class",
        "sql",
        "python",
        "java",
        "javascript",
        "js",
        "c",
        "simple",
        "recursive",
        "an",
        "a",
        "some",
    ];
    let Some(verb) = tokens
        .iter()
        .position(|t| matches!(*t, "write" | "implement" | "code" | "create" | "develop"))
    else {
        return 0..0;
    };
    let mut end = verb + 1;
    while end < tokens.len() && end <= verb + 4 && ARTIFACTS.contains(&tokens[end]) {
        end += 1;
    }
    let names_code = tokens[verb + 1..end].iter().any(|t| {
        matches!(
            *t,
            "function" | "query" | "program" | "code" | "script" | "method" | "algorithm"
        )
    }) || tokens[verb] == "code";
    if names_code
        && tokens
            .get(end)
            .is_some_and(|t| matches!(*t, "to" | "that" | "which" | "for"))
    {
        verb..end
    } else {
        0..0
    }
}

/// The token positions of the role a question opens on: "as a CSM how would you reduce
/// churn", "As a nurse, what would you do if …". Who answers, which the interview already
/// says: optional ([`Word::optional`]). One to three words after `as a` / `as an`, then a
/// word that asks.
fn role_preamble(tokens: &[&str]) -> std::ops::Range<usize> {
    if tokens.len() < 4 || tokens[0] != "as" || !matches!(tokens[1], "a" | "an") {
        return 0..0;
    }
    let asks = |t: &str| {
        matches!(
            t,
            "how"
                | "what"
                | "why"
                | "when"
                | "which"
                | "would"
                | "do"
                | "describe"
                | "tell"
                | "walk"
                | "explain"
                | "can"
                | "could"
        )
    };
    match tokens[2..].iter().take(4).position(|t| asks(t)) {
        Some(n) if n >= 1 => 2..2 + n,
        _ => 0..0,
    }
}

/// The token positions of an instance a question closes on: "Design a distributed cache
/// (like Memcached)", "a messaging app such as WhatsApp", "e.g. TinyURL". The instance is an
/// example the candidate may give or not ([`Word::optional`]); "Design WhatsApp" names it
/// alone and keeps it whole. One to three words after `like`, `aka` (not "would you like", "what
/// do you like"), `eg` or `such as`.
fn named_instance(tokens: &[&str]) -> std::ops::Range<usize> {
    let Some(at) = tokens.iter().rposition(|t| matches!(*t, "like" | "eg" | "as" | "aka")) else {
        return 0..0;
    };
    let opens = match tokens[at] {
        "as" => at > 0 && tokens[at - 1] == "such",
        "like" => {
            at > 0
                && !matches!(
                    tokens[at - 1],
                    "you" | "u" | "i" | "we" | "they" | "would" | "do" | "dont" | "did" | "not" | "most" | "least"
                )
        }
        _ => true,
    };
    let words = tokens.len() - at - 1;
    // Up to three words, or a list of two ("like ROW_NUMBER and RANK").
    let listed = words <= 5 && tokens[at + 1..].iter().any(|t| matches!(*t, "and" | "or"));
    if !opens || !((1..=3).contains(&words) || listed) {
        return 0..0;
    }
    at + 1..tokens.len()
}

/// Words of a closing "in …" that constrains how rather than says where: "in place", "in
/// O(n) time", "in constant space", "in one pass", "in sorted order", "in groups of k".
fn is_constraint(token: &str) -> bool {
    is_number(token)
        || number_word(token).is_some()
        || matches!(
            token,
            "place"
                | "time"
                | "space"
                | "memory"
                | "linear"
                | "constant"
                | "log"
                | "o"
                | "n"
                | "k"
                | "pass"
                | "order"
                | "sorted"
                | "reverse"
                | "groups"
                | "parallel"
                | "batches"
        )
}

/// Candidates' shorthand, as pasted on review sites, written out: `u` / `ur` (you, your),
/// `thru`, `w/o` and `b/w` (normalized to `w o`, `b w`), `k-th` (`k th`), `A/B test` (`a b
/// test`), and the numeral in `Type I` / `Phase II` (`i` is otherwise the pronoun, a stop
/// word, which made "What is a Type I error?" and "… Type II error?" one question).
///
/// A prefix written apart is joined to its word: `e-mail`, `e-commerce`, `re-design`,
/// `co-worker`, `pre-screen` (normalized to `e mail`, …) are the words written closed. And
/// "pros and cons" / "advantages and disadvantages" of X and Y are the comparison frame.
fn candidate_shorthand(tokens: Vec<&str>) -> Vec<Cow<'_, str>> {
    let mut out: Vec<Cow<'_, str>> = Vec::with_capacity(tokens.len());
    let compares = tokens.iter().any(|t| {
        matches!(
            *t,
            "vs" | "versus" | "v" | "compare" | "comparison" | "difference" | "differences"
        )
    });
    // "Why do you want to work at X?", "why would you like to join X": not "Why does
    // Dijkstra not work for negative weights?".
    let motivation = tokens.contains(&"why")
        && tokens.iter().any(|t| {
            matches!(
                *t,
                "want" | "like" | "interested" | "choose" | "chose" | "apply" | "applied" | "pick"
            )
        });
    // "why microsoft?", "Why Deloitte specifically?": why work at the company named.
    let named = tokens.get(1).filter(|n| crate::normalize::employers::is_employer(n));
    if let (Some("why"), Some(name)) = (tokens.first().copied(), named) {
        if tokens.len() == 2 || (tokens.len() == 3 && tokens[2] == "specifically") {
            return vec![
                Cow::Borrowed("why"),
                Cow::Borrowed("work"),
                Cow::Borrowed("company"),
                Cow::Owned(format!("{NAMED}{name}")),
            ];
        }
    }
    let mut i = 0;
    while i < tokens.len() {
        let (t, next) = (tokens[i], tokens.get(i + 1).copied());
        let after_next = tokens.get(i + 2).copied();
        let (word, used) = match (t, next) {
            ("w", Some("o")) => ("without", 2),
            ("b", Some("w")) => ("between", 2),
            ("b", Some("c")) => ("because", 2),
            ("a", Some("b")) if after_next.is_some_and(|t| t.starts_with("test")) => ("ab", 2),
            ("k" | "n" | "m" | "i" | "x", Some("th")) => (ordinal(t), 2),
            // The comparison frame when two things are compared ("Monolith vs microservices:
            // pros and cons?"); else they stay words: "the pros and cons of microservices" is
            // not "What are microservices?".
            ("pros", Some("and")) if compares && after_next == Some("cons") => ("versus", 3),
            ("pros", Some("cons")) if compares => ("versus", 2),
            ("advantages", Some("and")) if compares && after_next == Some("disadvantages") => ("versus", 3),
            // "whether a string is a palindrome or not": not a negation.
            ("or", Some("not")) if after_next.is_none() => ("or", 2),
            ("e" | "re" | "co" | "pre" | "self" | "semi", Some(word))
                if joins_prefix(word) && out.last().is_none_or(|p| p != "i") =>
            {
                out.push(Cow::Owned(format!("{t}{word}")));
                i += 2;
                continue;
            }
            // Phrasal verbs of one meaning: an offer turned down is declined.
            ("turn" | "turns" | "turned" | "turning", Some("down")) => ("decline", 2),
            ("go" | "goes" | "went" | "going", Some("up")) => ("increase", 2),
            ("set" | "sets" | "setting", Some("up")) => ("build", 2),
            // "eng pushing back on a feature" / "pushback from engineering"; "track down a mem
            // leak" / "find one"; "how big is the e-scooter market" / "the market size".
            ("push" | "pushes" | "pushing" | "pushed", Some("back")) => ("pushback", 2),
            ("track" | "tracking", Some("down")) => ("find", 2),
            ("how", Some("big" | "large")) => ("size", 2),
            // `one` as a pronoun is no number: "Tell me about one of your weaknesses", "merge two
            // sorted lists into one".
            ("one", Some("of")) => {
                i += 1;
                continue;
            }
            ("into", Some("one")) => ("into", 2),

            ("under", Some("the")) if after_next == Some("hood") => ("internally", 3),
            // "how do u make sure the job site is safe" / "How do you ensure safety …".
            ("make" | "makes" | "making", Some("sure")) => ("ensure", 2),
            // "keep up w/ changes in employment law" / "stay current with …", "stay up to date".
            ("keep" | "keeping", Some("up")) => {
                out.push(Cow::Borrowed("stay"));
                out.push(Cow::Borrowed("current"));
                i += 2;
                continue;
            }
            ("up", Some("to")) if after_next == Some("date") => ("current", 3),
            // "a product u launched end to end" / "from start to finish".
            ("end", Some("to")) if after_next == Some("end") => {
                out.push(Cow::Borrowed("start"));
                out.push(Cow::Borrowed("finish"));
                i += 3;
                continue;
            }
            // "Why do you want to work at Deloitte / join Linklaters?": the company asked about
            // is "the company" ("work here", "work for this firm"); its name stays, to meet
            // "Why Deloitte?". A name follows directly: "work for a startup" and "work in
            // sales" say something else.
            ("work" | "working" | "join" | "joining", Some(prep))
                if motivation
                    && (matches!(prep, "at" | "for") && after_next.is_some_and(|n| !is_dropped(n))
                        || matches!(t, "join" | "joining") && (prep == "us" || !is_dropped(prep))) =>
            {
                let name = if matches!(prep, "at" | "for") {
                    after_next
                } else {
                    Some(prep)
                };
                out.push(Cow::Borrowed("work"));
                out.push(Cow::Borrowed("company"));
                if let Some(name) = name.filter(|n| *n != "us") {
                    out.push(Cow::Owned(format!("{NAMED}{name}")));
                }
                i += if matches!(prep, "at" | "for") { 3 } else { 2 };
                continue;
            }
            // A deal is a transaction ("Walk me through a deal on your resume", "How do you
            // close deals?"); to deal with something is the frame's `handle`.
            ("deals", next) if next != Some("with") => ("transaction", 1),
            ("a" | "the" | "your" | "ur" | "my" | "this" | "that" | "one" | "each" | "every", Some("deal")) => {
                out.push(Cow::Borrowed(if t == "ur" { "your" } else { t }));
                out.push(Cow::Borrowed("transaction"));
                i += 2;
                continue;
            }
            // "gas stations in the US" (`us` is otherwise the pronoun, a stop word).
            ("the", Some("us")) => {
                out.push(Cow::Borrowed("united"));
                out.push(Cow::Borrowed("states"));
                i += 2;
                continue;
            }
            // "the U.S." / "the U.K." (normalized `u s`, `u k`).
            ("u", Some("s" | "k")) => {
                out.push(Cow::Borrowed("united"));
                out.push(Cow::Borrowed(if next == Some("s") { "states" } else { "kingdom" }));
                i += 2;
                continue;
            }
            // Where the problem is listed, not what it asks: "longest substr w/o repeating
            // chars (LC 3)", "LC 200 number of islands", "leetcode #56", "lc3".
            ("lc" | "leetcode", Some(n)) if is_number(n.strip_prefix('#').unwrap_or(n)) => {
                i += 2;
                continue;
            }
            ("lc" | "leetcode", Some("#" | "no" | "number")) if after_next.is_some_and(is_number) => {
                i += 3;
                continue;
            }
            (t, _) if leetcode_number(t) => {
                i += 1;
                continue;
            }
            // "What do you know about Deloitte?" / "… about our company?": the employer
            // asked about is the company, its name kept to meet "Why Deloitte?".
            ("about", Some(name)) if crate::normalize::employers::is_employer(name) => {
                out.push(Cow::Borrowed("about"));
                out.push(Cow::Borrowed("company"));
                out.push(Cow::Owned(format!("{NAMED}{name}")));
                i += 2;
                continue;
            }
            ("u", _) => ("you", 1),
            // "# of gas stations"
            ("#", _) => ("number", 1),
            ("r", Some("u" | "you" | "there" | "we" | "they")) => ("are", 1),

            // `don't` is normalized to `dont`: the negation is what counts.
            (
                "dont" | "doesnt" | "didnt" | "cant" | "cannot" | "wont" | "isnt" | "arent" | "wasnt" | "werent"
                | "shouldnt" | "wouldnt" | "couldnt" | "havent" | "hasnt",
                _,
            ) => ("not", 1),
            ("ur", _) => ("your", 1),
            ("urself", _) => ("yourself", 1),
            ("abt", _) => ("about", 1),
            ("w", _) => ("with", 1),
            ("thru", _) => ("through", 1),
            ("+", _) => ("and", 1),
            ("i" | "ii" | "iii" | "iv", _) if out.last().is_some_and(|p| numbered(p)) => (roman(t), 1),
            _ => (t, 1),
        };
        out.push(Cow::Borrowed(word));
        i += used;
    }
    out
}

/// A LeetCode problem number written as one token: `lc3`, `lc200`, `leetcode56`.
fn leetcode_number(token: &str) -> bool {
    let digits = token.strip_prefix("leetcode").or_else(|| token.strip_prefix("lc"));
    digits.is_some_and(|d| !d.is_empty() && d.len() <= 4 && d.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a prefix written apart (`e`, `re`, `co`, `pre`) belongs to this next token: a word
/// of three letters or more, not a stop word (`e g` is "e.g.").
fn joins_prefix(word: &str) -> bool {
    word.len() >= 3 && word.bytes().all(|b| b.is_ascii_lowercase()) && !is_dropped(word)
}

/// Whether the stop word at `at` is one of the things compared, as code keywords are: next to
/// `vs` / `versus`, or right after `between`, or after the `and` of "between X and". "WHERE vs
/// HAVING" asks about SQL's `where`, "let vs var" about JavaScript's `let`.
fn compared_keyword(tokens: &[&str], at: usize) -> bool {
    let is_versus = |i: Option<usize>| {
        i.and_then(|i| tokens.get(i))
            .is_some_and(|t| matches!(*t, "vs" | "versus" | "v"))
    };
    let before = |n: usize| at.checked_sub(n).map(|i| tokens[i]);
    // "use HAVING instead of WHERE" compares as "HAVING vs WHERE" (dev.tsv).
    let instead = (at + 1 < tokens.len() && tokens[at + 1] == "instead")
        || (at >= 2 && tokens[at - 2] == "instead" && tokens[at - 1] == "of");
    let next_to_versus = is_versus(at.checked_sub(1)) || is_versus(Some(at + 1)) || instead;
    // Further in the list after `between`: "between var, let and const" (not its `and`, nor
    // the `in` after it: "… and const in JavaScript").
    let listed_from = tokens[..at]
        .iter()
        .rposition(|t| *t == "between" || !is_code_keyword(t))
        .map(|i| tokens[i]);
    let listed = listed_from == Some("between") && !matches!(tokens[at], "and" | "or" | "in");
    let between = before(1) == Some("between") || (before(1) == Some("and") && before(3) == Some("between")) || listed;
    (next_to_versus || between) && is_code_keyword(tokens[at])
}

/// Words kept as written where they are compared ([`compared_keyword`]): stop words that
/// are also keywords of SQL or programming languages, and `join`, elsewhere read as `work`.
fn is_code_keyword(word: &str) -> bool {
    matches!(
        word,
        "where"
            | "join"
            | "having"
            | "when"
            | "while"
            | "for"
            | "if"
            | "else"
            | "then"
            | "this"
            | "self"
            | "null"
            | "none"
            | "in"
            | "is"
            | "as"
            | "with"
            | "from"
            | "and"
            | "or"
            | "not"
            | "do"
            | "until"
            | "let"
            | "var"
            | "const"
            | "static"
            | "final"
            | "super"
            | "new"
            | "void"
            | "all"
            | "any"
            | "exists"
            | "between"
            | "like"
    )
}

/// `k` + `th` → `kth`, `n` + `th` → `nth` (from `k-th`), for the letters problems count with.
fn ordinal(letter: &str) -> &'static str {
    match letter {
        "k" => "kth",
        "m" => "mth",
        "i" => "ith",
        "x" => "xth",
        _ => "nth",
    }
}

/// Nouns numbered with Roman numerals in questions: Type I error, Phase II trial, Tier III.
fn numbered(word: &str) -> bool {
    matches!(
        word,
        "type"
            | "phase"
            | "level"
            | "tier"
            | "stage"
            | "part"
            | "class"
            | "grade"
            | "step"
            | "round"
            | "category"
            | "schedule"
            | "title"
    )
}

fn roman(numeral: &str) -> &'static str {
    match numeral {
        "i" => "1",
        "ii" => "2",
        "iii" => "3",
        _ => "4",
    }
}

/// Whether `time` (or `times`, `timing`) at `at` is the frame's "a time when …" ("Tell me
/// about a time you failed", "the last time you disagreed"), which is folded with
/// `situation`; elsewhere it is a subject ("time complexity", "time-to-hire", "reduce shipping
/// times", "timing objections").
fn time_is_situation(tokens: &[&str], at: usize) -> bool {
    let before = at.checked_sub(1).map(|i| tokens[i]);
    let after = tokens.get(at + 1).copied();
    let clause = matches!(
        after,
        None | Some("when" | "you" | "that" | "where" | "in" | "i" | "your" | "which" | "we" | "someone" | "u")
    );
    // "a time something went wrong", but "a time complexity of O(n)", "one time zone".
    let compound_noun = matches!(
        after,
        Some("complexity" | "zone" | "zones" | "series" | "frame" | "management" | "limit" | "slot" | "stamp" | "off")
    );
    match before {
        // "Time you exceeded quota? by how much" opens on the story.
        None => matches!(after, Some("when" | "you" | "u" | "that")),
        Some("a" | "one" | "another" | "last" | "first") => !compound_noun,
        Some("the" | "any" | "some" | "that") => clause,
        _ => false,
    }
}

/// In "Design a video streaming platform like YouTube" the words between the verb and `like`
/// (or `such as`) describe the product named after it: the question is "Design YouTube", and
/// those words weigh [`SHORT_WEIGHT`]. Returns their token positions (none in other questions).
fn gloss_before_name(tokens: &[&str]) -> std::ops::Range<usize> {
    let first_word = tokens.iter().enumerate().find_map(|(i, t)| {
        let reduced = reduce(t);
        (!reduced.is_empty()).then_some((i, reduced))
    });
    let Some((verb, reduced)) = first_word else { return 0..0 };
    if reduced != ["build"] {
        return 0..0;
    }
    let name_after = |i: usize| match tokens[i] {
        "like" => Some(i + 1),
        "such" if tokens.get(i + 1) == Some(&"as") => Some(i + 2),
        _ => None,
    };
    match (verb + 2..tokens.len()).find_map(|i| name_after(i).map(|name| (i, name))) {
        Some((end, name)) if name < tokens.len() => verb + 1..end,
        _ => 0..0,
    }
}

/// Bytes a word needs to be read as a closed compound of two words (`tradeoff`).
const COMPOUND_LEN: usize = 6;
/// Letters a word needs before it can match another as a typo: shorter words are too often
/// another word one letter away (`role` / `rule`).
const TYPO_LEN: usize = 5;

/// The words of one side left unmatched: on the stack for any question of ordinary length,
/// since [`similarity`] runs millions of times on a large corpus.
type Unmatched<'w> = smallvec::SmallVec<[&'w Word; 24]>;

/// The weight of the words both have, and what the words each has alone could add as typos.
fn exact_shared(a: &[Packed], b: &[Packed]) -> Overlap {
    let mut o = Overlap::default();
    let mut alone = |side: usize, p: &Packed| {
        o.decisive[side] |= p.decisive;
        o.negation |= p.negation;
        o.subject[side] |= p.decisive && p.optional == Optional::No;
        o.loose += p.weight * p.optional.loose_share();
        // Long enough to match another word as a typo ([`typo_matches`]).
        if usize::from(p.len) >= TYPO_LEN {
            o.typo_alone[side].push(*p);
        }
    };
    let (mut i, mut j) = (0, 0);
    let mut shared = 0.0;
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        if x.key == y.key {
            // The lighter: a word can weigh less on one side (a gloss before a name), and the
            // index must not depend on which wording comes first.
            shared += x.weight.min(y.weight);
            i += 1;
            j += 1;
        } else if x.key < y.key {
            alone(0, &x);
            i += 1;
        } else {
            alone(1, &y);
            j += 1;
        }
    }
    a[i..].iter().for_each(|x| alone(0, x));
    b[j..].iter().for_each(|y| alone(1, y));
    o.shared = shared;
    o
}

/// What the first pass of [`similarity`] learns.
#[derive(Default)]
struct Overlap {
    /// Weight of the words both have.
    shared: f32,
    /// The words each has alone that are long enough for a typo.
    typo_alone: [smallvec::SmallVec<[Packed; 8]>; 2],
    /// Whether each has a decisive word alone, and either a negation ([`substitutes`]).
    decisive: [bool; 2],
    negation: bool,
    /// Weight the optional words each has alone take off the union ([`OPTIONAL_ALONE`]).
    loose: f32,
    /// Whether each has a decisive word alone that is not optional ([`one_sided_comparison`]).
    subject: [bool; 2],
}

impl Overlap {
    /// [`substitutes`] over the words each has alone.
    fn substitutes(&self) -> bool {
        (self.decisive[0] && self.decisive[1]) || self.negation
    }

    /// The most weight typo matches can add: each word alone on one side matches at most one
    /// on the other, adding the lighter one's weight, and only a word that may be its typo
    /// ([`may_be_typo`]). Most pairs have no such two words and get 0, which ends them in
    /// the first pass.
    fn typo_bound(&self) -> f32 {
        let [a, b] = &self.typo_alone;
        a.iter()
            .map(|x| {
                let heaviest = b
                    .iter()
                    .filter(|y| may_be_typo(x, y))
                    .map(|y| y.weight)
                    .fold(0.0, f32::max);
                x.weight.min(heaviest)
            })
            .sum()
    }
}

/// Whether [`typo_matches`] could match the two words, read from what is packed: the same
/// first letter, lengths and letter sets within the edits the longer one allows.
fn may_be_typo(x: &Packed, y: &Packed) -> bool {
    let allowed = if x.len.max(y.len) >= 8 { 2 } else { 1 };
    x.first == y.first
        && x.len.abs_diff(y.len) <= allowed
        && (x.letters ^ y.letters).count_ones() <= 2 * u32::from(allowed)
}

/// The letters a word has, one bit each (other characters share the last six bits): one edit
/// changes at most two bits, so the sets bound the edits between two words.
fn letter_set(raw: &str) -> u32 {
    raw.chars().fold(0, |set, c| set | letter_bit(c))
}

/// One bit per letter; other characters share the last six bits.
fn letter_bit(c: char) -> u32 {
    match c {
        'a'..='z' => 1 << (c as u32 - 'a' as u32),
        _ => 1 << (26 + c as u32 % 6),
    }
}

/// One bit per first byte of a word, the same bit for the same byte (letters get their own).
fn first_letter_bit(raw: &str) -> u32 {
    raw.chars().next().map_or(0, letter_bit)
}

/// Walks the two sorted word lists together: returns the weight of the words both have and
/// hands every other word to `unmatched` (true: a word of `a`).
fn walk_words<'w>(a: &'w Features, b: &'w Features, mut unmatched: impl FnMut(bool, &'w Word)) -> f32 {
    let mut shared = 0.0;
    let (mut i, mut j) = (0, 0);
    while i < a.words.len() && j < b.words.len() {
        let (x, y) = (&a.words[i], &b.words[j]);
        // Keys alone: two words with one 64-bit hash are as rare as a cosmic-ray bit flip.
        match x.key.cmp(&y.key) {
            std::cmp::Ordering::Equal => {
                shared += x.weight.min(y.weight);
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => {
                unmatched(true, &a.words[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                unmatched(false, &b.words[j]);
                j += 1;
            }
        }
    }
    a.words[i..].iter().for_each(|w| unmatched(true, w));
    b.words[j..].iter().for_each(|w| unmatched(false, w));
    shared
}

/// Matches a closed compound on one side to its two words on the other (`tradeoff` /
/// `trade off`, `postmortem` / `post mortem`): the two words count as the one. Only to a
/// pair of `other`'s adjacent words written as one ([`Features::joined`]): a compound is only
/// ever written apart as two neighbouring words.
fn join_compounds(compounds: &mut Unmatched, words: &mut Unmatched, other: &Features, total_words: &mut f32) -> f32 {
    let mut shared = 0.0;
    compounds.retain(|c| {
        let joined = |h: u64| other.joined_bloom & bloom_bit(h) != 0 && other.joined.contains(&h);
        if c.compound == 0 || !joined(c.compound) {
            return true;
        }
        let pair = words.iter().enumerate().find_map(|(i, first)| {
            if first.raw.as_bytes().first() != c.raw.as_bytes().first() {
                return None;
            }
            let rest = c.raw.strip_prefix(&*first.raw)?;
            // `tradeoffs` / `trade off`, `postmortem` / `post mortems`.
            let same = |second: &str| {
                second == rest || second.strip_suffix('s') == Some(rest) || rest.strip_suffix('s') == Some(second)
            };
            let j = words.iter().position(|second| same(&second.raw))?;
            (i != j).then_some((i.max(j), Some(i.min(j))))
        });
        // One half may be a word dropped as filler: `quick` in "quick sort" (the pair is
        // known to stand side by side in the other question's text).
        let half = || {
            words
                .iter()
                .position(|w| w.raw.len() < c.raw.len() && (c.raw.starts_with(&*w.raw) || c.raw.ends_with(&*w.raw)))
        };
        let Some((i, j)) = pair.or_else(|| half().map(|i| (i, None))) else {
            return true;
        };
        let parts_weight = words[i].weight + j.map_or(0.0, |j| words[j].weight);
        *total_words += c.weight - parts_weight;
        shared += c.weight;
        words.remove(i);
        if let Some(j) = j {
            words.remove(j);
        }
        false
    });
    shared
}

/// "How do you run a quarterly business review (QBR)?", "a discounted cash flow (DCF)
/// valuation": a question that gives an acronym and the words it stands for names one
/// thing, and the words go (the acronym stays, to meet "How do you run a QBR?" as it is, and
/// the written-out form as any acronym does). Acronyms of 3 letters or more, so that a
/// short word is not read as the initials of its neighbours.
fn drop_spelled_out_acronyms(words: &mut Vec<Word>, normalized: &str) {
    let mut spelled_out: Vec<&str> = Vec::new();
    for w in words.iter().filter(|w| w.acronym != 0) {
        let acronym = acronym_singular(&w.raw);
        if acronym.len() < 3 {
            continue;
        }
        if let Some(run) = acronym_run(acronym, normalized) {
            if !run.contains(&&*w.raw) && follows(&run, &w.raw, normalized) {
                spelled_out.extend(run);
            }
        }
    }
    if !spelled_out.is_empty() {
        words.retain(|w| !spelled_out.contains(&&*w.raw));
    }
}

/// Whether `acronym` follows `run` (slices of `text`) in `text`: "quarterly business review
/// (QBR)". Not before it: "How do you use user stories effectively?", where `use` only
/// happens to spell the three words after it.
fn follows(run: &[&str], acronym: &str, text: &str) -> bool {
    let Some(last) = run.last() else {
        return false;
    };
    let end = last.as_ptr() as usize - text.as_ptr() as usize + last.len();
    text[end..]
        .trim_start()
        .strip_prefix(acronym)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// Matches each acronym of `acronyms` (unmatched words of 2–5 letters) to a run of words of
/// `other_text` whose initials spell it, the words of the run unmatched in `words`. The
/// acronym's weight in `total` becomes the run's; returns the weight now shared.
fn spell_out_acronyms(acronyms: &mut Unmatched, words: &mut Unmatched, other: &Features, total: &mut f32) -> f32 {
    let mut shared = 0.0;
    // One word can be left of a run whose other words are fillers (`just in time`).
    if words.is_empty() {
        return 0.0;
    }
    acronyms.retain(|x| {
        // `VMs`, `CNNs`: the initials of the words are the singular's.
        if x.acronym == 0 {
            return true;
        }
        // `HOS` (hours of service) is written like the plural of `ho`: both forms are tried.
        let singular = acronym_singular(&x.raw);
        let forms = [singular, if singular.len() < x.raw.len() { &*x.raw } else { "" }];
        let Some(run) = forms
            .iter()
            .filter(|f| !f.is_empty() && other.may_spell(hash(f)))
            .find_map(|f| acronym_run(f, &other.text))
        else {
            return true;
        };
        let before = words.len();
        let mut weight = 0.0;
        words.retain(|w| {
            if run.iter().any(|r| **r == *w.raw) {
                weight += w.weight;
                false
            } else {
                true
            }
        });
        if words.len() == before {
            return true;
        }
        *total += weight - x.weight;
        shared += weight;
        false
    });
    shared
}

/// The words of `text` whose initials spell `acronym`: consecutive words, stop words inside
/// the run counted or skipped (`iac` = infrastructure as code, `wacc` = weighted average
/// cost of capital).
fn acronym_run<'t>(acronym: &str, text: &'t str) -> Option<Vec<&'t str>> {
    let want = acronym.as_bytes();
    let tokens = || text.split(' ').filter(|t| !t.is_empty());
    for (start, first) in tokens().enumerate() {
        // A run starts on a word that counts: "be a TA" is not "to a" (`to be a teaching
        // assistant`), as in [`initials`].
        if !initial_matches(first, want[0]) || super::super::question::is_stop_word(first) || asks(first) {
            continue;
        }
        let mut at = 0;
        let mut run = Vec::new();
        for t in tokens().skip(start) {
            if at < want.len() && initial_matches(t, want[at]) {
                at += 1;
                run.push(t);
                if at == want.len() {
                    return Some(run);
                }
            } else if super::super::question::is_stop_word(t) {
                continue;
            } else {
                break;
            }
        }
    }
    None
}

/// The verbs a question asks with, which start no acronym: "Design a notification system"
/// does not spell DNS, nor "describe your ideal …" DI.
fn asks(token: &str) -> bool {
    matches!(
        token,
        "design"
            | "build"
            | "implement"
            | "create"
            | "write"
            | "develop"
            | "explain"
            | "describe"
            | "tell"
            | "give"
            | "walk"
            | "define"
            | "compare"
            | "discuss"
            | "list"
            | "name"
            | "take"
    )
}

/// Whether a word's initial in an acronym is `letter`: its first letter, or `x` for `cross`
/// and `trans` (XSS = cross-site scripting, XSRF).
fn initial_matches(word: &str, letter: u8) -> bool {
    word.as_bytes()[0] == letter || (letter == b'x' && crossing(word))
}

fn crossing(word: &str) -> bool {
    word.starts_with("cross") || word.starts_with("trans")
}

/// Factor applied to the similarity of two wordings where each has words the other lacks,
/// a subject word among them: one word was swapped for another (`reverse` / `detect` a linked
/// list, `strengths` / `weaknesses`, `design` / `test` a payment service), which makes another
/// question far more often than a reworded one (synonyms of the frame are folded before, and
/// typos matched). A wording that only adds words (`a singly linked list`) is not penalized.
pub const SUBSTITUTION_FACTOR: f32 = 0.5;

/// The (before, after) key pairs of the subject words on either side of each `to`, `using`,
/// `into`, `from` and `with`: "Roman to integer", "a queue using two stacks", "convert a
/// string into an integer", "a queue with two stacks".
fn directions(tokens: &[&str]) -> Box<[(u64, u64, u8)]> {
    // Past numbers: "a queue using two stacks".
    let subject = |t: &&&str| !is_dropped(t) && !is_number(t) && number_word(t).is_none();
    let key = |t: &str| hash(&reduce(t).pop().unwrap_or_default());
    // A comparison goes both ways: "Compare Java to Python" = "Compare Python to Java".
    let compares = tokens
        .iter()
        .any(|t| matches!(*t, "vs" | "versus" | "compare" | "difference"));
    let mut out = Vec::new();
    for (at, t) in tokens.iter().enumerate() {
        let preposition = match *t {
            "to" if !compares => 1,
            "using" => 2,
            "into" => 3,
            "from" => 4,
            "with" if !compares => 5,
            _ => continue,
        };
        if at == 0 {
            continue;
        }
        let before = tokens[..at].iter().rev().find(subject);
        let after = tokens[at + 1..].iter().find(subject);
        if let (Some(x), Some(y)) = (before, after) {
            out.push((key(x), key(y), preposition));
        }
    }
    out.into_boxed_slice()
}

/// [`REVERSED_FACTOR`] when the two wordings name two words in opposite directions
/// ([`directions`]): "Roman to integer" / "Integer to Roman", "a queue using stacks" / "a
/// stack using queues", which have the same words; or stories of different agents
/// ([`Agent`]). Else 1.
fn direction_factor(a: &Features, b: &Features) -> f32 {
    let reversed = a
        .directions
        .iter()
        .any(|&(x, y, by)| x != y && b.directions.iter().any(|&(p, q, with)| p == y && q == x && with == by));
    let other_agent = a.agent != b.agent && a.agent != Agent::Unsaid && b.agent != Agent::Unsaid;
    if reversed || other_agent {
        REVERSED_FACTOR
    } else {
        1.0
    }
}

/// Factor on the similarity of wordings that say the same words in opposite directions:
/// below [`super::THRESHOLD`] even for the same words.
pub const REVERSED_FACTOR: f32 = 0.4;

/// A comparison is not the definition of one of the things it compares, nor another task on
/// them: "What is the difference between Basel II and Basel III?" is not "What is Basel
/// III?", nor "stack vs queue" "Implement a queue using 2 stacks". True when one wording
/// compares and the other does not, and either has a subject word the other lacks that is
/// not optional (`subject_alone`): the similarity is then multiplied by
/// [`SUBSTITUTION_FACTOR`] as for a word swapped ("TCP vs UDP" / "Explain TCP and UDP (in
/// networking)" lack nothing else and keep theirs).
fn one_sided_comparison(a: &Features, b: &Features, subject_alone: bool) -> bool {
    a.compares != b.compares && subject_alone
}

fn substitutes(only_a: &[&Word], only_b: &[&Word]) -> bool {
    (only_a.iter().any(|w| is_decisive(w)) && only_b.iter().any(|w| is_decisive(w)))
        || only_a.iter().chain(only_b).any(|w| is_negation(&w.text))
}

/// A word whose swap for another makes another question: a subject word or a number. Never
/// a word of what the question adds after it is asked ([`Word::elaboration`]): "… the
/// roadmap? what frameworks do u use" swaps no `product` for `framework`, and adds no subject
/// to "How do you prioritize features on a product roadmap?" (seven rewordings more on the
/// files read in the sixth session of 2026-11-27, one false merge on one unread file).
fn is_decisive(w: &Word) -> bool {
    if w.elaboration {
        return false;
    }
    // `company` is frame ("work here" = "work for this company") but still one side of a
    // swap: "Where do you see yourself / this company / this industry in five years?"
    w.weight > FRAME_WEIGHT || is_number(&w.text) || &*w.text == "company"
}

/// Words that turn a question into another when only one wording has them: its opposite
/// (`clustered` / `non-clustered index`, `with` / `without extra memory`), or the sequel of
/// a named problem ("Word Break" / "Word Break II", "Jump Game II").
fn is_negation(w: &str) -> bool {
    matches!(
        w,
        "non" | "not" | "no" | "without" | "never" | "un" | "anti" | "least" | "ii" | "iii"
    )
}

fn is_number(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) || matches!(w, "1st" | "2nd" | "3rd" | "ii" | "iii" | "iv")
}

/// Whether two words a typo apart are a prefix and its opposite on one stem, two words:
/// "hypoglycemia" / "hyperglycemia", "underflow" / "overflow", "inbound" / "outbound".
fn opposite_prefixes(a: &str, b: &str) -> bool {
    const PAIRS: [(&str, &str); 8] = [
        ("hypo", "hyper"),
        ("under", "over"),
        ("in", "out"),
        ("pre", "post"),
        ("inter", "intra"),
        ("micro", "macro"),
        ("sub", "super"),
        ("up", "down"),
    ];
    PAIRS.iter().any(|&(x, y)| {
        let swapped = |a: &str, b: &str| match (a.strip_prefix(x), b.strip_prefix(y)) {
            (Some(ra), Some(rb)) => ra == rb && ra.len() >= 3,
            _ => false,
        };
        swapped(a, b) || swapped(b, a)
    })
}

/// Weight shared by words left unmatched that are one typo apart; each word matches once,
/// the first candidate in order wins (deterministic).
/// Matched words leave both lists.
fn typo_matches(only_a: &mut Unmatched, only_b: &mut Unmatched) -> f32 {
    let mut shared = 0.0;
    only_a.retain(|wa| {
        let la = wa.raw.chars().count();
        if la < TYPO_LEN {
            return true;
        }
        let allowed = if la >= 8 { 2 } else { 1 };
        // An edit changes at most two letters of the set; most pairs end here.
        let close = |wb: &&Word| (wa.letters ^ wb.letters).count_ones() as usize <= 2 * allowed;
        match only_b
            .iter()
            .position(|wb| close(wb) && within_edits(&wa.raw, &wb.raw, allowed) && !opposite_prefixes(&wa.raw, &wb.raw))
        {
            Some(k) => {
                shared += wa.weight.min(only_b[k].weight);
                only_b.remove(k);
                false
            }
            None => true,
        }
    });
    shared
}

/// Levenshtein distance of `a` and `b` is at most `max` (adjacent transpositions count as one
/// edit: "polymorphsim"). Both must have at least 5 letters.
fn within_edits(a: &str, b: &str, max: usize) -> bool {
    // A different first letter is a different word far more often than a typo.
    if a.as_bytes().first() != b.as_bytes().first() {
        return false;
    }
    if a.is_ascii() && b.is_ascii() {
        return edits_within(a.as_bytes(), b.as_bytes(), max);
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    edits_within(&a, &b, max)
}

/// Optimal string alignment distance of `a` and `b` is at most `max` (and `b` has 5 letters
/// or more), by rows of the table, on the stack for words up to 31 letters.
fn edits_within<T: PartialEq>(a: &[T], b: &[T], max: usize) -> bool {
    if b.len() < TYPO_LEN || a.len().abs_diff(b.len()) > max || a[0] != b[0] {
        return false;
    }
    let n = b.len();
    let mut rows = smallvec::SmallVec::<[usize; 96]>::from_elem(0, 3 * (n + 1));
    let (mut prev2, rest) = rows.split_at_mut(n + 1);
    let (mut prev, mut cur) = rest.split_at_mut(n + 1);
    for (j, p) in prev.iter_mut().enumerate() {
        *p = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=n {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return false;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[n] <= max
}

/// One normalized token → its reduced words: none for a stop word, several for an
/// abbreviation spelled out.
fn reduce(token: &str) -> Vec<String> {
    if is_dropped(token) {
        return Vec::new();
    }
    let folded = |written: &str, stemmed: String| match FOLDS.get(&stemmed) {
        Some(fold) if fold.takes(written) => fold.to.to_string(),
        _ => stemmed,
    };
    if let Some(expansion) = expand_abbreviation(token) {
        // Folded as the words written out are: `pm` = `product manager`.
        return expansion.iter().map(|w| folded(w, stem(w))).collect();
    }
    let spelled = american(irregular_base(token).unwrap_or(token));
    let word = number_word(&spelled).map(str::to_string).unwrap_or(spelled);
    // The noun is the field the question is set in ([`is_field`]: "What are microservices?"
    // / "explain micro-services architecture"), not the verb of making (`architect` a system).
    if word.starts_with("architectur") {
        return vec![stem(&word)];
    }
    let singular = acronym_singular(&word);
    vec![folded(singular, stem(singular))]
}

/// The base of an irregular past tense or participle, which the stemmer leaves as written
/// ("What would you do if a patient fell?" / "… falls?", "a time you led a team" / "lead").
/// Not `paid` (`pay` is salary, and "paid ads" is not), `given` (how problems are stated),
/// `made` (frame already), nor `gave`, `told`, `got`, `went`: `give` and `tell` fold into
/// the verb of telling (`describe`), which "a time you gave feedback" is not, and `get` /
/// `go` would make "received / got feedback" one with "gave". Bases that are frame words of
/// their own kind (`took` → take, `saw` → see, `thought` → think) are kept.
fn irregular_base(token: &str) -> Option<&'static str> {
    Some(match token {
        "took" | "taken" => "take",
        "ran" => "run",
        "wrote" | "written" => "write",
        "led" => "lead",
        "chose" | "chosen" => "choose",
        "thought" => "think",
        "caught" => "catch",
        "bought" => "buy",
        "brought" => "bring",
        "taught" => "teach",
        "felt" => "feel",
        "left" => "leave",
        "met" => "meet",
        "sent" => "send",
        "spent" => "spend",
        "built" => "build",
        "lost" => "lose",
        "said" => "say",
        "saw" | "seen" => "see",
        "found" => "find",
        "knew" | "known" => "know",
        "grew" | "grown" => "grow",
        "began" | "begun" => "begin",
        "broke" | "broken" => "break",
        "drove" | "driven" => "drive",
        "spoke" | "spoken" => "speak",
        "stole" | "stolen" => "steal",
        "understood" => "understand",
        "won" => "win",
        "fell" | "fallen" => "fall",
        "forgot" | "forgotten" => "forget",
        "kept" => "keep",
        "held" => "hold",
        "sold" => "sell",
        "stood" => "stand",
        "fought" => "fight",
        "sought" => "seek",
        "dealt" => "deal",
        "meant" => "mean",
        "heard" => "hear",
        "hid" | "hidden" => "hide",
        "threw" | "thrown" => "throw",
        "drew" | "drawn" => "draw",
        "overcame" => "overcome",
        "undertook" | "undertaken" => "undertake",
        "withdrew" | "withdrawn" => "withdraw",
        // "How do you manage / juggle competing priorities?" (`manage` stays a subject: "How
        // do you manage / forecast your pipeline?")
        "juggle" | "juggles" | "juggled" | "juggling" => "manage",
        _ => return None,
    })
}

/// The plural of an acronym made singular: `kpis` → `kpi`, `slas`, `cpus`, `smes`, `crms`,
/// `sdks`. The stemmer keeps an `s` after a word's only vowel (`kpis`) or in a word without
/// one (`crms`), which is right for `this` and wrong for acronyms of that shape; `apis` and
/// `okrs` it already folds, and `https` is not a plural.
pub(crate) fn acronym_singular(word: &str) -> &str {
    let Some(rest) = word.strip_suffix('s') else {
        return word;
    };
    let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let bytes = rest.as_bytes();
    // No vowel but maybe the last letter: `kpi`, `crm`, `sdk`, `llm`.
    let acronym_shaped = (2..=4).contains(&bytes.len())
        && bytes.iter().all(u8::is_ascii_lowercase)
        && !bytes[..bytes.len() - 1].iter().any(|&b| vowel(b));
    if !acronym_shaped {
        return word;
    }
    // Words, and acronyms that end in s (`https`, `css`); nor the plural of a question word
    // (`the five whys`).
    let word_of_its_own = matches!(
        word,
        "bus" | "plus" | "gas" | "thus" | "https" | "css" | "sms" | "gps" | "dns" | "xss"
    ) || is_dropped(rest)
        || is_frame_word(rest);
    if word_of_its_own {
        word
    } else {
        rest
    }
}

/// Stop words, and the frame's question words that add nothing once stop words are gone.
fn is_dropped(token: &str) -> bool {
    super::super::question::is_stop_word(token)
        || matches!(
            token,
            "when"
                | "where"
                | "which"
                | "who"
                | "have"
                | "has"
                | "had"
                | "been"
                | "they"
                | "them"
                | "their"
                | "he"
                | "she"
                | "him"
                | "her"
                | "than"
                | "then"
                | "there"
                | "q"
                | "asked"
                | "ask"
                | "asks"
                | "basically"
                | "just"
                | "really"
                | "also"
                | "own"
                | "words"
                | "briefly"
                | "quickly"
                | "i"
                | "im"
                | "ive"
                | "youre"
                | "youve"
                | "youd"
                | "am"
                | "okay"
                | "ok"
                | "let"
                | "lets"
                | "say"
                | "suppose"
                | "very"
                | "much"
                | "many"
                | "other"
                | "such"
                | "e"
                | "g"
                | "eg"
                | "ie"
                | "etc"
                | "little"
                | "doing"
                | "bit"
                | "kindly"
                | "quick"
                | "brief"
                | "overall"
                | "generally"
                | "exactly"
                | "actually"
                | "sure"
                | "maybe"
                | "perhaps"
                | "simple"
                | "terms"
                | "whose"
                // "Why do you want to be / become a pilot?"
                | "become"
                | "becomes"
                | "becoming"
                | "became"
                // Where the question was asked, not what: "leetcode 3".
                | "leetcode"
                | "specifically"
                | "pls"
                | "plz"
                // "L1 vs L2 regularization? aka lasso vs ridge": what follows is another name.
                | "aka"
                | "whos"
                | "thats"
        )
}

/// Abbreviations candidates write either way.
fn expand_abbreviation(token: &str) -> Option<&'static [&'static str]> {
    Some(match token {
        "oop" => &["object", "oriented", "programming"],
        "oo" => &["object", "oriented"],
        "js" => &["javascript"],
        "ts" => &["typescript"],
        "db" | "dbs" => &["database"],
        "k8s" => &["kubernetes"],
        "ml" => &["machine", "learning"],
        "ai" => &["artificial", "intelligence"],
        "ux" => &["user", "experience"],
        "ui" => &["user", "interface"],
        "pm" => &["product", "manager"],
        "cv" => &["resume"],
        "yrs" | "yr" => &["year"],
        "chars" | "char" => &["character"],
        "int" | "ints" => &["integer"],
        "app" | "apps" => &["application"],
        // Shorthand of the trade, written either way ("prod env", "eng mgr", "QA", "CI/CD").
        "algo" | "algos" => &["algorithm"],
        "repo" | "repos" => &["repository"],
        "prod" => &["production"],
        "env" | "envs" => &["environment"],
        "config" | "configs" => &["configuration"],
        "perf" => &["performance"],
        "mgmt" => &["management"],
        "mgr" | "mgrs" => &["manager"],
        "req" | "reqs" => &["requirement"],
        "biz" => &["business"],
        "dept" => &["department"],
        "eng" => &["engineering"],
        "qa" => &["quality", "assurance"],
        "hr" => &["human", "resources"],
        "ci" => &["continuous", "integration"],
        "cd" => &["continuous", "delivery"],
        "authn" => &["authentication"],
        "authz" => &["authorization"],
        "backprop" => &["backpropagation"],
        "vm" | "vms" => &["virtual", "machine"],
        // Two letters are too few to block on as initials (`super::block_keys`): the ones of
        // one meaning are written out ("how does java GC work?"); not AP/AR, PR, PE, CS.
        "gc" => &["garbage", "collection"],
        "dp" => &["dynamic", "programming"],
        "os" => &["operating", "system"],
        "ib" => &["investment", "banking"],
        "vc" | "vcs" => &["venture", "capital"],
        "cx" => &["customer", "experience"],
        "meds" | "med" => &["medication"],
        "rx" => &["prescription"],
        // Candidates' note-taking shorthand ("num of islands", "kth largest elem", "AP vs AR -
        // diff?", "B2B vs B2C mktg", "inventory lvls", "a difficult pt").
        "num" => &["number"],
        "elem" | "elems" => &["element"],
        "substr" => &["substring"],
        "fav" | "fave" | "favourite" => &["favorite"],
        "conf" => &["conference"],
        "btn" | "btns" => &["button"],
        // `e-scooter` is joined to `escooter` (`candidate_shorthand`).
        "escooter" | "escooters" => &["electric", "scooter"],
        "ebike" | "ebikes" => &["electric", "bike"],
        "mem" => &["memory"],
        "calc" | "calcs" => &["calculate"],
        "deg" | "degs" => &["degree"],
        "pentest" | "pentests" | "pentesting" => &["penetration", "test"],
        "physio" | "physios" => &["physiotherapy"],
        "lvl" | "lvls" => &["level"],
        "mktg" => &["marketing"],
        // "Qual vs quant research" (UX and data interviews; blind.tsv).
        "qual" => &["qualitative"],
        "quant" => &["quantitative"],
        "mfg" => &["manufacturing"],
        "soln" | "solns" => &["solution"],
        "diff" | "diffs" => &["difference"],
        "ref" | "refs" => &["reference"],
        "pt" | "pts" => &["patient"],
        "fb" => &["facebook"],
        "ig" => &["instagram"],
        "msg" | "msgs" => &["message"],
        "info" => &["information"],
        "ppl" => &["people"],
        "govt" => &["government"],
        "avg" => &["average"],
        "qty" => &["quantity"],
        "acct" | "accts" => &["account"],
        "txn" | "txns" => &["transaction"],
        "impl" => &["implementation"],
        "sys" => &["system"],
        "convo" | "convos" => &["conversation"],
        "mtg" | "mtgs" => &["meeting"],
        "ops" => &["operations"],
        // Places as written in estimation questions ("gas stations in NYC").
        "nyc" => &["new", "york", "city"],
        "usa" => &["united", "states"],
        "uk" => &["united", "kingdom"],
        "sf" => &["san", "francisco"],
        _ => return None,
    })
}

/// Numbers in words → digits, so "5 years" and "five years" agree.
fn number_word(token: &str) -> Option<&'static str> {
    Some(match token {
        "one" => "1",
        "two" => "2",
        "three" => "3",
        "four" => "4",
        "five" => "5",
        "six" => "6",
        "seven" => "7",
        "eight" => "8",
        "zero" => "0",
        "nine" => "9",
        "ten" => "10",
        "first" => "1st",
        "second" => "2nd",
        "third" => "3rd",
        _ => return None,
    })
}

/// British spellings → American (behaviour, prioritise, organisation, colour, analyse).
fn american(token: &str) -> String {
    let mut w = token.to_string();
    for (from, to) in [("iour", "ior"), ("lour", "lor"), ("vour", "vor"), ("bour", "bor")] {
        if w.contains(from) {
            w = w.replace(from, to);
        }
    }
    for (from, to) in [
        ("isation", "ization"),
        ("isations", "izations"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ise", "ize"),
        ("ises", "izes"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("ysing", "yzing"),
        ("tre", "ter"),
    ] {
        if w.len() > from.len() + 3 && w.ends_with(from) && !british_exception(&w) {
            w.truncate(w.len() - from.len());
            w.push_str(to);
            break;
        }
    }
    w
}

/// Words ending like a British spelling that are spelled so in American English too.
fn british_exception(w: &str) -> bool {
    matches!(
        w,
        "exercise"
            | "expertise"
            | "enterprise"
            | "promise"
            | "premise"
            | "otherwise"
            | "advise"
            | "advised"
            | "advising"
            | "raise"
            | "raised"
            | "raising"
            | "surprise"
            | "surprised"
            | "compromise"
            | "compromised"
            | "concise"
            | "precise"
            | "revise"
            | "revised"
            | "supervise"
            | "supervised"
            | "supervising"
            | "franchise"
            | "merchandise"
            | "disguise"
            | "devise"
            | "televise"
            | "increase"
            | "decrease"
            | "release"
            | "released"
            | "purchase"
            | "purchased"
            | "database"
            | "analyse"
    )
}

/// Words of the interview frame, folded to one representative, as (representative, words).
/// Looked up by stem, so `differences`, `compared` and `introducing` land here too.
const FRAME_SYNONYMS: &[(&str, &[&str])] = &[
    (
        "differ",
        &[
            "vs",
            "v",
            "versus",
            "compare",
            "comparison",
            "contrast",
            "difference",
            "differ",
            "different",
            "differentiate",
            "distinguish",
            // "When should you use PUT instead of POST?"
            "instead",
        ],
    ),
    (
        "describe",
        &[
            "tell",
            "describe",
            "explain",
            "walk",
            "through",
            "talk",
            "discuss",
            "elaborate",
            "introduce",
            "give",
            "provide",
            "outline",
        ],
    ),
    (
        "situation",
        &["time", "situation", "example", "instance", "occasion", "scenario"],
    ),
    ("colleague", &["coworker", "colleague", "teammate", "peer"]),
    ("conflict", &["disagreement", "disagree", "conflict", "dispute"]),
    ("manager", &["boss", "supervisor", "manager"]),
    ("customer", &["client", "customer"]),
    ("role", &["job", "role", "position"]),
    ("company", &["company", "organization", "firm", "here", "employer"]),
    ("work", &["join", "work"]),
    // Not `objective`: its stem is `object` (object-oriented).
    ("goal", &["goal", "aspiration"]),
    // "What strategies would u use to reduce churn" / "How do you reduce churn?"
    (
        "handle",
        &["handle", "deal", "cope", "respond", "approach", "tackle", "strategy"],
    ),
    ("estimate", &["estimate", "guess", "guesstimate"]),
    ("familiar", &["familiar", "experience", "experienced", "proficient"]),
    (
        "build",
        &[
            "design",
            "build",
            "architect",
            "implement",
            "create",
            "write",
            "develop",
        ],
    ),
    ("motivate", &["motivate", "motivation", "motivates"]),
    // Subjects said in other words ("What is your greatest / biggest weakness?", "How do you
    // handle an angry / upset customer?"): general English, not one field's jargon.
    ("biggest", &["biggest", "greatest", "largest", "max", "maximum"]),
    ("smallest", &["smallest", "min", "minimum"]),
    ("prevent", &["prevent", "avoid", "mitigate", "mitigation"]),
    (
        "angry",
        &["angry", "upset", "unhappy", "dissatisfied", "frustrated", "irate"],
    ),
    ("convince", &["convince", "persuade"]),
    ("difficult", &["difficult", "challenging", "tough"]),
    // "profits are declining / falling", "DAU dropped 10%"; an offer declined or refused.
    ("decline", &["decline", "reject", "refuse", "fall", "drop", "shrink"]),
    ("mistake", &["mistake", "error"]),
    ("leave", &["leave", "leaving", "quit"]),
    ("salary", &["salary", "compensation", "pay"]),
    ("track", &["track", "monitor"]),
    ("fix", &["fix", "resolve", "repair", "solve"]),
    ("problem", &["problem", "issue"]),
    ("increase", &["increase", "boost", "raise", "grow"]),
    // "reduce / decrease / cut costs" (the stem `decreas` is `increase`'s opposite).
    ("decreas", &["decrease", "reduce", "cut"]),
    ("help", &["help", "assist"]),
    ("choose", &["choose", "pick"]),
    ("employee", &["employee", "staff", "worker"]),
    ("child", &["child", "kid"]),
    ("doctor", &["doctor", "physician"]),
    // "an employee who is always / consistently / constantly late"; "a late / delayed
    // shipment".
    ("always", &["always", "consistently", "constantly"]),
    ("late", &["late", "tardy", "delayed"]),
    ("buy", &["buy", "purchase"]),
    ("talk", &["talk", "speak", "communicate"]),
    ("outcome", &["outcome", "result"]),
    ("formal", &["formal", "official"]),
    // "What does excellent / great customer service mean to you?" (`good` is frame).
    ("good", &["good", "great", "excellent"]),
    // "How do you conduct / run user interviews?"
    ("run", &["run", "conduct"]),
    ("rule", &["rule", "regulation"]),
    ("multiple", &["multiple", "several", "various"]),
    // "How would you measure the success of X?" / "success metrics for X?"
    ("metric", &["metric", "kpi", "measure"]),
    // "a time you showed / demonstrated leadership". (Not `received` / `got` feedback: `get`
    // is frame, and "received feedback" / "gave feedback" then merged.)
    ("show", &["show", "demonstrate", "display", "exhibit"]),
    // "if you saw / witnessed a coworker …" (`see` is frame). Not `observe`: its stem is
    // `observer`'s too ("the observer pattern").
    ("see", &["see", "witness"]),
    // "Design a chat / messaging app like WhatsApp".
    ("chat", &["chat", "messaging", "messenger"]),
    // What is designed, named any of these ways: "Design a notification system / service",
    // "a messaging app / platform".
    ("system", &["system", "service", "platform", "application"]),
    // "a disruptive student in the classroom / in your class".
    ("class", &["class", "classroom"]),
    // "Why do you want to be a teacher?" / "Why teaching?"
    ("teach", &["teach", "teacher"]),
    // "How does depreciation affect / impact the three statements?"
    ("affect", &["affect", "impact"]),
    // "high CPU usage / utilization"
    ("usage", &["usage", "utilization"]),
    // "negative / critical feedback".
    ("critical", &["critical", "negative"]),
    // "type a URL and press / hit enter".
    ("press", &["press", "hit"]),
    // "How are the three statements linked / connected?"
    ("link", &["link", "connect"]),
    // "a time you exceeded / beat your quota".
    ("exceed", &["exceed", "beat", "surpass"]),
    // "detect a loop / cycle in a linked list", "feedback loop / cycle".
    ("cycle", &["cycle", "loop"]),
    // "a disruptive pupil / student".
    ("student", &["student", "pupil"]),
    // "missing values in a dataset / in data".
    ("data", &["data", "dataset"]),
];

/// Words of the interview frame, weighed [`FRAME_WEIGHT`]: the question's shape, not its
/// subject. The representatives of [`FRAME_SYNONYMS`] but `colleague`, `conflict`,
/// `manager`, `customer`, `goal` and `motivate`, which are subjects.
const FRAME_WORDS: &[&str] = &[
    "describe",
    "situation",
    "differ",
    "company",
    "role",
    "work",
    "want",
    "handle",
    "estimate",
    "familiar",
    "why",
    "like",
    "use",
    "think",
    "know",
    "question",
    "approach",
    "handle",
    "get",
    "make",
    "most",
    "best",
    "good",
    "ever",
    "way",
    "thing",
    "kind",
    "type",
    "main",
    "key",
    "important",
    "new",
    "current",
    "previous",
    "last",
    "experience",
    "mean",
    "deal",
    "need",
    "go",
    "see",
    "take",
    "done",
    "made",
    "feel",
    "prefer",
    "something",
    "anything",
    "usually",
    "typically",
    "given",
    // "How do you prioritize multiple patients / your patients?"
    "multiple",
    // How coding problems are stated: "Given a string of brackets, determine whether …".
    "determine",
    "whether",
    // A story's follow-up ("… your boss? what happened"), and who else applied ("Why should
    // we hire you over the other candidates?").
    "happen",
    "candidate",
    "together",
    "show",
    "well",
    "ensure",
];

/// Stem → its fold, for every word of [`FRAME_SYNONYMS`] and of `config/synonyms.txt`.
static FOLDS: std::sync::LazyLock<FastMap<String, Fold>> = std::sync::LazyLock::new(|| {
    let mut map = FastMap::default();
    let mut written = FastSet::default();
    for (representative, words) in FRAME_SYNONYMS {
        for w in *words {
            map.insert(stem(w), *representative);
            written.insert(w.to_string());
        }
    }
    add_word_groups(&mut map, &mut written, WORD_GROUPS);
    let mut folds: FastMap<String, Fold> = map
        .into_iter()
        .map(|(stemmed, to)| {
            (
                stemmed,
                Fold {
                    to,
                    written: Vec::new(),
                },
            )
        })
        .collect();
    for w in written {
        if let Some(fold) = folds.get_mut(&stem(&w)) {
            fold.written.push(w);
        }
    }
    folds
});

/// What a stem folds onto, and the words listed as written that fold through it.
struct Fold {
    to: &'static str,
    written: Vec<String>,
}

impl Fold {
    /// Whether `word` folds as a listed word of its stem does: it is the listed word
    /// inflected or derived (`positions`, `jobs`, `communication`, `studies`: it starts with
    /// the listed word but a final `e` or `y`), or the listed word is it with `-ing`, `-ion`,
    /// `-ment` … (`message` for `messaging`), not with the agent's `-er` (`manage` is no
    /// `manager`).
    ///
    /// The stemmer also gives some other words their stem: `positive` stems to `posit` as
    /// `position` does, and had folded onto `role`, so "a false positive" and "a false
    /// negative" (`critical`, its opposite) were no swap (probe3); `applicant` stems as
    /// `application`.
    fn takes(&self, word: &str) -> bool {
        let base = |w: &str| w.strip_suffix('e').or_else(|| w.strip_suffix('y')).unwrap_or(w).len();
        self.written.iter().any(|l| {
            word.starts_with(&l[..base(l)])
                || l.strip_prefix(&word[..base(word)])
                    .is_some_and(|ending| matches!(ending, "ing" | "ion" | "ation" | "ment" | "ed" | "s" | "es"))
        })
    }
}

/// `config/synonyms.txt`: groups of words one interview question says either way, one group
/// a line (`boss | supervisor`), written by a reviewer who saw neither the rules nor the
/// labelled pairs.
const WORD_GROUPS: &str = include_str!("../../../config/synonyms.txt");

/// Folds each group of `groups` onto one word: the representative of a word of it that an
/// earlier group lists as written (`written`; [`FRAME_SYNONYMS`] come first and are kept),
/// else the stem of its first word not yet folded. A word already folded keeps its fold; a
/// stop word or a frame word is left alone.
///
/// Only a word listed as written brings its group into an earlier fold, not one whose stem
/// merely equals a folded stem: `applicant` stems to `applic`, as `application` does, and
/// when its stem led, "applicant | candidate" folded `candidate` onto `system`, so "What
/// differentiates you from other candidates?" worded "What is software as a service?"
/// (found in the sixth session of 2026-11-27).
fn add_word_groups(map: &mut FastMap<String, &'static str>, written: &mut FastSet<String>, groups: &str) {
    for line in groups
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let words: Vec<(String, String)> = line
            .split('|')
            .map(|w| w.trim().to_lowercase())
            .filter(|w| !w.is_empty())
            .map(|w| {
                let stemmed = stem(&w);
                (w, stemmed)
            })
            .filter(|(_, stemmed)| !stemmed.is_empty())
            .collect();
        let known = words
            .iter()
            .filter(|(w, _)| written.contains(w))
            .find_map(|(_, stemmed)| map.get(stemmed).copied());
        let representative: &'static str = match known {
            Some(known) => known,
            None => match words.iter().find(|(_, stemmed)| !map.contains_key(stemmed)) {
                // Built once per group, for the life of the process.
                Some((_, stemmed)) => Box::leak(stemmed.clone().into_boxed_str()),
                None => continue,
            },
        };
        for (w, stemmed) in words {
            let free = !super::super::question::is_stop_word(&stemmed) && !FRAME_WORDS.contains(&stemmed.as_str());
            if free && *map.entry(stemmed).or_insert(representative) == representative {
                written.insert(w);
            }
        }
    }
}

/// [`FRAME_WORDS`] as written (the synonyms' representatives are not stemmed) and stemmed.
static FRAME: std::sync::LazyLock<FastSet<String>> =
    std::sync::LazyLock::new(|| FRAME_WORDS.iter().flat_map(|w| [w.to_string(), stem(w)]).collect());

fn frame_synonym(stemmed: &str) -> Option<&'static str> {
    FOLDS.get(stemmed).map(|fold| fold.to)
}

fn is_frame_word(w: &str) -> bool {
    FRAME.contains(w)
}

/// Words of technical questions too general to decide which question it is (`api`, `system`,
/// `code`): weighed [`SHORT_WEIGHT`].
fn is_general_subject(w: &str) -> bool {
    static GENERAL: std::sync::LazyLock<FastSet<String>> = std::sync::LazyLock::new(|| {
        stems(&[
            "api",
            "application",
            "app",
            "system",
            "service",
            "data",
            "code",
            "software",
            "function",
            "method",
            "tool",
            "project",
            "team",
            "platform",
            "query",
            // What a coding problem is given ("Given an array of integers …"): its statement
            // names them, its title often not.
            "array",
            "string",
            "integer",
            "element",
        ])
    });
    GENERAL.contains(w)
}

/// The stems of a list of words, for the word lists looked up by stem.
fn stems(words: &[&str]) -> FastSet<String> {
    words.iter().map(|w| stem(w)).collect()
}

/// What kind of thing a named subject is: "the SOLID principles", "the BANT qualification
/// framework", "a Kerberoasting attack", "LEED certification", "the bullwhip effect". Said or
/// left out as the candidate pleases ([`Word::optional`]); said by both, it counts whole
/// ("the bullwhip effect in supply chains").
fn is_kind_noun(stemmed: &str) -> bool {
    static KINDS: std::sync::LazyLock<FastSet<String>> = std::sync::LazyLock::new(|| {
        stems(&[
            "principle",
            "framework",
            "technique",
            "methodology",
            "mechanism",
            "concept",
            "certification",
            "attack",
            "effect",
            "structure",
            "property",
            "pattern",
            "paradigm",
            "process",
            "procedure",
            "algorithm",
            "theorem",
            "problem",
        ])
    });
    KINDS.contains(stemmed)
}

/// The field a question is set in, which one wording names and another leaves to the
/// interview: "What is sharding?" / "Describe database sharding", "How do you prevent
/// overfitting?" / "overfitting in machine learning models", "closures" / "JavaScript
/// closures". Said by one wording only, it is optional ([`Word::optional`]); two wordings
/// naming two fields ("closures in JavaScript" / "in Python") swap a subject
/// ([`substitutes`]).
fn is_field(stemmed: &str) -> bool {
    static FIELDS: std::sync::LazyLock<FastSet<String>> = std::sync::LazyLock::new(|| {
        stems(&[
            "database",
            "db",
            "sql",
            "machine",
            "learning",
            "ml",
            "javascript",
            "js",
            "python",
            "java",
            "typescript",
            "ios",
            "android",
            "linux",
            "cloud",
            "aws",
            "web",
            "frontend",
            "backend",
            "programming",
            "computer",
            "software",
            "statistics",
            "workplace",
            "architecture",
        ])
    });
    FIELDS.contains(stemmed)
}

/// What a structure is made of, said or not as the candidate pleases: "Reverse (the nodes
/// of) a linked list in groups of k", "the kth largest (element) in an array". Optional
/// ([`Word::optional`]).
fn is_part_noun(stemmed: &str) -> bool {
    matches!(stemmed, "node" | "element" | "singl")
}

/// The ask of a problem statement, which its title leaves out: "Find the largest element
/// in an array" / "Largest element in an array", "Find the second highest salary from the
/// Employee table" / "SQL: 2nd highest salary", "Count the number of islands", "Return the k
/// most frequent elements", "Find the length of the longest substring …". Optional
/// ([`Word::optional`]), it still swaps with another verb ("find / delete duplicate rows").
fn is_statement_verb(stemmed: &str) -> bool {
    matches!(stemmed, "find" | "count" | "return" | "length")
}

/// Share of an optional word's weight ([`Word::optional`]) that counts when one wording
/// lacks it.
pub const OPTIONAL_ALONE: f32 = 0.5;
/// [`OPTIONAL_ALONE`] for a word of what the question adds after it is asked
/// ([`Word::elaboration`]): "How do you value a company? DCF, comps, precedents" is the
/// question of its first sentence. 0.25 against 0.5: one rewording more on each of two files
/// read (probe8, probe9), none lost; 0.35 the same, 0.1 one false merge.
pub const ELABORATION_ALONE: f32 = 0.25;

fn weight_of(w: &str) -> f32 {
    if is_frame_word(w) {
        FRAME_WEIGHT
    } else if is_general_subject(w) || is_field(w) || w.chars().count() <= 2 || w.bytes().all(|b| b.is_ascii_digit()) {
        SHORT_WEIGHT
    } else {
        1.0
    }
}

/// The Snowball English stemmer (Porter2): `failed` / `fails` / `failing` → `fail`,
/// `handled` / `handling` → `handl`, `successful` → `success`.
fn stem(w: &str) -> String {
    static STEMMER: std::sync::LazyLock<rust_stemmers::Stemmer> =
        std::sync::LazyLock::new(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English));
    let mut s = STEMMER.stem(w).into_owned();
    // Porter2 leaves `failur`, `closur`, `pressur`: fold -ure nouns onto their verbs.
    if s.len() >= 6 && s.ends_with("ur") {
        s.truncate(s.len() - 2);
    }
    // `valuation` is the noun of `value` ("the main valuation methods" / "methods to value a
    // company"); Porter2 leaves `valuat`.
    if s == "valuat" {
        s.truncate(4);
    }
    // Nouns Porter2 leaves apart from their adjective or verb: "ensure safety" / "is safe",
    // "accuracy" / "accurate", "a guest complaint" / "complaining", "reconciliations" /
    // "reconciling".
    if let Some(base) = match s.as_str() {
        "safeti" => Some("safe"),
        "accuraci" => Some("accur"),
        "complaint" => Some("complain"),
        "reconcili" => Some("reconcil"),
        _ => None,
    } {
        return base.to_string();
    }
    // The one who practises a field is named after it: `pharmacist` / `pharmacy`, `dentist` /
    // `dentistry`, `therapist` / `therapy` ("Why do you want to be a pharmacist?" / "Why
    // pharmacy?"). Porter2 ends the field in `i`.
    for suffix in ["istri", "ist"] {
        if s.len() >= suffix.len() + 4 && s.ends_with(suffix) {
            s.truncate(s.len() - suffix.len());
            s.push('i');
            break;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::question::normalize_question;

    fn f(q: &str) -> Features {
        Features::of(&normalize_question(q))
    }
    /// The words in text order.
    fn words(q: &str) -> Vec<String> {
        let mut w: Vec<String> = f(q).words.iter().map(|w| w.text.to_string()).collect();
        w.sort();
        w
    }
    fn sim(a: &str, b: &str) -> f32 {
        similarity(&f(a), &f(b))
    }

    #[test]
    fn words_fold_frame_synonyms_stems_and_spellings() {
        assert_eq!(
            words("Explain the difference between REST and SOAP APIs."),
            ["api", "describe", "differ", "rest", "soap"]
        );
        assert_eq!(words("REST vs SOAP – differences?"), ["differ", "rest", "soap"]);
        assert_eq!(
            words("Tell me about a time you failed"),
            ["describe", "fail", "situation"]
        );
        assert_eq!(
            words("Describe a situation where you experienced a failure"),
            ["describe", "fail", "familiar", "situation"]
        );
        assert_eq!(words("How do you prioritise?"), ["priorit"]);
        assert_eq!(words("How do you prioritize"), ["priorit"]);
        assert_eq!(
            words("Where do you see yourself in five years?"),
            ["5", "see", "year", "yourself"]
        );
        assert_eq!(words("What is OOP?"), ["object", "orient", "program"]);
        assert_eq!(
            words("What is object-oriented programming?"),
            ["object", "orient", "program"]
        );
        assert_eq!(words("behaviour"), ["behavior"]);
    }

    #[test]
    fn opposites_are_a_swap_though_one_is_frame() {
        // hand-checked on probe.tsv: `new` is a frame word
        assert!(
            sim(
                "How do you forecast demand for a new product?",
                "How do you forecast demand for an existing product?"
            ) < 0.45
        );
        assert!(
            sim(
                "Find the minimum in a rotated sorted array",
                "Find the maximum in a rotated sorted array"
            ) < 0.45
        );
        // Both in one wording: no swap.
        assert!(sim("Find the min and max of an array", "find the max and min of an array") >= 0.99);
    }

    #[test]
    fn small_foldings_of_the_fourth_session() {
        // hand-checked on probe7.tsv rewordings
        assert!(
            sim(
                "What are the main valuation methods?",
                "What are the main methods to value a company?"
            ) >= 0.45
        );
        assert!(
            sim(
                "How does depreciation impact the 3 statements?",
                "How does depreciation affect the three statements?"
            ) >= 0.99
        );
        assert_eq!(words("# of gas stations"), words("number of gas stations"));
        assert_eq!(words("high CPU utilisation"), words("high cpu usage"));
    }

    #[test]
    fn the_verb_of_a_problem_statement_is_optional() {
        let optional = |q: &str, w: &str| f(q).words.iter().find(|x| &*x.text == w).map(|x| x.optional);
        assert_eq!(optional("Find the largest element in an array", "find"), Some(true));
        assert!(sim("Find the largest element in an array", "largest element in an array") >= 0.45);
        assert!(
            sim(
                "How do you find duplicate rows in a table?",
                "How do you delete duplicate rows from a table?"
            ) < 0.45
        );
    }

    #[test]
    fn fields_and_instances_are_optional() {
        let optional = |q: &str, w: &str| f(q).words.iter().find(|x| &*x.text == w).map(|x| x.optional);
        assert_eq!(optional("Describe database sharding", "databas"), Some(true));
        assert_eq!(
            optional("Design a distributed cache (like Memcached)", "memcach"),
            Some(true)
        );
        assert_eq!(
            optional("Design a messaging app such as WhatsApp", "whatsapp"),
            Some(true)
        );
        assert_eq!(optional("What do you like about sales?", "sale"), Some(false));
        assert_eq!(
            optional("Reverse the nodes of a linked list in groups of k", "node"),
            Some(true)
        );
        // The kind of a named problem, the default linked list, the field of an architecture.
        assert_eq!(optional("the N+1 query problem", "problem"), Some(true));
        assert_eq!(optional("Reverse a singly linked list", "singl"), Some(true));
        assert_eq!(optional("explain micro-services architecture", "architect"), Some(true));
        assert_eq!(optional("Architect a notification system", "build"), Some(false));
        assert!(sim("What are microservices?", "explain micro-services architecture") >= 0.45);
        assert!(sim("Merge intervals problem", "Merge intervals") >= 0.45);
        // Said by both, it still counts: the doubly linked list is another structure.
        assert!(sim("Reverse a singly linked list", "Reverse a doubly linked list") < 0.45);
        // hand-checked on probe6.tsv / dev.tsv rewordings
        assert!(sim("What is sharding?", "Describe database sharding") >= 0.45);
        assert!(
            sim(
                "Design a distributed cache",
                "design a distributed caching system (like memcached)"
            ) >= 0.45
        );
        // A field on each side is a swap: two questions.
        assert!(sim("Explain closures in JavaScript", "Explain closures in Python") < 0.45);
        assert!(sim("What is a database?", "What is a cache?") < 0.45);
    }

    #[test]
    fn a_coding_preamble_is_optional_and_designed_things_are_one_word() {
        assert_eq!(
            coding_preamble(&["write", "a", "sql", "query", "to", "find", "x"]),
            0..4
        );
        assert_eq!(coding_preamble(&["write", "a", "function", "that", "reverses"]), 0..3);
        // Not a preamble: no code named, or nothing follows.
        assert_eq!(coding_preamble(&["write", "a", "cover", "letter", "to", "x"]), 0..0);
        assert_eq!(coding_preamble(&["how", "do", "you", "code", "review"]), 0..0);
        // hand-checked on dev.tsv / probe.tsv rewordings
        assert!(
            sim(
                "Write a SQL query to find the second highest salary",
                "SQL: 2nd highest salary"
            ) >= 0.45
        );
        assert!(sim("Write a function to reverse a string", "Reverse a string") >= 0.45);
        assert!(
            sim(
                "Write a function to reverse a string",
                "Write a function to sort a string"
            ) < 0.45
        );
        assert!(sim("Design a notification service", "Design a notification system") >= 0.99);
        assert!(sim("Tell me about one of your weaknesses", "Tell me about a weakness") >= 0.99);
    }

    #[test]
    fn a_word_written_apart_and_as_one_in_one_question_is_one_word() {
        assert_eq!(
            words("How would you prevent over-fitting in a model? What is overfitting?"),
            words("How would you prevent overfitting in a model? What is overfitting?")
        );
        // Not written as one anywhere in the question: two words still.
        assert_eq!(words("trade off"), ["off", "trade"]);
    }

    #[test]
    fn practitioners_fields_and_crossing_acronyms_match() {
        assert!(sim("Why do you want to be a pharmacist?", "Why pharmacy?") >= 0.45);
        assert!(sim("Why do you want to be a dentist?", "Why dentistry?") >= 0.45);
        assert!(sim("Why do you want to be a teacher?", "Why teaching?") >= 0.45);
        assert!(sim("What is XSS?", "Explain cross site scripting") >= 0.45);
        assert!(sim("What are the hours of service rules?", "explain HOS rules") >= 0.45);
        assert!(
            sim(
                "Why do you want to be a teaching assistant?",
                "why do you want to be a TA?"
            ) >= 0.45
        );
        // `to be a` spells no `ta`; cross-site scripting is no CSRF.
        assert!(sim("What is XSS?", "What is CSRF?") < 0.45);
        assert!(sim("Why do you want to be a TA?", "Why do you want to be a tutor?") < 0.45);
    }

    #[test]
    fn acronym_plurals_are_singular() {
        assert_eq!(words("What KPIs do you track?"), words("What KPI do you track?"));
        assert_eq!(words("SLIs, SLOs and SLAs"), ["sla", "sli", "slo"]);
        assert_eq!(words("CPUs vs GPUs"), words("CPU vs GPU"));
        assert_eq!(words("Why do SMEs buy?"), words("Why does an SME buy?"));
        // Words of that shape, and acronyms that are not plurals, keep their s.
        assert_eq!(words("message bus"), ["bus", "chat"]);
        assert_eq!(words("HTTP vs HTTPS"), ["differ", "http", "https"]);
        assert_eq!(words("the five whys"), ["5", "whys"]);
    }

    #[test]
    fn candidate_shorthand_is_written_out() {
        assert_eq!(words("why should we hire u"), words("Why should we hire you?"));
        assert_eq!(
            words("longest substring w/o repeating chars"),
            words("Longest substring without repeating characters")
        );
        assert_eq!(
            words("find the k-th largest element"),
            words("Find the kth largest element")
        );
        assert_eq!(
            words("how do you design an A/B test"),
            words("How do you design an AB test")
        );
        assert_eq!(words("What is a Type I error?"), ["1", "mistake", "type"]);
        assert_eq!(words("What is a Type II error?"), ["2", "mistake", "type"]);
        // `i` is the pronoun elsewhere, `a b` letters elsewhere.
        assert_eq!(words("What would I do first?"), ["1st"]);
        assert!(sim("What is a Type I error?", "What is a Type II error?") < 0.45);
    }

    #[test]
    fn prefixes_written_apart_and_contractions() {
        assert_eq!(
            words("How do you respond to an angry customer e-mail?"),
            words("how do you respond to an angry customer email")
        );
        assert_eq!(words("Re-design the checkout"), words("Redesign the checkout"));
        assert_eq!(words("a co-worker"), words("a coworker"));
        // "e.g." is not a prefix.
        assert_eq!(
            words("Design a URL shortener (e.g. TinyURL)"),
            words("Design a URL shortener TinyURL")
        );
        assert_eq!(
            words("What if you don't meet a deadline?"),
            words("What if you do not meet a deadline?")
        );
        assert!(
            sim(
                "What would you do if you can't meet a deadline?",
                "What would you do if you meet a deadline?"
            ) < 0.45
        );
        assert_eq!(words("Q5) Parquet vs Avro"), words("Parquet vs Avro"));
        assert_eq!(words("Parquet vs Avro: pros and cons"), words("Parquet vs Avro"));
        assert_eq!(
            words("describe urself in 3 words"),
            words("Describe yourself in three words")
        );
        assert_eq!(
            words("A candidate turns down your offer"),
            words("A candidate declines your offer")
        );
    }

    #[test]
    fn an_acronym_given_with_its_words_is_the_acronym() {
        assert_eq!(
            words("How do you run a quarterly business review (QBR)?"),
            words("How do you run a QBR?")
        );
        assert!(
            sim(
                "How do you run a QBR?",
                "How do you run a quarterly business review (QBR)?"
            ) >= 0.45
        );
        // Under 3 letters the initials of neighbours are not read as the acronym.
        assert_eq!(
            words("an AI agent in action"),
            ["action", "agent", "artifici", "intellig"]
        );
    }

    #[test]
    fn prefixes_stories_roles_and_named_companies() {
        // A prefix and its opposite are no typo; a prefix written apart is joined.
        assert!(
            sim(
                "signs and symptoms of hypoglycemia",
                "signs and symptoms of hyperglycemia"
            ) < 0.45
        );
        assert!(
            sim(
                "signs and symptoms of hypoglycemia",
                "signs and symptoms of hypoglycaemia"
            ) >= 0.45
        );
        assert!(
            sim(
                "Explain the difference between supervised and unsupervised learning.",
                "Explain the difference between unsupervised and self-supervised learning."
            ) < 0.45
        );
        // Told in the past, the ask of a statement is the story's.
        let found = f("Tell me about a time you found an error in a financial report.");
        assert!(found.words.iter().filter(|w| &*w.text == "find").all(|w| !w.optional));
        assert!(sim("Find the largest element in an array", "Largest element in an array") >= 0.45);
        // A question may open on its story or on who answers it.
        assert_eq!(words("Time you exceeded quota?"), words("a time you exceeded quota"));
        let role = f("as a CSM how would you reduce customer churn for a SaaS product");
        assert!(role.words.iter().filter(|w| &*w.raw == "csm").all(|w| w.optional));
        assert!(
            sim(
                "How would you reduce churn in a SaaS product?",
                "as a CSM how would you reduce churn in a SaaS product"
            ) >= 0.45
        );
        // "Why <employer>?" asks why work there; two companies named are two questions.
        assert_eq!(
            words("why microsoft?"),
            words("Why do you want to work at Microsoft?")
                .into_iter()
                .filter(|w| w != "want")
                .collect::<Vec<_>>()
        );
        assert!(sim("Why McKinsey?", "Why Deloitte?") < 0.45);
        assert!(
            sim(
                "Why do you want to work at Deloitte?",
                "Why do you want to work at McKinsey?"
            ) < 0.45
        );
        assert!(sim("Why McKinsey?", "Why do you want to work at McKinsey?") >= 0.45);
        assert_eq!(
            words("What do you know about Deloitte?"),
            ["company", "deloitt", "know"]
        );
        assert!(f("What do you know about Deloitte?")
            .words
            .iter()
            .any(|w| w.named && w.optional));
        // An instance may be a list of two: "like ROW_NUMBER and RANK".
        let listed = f("Explain window functions like ROW_NUMBER and RANK.");
        assert!(listed.words.iter().filter(|w| &*w.text == "rank").all(|w| w.optional));
        // What a thing is and how to make it are two questions; how to make it asked in
        // other words, or a noun `design`, is no definition.
        assert!(
            sim(
                "What is a hash table?",
                "How would you implement a hash table from scratch?"
            ) < 0.45
        );
        assert!(sim("What is a hash table?", "Implement a hash table") < 0.45);
        assert!(sim("What is the difference between UX and UI?", "UI vs UX design") >= 0.45);
        assert!(
            sim(
                "How do you build a sales pipeline?",
                "Explain how you'd build your pipeline"
            ) >= 0.45
        );
        assert!(
            sim(
                "What is the observer pattern?",
                "explain the observer design pattern with an example"
            ) >= 0.45
        );
        // General English of the workplace said either way.
        assert_eq!(
            words("how would you grow organic traffic"),
            words("how would you increase organic traffic")
        );
        assert_eq!(words("how do you cut costs"), words("how do you reduce costs"));
        assert_eq!(
            words("an employee who is consistently late"),
            words("an employee who is always late")
        );
        assert_eq!(
            words("how do you talk to parents"),
            words("how do you communicate with parents")
        );
        assert_eq!(
            words("when the doctor disagreed"),
            words("when the physician disagreed")
        );
        assert_eq!(
            words("how big is the e-scooter market in paris"),
            words("the size of the electric scooter market in paris")
        );
        assert_eq!(
            words("eng pushing back on a feature"),
            words("eng pushback on a feature")
        );
        assert_eq!(words("track down a memory leak"), words("find a memory leak"));
        // config/synonyms.txt: a group folds onto one word, and a group meeting a built-in
        // fold joins it.
        assert_eq!(words("a lawyer"), words("an attorney"));
        assert_eq!(words("evaluate a vendor"), words("assess a supplier"));
        assert_eq!(words("a tough situation"), words("a difficult scenario"));
        let mut map = FastMap::default();
        map.insert(stem("fix"), "fix");
        map.insert(stem("application"), "system");
        let mut written: FastSet<String> = ["fix", "application"].into_iter().map(String::from).collect();
        add_word_groups(
            &mut map,
            &mut written,
            "# comment\nrepair | mend\nfix | remedy\nwhat | which\napplicant | candidate\n\n",
        );
        assert_eq!(map.get("remedi"), Some(&"fix"));
        assert_eq!(map.get("mend").copied(), Some("repair"));
        assert!(!map.contains_key("what"), "stop words are left alone");
        // `applicant` only stems as `application` does: its group keeps a fold of its own.
        assert_eq!(map.get(&stem("candidate")).copied(), Some("candid"));
        assert_eq!(map.get(&stem("applicant")).copied(), Some("system"));
        assert_ne!(words("other candidates"), words("other systems"));
        // `reduce` keeps `increase` as its opposite.
        assert!(sim("How would you reduce churn?", "How would you increase churn?") < 0.45);
        // Shorthand: btn, mem, calc; measure / metric.
        assert_eq!(words("new checkout btn"), words("new checkout button"));
        assert_eq!(words("mem leak"), words("memory leak"));
        assert_eq!(words("how do u calc it"), words("how do you calculate it"));
        assert_eq!(
            words("success metrics for IG stories"),
            words("measure success for Instagram stories")
        );
    }

    #[test]
    fn opposites_and_folds_found_in_the_sixth_session() {
        // A stem shared by chance folds nothing: `positive` is no `position` (role).
        assert_eq!(words("a false positive"), ["fals", "posit"]);
        assert_eq!(words("open positions"), words("open roles"));
        assert!(
            sim(
                "What is a false positive in an IDS?",
                "What is a false negative in an IDS?"
            ) < 0.45
        );
        assert!(sim("What is first-touch attribution?", "What is last-touch attribution?") < 0.45);
        assert!(
            sim(
                "How would you respond to a ransomware incident?",
                "How would you prevent a ransomware incident?"
            ) < 0.45
        );
        // `JOIN` compared is the SQL keyword, not `work` ("join us").
        assert!(
            sim(
                "What's the difference between UNION and UNION ALL?",
                "What's the difference between UNION and JOIN?"
            ) < 0.45
        );
        assert!(words("UNION vs JOIN").contains(&"join".to_string()));
        assert!(words("When do you use HAVING instead of WHERE?").contains(&"where".to_string()));
        assert_eq!(
            words("Qual vs quant research"),
            words("qualitative versus quantitative research")
        );
        assert_eq!(
            words("Why do you want to join us?"),
            words("Why do you want to work here?")
        );
        // Rewordings stay together.
        assert!(
            sim(
                "How do you deal with a ransomware incident?",
                "How would you respond to a ransomware incident?"
            ) > 0.9
        );
        assert!(
            sim(
                "How do you prevent patient falls?",
                "how do u prevent falls in patients"
            ) >= 0.45
        );
    }

    #[test]
    fn a_packed_word_stays_24_bytes() {
        // The first pass of `similarity` reads these for millions of pairs (see `Optional`).
        assert_eq!(std::mem::size_of::<Packed>(), 24);
    }

    #[test]
    fn what_a_question_adds_after_it_is_asked_is_optional() {
        use crate::normalize::question::clustering_text;
        let g = |q: &str| Features::of(&clustering_text(q));
        let added = g("Tell me about a time you exceeded your quota - what was the outcome?");
        let elaboration: Vec<&str> = added.words.iter().filter(|w| w.elaboration).map(|w| &*w.text).collect();
        assert_eq!(elaboration, ["outcome"]);
        assert!(added.words.iter().filter(|w| w.elaboration).all(|w| w.optional));
        assert!(added
            .words
            .iter()
            .filter(|w| &*w.text == "quota")
            .all(|w| !w.optional && !w.elaboration));
        // hand-checked on probe8.tsv / probe9.tsv rewordings
        for (a, b) in [
            (
                "Tell me about a time you exceeded your quota.",
                "Tell me about a time you exceeded your quota - by how much?",
            ),
            (
                "How would you handle an imbalanced dataset?",
                "how do u handle an imbalanced dataset? e.g. fraud is like 0.1% of the data",
            ),
            (
                "What is the CAP theorem?",
                "Explain CAP theorem - consistency, availability, partition tolerance",
            ),
        ] {
            assert!(similarity(&g(a), &g(b)) >= 0.45, "{a} / {b}");
        }
        // Said in the question asked, a word still counts whole.
        assert!(
            similarity(
                &g("What is the CAP theorem?"),
                &g("Explain consistency, availability and partition tolerance")
            ) < 0.45
        );
        // Since the sixth session: an elaboration's word swaps and adds no subject, and counts
        // a quarter of its weight alone (hand-checked rewordings of blind7, probe9, probe5).
        let (asked, elaborated) = (
            g("How would you prioritize features on a product roadmap?"),
            g("how do you prioritize features for the roadmap? what frameworks do u use (RICE etc)"),
        );
        assert!(similarity(&asked, &elaborated) >= 0.45);
        assert!(!adds_subject(&elaborated, &asked));
        for (a, b) in [
            (
                "How do you value a company?",
                "how would you value a company? DCF, comps, precedents",
            ),
            (
                "Reverse a linked list.",
                "Reverse a singly linked list in place (follow-up: do it recursively too)",
            ),
        ] {
            assert!(similarity(&g(a), &g(b)) >= 0.45, "{a} / {b}");
        }
        // What it adds does not make two questions one.
        for (a, b) in [
            (
                "Reverse a linked list. Follow-up: do it recursively",
                "Detect a cycle in a linked list",
            ),
            (
                "How do you value a company? e.g. with a DCF",
                "How do you value a bond?",
            ),
        ] {
            assert!(similarity(&g(a), &g(b)) < 0.45, "{a} / {b}");
        }
        // The text kept and its initials are the normalized text's.
        assert_eq!(
            &*added.text,
            "tell me about a time you exceeded your quota what was the outcome"
        );
    }

    #[test]
    fn loops_pupils_datasets_pentests_and_physios_are_one_word_each() {
        assert_eq!(
            words("detect a loop in a linked list"),
            words("detect a cycle in a linked list")
        );
        assert_eq!(words("a disruptive pupil"), words("a disruptive student"));
        assert_eq!(words("missing values in a dataset"), words("missing values in data"));
        assert_eq!(
            words("how do u approach a web app pentest"),
            words("how do you approach a web app penetration test")
        );
        assert_eq!(words("why physio"), words("why physiotherapy"));
        assert_eq!(
            words("how do u make sure the job site is safe"),
            words("How do you ensure safety on the job site?")
        );
        assert_eq!(
            words("how do u keep up w/ changes in employment law"),
            words("How do you stay current with changes in employment law?")
        );
        assert_eq!(
            words("how do you stay up to date with changes in employment law"),
            words("How do you stay current with changes in employment law?")
        );
        assert_eq!(
            words("a product you launched end to end"),
            words("a product you launched from start to finish")
        );
        assert_eq!(words("whats ur fav product"), words("what is your favourite product"));
        assert_eq!(words("a time u beat ur quota"), words("a time you exceeded your quota"));
        assert_eq!(
            words("a guest complaining about their room"),
            words("a guest complaint about their room")
        );
        assert_eq!(
            words("how does java GC work"),
            words("how does java garbage collection work")
        );
        assert_eq!(words("explain DP"), words("explain dynamic programming"));
        assert_eq!(words("min # of conf rooms"), words("min number of conference rooms"));
        // What follows `aka` is another name: optional.
        assert!(
            sim(
                "L1 vs L2 regularization diff? aka lasso vs ridge",
                "What is the difference between L1 and L2 regularization?"
            ) >= 0.45
        );
        // The ask is not folded with them: a linked list is no cycle.
        assert!(sim("detect a loop in a linked list", "reverse a linked list") < 0.45);
    }

    #[test]
    fn where_it_was_asked_and_shorthand_of_other_trades() {
        // Where the problem is listed goes with its number ("LC 3", "leetcode #200", "lc56").
        for noted in [
            "longest substring w/o repeating chars - leetcode 3",
            "longest substr w/o repeating chars (LC 3)",
            "LC #3 longest substring without repeating characters",
            "longest substring without repeating characters lc3",
        ] {
            assert_eq!(
                words(noted),
                words("Longest substring without repeating characters"),
                "{noted}"
            );
        }
        // "(system design round)" is a note on the interview (normalize_question drops it);
        // elsewhere "round" is a word ("How would you round a float?").
        assert_eq!(words("design tinyurl (system design round)"), words("design tinyurl"));
        assert!(
            sim(
                "How would you round a float in Python?",
                "How would you truncate a float in Python?"
            ) < 0.45
        );
        assert_eq!(
            words("How do you conduct user interviews?"),
            words("How do u run a user interview?")
        );
        assert_eq!(
            words("how would you set up an A/B test"),
            words("how would you build an A/B test")
        );
        assert_eq!(
            words("5 rights of med administration"),
            words("5 rights of medication administration")
        );
        assert_eq!(
            words("counsel a patient on a new Rx"),
            words("counsel a patient on a new prescription")
        );
    }

    #[test]
    fn a_comparison_is_not_the_definition_of_what_it_compares() {
        assert!(
            sim(
                "What is Basel III?",
                "What is the difference between Basel II and Basel III?"
            ) < 0.45
        );
        assert!(sim("What is single sourcing?", "single vs sole sourcing") < 0.45);
        assert!(sim("What is a bill of lading?", "Bill of lading vs packing list") < 0.45);
        // Both compare, or the comparing one adds nothing: still one question.
        assert!(sim("What is the difference between TCP and UDP?", "TCP vs UDP") >= 0.45);
        assert!(sim("Explain TCP and UDP", "TCP vs UDP") >= 0.45);
    }

    #[test]
    fn review_cases_of_the_new_rules() {
        // An acronym's words only go when they stand beside it.
        assert_eq!(
            words("How do you use user stories effectively?"),
            ["effect", "stori", "use", "user"]
        );
        // "Pros and cons of X" is not "What is X?"; with two things compared it is the frame.
        assert!(
            sim(
                "What are the pros and cons of microservices?",
                "What are microservices?"
            ) < 0.45
        );
        assert_eq!(
            words("Monolith vs microservices: pros and cons?"),
            words("Monolith vs microservices?")
        );
        // "i.e." is no prefix; plural compounds meet their two words.
        assert!(words("our users, i.e. customers").contains(&"customer".to_string()));
        assert!(sim("What tradeoffs did you make?", "What trade offs did you make?") >= 0.45);
        // A compound written out by shorthand is checked in the first pass as in the full one.
        let (a, b) = (
            f("reverse a string w/o extra memory"),
            f("reverse a string with out extra memory"),
        );
        assert_eq!(similarity(&a, &b), full_similarity(&a, &b));
        assert!(similarity(&a, &b) >= 0.45);
    }

    #[test]
    fn note_taking_shorthand_and_the_company_by_name() {
        assert_eq!(words("num of islands"), words("number of islands"));
        assert_eq!(words("kth largest elem"), words("kth largest element"));
        assert_eq!(words("B2B vs B2C mktg"), words("B2B vs B2C marketing"));
        assert_eq!(words("a difficult pt"), words("a difficult patient"));
        assert_eq!(words("AP vs AR - diff?"), words("AP vs AR - difference?"));
        assert!(sim("How would you increase sales?", "how would u boost sales") >= 0.45);
        assert!(
            sim(
                "What does excellent service mean to you?",
                "what does great service mean to u"
            ) >= 0.45
        );
        assert!(sim("can't resolve a customer's issue", "cant solve a customers problem") >= 0.45);
        // The company asked about by name is "here", and still meets "Why <name>?".
        assert!(sim("why do you want to work at Deloitte?", "Why do you want to work here?") >= 0.45);
        assert!(sim("Why do you want to join BCG?", "Why do you want to work here?") >= 0.45);
        assert!(sim("Why do you want to join BCG?", "Why BCG?") >= 0.45);
        assert!(sim("Why McKinsey?", "Why do you want to work at McKinsey?") >= 0.45);
        // Not a name: an article, or no "why".
        assert!(words("Why do you want to work for a startup?").contains(&"startup".to_string()));
        assert!(!words("What did you work on at Google?").contains(&"company".to_string()));
        // The sequel of a named problem is another problem.
        assert!(sim("Word Break", "word break II") < 0.45);
        assert!(sim("Jump game", "Jump Game II") < 0.45);
        assert!(sim("Word Break II", "word break ii (return all sentences)") >= 0.45);
        // `observer` is no frame word (`observe` is not folded onto `see`).
        assert!(sim("What is the observer pattern?", "explain the observer design pattern") >= 0.45);
        assert!(sim("What is the observer pattern?", "What is the singleton pattern?") < 0.45);
    }

    #[test]
    fn a_kind_noun_left_out_counts_half() {
        assert!(sim("What are the SOLID principles?", "Explain SOLID.") >= 0.45);
        assert!(sim("What is LEED certification?", "Explain LEED") >= 0.45);
        assert!(sim("What is Kerberoasting?", "explain kerberoast attack") >= 0.45);
        // Said by both, it counts whole.
        assert!(
            sim(
                "What is the bullwhip effect?",
                "explain the bullwhip effect in supply chains"
            ) >= 0.45
        );
        // Half of it still counts, and one kind for another is a swap.
        let (solid, alone) = (f("Explain SOLID"), f("What are the SOLID principles?"));
        assert!((similarity(&solid, &alone) - 1.0 / 1.75).abs() < 1e-6);
        assert!(sim("What is the observer pattern?", "What is the observer mechanism?") < 0.45);
    }

    #[test]
    fn the_setting_a_question_closes_on_is_optional() {
        assert!(sim("What is overfitting?", "overfitting in ML?") >= 0.45);
        assert!(sim("What is overfitting?", "overfitting?") > sim("What is overfitting?", "overfitting in ML?"));
        assert!(sim("What are ACID properties?", "what does ACID stand for in DBs") < 0.45); // `stand`
        assert!(
            sim(
                "How do you handle objections?",
                "how do u handle customer objections in sales"
            ) >= 0.45
        );
        assert!(sim("What is volatile used for?", "use of volatile in C") >= 0.45);
        // Named by both, a setting counts whole; two settings are a swap.
        let (shared, alone) = (f("Sort a list in Python"), f("Sort a list"));
        assert!((similarity(&shared, &f("sort the list in python")) - 1.0).abs() < 1e-6);
        // `python`, a field, weighs half, and half of that alone.
        assert!((similarity(&shared, &alone) - 2.0 / 2.25).abs() < 1e-6);
        assert!(sim("What is a closure in JavaScript?", "What is a closure in Python?") < 0.45);
        assert!(sim("Find duplicates", "find duplicates in an array") >= 0.45);
        // Only at the close, one to three words.
        assert_eq!(closing_setting(&["overfitting", "in", "ml"]), 2..3);
        assert_eq!(
            closing_setting(&["handle", "scope", "creep", "on", "a", "project"]),
            4..6
        );
        assert!(
            sim(
                "How do you handle scope creep?",
                "how do you handle scope creep on a project"
            ) >= 0.45
        );
        assert_eq!(closing_setting(&["in", "ml"]), 0..0);
        // A constraint on how is no setting.
        assert_eq!(closing_setting(&["reverse", "array", "in", "place"]), 0..0);
        assert_eq!(closing_setting(&["sort", "in", "o", "n", "time"]), 0..0);
        assert_eq!(closing_setting(&["a", "in", "big", "red", "fast", "car"]), 0..0);
    }

    #[test]
    fn keywords_compared_in_a_list_and_story_follow_ups() {
        assert!(
            sim(
                "What is the difference between var, let and const in JavaScript?",
                "var vs let vs const"
            ) >= 0.45
        );
        assert!(
            sim(
                "What is the difference between WHERE and HAVING?",
                "where vs having in sql"
            ) >= 0.45
        );
        assert!(!words("difference between where and having in sql").contains(&"and".to_string()));
        assert!(
            sim(
                "time you disagreed w/ your boss? what happened",
                "Tell me about a time you disagreed with your manager."
            ) >= 0.45
        );
        assert!(
            sim(
                "why should we hire u over the other candidates",
                "Why should we hire you?"
            ) >= 0.45
        );
    }

    #[test]
    fn opposite_directions_and_other_agents_are_other_questions() {
        assert!(sim("Implement a queue using stacks", "Implement a stack using queues") < 0.45);
        assert!(
            sim(
                "Implement a queue using two stacks.",
                "Implement a stack using two queues."
            ) < 0.45
        );
        assert!(sim("Convert a string to an integer", "convert an integer to a string") < 0.45);
        assert!(sim("Implement a queue using stacks", "implement a queue with 2 stacks") >= 0.45);
        assert!(
            sim(
                "Tell me about a time you made a mistake",
                "Tell me about a time a teammate made a mistake"
            ) < 0.45
        );
        assert!(
            sim(
                "Tell me about a time you persuaded someone",
                "Tell me about a time someone persuaded you to change your mind"
            ) < 0.45
        );
        assert!(
            sim(
                "Tell me about a time when you made a mistake",
                "Describe a situation where you made a mistake"
            ) >= 0.45
        );
        // `your` is still the candidate.
        assert_eq!(
            Agent::of(&["a", "time", "your", "idea", "was", "rejected"]),
            Agent::Unsaid
        );
        assert_eq!(Agent::of(&["time", "complexity"]), Agent::Unsaid);
        // The passive: another persuades the candidate (dev.tsv, seventh session).
        assert_eq!(
            Agent::of(&["a", "time", "you", "were", "persuaded", "to", "change", "your", "mind"]),
            Agent::Other
        );
        assert_eq!(Agent::of(&["a", "time", "you", "were", "wrong"]), Agent::You);
        assert_eq!(
            Agent::of(&["a", "time", "you", "were", "asked", "to", "lead", "a", "project"]),
            Agent::You
        );
        assert_eq!(
            Agent::of(&["a", "time", "you", "were", "criticized", "by", "a", "client"]),
            Agent::Other
        );
        assert!(
            sim(
                "Tell me about a time you persuaded someone.",
                "Tell me about a time you were persuaded to change your mind."
            ) < 0.45
        );
    }

    #[test]
    fn comparisons_deals_and_places() {
        // One wording compares, the other adds a subject: another question.
        assert!(
            sim(
                "What is the difference between a stack and a queue?",
                "implement a queue using 2 stacks"
            ) < 0.45
        );
        // `instead of` compares.
        assert!(sim("PUT vs POST", "When should you use PUT instead of POST in a REST API?") >= 0.45);
        // A deal is a transaction; to deal with is the frame.
        assert!(words("Walk me through a deal on your resume.").contains(&"transact".to_string()));
        assert!(words("How do you close deals?").contains(&"transact".to_string()));
        assert!(sim("How do you deal with stress?", "How do you handle stress?") >= 0.45);
        // Places as written: "the US" is no pronoun.
        assert!(
            sim(
                "How many gas stations are there in the US?",
                "How many gas stations are there in the UK?"
            ) < 0.45
        );
        assert!(
            sim(
                "How many gas stations are there in the US?",
                "how many gas stations in the united states"
            ) >= 0.45
        );
        assert!(
            sim(
                "Estimate the market for e-scooters in NYC",
                "estimate the market for e-scooters in New York City"
            ) >= 0.45
        );
    }

    /// The review's cases (2026-11-27, third session).
    #[test]
    fn the_review_of_the_third_session() {
        assert!(!words("Why does Dijkstra not work for negative weights?").contains(&"company".to_string()));
        assert!(!words("Why is a hash join faster than a nested loop join?").contains(&"company".to_string()));
        assert!(
            sim(
                "migrate a database to Postgres from MySQL",
                "migrate a database from MySQL to Postgres"
            ) >= 0.45
        );
        assert!(sim("Compare Java to Python", "Compare Python to Java") >= 0.45);
        assert!(
            sim(
                "Tell me about a time when a project you led failed",
                "Tell me about a time you led a project that failed"
            ) >= 0.45
        );
        assert!(sim("TCP vs UDP", "Explain TCP and UDP in networking") >= 0.45);
        assert!(words("difference between EXISTS and IN").contains(&"in".to_string()));
        assert!(words("walk me through ur deal").contains(&"transact".to_string()));
        assert!(!words("How does your team deal with conflict").contains(&"transact".to_string()));
    }

    #[test]
    fn or_not_is_no_negation_and_company_is_swapped() {
        assert_eq!(
            words("check whether a given string is palindrome or not"),
            words("check whether a given string is palindrome")
        );
        assert!(words("Why not use a queue?").contains(&"not".to_string()));
        assert!(
            sim(
                "Where do you see this company in 5 years?",
                "Where do you see this industry in five years?"
            ) < 0.45
        );
        assert!(
            sim(
                "Where do you see yourself in 5 years?",
                "Where do you see this company in 5 years?"
            ) < 0.45
        );
        assert!(
            sim(
                "Why do you want to work here?",
                "Why do you want to work for our company?"
            ) >= 0.45
        );
    }

    #[test]
    fn compounds_meet_their_plural_and_more_frames() {
        assert!(sim("What is a blameless postmortem?", "explain blameless post-mortems") >= 0.45);
        assert_eq!(words("What is a zero-day?"), words("What is a 0-day?"));
        assert_eq!(
            words("Why do you want to become a pilot?"),
            words("Why do you want to be a pilot?")
        );
        assert_eq!(
            words("Why did you become a nurse?"),
            words("Why did you became a nurse?")
        );
        assert_eq!(
            words("how does a hashmap work under the hood"),
            words("how does a hashmap work internally")
        );
        assert_eq!(words("HOS rules"), words("HOS regulations"));
    }

    #[test]
    fn irregular_past_tenses_meet_their_base() {
        assert_eq!(
            words("What would you do if a patient fell?"),
            words("What do you do if a patient falls?")
        );
        assert_eq!(words("a time you led a team"), words("a time you lead a team"));
        // A base that is a frame word is left alone (`give` folds into `describe`), so
        // received / gave feedback stay two (`words_fold_frame_synonyms…` checks the pair).
        assert_eq!(words("a time you gave feedback"), ["feedback", "gave", "situation"]);
    }

    #[test]
    fn compared_code_keywords_are_not_stop_words() {
        assert_eq!(words("WHERE vs HAVING"), ["differ", "have", "where"]);
        assert!(
            sim(
                "What is the difference between WHERE and HAVING?",
                "WHERE vs HAVING clause in SQL"
            ) >= 0.45
        );
        assert!(sim("WHERE vs HAVING", "GROUP BY vs HAVING") < 0.45);
        // Articles are not compared: "between a process and a thread".
        assert_eq!(
            words("difference between a process and a thread"),
            ["differ", "process", "thread"]
        );
    }

    #[test]
    fn more_shorthand_of_the_trade() {
        assert!(
            sim(
                "What is the difference between authentication and authorization?",
                "AuthN vs AuthZ?"
            ) >= 0.45
        );
        assert!(sim("How does backpropagation work?", "explain backprop") >= 0.45);
        assert!(
            sim(
                "What is the difference between Docker and a virtual machine?",
                "docker vs VMs"
            ) >= 0.45
        );
        // The plural of an acronym spells the words of its singular.
        assert!(sim("Explain CNNs", "Explain convolutional neural networks") >= 0.45);
        assert!(sim("How do you fix a CORS error", "how to resolve cors errors") >= 0.45);
    }

    #[test]
    fn time_is_the_frame_only_in_a_time_when() {
        assert_eq!(
            words("Describe a time something went wrong"),
            words("Describe a situation where something went wrong")
        );
        assert_eq!(words("What is a time zone?"), ["time", "zone"]);
        assert_eq!(
            words("Tell me about a time you failed"),
            words("Describe a situation where you failed")
        );
        assert_eq!(words("the last time you disagreed"), ["conflict", "last", "situation"]);
        assert_eq!(
            words("What is the time complexity of quicksort?"),
            ["complex", "quicksort", "time"]
        );
        assert!(
            sim(
                "What is the time complexity of quicksort?",
                "What is the space complexity of quicksort?"
            ) < 0.45
        );
        assert!(sim("How do you reduce time-to-hire?", "How do you reduce cost-per-hire?") < 0.45);
        assert!(
            sim(
                "How would you reduce shipping costs?",
                "How would you reduce shipping times?"
            ) < 0.45
        );
    }

    #[test]
    fn problem_statements_and_behavioural_verbs_are_frame() {
        assert_eq!(
            words("Describe a time you showed leadership."),
            words("tell me about a time when you demonstrated leadership")
        );
        let frame = |q: &str| -> Vec<String> {
            f(q).words
                .iter()
                .filter(|w| w.weight == FRAME_WEIGHT)
                .map(|w| w.text.to_string())
                .collect::<std::collections::BTreeSet<String>>()
                .into_iter()
                .collect()
        };
        assert_eq!(
            frame("Given a string of brackets, determine whether the parentheses are valid"),
            ["determin", "given", "whether"]
        );
        assert_eq!(
            frame("Given an array of strings, group the anagrams together."),
            ["given", "togeth"]
        );
        assert_eq!(words("which CRMs have you used"), ["crm", "use"]);
        assert_eq!(words("design a chat app"), words("design a chat application"));
        // Still apart: a word swapped.
        assert!(
            sim(
                "Tell me about a time you received negative feedback.",
                "Tell me about a time you gave negative feedback."
            ) < 0.45
        );
    }

    #[test]
    fn subjects_said_in_other_words_fold() {
        assert_eq!(
            words("What is your greatest weakness?"),
            words("What's your biggest weakness?")
        );
        assert_eq!(
            words("How do you handle an upset customer?"),
            words("How do you deal with an angry client?")
        );
        assert!(sim("How do you prevent overfitting?", "How do you avoid overfitting?") >= 0.9);
        // Opposites stay apart.
        assert!(sim("What is your greatest strength?", "What is your greatest weakness?") < 0.45);
    }

    #[test]
    fn shorthand_of_the_trade_is_spelled_out() {
        assert_eq!(
            words("How do you debug perf issues in prod?"),
            words("How do you debug performance issues in production?")
        );
        assert_eq!(
            words("What is CI/CD?"),
            words("What is continuous integration / continuous delivery?")
        );
        assert_eq!(words("eng mgr"), words("engineering manager"));
        assert_eq!(words("What does a PM do?"), words("What does a product manager do?"));
        assert_eq!(
            words("How do you work with QA?"),
            words("How do you work with quality assurance?")
        );
    }

    #[test]
    fn least_turns_a_question_around() {
        assert!(sim("What is your favorite product?", "What is your least favorite product?") < 0.45);
    }

    #[test]
    fn a_compound_meets_its_half_when_the_other_half_is_a_filler_word() {
        // `quick` is dropped as a filler ("a quick question"), `sort` is left.
        assert!(
            sim(
                "What is the time complexity of quicksort?",
                "time complexity of quick sort??"
            ) >= 0.9
        );
    }

    #[test]
    fn acronyms_are_matched_as_written_and_through_linking_words() {
        // The stemmer makes `ats` `at`.
        assert!(
            sim(
                "What is your experience with ATS?",
                "What experience do you have with applicant tracking systems?"
            ) >= 0.7
        );
        assert!(sim("What is Infrastructure as Code?", "explain IaC") >= 0.8);
        // `just` is a filler: the run leaves one word.
        assert!(sim("What is just-in-time inventory?", "Explain JIT inventory") >= 0.8);
    }

    #[test]
    fn a_product_described_before_like_is_the_product() {
        let weight = |q: &str, w: &str| f(q).words.iter().find(|x| &*x.text == w).map(|x| x.weight);
        let q = "Design a video streaming platform like YouTube";
        assert_eq!(weight(q, "video"), Some(SHORT_WEIGHT));
        assert_eq!(weight(q, "stream"), Some(SHORT_WEIGHT));
        assert_eq!(weight(q, "youtub"), Some(1.0));
        assert_eq!(
            weight("Design a messaging system such as WhatsApp", "chat"),
            Some(SHORT_WEIGHT)
        );
        assert!(sim("Design YouTube", q) >= 0.45);
        // Only after a verb of building, and only with a name after `like`.
        assert_eq!(weight("What do you like about video streaming?", "video"), Some(1.0));
        assert_eq!(weight("Design a video streaming platform like", "video"), Some(1.0));
        // Two products of one company are two questions.
        assert!(
            sim(
                "Design a chat system like Slack",
                "Design a notification system like Slack"
            ) < 0.45
        );
    }

    #[test]
    fn frame_words_weigh_less() {
        let q = f("Explain polymorphism");
        let weight = |t: &str| q.words.iter().find(|w| &*w.text == t).unwrap().weight;
        assert_eq!(weight("describe"), FRAME_WEIGHT);
        assert_eq!(weight("polymorph"), 1.0);
        assert_eq!(q.total, 1.25);
    }

    #[test]
    fn rewordings_are_similar_and_distinct_questions_are_not() {
        assert!(
            sim(
                "Explain the difference between REST and SOAP APIs.",
                "What's the difference between REST and SOAP?"
            ) > 0.7
        );
        assert!(
            sim(
                "REST vs SOAP – differences?",
                "What's the difference between REST and SOAP?"
            ) > 0.9
        );
        assert!(sim("Explain polymorphism", "Explain polymorphsim") > 0.9);
        assert!(sim("Reverse a linked list", "Detect a cycle in a linked list") < 0.5);
        assert!(sim("Tell me about yourself", "Tell me about a time you failed") < 0.3);
        assert!(
            sim(
                "What is the difference between TCP and UDP?",
                "What is the difference between a process and a thread?"
            ) < 0.2
        );
        assert!(sim("What are your strengths?", "What are your weaknesses?") < 0.1);
    }

    /// The first pass only ends pairs that cannot reach a threshold: on every labelled pair
    /// and every pair of their wordings, it agrees with the full comparison.
    #[test]
    fn the_first_pass_never_decides_a_pair_the_full_comparison_would_join() {
        let mut questions: Vec<String> = Vec::new();
        for file in ["dev.tsv", "holdout.tsv"] {
            let path = format!("{}/tests/fixtures/question_pairs/{file}", env!("CARGO_MANIFEST_DIR"));
            for line in std::fs::read_to_string(path).unwrap().lines().skip(1) {
                if line.starts_with('#') || line.trim().is_empty() {
                    continue;
                }
                questions.extend(line.split('\t').skip(1).map(str::to_string));
            }
        }
        questions.sort();
        questions.dedup();
        assert!(questions.len() > 1000, "{}", questions.len());
        let features: Vec<Features> = questions.iter().map(|q| f(q)).collect();
        let floor = super::super::THRESHOLD.min(super::super::LINK_THRESHOLD);
        let (mut decided_early, mut joinable) = (0, 0);
        for a in &features {
            for b in &features {
                let (fast, full) = (similarity(a, b), full_similarity(a, b));
                if full >= floor {
                    joinable += 1;
                    assert_eq!(fast, full, "{} | {}", a.text, b.text);
                } else {
                    assert!(fast < floor, "{} | {}: {fast} {full}", a.text, b.text);
                    decided_early += usize::from(fast != full);
                }
            }
        }
        assert!(joinable > 1000 && decided_early > 10_000, "{joinable} {decided_early}");
    }

    #[test]
    fn compounds_match_two_neighbouring_words() {
        assert!(
            sim(
                "What are the tradeoffs of microservices?",
                "What are the trade offs of microservices?"
            ) >= 0.9
        );
        assert!(sim("Explain the postmortem process", "Explain the post mortem process") >= 0.9);
        // The same letters in two words far apart are not the compound.
        let apart = sim("Explain the postmortem process", "Explain the mortem process post");
        assert!(apart < 0.5, "{apart}");
    }

    #[test]
    fn typo_matching_survives_the_letter_filter() {
        // One substitution of a letter not otherwise in the word changes two letters of the set.
        assert!(sim("Explain polymorphism", "Explain polymorphizm") >= 0.9);
        assert!(sim("Explain polymorphism", "Explain polymorphsim") >= 0.9);
        assert!(sim("Explain Kubernetes operators", "Explain Kubernetez operatorz") >= 0.9);
        assert!(sim("Explain the Müller method", "Explain the Mūller method") >= 0.9);
        // Three letters changed in a short word is another word.
        assert!(sim("Explain recursion", "Explain regression") < 0.45);
    }

    #[test]
    fn typo_matches_are_not_cut_off_by_the_first_pass() {
        // No word in common until the typo matches, which also takes its weight off the
        // union: 1 / (3.25 - 1) = 0.44. An earlier bound that ignored the union shrinking
        // gave up on this pair at 1.25 / 3.25 = 0.38.
        let s = sim("Explain polymorphism", "polymorphsim tips");
        assert!((s - 1.0 / 2.25).abs() < 1e-6, "{s}");
    }

    #[test]
    fn the_task_verb_after_how_would_you_is_a_subject() {
        // Seen on a generated corpus: the frame verb made these one question.
        assert!(
            sim(
                "How would you explain a global data pipeline?",
                "How would you test a global data pipeline?"
            ) < 0.45
        );
        assert!(
            sim(
                "How would you explain a global data pipeline?",
                "How would you describe a global data pipeline?"
            ) > 0.9
        );
        assert!(sim("How do you handle conflict?", "How would you deal with a conflict?") > 0.9);
        assert!(words("How do you handle criticism")
            .iter()
            .all(|w| !w.starts_with("task:")));
        assert!(words("How would you test it").iter().all(|w| !w.starts_with("task:")));
        assert!(words("How to explain recursion to a child").contains(&"task:describe".to_string()));
    }

    #[test]
    fn similarity_is_symmetric_and_bounded() {
        let qs = [
            "Reverse a linked list",
            "Explain polymorphsim",
            "",
            "Tell me about yourself",
            "REST vs SOAP",
        ];
        for a in qs {
            for b in qs {
                let (x, y) = (sim(a, b), sim(b, a));
                assert!((x - y).abs() < 1e-6, "{a} / {b}: {x} vs {y}");
                assert!((0.0..=1.0).contains(&x));
            }
            assert_eq!(sim(a, a), 1.0);
        }
    }

    #[test]
    fn edits() {
        assert!(within_edits("polymorphism", "polymorphsim", 1));
        assert!(within_edits("recursion", "recurson", 1));
        assert!(!within_edits("strength", "weakness", 2));
        assert!(!within_edits("thread", "bread", 1)); // first letter differs
        assert!(within_edits("kubernetes", "kubernets", 2));
    }

    #[test]
    fn stems() {
        for (w, s) in [
            ("failed", "fail"),
            ("failure", "fail"),
            ("failing", "fail"),
            ("fails", "fail"),
            ("handled", "handl"),
            ("handle", "handl"),
            ("handling", "handl"),
            ("programming", "program"),
            ("queries", "queri"),
            ("query", "queri"),
            ("process", "process"),
            ("analysis", "analysi"),
            ("apis", "api"),
        ] {
            assert_eq!(stem(w), s, "{w}");
        }
    }
}
