//! The multi-pattern matcher: one Aho-Corasick automaton over the folded
//! aliases of every lexicon, with whole-word, exact-case and per-lane
//! leftmost-longest selection on top.
//!
//! Each signal is a *lane*. Within a lane, the longest match wins
//! ("trade war" over "war", "Democratic Republic of the Congo" over "Congo");
//! across lanes, matches are independent, so "minerals-for-security deal"
//! is at once a minerals hit ("minerals") and an involvement cue ("minerals
//! for security"). Every whole-word occurrence is a candidate, so a rejected
//! long match (not a whole word) never hides a valid shorter one.
//!
//! The automaton is not run over every byte: anchored walks start at the
//! word starts that the first-word index lets through (see
//! [`crate::first_words`] and `DESIGN.md`, section 3).

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use crate::error::{BuildError, BuildErrorKind};
use crate::first_words::{word_len, FirstWords, Found, Next};
use crate::lexicon::Alias;
use crate::text::{ends_word, starts_word, Folded, FOLD_BYTE};

/// What one pattern stands for: an alias in a lane.
#[derive(Clone, Debug)]
struct Target {
    alias: u32,
    lane: u8,
    /// For exact-case aliases, the form the original text must equal.
    exact: Option<Box<str>>,
}

/// A compiled matcher.
#[derive(Clone, Debug)]
pub(crate) struct Matcher {
    /// Anchored automaton over the folded patterns: walked from word starts.
    ac: NFA,
    /// The automaton's anchored start state.
    start: StateID,
    /// Bytes other than ASCII letters and digits that begin some pattern
    /// (punctuation, a non-ASCII letter); usually none.
    first_byte: [bool; 256],
    /// The first words of the patterns.
    words: FirstWords,
    /// `targets[first[p]..first[p + 1]]` are pattern `p`'s targets.
    first: Vec<u32>,
    targets: Vec<Target>,
}

/// A match of an alias, in bytes of the scanned text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) alias: u32,
    pub(crate) lane: u8,
    pub(crate) start: u32,
    pub(crate) end: u32,
}

/// Per-thread scratch space, reused across scans.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    folded: Folded,
    candidates: Vec<Hit>,
}

impl Scratch {
    /// Heap bytes held.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.folded.heap_bytes() + self.candidates.capacity() * std::mem::size_of::<Hit>()
    }
}

impl Matcher {
    /// Compiles the aliases; `lane_of` gives each alias its lane.
    ///
    /// # Errors
    ///
    /// When the automaton cannot be built (too many patterns).
    pub(crate) fn new(aliases: &[Alias], lane_of: impl Fn(&Alias) -> u8) -> Result<Matcher, BuildError> {
        let mut order: Vec<u32> = (0..aliases.len() as u32).collect();
        order.sort_by(|a, b| aliases[*a as usize].folded.cmp(&aliases[*b as usize].folded));
        let mut patterns: Vec<&str> = Vec::new();
        let mut first = Vec::new();
        let mut targets = Vec::with_capacity(aliases.len());
        for i in order {
            let alias = &aliases[i as usize];
            if patterns.last() != Some(&alias.folded.as_str()) {
                patterns.push(&alias.folded);
                first.push(targets.len() as u32);
            }
            let exact = alias.exact.then(|| alias.text.clone().into_boxed_str());
            targets.push(Target { alias: i, lane: lane_of(alias), exact });
        }
        first.push(targets.len() as u32);
        let too_large = |e: &dyn std::fmt::Display| {
            BuildError::new("<matcher>", 0, BuildErrorKind::TooLarge(e.to_string()))
        };
        let ac = NFA::builder()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(&patterns)
            .map_err(|e| too_large(&e))?;
        let start = ac.start_state(Anchored::Yes).map_err(|e| too_large(&e))?;
        let mut first_byte = [false; 256];
        for b in patterns.iter().filter_map(|p| p.bytes().next()).filter(|b| !b.is_ascii_alphanumeric()) {
            first_byte[b as usize] = true;
        }
        let words = FirstWords::new(&patterns, &ac, start);
        Ok(Matcher { ac, start, first_byte, words, first, targets })
    }

    /// Heap bytes held: the automaton, the first-word index and the
    /// pattern targets.
    pub(crate) fn memory_usage(&self) -> usize {
        self.ac.memory_usage()
            + self.words.heap_bytes()
            + self.targets.len() * std::mem::size_of::<Target>()
            + self.first.len() * 4
    }

