//! Cue frames: where the source and the target of an involvement cue sit in
//! its sentence, read from the words around it without a parser.
//!
//! The words themselves (prepositions that put a target or an agent after
//! them, words that open a new clause, how far to look) are knowledge, in
//! the `frame` statements of `data/scoring.rules`; this module holds the
//! mechanism. Every look is bounded in words and bytes, so the cost per
//! mention is constant whatever the sentence.

use rustc_hash::FxHashMap;

use crate::text::floor_char_boundary;

/// What a frame word does; a word can do several things.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A preposition after which a mention is acted on ("sanctions on Iran").
    Target = 1 << 0,
    /// A preposition after which a mention is the actor ("backed by Rwanda").
    Agent = 1 << 1,
    /// A target preposition that also places an event ("in Gaza", "au
    /// Mali"): a mention after one, before a cue, is the cue's scene.
    Locative = 1 << 2,
    /// Opens a new clause ("while", "but"): a cue's source and target stay
    /// inside its clause.
    Clause = 1 << 3,
    /// Joins two mentions into one slot ("and", "et").
    Join = 1 << 4,
    /// Skipped when counting words ("the", "l'").
    Determiner = 1 << 5,
    /// After a mention, makes it the recipient of the cue that follows
    /// ("provided Ukraine with jets").
    Recipient = 1 << 6,
    /// A reciprocal verb: a list of actors before it act on each other
    /// ("Israel and Iran exchanged strikes").
    Reciprocal = 1 << 7,
    /// A giving verb: a mention right after it and right before a cue is
    /// the cue's indirect object ("offered Moldova security guarantees").
    Giving = 1 << 8,
    /// A genitive ("of", "du"): right after a cue, what follows names its
    /// owner or its object, as the cue says (`of=` in the lexicon).
    Genitive = 1 << 9,
    /// Opens a relative clause ("that", "qui"): after a cue, what follows
    /// describes the cue; it names no target.
    Relative = 1 << 10,
}

impl Kind {
    /// Every kind with its name in `frame` statements.
    pub(crate) const NAMES: [(&'static str, Kind); 11] = [
        ("target", Kind::Target),
        ("agent", Kind::Agent),
        ("locative", Kind::Locative),
        ("clause", Kind::Clause),
        ("join", Kind::Join),
        ("determiner", Kind::Determiner),
        ("recipient", Kind::Recipient),
        ("reciprocal", Kind::Reciprocal),
        ("giving", Kind::Giving),
        ("genitive", Kind::Genitive),
        ("relative", Kind::Relative),
    ];
}

/// The frame words, from the `frame` statements of the rules file.
#[derive(Clone, Debug)]
pub(crate) struct Frames {
    /// Lowercase words of up to eight bytes, packed into a `u64` (see
    /// [`packed`]), with the kinds they have: one hash lookup per word read,
    /// whatever the number of kinds, on an integer (a binary search over
    /// the sorted words cost three times as many instructions, in string
    /// compares; a hash of the bytes twice as many as the integer).
    short: FxHashMap<u64, u16>,
    /// Longer lowercase words with their kinds.
    long: FxHashMap<Box<[u8]>, u16>,
    /// Per ASCII first letter (lowercase), the kinds of the words that
    /// begin with it: a word read for one kind is settled without a lookup
    /// when no word of that kind begins with its letter (a clause check
    /// reads every word between a cue and a mention).
    initials: [u16; 128],
    /// How many words a preposition may stand before its mention
    /// ("on imports of certain Japanese goods").
    pub(crate) reach_words: usize,
    /// How far (bytes) a cue looks for its source and target.
    pub(crate) reach_bytes: usize,
    /// How many words may stand between a cue and its direct object
    /// ("destroyed an Iranian oil platform": one, "an" not counted).
    pub(crate) direct_words: usize,
}

impl Default for Frames {
    fn default() -> Frames {
        Frames {
            short: FxHashMap::default(),
            long: FxHashMap::default(),
            initials: [0; 128],
            reach_words: 0,
            reach_bytes: 0,
            direct_words: 0,
        }
    }
}

/// The longest frame word, in bytes: longer words are looked up by no one.
const MAX_WORD: usize = 24;

/// A word of one to eight bytes as an integer: its bytes, little-endian,
/// zero-padded (no word holds a zero byte, so no two words share a key).
fn packed(word: &[u8]) -> Option<u64> {
    let mut buf = [0u8; 8];
    buf.get_mut(..word.len()).filter(|_| !word.is_empty())?.copy_from_slice(word);
    Some(u64::from_le_bytes(buf))
}

/// What the words before a mention make of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lead {
    /// No frame word: a subject, or a mention in passing.
    Plain,
    /// After a target preposition: acted on, or where events happen.
    Object,
    /// After a locative preposition ("in", "au"): where events happen, also
    /// acted on.
    Locative,
    /// After an agent preposition: the actor of a passive or an origin.
    Agent,
    /// Right after a genitive word that follows a cue ("troops of Rwanda",
    /// "l'invasion de l'Ukraine").
    Genitive,
    /// Right after the cue at this byte offset (its end), within the reach:
    /// the cue's direct object ("invaded Kuwait", "an Iranian platform").
    Direct(u32),
    /// Joined to the mention ending at this byte offset by "and" or a comma:
    /// it shares that mention's slot.
    Joined(u32),
}

