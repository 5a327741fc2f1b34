//! Cue frames: where the source and the target of an involvement cue sit in
//! its sentence, read from the words around it without a parser.
//!
//! The words themselves (prepositions that put a target or an agent after
//! them, words that open a new clause, how far to look) are knowledge, in
//! the `frame` statements of `data/scoring.rules`; this module holds the
//! mechanism. Every look is bounded in words and bytes, so the cost per
//! mention is constant whatever the sentence.

use crate::text::floor_char_boundary;

/// The frame words, from the `frame` statements of the rules file.
#[derive(Clone, Debug, Default)]
pub(crate) struct Frames {
    /// Prepositions after which a mention is acted on ("sanctions on Iran").
    pub(crate) target: Vec<String>,
    /// Prepositions after which a mention is the actor ("backed by Rwanda").
    pub(crate) agent: Vec<String>,
    /// Target prepositions that also place an event ("in Gaza", "au Mali"):
    /// a mention after one, before a cue, is the scene of the cue.
    pub(crate) locative: Vec<String>,
    /// Words that open a new clause ("while", "but"): a cue's source and
    /// target stay inside its clause.
    pub(crate) clause: Vec<String>,
    /// Words that join two mentions into one slot ("and", "et").
    pub(crate) join: Vec<String>,
    /// Words skipped when counting ("the", "l'").
    pub(crate) determiner: Vec<String>,
    /// Words after a mention that make it the recipient of the cue that
    /// follows ("provided Ukraine with jets").
    pub(crate) recipient: Vec<String>,
    /// Reciprocal verbs: a list of actors before one acts on each other
    /// ("Israel and Iran exchanged strikes").
    pub(crate) reciprocal: Vec<String>,
    /// Giving verbs: a mention right after one and right before a cue is
    /// its indirect object ("offered Moldova security guarantees").
    pub(crate) giving: Vec<String>,
    /// Genitive words ("of", "du"): right after a cue, what follows names
    /// its owner or its object, as the cue says (`of=` in the lexicon).
    pub(crate) genitive: Vec<String>,
    /// Words that open a relative clause ("that", "which", "qui"): after a
    /// cue, what follows them describes the cue, it names no target.
    pub(crate) relative: Vec<String>,
    /// How many words a preposition may stand before its mention
    /// ("on imports of certain Japanese goods").
    pub(crate) reach_words: usize,
    /// How far (bytes) a cue looks for its source and target.
    pub(crate) reach_bytes: usize,
    /// How many words may stand between a cue and its direct object
    /// ("destroyed an Iranian oil platform": one, "an" not counted).
    pub(crate) direct_words: usize,
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
            match tok {
                Token::Stop { clause: false } if wall_mention && words == 0 => joiners += 1,
                Token::Stop { .. } => return Lead::Plain,
                Token::Word(w) if is_in(&self.determiner, w) => {}
                Token::Word(w) if wall_mention && words == 0 && is_in(&self.join, w) => joiners += 1,
                Token::Word(w)
                    if words == 0
                        && wall_cue
                        && from == wall
                        && is_in(&self.genitive, w)
                        && tokens_back(&gap[..offset_in(gap, w)]).count() <= 1 =>
                {
                    // Right after the cue, or one adjective after it: "the
                    // troops of Rwanda", "le soutien présumé des Émirats".
                    return Lead::Genitive;
                }
                Token::Word(w) => {
                    if is_in(&self.agent, w) {
                        return Lead::Agent;
                    }
                    if is_in(&self.locative, w) {
                        return Lead::Locative;
                    }
                    if is_in(&self.target, w) {
                        return Lead::Object;
                    }
                    if is_in(&self.clause, w) || is_in(&self.relative, w) {
                        // "a framework where the United States": a new clause.
                        return Lead::Plain;
                    }
                    words += 1;
                    if words > self.reach_words {
                        return Lead::Plain;
                    }
                }
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
        first.is_some_and(|w| is_in(&self.recipient, w))
    }