    /// Finds every alias in `text` and appends the hits, as byte spans of
    /// `text`, to `out` sorted by lane then start.
    pub(crate) fn scan(&self, text: &str, scratch: &mut Scratch, out: &mut Vec<Hit>) {
        let Scratch { folded, candidates } = scratch;
        // ASCII folds byte for byte, offsets unchanged: the walk folds it as
        // it reads ([`FOLD_BYTE`]), with no copy and no offset map.
        let ascii = text.is_ascii();
        if !ascii {
            folded.fold(text);
        }
        let hay = if ascii { text } else { folded.as_str() };
        let span = |s: usize, e: usize| if ascii { (s, e) } else { folded.original_span(s, e) };
        candidates.clear();
        // In all-caps text ("CHINA SEEKS ...") case says nothing, so an
        // exact alias with lower-case letters matches its upper-case form.
        let mut all_caps: Option<bool> = None;
        self.whole_words(hay, |start, end, p| {
            let range = self.first[p] as usize..self.first[p + 1] as usize;
            let mut original = None;
            for t in &self.targets[range] {
                if let Some(exact) = &t.exact {
                    let (s, e) = *original.get_or_insert_with(|| span(start, end));
                    let slice = &text[s..e];
                    if slice != &**exact
                        && !(is_upper_form(slice, exact)
                            && *all_caps.get_or_insert_with(|| is_all_caps(text)))
                    {
                        continue;
                    }
                }
                candidates.push(Hit { alias: t.alias, lane: t.lane, start: start as u32, end: end as u32 });
            }
        });
        // Per lane, leftmost-longest; hits with the very same span (one weak
        // alias of several actors) are all kept.
        candidates.sort_unstable_by_key(|h| (h.lane, h.start, std::cmp::Reverse(h.end), h.alias));
        let mut last: Option<Hit> = None;
        for h in candidates.iter() {
            let keep = match last {
                Some(l) if l.lane == h.lane => h.start >= l.end || (h.start == l.start && h.end == l.end),
                _ => true,
            };
            if keep {
                let (s, e) = span(h.start as usize, h.end as usize);
                out.push(Hit { start: s as u32, end: e as u32, ..*h });
                last = Some(*h);
            }
        }
    }

    /// Calls `found(start, end, pattern)` for every pattern occurrence in
    /// `hay` that is a whole word, by start.
    ///
    /// Only word starts can begin a whole-word match, so instead of running
    /// the automaton over every byte, each word is looked up in the
    /// first-word index, and an anchored walk goes on from the state after
    /// the words that begin some pattern, to the first dead state: most
    /// walks are a few bytes long, whatever the lexicon's size.
    fn whole_words(&self, hay: &str, mut found: impl FnMut(usize, usize, usize)) {
        let bytes = hay.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let next = if b.is_ascii_alphanumeric() {
                // A pattern matching here as a whole word begins with this
                // very word: most words are turned away unwalked, the others
                // skip ahead to the state after them.
                let len = word_len(&bytes[i..]);
                if let Some(first) = self.words.find(&bytes[i..], len) {
                    // The byte before is not an ASCII letter or digit (it
                    // would be part of this word): only a non-ASCII one
                    // needs a look.
                    if i == 0 || bytes[i - 1].is_ascii() || starts_word(hay, i) {
                        self.walk_from_word(hay, i, len, &first, &mut found);
                    }
                }
                i + len
            } else {
                // Patterns that begin with punctuation or a non-ASCII letter.
                // (Gaps are mostly one space: skipping them eight bytes at a
                // time measured 7% slower.)
                if self.first_byte[b as usize] && starts_word(hay, i) {
                    self.walk(hay, i, i, self.start, &mut found);
                }
                i + 1
            };
            i = next;
        }
    }

    /// Calls `found` for the whole-word matches that start with the word
    /// `hay[s..s + len]`, found in the first-word index.
    fn walk_from_word(
        &self,
        hay: &str,
        s: usize,
        len: usize,
        first: &Found,
        found: &mut impl FnMut(usize, usize, usize),
    ) {
        if len > 8 {
            // The index holds the state after eight bytes: walk the rest.
            return self.walk(hay, s, s + 8, first.state, found);
        }
        let (sid, end) = (first.state, s + len);
        if self.ac.is_match(sid) && ends_word(hay, end) {
            self.matches_at(s, end, sid, found);
        }
        let walk_on = match first.next {
            Next::Nothing => false,
            Next::Word => self.words.may_follow(first, &hay.as_bytes()[s..]),
            Next::Anything => true,
        };
        if walk_on {
            self.walk(hay, s, end, sid, found);
        }
    }

    /// Calls `found` for the whole-word matches that start at `s` and end
    /// after `at`, given the state `sid` reached after `hay[s..at]`.
    fn walk(
        &self,
        hay: &str,
        s: usize,
        mut at: usize,
        mut sid: StateID,
        found: &mut impl FnMut(usize, usize, usize),
    ) {
        let bytes = hay.as_bytes();
        while let Some(&b) = bytes.get(at) {
            sid = self.ac.next_state(Anchored::Yes, sid, FOLD_BYTE[b as usize]);
            at += 1;
            if self.ac.is_special(sid) {
                if self.ac.is_dead(sid) {
                    return;
                }
                if self.ac.is_match(sid) && ends_word(hay, at) {
                    self.matches_at(s, at, sid, found);
                }
            }
        }
    }

    /// Calls `found` for the patterns of match state `sid` that span
    /// `s..end`.
    fn matches_at(&self, s: usize, end: usize, sid: StateID, found: &mut impl FnMut(usize, usize, usize)) {
        for i in 0..self.ac.match_len(sid) {
            let p = self.ac.match_pattern(sid, i);
            // Match sets also hold shorter patterns ending here that start
            // later; those are found from their own start.
            if self.ac.pattern_len(p) == end - s {
                found(s, end, p.as_usize());
            }
        }
    }
}