/// A token read backwards from a position.
enum Token<'t> {
    Word(&'t str),
    /// Punctuation that closes a phrase (comma) or a clause (`;`, `:`, a dash
    /// or a bracket).
    Stop {
        clause: bool,
    },
}

impl Frames {
    /// Adds `word` (lowercased) with `kind`.
    pub(crate) fn add(&mut self, kind: Kind, word: &str) {
        let word = word.to_lowercase().into_bytes();
        if let Some(&b) = word.first().filter(|b| b.is_ascii()) {
            self.initials[usize::from(b)] |= kind as u16;
        }
        *match packed(&word) {
            Some(key) => self.short.entry(key).or_default(),
            None => self.long.entry(word.into_boxed_slice()).or_default(),
        } |= kind as u16;
    }

    /// Whether any word has `kind`.
    pub(crate) fn has_kind(&self, kind: Kind) -> bool {
        self.short.values().chain(self.long.values()).any(|k| k & kind as u16 != 0)
    }

    /// Whether `word`, in any case, has `kind`.
    fn is(&self, word: &str, kind: Kind) -> bool {
        self.kinds_of(word, kind as u16) != 0
    }

    /// The kinds of `word` among `kinds`, in any case.
    fn kinds_of(&self, word: &str, kinds: u16) -> u16 {
        match word.as_bytes().first() {
            Some(&b) if b.is_ascii() && self.initials[usize::from(b.to_ascii_lowercase())] & kinds == 0 => 0,
            _ => self.kinds(word) & kinds,
        }
    }