    /// Whether a mention at `text[at..end]` stands between a giving verb
    /// and the cue starting at `cue`, as its indirect object: "Britain
    /// offered Moldova security guarantees".
    pub(crate) fn given_to(&self, text: &str, at: usize, end: usize, cue: usize) -> bool {
        let before = &text[floor_char_boundary(text, at.saturating_sub(40))..floor_char_boundary(text, at)];
        let after = &text[floor_char_boundary(text, end.min(cue))..floor_char_boundary(text, cue)];
        let verb = tokens_back(before).find_map(|t| match t {
            Token::Word(w) if is_in(&self.determiner, w) => None,
            Token::Word(w) => Some(is_in(&self.giving, w)),
            Token::Stop { .. } => Some(false),
        });
        verb == Some(true)
            && tokens_back(after)
                .filter(|t| !matches!(t, Token::Word(w) if is_in(&self.determiner, w)))
                .count()
                <= self.direct_words
    }

    /// Whether `text[from..to]` holds a relative word.
    pub(crate) fn opens_relative(&self, text: &str, from: usize, to: usize) -> bool {
        self.has_word(&self.relative, text, from, to)
    }

    /// Whether `text[from..to]` holds a word of `list`.
    pub(crate) fn has_word(&self, list: &[String], text: &str, from: usize, to: usize) -> bool {
        let from = floor_char_boundary(text, from.min(to));
        let to = floor_char_boundary(text, to);
        tokens_back(&text[from..to]).any(|t| matches!(t, Token::Word(w) if is_in(list, w)))
    }

    /// Whether `text[from..to]` opens a new clause: a clause stop or a
    /// clause word between a cue and a mention.
    pub(crate) fn crosses_clause(&self, text: &str, from: usize, to: usize) -> bool {
        let from = floor_char_boundary(text, from.min(to));
        let to = floor_char_boundary(text, to);
        tokens_back(&text[from..to]).any(|t| match t {
            Token::Stop { clause } => clause,
            Token::Word(w) => is_in(&self.clause, w),
        })
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

/// Case-insensitive membership of a word in a lowercase list.
fn is_in(list: &[String], word: &str) -> bool {
    list.iter().any(|w| w.chars().eq(word.chars().flat_map(char::to_lowercase)))
}

/// The tokens of `gap`, last first. Apostrophes inside a word keep it whole
/// ("l'", "d'" end a word); periods inside abbreviations are skipped.
fn tokens_back(gap: &str) -> impl Iterator<Item = Token<'_>> {
    let mut end = gap.len();
    std::iter::from_fn(move || loop {
        let head = &gap[..end];
        let c = head.chars().next_back()?;
        let start = end - c.len_utf8();
        if c.is_alphanumeric() || c == '\'' || c == '’' {
            let word_start = head
                .char_indices()
                .rev()
                .find(|(_, c)| !(c.is_alphanumeric() || *c == '\'' || *c == '’'))
                .map_or(0, |(i, c)| i + c.len_utf8());
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
            ';' | ':' | '(' | ')' | '[' | ']' | '—' | '–' => {
                return Some(Token::Stop { clause: true })
            }
            _ => {}
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames() -> Frames {
        let words = |s: &str| s.split(' ').map(str::to_string).collect();
        Frames {
            target: words("on against in into to over with sur contre"),
            agent: words("by par"),
            locative: words("in au"),
            clause: words("while but"),
            join: words("and et"),
            relative: words("that which qui"),
            determiner: words("the an a l' la le"),
            genitive: words("of de du des"),
            recipient: words("with"),
            giving: words("offered sent gave"),
            reciprocal: words("exchanged"),
            reach_words: 4,
            reach_bytes: 160,
            direct_words: 2,
        }
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
            ("troops had captured the Libyan", 6, 26, true, false, Lead::Plain),
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
        assert!(f.crosses_clause("troops; Iraq", 0, 12));
        assert!(f.crosses_clause("troops while Iraq", 0, 17));
        assert!(!f.crosses_clause("troops in Iraq", 0, 14));
    }
}