/// Is `slice` the upper-case form of an alias that has lower-case letters?
fn is_upper_form(slice: &str, alias: &str) -> bool {
    alias.chars().any(char::is_lowercase) && slice.chars().eq(alias.chars().flat_map(char::to_uppercase))
}

/// Does `text` have letters, all of them upper case?
fn is_all_caps(text: &str) -> bool {
    let mut letters = text.chars().filter(|c| c.is_alphabetic());
    letters.clone().next().is_some() && letters.all(|c| !c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn matcher(src: &str) -> (Lexicon, Matcher) {
        let lex = Lexicon::parse("t.lex", src).unwrap();
        let m = Matcher::new(&lex.aliases, |a| {
            lex.entries[a.entry].category.as_deref().map_or(0, |c| c.len() as u8)
        })
        .unwrap();
        (lex, m)
    }

    fn found(lex: &Lexicon, m: &Matcher, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        m.scan(text, &mut Scratch::default(), &mut out);
        out.sort_by_key(|h| (h.start, h.lane));
        out.iter()
            .map(|h| {
                format!(
                    "{}={}",
                    lex.entries[lex.aliases[h.alias as usize].entry].id,
                    &text[h.start as usize..h.end as usize]
                )
            })
            .collect()
    }

    #[test]
    fn traps() {
        let (lex, m) = matcher(
            "@signal conflict\nwar cat=a w=1 : war\ntw cat=a w=1 : trade war\nus cat=b w=1 : =US\ndrc cat=b w=1 : Democratic Republic of the Congo\ncongo cat=b w=1 : Congo\nniger cat=b w=1 : Niger\nmali cat=b w=1 : Mali\noman cat=b w=1 : Oman\nshab cat=b w=1 : al-Shabaab\nmin cat=cc w=1 : minerals\nmfs cat=ccc w=1 : minerals for security\nchina cat=b w=1 : =China\netats cat=b w=1 : États-Unis\n",
        );
        let cases: &[(&str, &str, &[&str])] = &[
            ("software", "Software firms", &[]),
            ("trade war beats war", "a trade war and a war", &["tw=trade war", "war=war"]),
            ("us lower", "tell us more", &[]),
            ("exact title case in all caps", "CHINA AND US SIGN PACT", &["china=CHINA", "us=US"]),
            ("exact title case in mixed case", "fine china. CHINA", &[]),
            ("US upper", "the US said", &["us=US"]),
            (
                "longest country",
                "the Democratic Republic of the Congo",
                &["drc=Democratic Republic of the Congo"],
            ),
            ("niger not nigeria", "Nigeria and Niger", &["niger=Niger"]),
            ("mali not somalia", "Somalia, Mali", &["mali=Mali"]),
            ("oman not woman", "a woman in Oman", &["oman=Oman"]),
            ("hyphen space", "al Shabaab and Al-Shabaab", &["shab=al Shabaab", "shab=Al-Shabaab"]),
            ("possessive", "Congo's army", &["congo=Congo"]),
            ("curly possessive", "Congo’s army", &["congo=Congo"]),
            ("lanes overlap", "a minerals-for-security deal", &["min=minerals", "mfs=minerals-for-security"]),
            ("accents", "les ÉTATS-UNIS et les Etats-Unis", &["etats=ÉTATS-UNIS", "etats=Etats-Unis"]),
        ];
        for (name, text, want) in cases {
            assert_eq!(found(&lex, &m, text), *want, "{name}");
        }
    }
}

#[cfg(test)]
mod equivalence {
    //! The word-start walks against the definition: every pattern, at every
    //! position, kept when it is a whole word.

    use super::*;
    use crate::lexicon::Lexicon;
    use proptest::prelude::*;

    /// Patterns that nest ("war", "war crime", "trade war"), share first
    /// words, end in punctuation ("u.s."), run past eight bytes
    /// ("internationale") or start with a non-ASCII letter ("москва") or with
    /// punctuation ("'ndrangheta").
    const LEXICON: &str = "@signal conflict\n\
        a cat=a w=1 : war\nb cat=a w=1 : war crime\nc cat=a w=1 : trade war\n\
        d cat=a w=1 : u.s.\ne cat=a w=1 : u.s. army\nf cat=a w=1 : internationale\n\
        g cat=a w=1 : internationales brigades\nh cat=a w=1 : москва\ni cat=a w=1 : the hague\n\
        j cat=a w=1 : 9 mm\nk cat=a w=1 : al shabaab\nl cat=a w=1 : co.\nm cat=a w=1 : war zone\n\
        n cat=a w=1 : x ölçü\no cat=a w=1 : internationale x\np cat=a w=1 : war, peace\n\
        q cat=a w=1 : 'ndrangheta\n";

    const WORDS: &[&str] = &[
        "war",
        "War",
        "WAR",
        "crime",
        "crimes",
        "trade",
        "u.s.",
        "U.S.",
        "u",
        "s",
        "army",
        "internationale",
        "internationales",
        "brigades",
        "ölçü",
        "ÖLÇÜ",
        "москва",
        "МОСКВА",
        "'ndrangheta",
        "ndrangheta",
        "é",
        "the",
        "hague",
        "9",
        "mm",
        "al",
        "Al",
        "shabaab",
        "x",
        "co",
        "CO",
        "zone",
        "peace",
    ];
    const SEPARATORS: &[&str] = &[" ", " ", "-", "  ", ".", ", ", "\n", "\t", "—", "'", "’s ", ""];

    fn naive(patterns: &[String], hay: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for s in (0..hay.len()).filter(|&s| hay.is_char_boundary(s) && starts_word(hay, s)) {
            let mut at_s: Vec<(usize, usize, usize)> = patterns
                .iter()
                .filter(|p| hay[s..].starts_with(p.as_str()) && ends_word(hay, s + p.len()))
                .map(|p| (s, s + p.len(), patterns.binary_search(p).unwrap_or(usize::MAX)))
                .collect();
            at_s.sort();
            out.extend(at_s);
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn walks_find_exactly_the_whole_word_occurrences(
            picks in proptest::collection::vec((0..WORDS.len(), 0..SEPARATORS.len()), 0..24),
            ascii_starts_only in any::<bool>(),
        ) {
            // With or without patterns that begin with a non-ASCII letter
            // ("москва") or punctuation ("'ndrangheta").
            let other = |l: &&str| l.starts_with('h') || l.starts_with('q');
            let lines: Vec<&str> = LEXICON.lines().filter(|l| !(ascii_starts_only && other(l))).collect();
            let lex = Lexicon::parse("t.lex", &(lines.join("\n") + "\n")).unwrap();
            let m = Matcher::new(&lex.aliases, |_| 0).unwrap();
            prop_assert_eq!(m.first_byte.contains(&true), !ascii_starts_only);
            let mut patterns: Vec<String> = lex.aliases.iter().map(|a| a.folded.clone()).collect();
            patterns.sort();
            patterns.dedup();
            let text: String = picks.iter().flat_map(|&(w, s)| [WORDS[w], SEPARATORS[s]]).collect();
            let mut folded = Folded::default();
            folded.fold(&text);
            let hay = folded.as_str();
            // As `scan` does: ASCII text is read unfolded.
            let read = if text.is_ascii() { text.as_str() } else { hay };
            let mut got = Vec::new();
            m.whole_words(read, |s, e, p| got.push((s, e, p)));
            got.sort();
            prop_assert_eq!(got, naive(&patterns, hay), "{:?}", text);
        }
    }
}