    /// The kinds of `word`, in any case (0 for no frame word).
    fn kinds(&self, word: &str) -> u16 {
        let bytes = word.as_bytes();
        if bytes.len() <= 8 && bytes.is_ascii() {
            // The key `packed` makes of its lower case, packed in place: no
            // buffer, no copy (this runs for every word a frame reads; a copy
            // into a buffer took half its time).
            let key = bytes.iter().rev().fold(0, |key, b| key << 8 | u64::from(b.to_ascii_lowercase()));
            return self.short.get(&key).copied().unwrap_or(0);
        }
        let mut buf = [0u8; MAX_WORD];
        let lower: std::borrow::Cow<'_, [u8]> = if word.len() <= MAX_WORD && word.is_ascii() {
            buf[..word.len()].copy_from_slice(bytes);
            buf[..word.len()].make_ascii_lowercase();
            std::borrow::Cow::Borrowed(&buf[..word.len()])
        } else if word.len() <= MAX_WORD * 2 {
            std::borrow::Cow::Owned(word.to_lowercase().into_bytes())
        } else {
            return 0;
        };
        match packed(&lower) {
            Some(key) => self.short.get(&key),
            None => self.long.get(lower.as_ref()),
        }
        .copied()
        .unwrap_or(0)
    }

    /// What precedes a mention starting at `at` in `text`, looking back no
    /// further than `wall` (the end of the previous cue or mention, or the
    /// start of the sentence). `wall_cue` says whether the wall is a cue's
    /// end, `wall_mention` whether it is a mention's end.
    pub(crate) fn lead(
        &self,
        text: &str,
        wall: usize,
        at: usize,
        wall_cue: bool,
        wall_mention: bool,
    ) -> Lead {
        let from = floor_char_boundary(text, wall.max(at.saturating_sub(self.reach_bytes)));
        let gap = &text[from..at];
        // Content words read so far (determiners do not count).
        let mut words = 0;
        // Commas and join words with nothing else between two mentions
        // make a list.
        let mut joiners = 0;
        for tok in tokens_back(gap) {
            let w = match tok {
                Token::Stop { clause: false } if wall_mention && words == 0 => {
                    joiners += 1;
                    continue;
                }
                Token::Stop { .. } => return Lead::Plain,
                Token::Word(w) => w,
            };
            // One lookup for every kind the word may have (a lookup per
            // kind asked cost up to eight per word).
            let kinds = self.kinds(w);
            let has = |kind: Kind| kinds & kind as u16 != 0;
            if has(Kind::Determiner) {
                continue;
            }
            if wall_mention && words == 0 && has(Kind::Join) {
                joiners += 1;
                continue;
            }
            if has(Kind::Genitive) {
                // Right after the cue, or one adjective after it: "the
                // troops of Rwanda", "le soutien présumé des Émirats".
                // Elsewhere a genitive is not counted: "visé le sud du Liban".
                if words == 0
                    && wall_cue
                    && from == wall
                    && tokens_back(&gap[..offset_in(gap, w)]).count() <= 1
                {
                    return Lead::Genitive;
                }
                continue;
            }
            if has(Kind::Agent) {
                return Lead::Agent;
            }
            if has(Kind::Locative) {
                return Lead::Locative;
            }
            if has(Kind::Target) {
                return Lead::Object;
            }
            if has(Kind::Clause) || has(Kind::Relative) {
                // "a framework where the United States": a new clause.
                return Lead::Plain;
            }
            words += 1;
            if words > self.reach_words {
                return Lead::Plain;
            }
        }
        // Reached the wall, or the reach in bytes.
        let reached = from == wall;
        match () {
            () if reached && words == 0 && joiners > 0 => Lead::Joined(wall as u32),
            () if reached && wall_cue && joiners == 0 && words <= self.direct_words => {
                Lead::Direct(wall as u32)
            }
            () => Lead::Plain,
        }
    }

    /// Whether `text[from..to]`, between a mention and a later cue, starts
    /// with a recipient word: "Denmark provided Ukraine with jets" makes
    /// Ukraine the one acted on, not the actor.
    pub(crate) fn names_recipient(&self, text: &str, from: usize, to: usize) -> bool {
        let from = floor_char_boundary(text, from.min(to));
        let to = floor_char_boundary(text, to);
        let gap = &text[from..to];
        let first = gap.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty());
        first.is_some_and(|w| self.is(w, Kind::Recipient))
    }

    /// Whether a mention at `text[at..end]` stands between a giving verb
    /// and the cue starting at `cue`, as its indirect object: "Britain
    /// offered Moldova security guarantees".
    pub(crate) fn given_to(&self, text: &str, at: usize, end: usize, cue: usize) -> bool {
        let before = &text[floor_char_boundary(text, at.saturating_sub(40))..floor_char_boundary(text, at)];
        let after = &text[floor_char_boundary(text, end.min(cue))..floor_char_boundary(text, cue)];
        let verb = tokens_back(before).find_map(|t| match t {
            Token::Word(w) if self.is(w, Kind::Determiner) => None,
            Token::Word(w) => Some(self.is(w, Kind::Giving)),
            Token::Stop { .. } => Some(false),
        });
        verb == Some(true)
            && tokens_back(after)
                .filter(|t| !matches!(t, Token::Word(w) if self.is(w, Kind::Determiner)))
                .count()
                <= self.direct_words
    }

    /// Whether `text[from..to]` holds a word of `list`.
    pub(crate) fn has_word(&self, kind: Kind, text: &str, from: usize, to: usize) -> bool {
        let from = floor_char_boundary(text, from.min(to));
        let to = floor_char_boundary(text, to);
        tokens_back(&text[from..to]).any(|t| matches!(t, Token::Word(w) if self.is(w, kind)))
    }

    /// Whether `text[from..to]` opens a new clause: a clause stop or a
    /// clause word between a cue and a mention; `forward` (the mention
    /// after the cue) also a relative word ("a deal that relies on EU law").
    pub(crate) fn crosses_clause(&self, text: &str, from: usize, to: usize, forward: bool) -> bool {
        let from = floor_char_boundary(text, from.min(to));
        let to = floor_char_boundary(text, to);
        let stops = Kind::Clause as u16 | if forward { Kind::Relative as u16 } else { 0 };
        tokens_back(&text[from..to]).any(|t| match t {
            Token::Stop { clause } => clause,
            Token::Word(w) => self.kinds_of(w, stops) != 0,
        })
    }
}

/// Whether the tokens of `text[from..to]` are those of `text[from..at]`
/// then those of `text[at..to]`: no word runs across `at`, and no hyphen
/// at it, whose neighbours make it a dash.
pub(crate) fn seamless(text: &str, from: usize, at: usize, to: usize) -> bool {
    let (last, next) = (text[from..at].chars().next_back(), text[at..to].chars().next());
    match (last, next) {
        (Some(a), Some(b)) => !(is_word_char(a) && is_word_char(b)) && a != '-' && b != '-',
        _ => true,
    }
}

/// Whether the gap between a mention and a cue makes the mention the cue's
/// modifier: only spaces, a hyphen, or a possessive ("US troops",
/// "US-led", "Rwanda's army", "DRC’s mines").
pub(crate) fn is_modifier_gap(gap: &str) -> bool {
    let gap = gap.strip_prefix(['\'', '’']).map_or(gap, |g| g.strip_prefix(['s', 'S']).unwrap_or(g));
    gap.len() <= 3 && gap.chars().all(|c| c == ' ' || c == '-' || c == '\u{a0}')
}

/// The byte offset of `part`, a slice of `whole`, within it.
fn offset_in(whole: &str, part: &str) -> usize {
    part.as_ptr() as usize - whole.as_ptr() as usize
}

/// Letters, digits and apostrophes (inside a word, they keep it whole).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’'
}

/// The tokens of `gap`, last first. Apostrophes inside a word keep it whole
/// ("l'", "d'" end a word); periods inside abbreviations are skipped.
fn tokens_back(gap: &str) -> impl Iterator<Item = Token<'_>> {
    let mut end = gap.len();
    std::iter::from_fn(move || loop {
        let head = &gap[..end];
        let c = head.chars().next_back()?;
        let start = end - c.len_utf8();
        if is_word_char(c) {
            // ASCII bytes first, chars only past a non-ASCII one.
            let bytes = head.as_bytes();
            let mut ascii = bytes.len();
            while ascii > 0 && (bytes[ascii - 1].is_ascii_alphanumeric() || bytes[ascii - 1] == b'\'') {
                ascii -= 1;
            }
            let word_start = match bytes.get(ascii.wrapping_sub(1)) {
                Some(b) if !b.is_ascii() => head[..ascii]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| !is_word_char(*c))
                    .map_or(0, |(i, c)| i + c.len_utf8()),
                _ => ascii,
            };
            end = word_start;
            return Some(Token::Word(&head[word_start..]));
        }
        end = start;
        let spaced = |i: usize| gap[..i].ends_with(' ') && gap[i + 1..].starts_with(' ');
        match c {
            ',' => return Some(Token::Stop { clause: false }),
            // A spaced hyphen is a dash: "the EU's market - a trade area".
            '-' if spaced(start) => return Some(Token::Stop { clause: true }),
            // Quotes are not stops: "the U.S.-backed "Contra" rebels".
            ';' | ':' | '(' | ')' | '[' | ']' | '—' | '–' => return Some(Token::Stop { clause: true }),
            _ => {}
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames() -> Frames {
        let mut f = Frames { reach_words: 4, reach_bytes: 160, direct_words: 1, ..Frames::default() };
        for (kind, words) in [
            (Kind::Target, "on against in into to over with sur contre au"),
            (Kind::Locative, "in au"),
            (Kind::Agent, "by par"),
            (Kind::Clause, "while but"),
            (Kind::Join, "and et"),
            (Kind::Relative, "that which qui"),
            (Kind::Determiner, "the an a l' la le"),
            (Kind::Genitive, "of de du des"),
            (Kind::Recipient, "with"),
            (Kind::Giving, "offered sent gave"),
            (Kind::Reciprocal, "exchanged"),
        ] {
            for w in words.split(' ') {
                f.add(kind, w);
            }
        }
        f
    }

    #[test]
    fn leads() {
        let f = frames();
        // (text, wall, mention start, wall is a cue, wall is a mention, want)
        let cases = [
            ("sanctions on Iran", 9, 13, true, false, Lead::Object),
            ("troops in Iraq", 6, 10, true, false, Lead::Locative),
            ("a framework where the United States", 0, 22, false, false, Lead::Plain),
            ("tariffs on imports of certain Japanese goods", 7, 30, true, false, Lead::Object),
            ("backed by Rwanda", 6, 10, true, false, Lead::Agent),
            ("destroyed an Iranian platform", 9, 13, true, false, Lead::Direct(9)),
            ("invaded Kuwait", 7, 8, true, false, Lead::Direct(7)),
            ("Iran, Syria", 4, 6, false, true, Lead::Joined(4)),
            ("Iran and Syria", 4, 9, false, true, Lead::Joined(4)),
            ("troops, while Iraq", 6, 14, true, false, Lead::Plain),
            ("said that the army and the government of Iraq", 0, 41, false, false, Lead::Plain),
            ("troops had captured the Libyan", 6, 24, true, false, Lead::Plain),
            ("visé le sud du Liban", 5, 16, true, false, Lead::Direct(5)),
            ("le Mali et la Guinée", 7, 14, false, true, Lead::Joined(7)),
            ("troupes du Rwanda", 7, 11, true, false, Lead::Genitive),
            ("soutien présumé des Émirats", 7, 21, true, false, Lead::Genitive),
            ("invasion of the Ukraine", 8, 16, true, false, Lead::Genitive),
            ("troops were sent by the king of Jordan", 6, 32, true, false, Lead::Agent),
            ("sanctions contre le Mali", 9, 20, true, false, Lead::Object),
            ("troupes au Mali", 7, 11, true, false, Lead::Locative),
        ];
        for (text, wall, at, cue, mention, want) in cases {
            assert_eq!(f.lead(text, wall, at, cue, mention), want, "{text:?}");
        }
    }

    #[test]
    fn modifier_gaps() {
        for (gap, want) in
            [(" ", true), ("-", true), ("'s ", true), ("’s ", true), (" the ", false), (", ", false)]
        {
            assert_eq!(is_modifier_gap(gap), want, "{gap:?}");
        }
    }

    #[test]
    fn recipients() {
        let f = frames();
        assert!(f.names_recipient("Denmark provided Ukraine with jets", 24, 30));
        assert!(!f.names_recipient("Denmark sent jets", 7, 13));
        let text = "Britain offered Moldova security guarantees";
        assert!(f.given_to(text, 16, 23, 24));
        assert!(!f.given_to("Britain and Moldova security guarantees", 12, 19, 20));
    }

    #[test]
    fn clauses() {
        let f = frames();
        assert!(f.crosses_clause("troops; Iraq", 0, 12, false));
        assert!(f.crosses_clause("troops while Iraq", 0, 17, false));
        assert!(!f.crosses_clause("troops in Iraq", 0, 14, false));
        assert!(!f.crosses_clause("a deal that relies on Iraq", 0, 22, false));
        assert!(f.crosses_clause("a deal that relies on Iraq", 0, 22, true));
    }

    #[test]
    fn seams() {
        let f = frames();
        // Where a seam holds, reading the two parts is reading the whole.
        for (text, at) in [("Iran while the US imposed", 4), ("troops - Iraq", 7), ("Iran - while", 6)] {
            for from in 0..at {
                for to in at..=text.len() {
                    if text.is_char_boundary(from)
                        && text.is_char_boundary(to)
                        && seamless(text, from, at, to)
                    {
                        let parts =
                            f.crosses_clause(text, from, at, false) || f.crosses_clause(text, at, to, false);
                        assert_eq!(parts, f.crosses_clause(text, from, to, false), "{text:?} {from} {to}");
                    }
                }
            }
        }
        assert!(!seamless("while", 0, 2, 5));
        assert!(!seamless("troops - Iraq", 0, 7, 13));
        assert!(!seamless("troops - Iraq", 0, 8, 13));
    }
}
