//! Text normalisation: Unicode case and accent folding with an offset map
//! back to the original text, word boundaries and sentence splitting.
//!
//! The same [`fold`] is applied to lexicon aliases and to article text, so a
//! pattern matches whatever the case, accents, apostrophe style or hyphen
//! style of the text. Folding is length-preserving for ASCII (the common case
//! in English news), so offsets need no map there.

use rustc_hash::FxHashSet;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// A reusable buffer holding the folded form of one text.
#[derive(Debug, Default)]
pub(crate) struct Folded {
    text: String,
    /// Where folded and original offsets stop moving together: marks at
    /// every char whose folded form has another byte length (É → e, ’ → ',
    /// zero-width dropped), sorted by folded offset. Chars folded to the
    /// same length (ASCII, Cyrillic, CJK) need none, so the map stays small:
    /// empty for ASCII, a few per accented word otherwise.
    marks: Vec<Mark>,
}

/// A point of the offset map.
#[derive(Clone, Copy, Debug)]
struct Mark {
    folded: u32,
    original: u32,
    /// True: a changed char starts here (offsets inside it map to its
    /// start); false: from here on, offsets move together again.
    changed: bool,
}

impl Folded {
    /// Folds `src` into this buffer, replacing what it held.
    pub(crate) fn fold(&mut self, src: &str) {
        self.text.clear();
        self.marks.clear();
        let bytes = src.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // Runs of ASCII other than separators (most of the text, even in
            // French) are copied whole and lower-cased at the end: no
            // decoding, no marks (a byte-by-byte push measured 25
            // instructions a byte).
            let run = plain_ascii_len(&bytes[at..]);
            self.text.push_str(&src[at..at + run]);
            at += run;
            let Some(c) = src[at..].chars().next() else { break };
            let before = self.text.len();
            push_folded(c, &mut self.text);
            if self.text.len() - before != c.len_utf8() {
                // Offsets fit u32: articles are capped at MAX_ARTICLE_BYTES.
                self.mark(before, at, true);
                self.mark(self.text.len(), at + c.len_utf8(), false);
            }
            at += c.len_utf8();
        }
        self.text.make_ascii_lowercase();
    }

    /// Adds a mark; a mark at the same folded offset as the last replaces it.
    fn mark(&mut self, folded: usize, original: usize, changed: bool) {
        let mark = Mark { folded: folded as u32, original: original as u32, changed };
        match self.marks.last_mut() {
            Some(last) if last.folded == mark.folded => *last = mark,
            _ => self.marks.push(mark),
        }
    }

    /// Heap bytes held.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.text.capacity() + self.marks.capacity() * std::mem::size_of::<Mark>()
    }

    /// The folded text.
    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// The original offset of a folded char boundary.
    fn original(&self, folded: usize) -> usize {
        let i = self.marks.partition_point(|m| m.folded as usize <= folded);
        match i.checked_sub(1).map(|i| self.marks[i]) {
            None => folded,
            Some(m) if m.changed => m.original as usize,
            Some(m) => m.original as usize + (folded - m.folded as usize),
        }
    }

    /// Maps a folded span back to a span of the original `src`, on char
    /// boundaries; combining marks and zero-width chars dropped right after
    /// the span are inside it.
    pub(crate) fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        if self.marks.is_empty() {
            return (start, end);
        }
        let ostart = self.original(start);
        (ostart, self.original(end).max(ostart))
    }
}

/// The length of the run of ASCII bytes that fold to themselves up to case
/// (no control byte, no hyphen) that `s` begins with; eight bytes at a time.
fn plain_ascii_len(s: &[u8]) -> usize {
    const fn each(b: u8) -> u64 {
        u64::from_le_bytes([b; 8])
    }
    const HIGH: u64 = each(0x80);
    let mut len = 0;
    while let Some(chunk) = s.get(len..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*chunk);
        // High bits of non-ASCII bytes, of bytes under 0x20 and of hyphens
        // (the lowest set bit of each term is exact: borrows only carry
        // upwards from a byte that is flagged).
        let hyphen = x ^ each(b'-');
        let stop = x | (x.wrapping_sub(each(0x20)) & !x) | (hyphen.wrapping_sub(each(1)) & !hyphen);
        if stop & HIGH != 0 {
            return len + ((stop & HIGH).trailing_zeros() / 8) as usize;
        }
        len += 8;
    }
    let plain = |b: &u8| b.is_ascii() && *b >= 0x20 && *b != b'-';
    len + s[len..].iter().position(|b| !plain(b)).unwrap_or(s.len() - len)
}

/// Number of words: runs of bytes that are not ASCII white space (the
/// length normalisation needs a count, not Unicode word segmentation).
pub(crate) fn count_words(text: &str) -> usize {
    let b = text.as_bytes();
    let first = usize::from(b.first().is_some_and(|c| !c.is_ascii_whitespace()));
    // Word starts: a non-space after a space, summed over 64-byte arrays
    // with no remainder to check (`chunks(192)`: 2.7 instructions a byte,
    // now 1.9). The last bytes are padded with spaces, which start no word:
    // segments are short, and a byte loop over the tail made the whole
    // count cost 7.6M instructions a pass over 3,000 articles, against 4.5M.
    let (afters, _) = b.get(1..).unwrap_or_default().as_chunks::<CHUNK>();
    let body: usize = b.as_chunks::<CHUNK>().0.iter().zip(afters).map(|(p, c)| word_starts(p, c)).sum();
    let rest = &b[afters.len() * CHUNK..];
    let mut tail = [b' '; CHUNK + 1];
    tail[..rest.len()].copy_from_slice(rest);
    first + body + word_starts(&tail[..CHUNK], &tail[1..])
}

/// The bytes [`count_words`] sums at a time: a u8 sum of 64 cannot
/// overflow, and the compiler vectorises it.
const CHUNK: usize = 64;

/// How many bytes of `after` start a word: are not white space and follow
/// one in `before` (the same bytes shifted by one).
#[inline(always)]
fn word_starts(before: &[u8], after: &[u8]) -> usize {
    usize::from(before.iter().zip(after).map(|(&p, &c)| space(p) & (space(c) ^ 1)).sum::<u8>())
}

/// 1 for ASCII white space (as [`u8::is_ascii_whitespace`]), else 0: a
/// range and one exclusion take fewer vector operations than five compares.
#[inline(always)]
fn space(c: u8) -> u8 {
    u8::from(c == b' ') | (u8::from(c.wrapping_sub(b'\t') < 5) & u8::from(c != 0x0b))
}

/// The largest char boundary of `s` at or below `i`.
pub(crate) fn floor_char_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Folds a whole string (used for aliases); spaces are collapsed and trimmed.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(c, &mut out);
    }
    out.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

const fn fold_ascii(b: u8) -> u8 {
    match b {
        b'-' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => b' ',
        _ => b.to_ascii_lowercase(),
    }
}

/// [`fold`] byte by byte: right for ASCII, and the identity on bytes of
/// non-ASCII chars and on folded text, so a matcher can fold as it reads.
pub(crate) static FOLD_BYTE: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = fold_ascii(b as u8);
        b += 1;
    }
    table
};

/// Appends the folded form of one char.
fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(fold_ascii(c as u8) as char);
        return;
    }
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02bc}' | '\u{2032}' | '\u{00b4}' | '`' => out.push('\''),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe63}' | '\u{ff0d}' => out.push(' '),
        '\u{00ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => {}
        'ß' | 'ẞ' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ø' | 'Ø' => out.push('o'),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' => out.push('d'),
        c if c.is_whitespace() => out.push(' '),
        c => decompose_canonical(c, |d| {
            if is_combining_mark(d) {
                return;
            }
            for l in d.to_lowercase() {
                if !is_combining_mark(l) {
                    out.push(l);
                }
            }
        }),
    }
}

/// Can a whole word start at byte `s` of `text`: is the char before it (if
/// any) not alphanumeric? `s` must be a char boundary.
#[inline]
pub(crate) fn starts_word(text: &str, s: usize) -> bool {
    match s.checked_sub(1).map(|i| text.as_bytes()[i]) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !text[..s].chars().next_back().is_some_and(char::is_alphanumeric),
    }
}

/// Can a whole word end at byte `e` of `text`: is the char after it (if
/// any) not alphanumeric? An apostrophe (as in "Rwanda's") is not, so
/// possessives match. `e` must be a char boundary.
#[inline]
pub(crate) fn ends_word(text: &str, e: usize) -> bool {
    match text.as_bytes().get(e) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !text[e..].chars().next().is_some_and(char::is_alphanumeric),
    }
}

/// Corporate suffixes (`company ... suffixes=`), kept so that
/// [`is_company_name`] answers for a word in at most two look-ups, mostly
/// none: comparing each word with all 21 suffixes, by chars, made a call
/// cost about 1,000 instructions (now about 400).
#[derive(Clone, Debug)]
pub(crate) struct Suffixes {
    /// The suffixes as written.
    exact: FxHashSet<Box<str>>,
    /// What a word without its trailing periods matches: the non-empty
    /// suffixes as written, and their ASCII upper case when that has no
    /// lower-case letter ("CORP." for "Corp"; a word with a lower-case
    /// letter is not shouted).
    loose: FxHashSet<Box<str>>,
    /// The longest suffix in bytes: a longer word is none, and is not hashed.
    longest: usize,
    /// The first bytes of the suffixes, in both cases: a word starting with
    /// another (most: "said", "forces") is none, and is not hashed.
    initials: [bool; 256],
}

impl Suffixes {
    pub(crate) fn new<'a>(suffixes: impl IntoIterator<Item = &'a str>) -> Suffixes {
        let mut set = Suffixes {
            exact: FxHashSet::default(),
            loose: FxHashSet::default(),
            longest: 0,
            initials: [false; 256],
        };
        for suffix in suffixes {
            if let Some(&b) = suffix.as_bytes().first() {
                set.initials[usize::from(b)] = true;
                set.initials[usize::from(b.to_ascii_uppercase())] = true;
            }
            let shouted = suffix.to_ascii_uppercase();
            if !suffix.is_empty() {
                set.loose.insert(suffix.into());
            }
            if !shouted.is_empty() && !shouted.chars().any(char::is_lowercase) {
                set.loose.insert(shouted.into());
            }
            set.longest = set.longest.max(suffix.len());
            set.exact.insert(suffix.into());
        }
        set
    }

    /// Is `bare` (a word without trailing punctuation), or it without its
    /// trailing periods, one of the suffixes or, shouted, one's upper case?
    fn matches(&self, bare: &str) -> bool {
        let bare_no_dot = bare.trim_end_matches('.');
        let initial = bare.as_bytes().first().is_none_or(|&b| self.initials[usize::from(b)]);
        if !initial || bare_no_dot.len() > self.longest {
            return false;
        }
        // Without periods to trim, `exact` adds to `loose` only "".
        if bare_no_dot.len() == bare.len() && !bare.is_empty() {
            return self.loose.contains(bare);
        }
        self.exact.contains(bare) || self.loose.contains(bare_no_dot)
    }
}

/// The words of `text`, as [`str::split_whitespace`] finds them, read by
/// bytes for ASCII rather than decoding every char.
fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        rest = &rest[space_or_not(rest, false)..];
        let (word, tail) = rest.split_at(space_or_not(rest, true));
        rest = tail;
        (!word.is_empty()).then_some(word)
    })
}

/// Where in `text` the first char that is (`space`) or is not white space,
/// as [`char::is_whitespace`] has it, starts; else `text.len()`. ASCII white
/// space includes U+000B, which [`u8::is_ascii_whitespace`] does not.
fn space_or_not(text: &str, space: bool) -> usize {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Printable ASCII, most bytes, is settled by one test (a tuple of
        // the two answers per byte cost 800,000 instructions a pass more).
        let len = if b > b' ' && b.is_ascii() {
            if !space {
                return i;
            }
            1
        } else if b.is_ascii() {
            if is_space_char(b) == space {
                return i;
            }
            1
        } else {
            match text[i..].chars().next() {
                Some(c) if c.is_whitespace() == space => return i,
                c => c.map_or(1, char::len_utf8),
            }
        };
        i += len;
    }
    bytes.len()
}

/// Is ASCII byte `b` white space as [`char::is_whitespace`] has it (with
/// U+000B, unlike [`u8::is_ascii_whitespace`])?
fn is_space_char(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// Is a capitalised match the start of a company name? True when the match
/// begins with an upper-case letter and, within the next five words, all
/// capitalised (or connectors such as "and", "&", "of"), comes a corporate
/// suffix ("Minnesota Mining and Manufacturing Co", "Gold Fields Ltd").
pub(crate) fn is_company_name(matched: &str, after: &str, suffixes: &Suffixes) -> bool {
    if !matched.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    for word in words(after).take(5) {
        let bare = word.trim_end_matches([',', ';', ':', ')', '\'', '"']);
        if suffixes.matches(bare) || is_ticker(word) {
            return true;
        }
        let connector = matches!(bare, "and" | "&" | "of" | "de" | "du" | "des");
        let capitalised = bare.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if !(connector || capitalised) || bare.len() != word.len() {
            return false;
        }
    }
    false
}

/// A stock ticker: `<HLME>`, `<ETRE.O>`, `(NYSE:` or `(TSX:`.
fn is_ticker(word: &str) -> bool {
    let upper = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    let angle = word.strip_prefix('<').and_then(|w| w.strip_suffix('>')).is_some_and(upper);
    let exchange = word.strip_prefix('(').and_then(|w| w.strip_suffix(':')).is_some_and(upper);
    angle || exchange
}

/// Words that end with a period without ending a sentence, in lower case.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "col", "lt", "capt", "maj", "sgt", "st", "jr", "sr",
    "inc", "co", "corp", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "prof", "pres", "mt", "ft", "approx",
];

/// The longest of [`ABBREVIATIONS`]: a longer word is none of them, and is
/// not compared (this ran once per period: 40 comparisons).
const MAX_ABBREVIATION: usize = 6;

/// [`ABBREVIATIONS`] as [`abbreviation_key`]s: compared as slices, the
/// 40 of them took 280 instructions a call.
const ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = {
    let mut keys = [0; ABBREVIATIONS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = abbreviation_key(ABBREVIATIONS[i].as_bytes());
        i += 1;
    }
    keys
};

/// A word of up to [`MAX_ABBREVIATION`] bytes as an integer: its bytes in
/// lower case, little-endian, and its length in the top byte (so a zero
/// byte is no padding).
const fn abbreviation_key(word: &[u8]) -> u64 {
    let mut key = (word.len() as u64) << 56;
    let mut i = 0;
    while i < word.len() {
        key |= (word[i].to_ascii_lowercase() as u64) << (8 * i);
        i += 1;
    }
    key
}

/// Is `word` one of [`ABBREVIATIONS`], in any case?
fn is_abbreviation(word: &str) -> bool {
    word.len() <= MAX_ABBREVIATION && ABBREVIATION_KEYS.contains(&abbreviation_key(word.as_bytes()))
}

/// A sentence longer than this is cut: text without punctuation (lists,
/// scraped junk) must not make one giant sentence, which would make
/// per-sentence work grow with the square of its length.
pub(crate) const MAX_SENTENCE_BYTES: usize = 2_000;

/// The shortest line that [`is_wrap`] takes for a hard-wrapped one: wire
/// copy wraps at 60-70 columns; titles and datelines are mostly shorter.
const WRAP_MIN_BYTES: usize = 50;

/// An over-long sentence is cut after the first char that is not a letter
/// or digit (any white space, separator or punctuation) within this many
/// bytes past [`MAX_SENTENCE_BYTES`], else right there at a char boundary.
/// Cutting at ASCII spaces only left text joined by commas, tabs or
/// no-break spaces uncut (512 KB of comma-separated words: 24 s). A word
/// cut in two still matches: hits are found per segment, and sentences
/// only group them.
const CUT_WINDOW: usize = 64;

/// Splits `text` into sentences, returning the byte offset where each starts.
///
/// A sentence ends at `.`, `!` or `?` followed by white space and an
/// uppercase letter, a digit or a quote, unless the word before the period
/// is an abbreviation or a single letter ("U.S.", "D.R."); a line break
/// ends one unless it is a hard wrap ([`is_wrap`]). Good enough for news,
/// cheap and allocation-light.
///
/// Stops at the first start past `until` (`text.len()` for all of them):
/// the sentences after a segment's last hit are never looked at.
pub(crate) fn sentence_starts(text: &str, until: usize, out: &mut Vec<usize>) {
    out.clear();
    out.push(0);
    let bytes = text.as_bytes();
    // Only line breaks and `.!?` can end a sentence: memchr finds them (and
    // the spaces of over-long sentences) with SIMD, so the cost is per
    // candidate, not per byte. The two streams are merged by hand, each
    // holding its next position (`usize::MAX` past the end): Peekable's
    // `next_if` and `peek` were among the loop's main costs.
    let mut lines = memchr::memchr_iter(b'\n', bytes);
    let mut stops = memchr::memchr3_iter(b'.', b'!', b'?', bytes);
    let mut line = lines.next().unwrap_or(usize::MAX);
    let mut stop = stops.next().unwrap_or(usize::MAX);
    let mut at = 0;
    // Where the line holding `at` starts: every line break before `at` is
    // taken from `lines`, so a wrap is checked without looking back.
    let mut line_start = 0;
    while out.last().is_some_and(|&s| s <= until) {
        while line < at {
            line_start = line + 1;
            line = lines.next().unwrap_or(usize::MAX);
        }
        while stop < at {
            stop = stops.next().unwrap_or(usize::MAX);
        }
        let i = line.min(stop);
        at = cut_long(text, at, i.min(bytes.len()), out);
        if i == usize::MAX {
            break;
        }
        if i < at {
            continue;
        }
        if i == line {
            if is_wrap(&bytes[line_start..], i - line_start) {
                at = i + 1;
                continue;
            }
            let next = skip_space(bytes, i + 1);
            if next < bytes.len() && next > *out.last().unwrap_or(&0) {
                out.push(next);
            }
            at = next;
        } else if ends_sentence(text, i) {
            at = skip_space(bytes, i + 1);
            out.push(at);
        } else {
            at = i + 1;
        }
    }
    // `cut_long` may have pushed several starts past `until`.
    out.truncate(out.partition_point(|&s| s <= until) + 1);
}

/// Is the line break at `at` (in `bytes`, which start with its line) a hard
/// wrap inside a sentence rather than the end of a line of its own? Wire
/// copy (Reuters) wraps its paragraphs at about 65 columns and indents each
/// new one; a title, a list item or a dateline is short or followed by an
/// indented, blank or closing line. A wrapped line is at least
/// [`WRAP_MIN_BYTES`] long and the next one starts at once with a word;
/// punctuation that ends the line still ends its sentence (through
/// `ends_sentence`), so only an unfinished line wraps.
fn is_wrap(bytes: &[u8], at: usize) -> bool {
    let Some(&next) = bytes.get(at + 1) else { return false };
    // Settled before trimming when the line is too short already.
    if at < WRAP_MIN_BYTES || (!next.is_ascii_alphanumeric() && next < 0x80) {
        return false;
    }
    let line = bytes[..at].trim_ascii_end();
    line.len() >= WRAP_MIN_BYTES && !matches!(line.last(), Some(b'.' | b'!' | b'?' | b':' | b';'))
}

/// Where the first `n` lines of `text` that hold more than white space end
/// (its length when it has fewer). Only the lines looked at are read.
pub(crate) fn lines_end(text: &str, n: usize) -> usize {
    let bytes = text.as_bytes();
    let mut seen = 0;
    let mut from = 0;
    for at in memchr::memchr_iter(b'\n', bytes) {
        if !bytes[from..at].trim_ascii().is_empty() {
            seen += 1;
            if seen == n {
                return at;
            }
        }
        from = at + 1;
    }
    bytes.len()
}

/// The starts of a segment that has no sentences of its own (a tag, a
/// category): only the length cap cuts it. An uncut 1 MB tag took 59 s.
pub(crate) fn capped_starts(text: &str, out: &mut Vec<usize>) {
    out.clear();
    out.push(0);
    cut_long(text, 0, text.len(), out);
}

/// Cuts sentences longer than [`MAX_SENTENCE_BYTES`] (see [`CUT_WINDOW`])
/// before `limit`, the next place a sentence may end (a char boundary);
/// returns where scanning resumes, at or after `at`.
///
/// The window starts at the cap, not at `at`: punctuation that ends no
/// sentence (`a.b.c`) moves `at` forward, and must still be a place to cut.
/// Each call looks at most [`CUT_WINDOW`] bytes per cut or per candidate
/// end, so the work stays linear.
#[inline]
fn cut_long(text: &str, at: usize, limit: usize, out: &mut Vec<usize>) -> usize {
    // Most sentences are far shorter than the cap: settled without a call
    // (this runs once per candidate end).
    if out.last().copied().unwrap_or(0) + MAX_SENTENCE_BYTES >= limit {
        return at;
    }
    cut_long_at(text, at, limit, out)
}

#[inline(never)]
fn cut_long_at(text: &str, mut at: usize, limit: usize, out: &mut Vec<usize>) -> usize {
    loop {
        let from = ceil_char_boundary(text, out.last().copied().unwrap_or(0) + MAX_SENTENCE_BYTES);
        if from >= limit {
            return at;
        }
        let window = from + CUT_WINDOW;
        let searched = &text[from..ceil_char_boundary(text, window.min(limit))];
        let cut = match searched.char_indices().find(|(_, c)| !c.is_alphanumeric()) {
            Some((i, c)) => skip_space(text.as_bytes(), from + i + c.len_utf8()),
            None if window <= limit => ceil_char_boundary(text, window),
            // The sentence may still end at `limit`.
            None => return at,
        };
        if cut >= text.len() {
            return at;
        }
        out.push(cut);
        at = at.max(cut);
    }
}

/// The first char boundary of `s` at or after `i` (or its length).
fn ceil_char_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn skip_space(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// Is the punctuation at `at` the end of a sentence?
fn ends_sentence(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    // ASCII white space (as `char::is_whitespace`, so with \x0b) is skipped
    // by bytes; a non-ASCII char goes through the Unicode tests from there
    // (`chars()` and `trim_start()` decoded every candidate).
    let gap = at + 1 + bytes[at + 1..].iter().take_while(|&&b| is_space_char(b)).count();
    let next = match bytes.get(gap) {
        None => return false,
        Some(&b) if b.is_ascii() => {
            if gap == at + 1 {
                return false;
            }
            b as char
        }
        Some(_) => {
            let rest = &text[gap..];
            if gap == at + 1 && !rest.chars().next().is_some_and(char::is_whitespace) {
                return false;
            }
            let Some(next) = rest.trim_start().chars().next() else { return false };
            next
        }
    };
    let opens = next.is_uppercase()
        || next.is_ascii_digit()
        || matches!(next, '"' | '\'' | '\u{201c}' | '\u{2018}' | '«' | '(');
    if !opens {
        return false;
    }
    if bytes[at] != b'.' {
        return true;
    }
    // The abbreviations are short: the last 32 bytes hold any of them (a
    // longer word is cut but stays longer than any abbreviation).
    let head = &text[floor_char_boundary(text, at.saturating_sub(32))..at];
    // Read back byte by byte while the bytes are ASCII; chars only past a
    // non-ASCII one (this ran once per period: 160 instructions by chars).
    let last = match head.bytes().rposition(|b| !b.is_ascii_alphanumeric()) {
        Some(i) if !head.as_bytes()[i].is_ascii() => {
            let word = head.rsplit(|c: char| !c.is_alphanumeric() && c != '.').next().unwrap_or("");
            let last = word.rsplit('.').next().unwrap_or(word);
            if last.chars().count() == 1 && last.chars().all(char::is_alphabetic) {
                return false;
            }
            last
        }
        // An ASCII word: a single letter is one byte.
        i => {
            let last = &head[i.map_or(0, |i| i + 1)..];
            if last.len() == 1 && last.as_bytes()[0].is_ascii_alphabetic() {
                return false;
            }
            last
        }
    };
    !is_abbreviation(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations() {
        assert!(ABBREVIATIONS.iter().all(|a| a.len() <= MAX_ABBREVIATION && *a == a.to_lowercase()));
        for (word, want) in [
            ("Gen", true),
            ("APPROX", true),
            ("sept", true),
            ("approxi", false),
            ("", false),
            ("Mé", false),
            ("m\0r", false),
            ("mr\0", false),
        ] {
            assert_eq!(is_abbreviation(word), want, "{word}");
        }
    }

    #[test]
    fn plain_ascii_len_matches_a_byte_loop_on_every_byte() {
        for b in 0..=255u8 {
            for at in 0..12 {
                for base in
                    [b"Abc, def.XYZ9".as_slice(), b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"]
                {
                    let mut text = base.to_vec();
                    text[at] = b;
                    let want = text.iter().position(|&c| !c.is_ascii() || c < 0x20 || c == b'-');
                    assert_eq!(plain_ascii_len(&text), want.unwrap_or(text.len()), "byte {b:#x} at {at}");
                }
            }
        }
        assert_eq!(plain_ascii_len(b""), 0);
    }

    #[test]
    fn fold_table() {
        let cases = [
            ("ascii", "Al-Shabaab", "al shabaab"),
            ("accents", "ÉTATS-UNIS", "etats unis"),
            ("cote", "Côte d’Ivoire", "cote d'ivoire"),
            ("ligature", "Manœuvres", "manoeuvres"),
            ("spaces", "  North\u{a0}\u{a0}Kivu ", "north kivu"),
            ("turkish dotted i", "İstanbul", "istanbul"),
            ("zero width", "Rw\u{200b}anda", "rwanda"),
        ];
        for (name, input, want) in cases {
            assert_eq!(fold(input), want, "{name}");
        }
    }

    #[test]
    fn offsets_map_back_to_char_boundaries() {
        let src = "L’État français et la RDC.";
        let mut f = Folded::default();
        f.fold(src);
        let at = f.as_str().find("rdc").unwrap();
        let (s, e) = f.original_span(at, at + 3);
        assert_eq!(&src[s..e], "RDC");
        let at = f.as_str().find("etat").unwrap();
        let (s, e) = f.original_span(at, at + 4);
        assert_eq!(&src[s..e], "État");
    }

    #[test]
    fn decomposed_accents_stay_in_the_span() {
        let src = "Co\u{302}te d'Ivoire";
        let mut f = Folded::default();
        f.fold(src);
        assert_eq!(f.as_str(), "cote d'ivoire");
        let (s, e) = f.original_span(0, 4);
        assert_eq!(&src[s..e], "Co\u{302}te");
    }

    #[test]
    fn whole_words() {
        let cases = [
            ("software", "war", false),
            ("war.", "war", true),
            ("rwanda's", "rwanda", true),
            ("somalia", "mali", false),
            ("woman", "oman", false),
            ("nigeria", "niger", false),
            ("m230", "m23", false),
        ];
        for (text, word, want) in cases {
            let at = text.find(word).unwrap();
            assert_eq!(starts_word(text, at) && ends_word(text, at + word.len()), want, "{text}/{word}");
        }
    }

    #[test]
    fn word_counts() {
        // Long ones cross the 64-byte arrays of the vectorised count.
        let long = ["ab ".repeat(100), "x\ty  z\r\n".repeat(40), format!("{} tail", "w".repeat(191))];
        let short =
            ["", "one", " two  words ", "a\nb\tc", "Côte d'Ivoire ok", "a\u{0b}b", "a\u{a0}b", "\r\n"];
        for text in short.into_iter().chain(long.iter().map(String::as_str)) {
            assert_eq!(count_words(text), text.split_ascii_whitespace().count(), "{text:?}");
        }
    }

    #[test]
    fn count_words_matches_a_byte_loop_at_every_length() {
        // Every length around the array and padding boundaries, from a
        // generator of all ASCII white space, its neighbours and non-ASCII.
        let alphabet = [" ", "\t", "\n", "\x0b", "\x0c", "\r", "\x08", "\x0e", "!", "a", "é", "\u{a0}"];
        let mut x = 0x9e37_79b9_7f4a_7c15_u64;
        for len in 0..300 {
            for _ in 0..8 {
                let text: String = (0..len)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 7;
                        x ^= x << 17;
                        alphabet[(x % alphabet.len() as u64) as usize]
                    })
                    .collect();
                let b = text.as_bytes();
                let starts = (0..b.len())
                    .filter(|&i| !b[i].is_ascii_whitespace() && (i == 0 || b[i - 1].is_ascii_whitespace()));
                assert_eq!(count_words(&text), starts.count(), "{text:?}");
            }
        }
    }

    #[test]
    fn company_names() {
        let suffixes = Suffixes::new(["Inc", "Corp", "Co", "Ltd", "Plc", "AG", "S.A", "GmbH"]);
        let cases = [
            ("connector and suffix", "Mining", " and Manufacturing Co said", true),
            ("suffix with a period", "Diamond", " Crystal Salt Co.", true),
            ("suffix with a comma", "Gold", " Fields Ltd, the miner", true),
            ("no suffix", "Gold", " Fields", false),
            ("lower-case match", "gold", " Co", false),
            ("lower-case word first", "Gold", " prices rose at the Co", false),
            ("comma ends the name", "Gold", ", silver and copper Inc", false),
            ("angle ticker", "MINERALS", " <MNRL> SETS PAYOUT", true),
            ("shouted suffix", "GOLD", " MINES LTD SAYS", true),
            ("exchange ticker", "Gold", " Reserve (NYSE: GRZ)", true),
            ("shouted suffix with periods", "Gold", " Fields CORP..", true),
            ("dotted suffix with a period", "Societe", " Generale S.A.", true),
            ("shouted suffix, mixed case", "Gold", " Fields GMBH", true),
            ("not shouted", "Gold", " Fields cORP", false),
            ("lower-case suffix", "Gold", " Fields corp", false),
            ("suffix in quotes", "Gold", " Fields Corp\")", true),
            ("only punctuation", "Gold", " ... Corp", false),
            ("fifth word", "Gold", " One Two Three Four Corp", true),
            ("sixth word", "Gold", " One Two Three Four Five Corp", false),
            ("digits are capitalised", "Gold", " 2000 Corp", true),
            ("connectors", "Banque", " de la Corp", false),
            ("French connectors", "Banque", " des Mines du Nord AG", true),
            ("no-break space", "Gold", "\u{a0}Fields\u{a0}Ltd", true),
            ("vertical tab", "Gold", "\u{b}Fields\u{b}Ltd", true),
            ("line separator", "Gold", "\u{2028}Fields\u{2003}Ltd", true),
            ("zero-width space joins", "Gold", " Fields\u{200b}Ltd", false),
            ("non-ASCII capital", "Gold", " Émeraude Ltd", true),
            ("non-ASCII lower case", "Gold", " émeraude Ltd", false),
            ("non-ASCII letter in a suffix", "Gold", " CORPÉ", false),
            ("non-ASCII match", "Émeraude", " Ltd", true),
            ("nothing after", "Gold", "", false),
            ("only white space after", "Gold", " \t\u{85}", false),
        ];
        for (name, matched, after, want) in cases {
            assert_eq!(is_company_name(matched, after, &suffixes), want, "{name}: {matched}{after}");
        }
    }

    // Guards issue 15 (1): sentences were cut at ASCII spaces only, so text
    // joined by commas, tabs or no-break spaces made one giant sentence
    // (its per-sentence work grew with the square of its length), and tags
    // were never cut.
    #[test]
    fn sentences_are_bounded_whatever_separates_the_words() {
        let table = [
            ("spaces", "word ".repeat(10_000)),
            ("commas", "word,".repeat(10_000)),
            ("tabs", "word\t".repeat(10_000)),
            ("no-break spaces", "word\u{a0}".repeat(10_000)),
            ("ideographic spaces", "戦争\u{3000}".repeat(5_000)),
            ("dots inside words", "a.b".repeat(10_000)),
            ("one word", "w".repeat(50_000)),
            ("one accented word", "é".repeat(25_000)),
        ];
        let longest = MAX_SENTENCE_BYTES + CUT_WINDOW + 4;
        for (name, text) in &table {
            for capped in [false, true] {
                let mut starts = Vec::new();
                if capped {
                    capped_starts(text, &mut starts);
                } else {
                    sentence_starts(text, text.len(), &mut starts);
                }
                let ends = starts.iter().skip(1).copied().chain([text.len()]);
                let lengths: Vec<usize> = starts.iter().zip(ends).map(|(s, e)| e - s).collect();
                assert!(lengths.iter().all(|n| (1..=longest).contains(n)), "{name}, {capped}: {lengths:?}");
                assert!(starts.iter().all(|s| text.is_char_boundary(*s)), "{name}, {capped}");
            }
        }
        // A separator near the cap is where it cuts.
        let text = format!("{},{}", "a".repeat(MAX_SENTENCE_BYTES + 10), "b".repeat(100));
        let mut starts = Vec::new();
        capped_starts(&text, &mut starts);
        assert_eq!(starts, [0, MAX_SENTENCE_BYTES + 11]);
    }

    #[test]
    fn hard_wraps() {
        let cases = [
            (
                "wire copy wraps a sentence",
                "Officials said on Tuesday that the ministry would review\nthe rules. It ended.",
                vec!["Officials said on Tuesday that the ministry would review\nthe rules.", "It ended."],
            ),
            (
                "a wrap before a capital",
                "The board said the sale of the state's remaining shares to\nAmerican banks was delayed.",
                vec![
                    "The board said the sale of the state's remaining shares to\nAmerican banks was delayed.",
                ],
            ),
            (
                "a short line is a line of its own",
                "GENEVA, March 3\nTalks resumed.",
                vec!["GENEVA, March 3", "Talks resumed."],
            ),
            (
                "an indented line starts a paragraph",
                "The committee met for three hours and adjourned without a vote\n    The chairman left.",
                vec!["The committee met for three hours and adjourned without a vote", "The chairman left."],
            ),
            (
                "a line that ends a clause with a colon",
                "The ministry published the names of the firms on its list:\nAcme, Beta and Gamma.",
                vec!["The ministry published the names of the firms on its list:", "Acme, Beta and Gamma."],
            ),
            (
                "a CRLF wrap",
                "Officials said on Tuesday that the ministry would review\r\nthe rules. It ended.",
                vec!["Officials said on Tuesday that the ministry would review\r\nthe rules.", "It ended."],
            ),
            (
                "a wrap before a non-ASCII letter",
                "Les responsables ont dit mardi que le ministère réviserait\nécoles et règles.",
                vec!["Les responsables ont dit mardi que le ministère réviserait\nécoles et règles."],
            ),
            (
                "a long line of spaces is blank",
                "Talks resumed on Tuesday\n                                                       \nthen stopped.",
                vec!["Talks resumed on Tuesday", "then stopped."],
            ),
        ];
        for (name, text, want) in cases {
            let mut starts = Vec::new();
            sentence_starts(text, text.len(), &mut starts);
            assert_eq!(parts(text, &starts), want, "{name}");
        }
    }

    #[test]
    fn lines() {
        let cases = [
            ("two lines of three", "one\ntwo\nthree", 7),
            ("blank lines do not count", "\n one\n  \n\ntwo\nthree", 13),
            ("fewer lines than asked", "one", 3),
        ];
        for (name, text, want) in cases {
            assert_eq!(lines_end(text, 2), want, "{name}");
        }
    }

    #[test]
    fn sentences() {
        let cases = [
            (
                "abbreviations and initials",
                "The U.S. and the D.R. Congo met. Talks went on! Mr. Smith left.\nNew line",
                vec!["The U.S. and the D.R. Congo met.", "Talks went on!", "Mr. Smith left.", "New line"],
            ),
            (
                "non-ASCII before a period",
                "Ils ont vu la Côte. Puis ils sont partis.",
                vec!["Ils ont vu la Côte.", "Puis ils sont partis."],
            ),
            ("a non-ASCII initial", "Le général É. Dupont parle.", vec!["Le général É. Dupont parle."]),
            (
                "a non-ASCII word then an initial",
                "Après é.B. Dupont parle.",
                vec!["Après é.B. Dupont parle."],
            ),
            (
                "a non-ASCII capital after a period",
                "It ended. Élysée aides left.",
                vec!["It ended.", "Élysée aides left."],
            ),
            ("a non-ASCII small letter after a period", "It ended. été came.", vec!["It ended. été came."]),
            (
                "a no-break space after a period",
                "It ended.\u{a0}Talks went on.",
                vec!["It ended.", "Talks went on."],
            ),
            ("an em space after a question", "Why?\u{2003}Nobody knows.", vec!["Why?", "Nobody knows."]),
            (
                "mixed spaces after a period",
                "It ended. \u{3000} \u{a0}Talks went on.",
                vec!["It ended.", "Talks went on."],
            ),
            (
                "a vertical tab after a period",
                "It ended.\x0bTalks went on.",
                vec!["It ended.", "Talks went on."],
            ),
            (
                "a non-space after a period",
                "It ended.\u{2013}Talks went on.",
                vec!["It ended.\u{2013}Talks went on."],
            ),
            ("CRLF after a period", "It ended.\r\nTalks went on.\r\n", vec!["It ended.", "Talks went on."]),
            (
                "a quote after a period",
                "It ended. \u{201c}No,\u{201d} he said.",
                vec!["It ended.", "\u{201c}No,\u{201d} he said."],
            ),
            ("an abbreviation with a number", "See No. 5 of the list.", vec!["See No. 5 of the list."]),
            ("a period at the end", "It ended.", vec!["It ended."]),
            ("spaces at the end", "It ended.  \t", vec!["It ended."]),
            ("a stop at the start", ". It ended", vec![".", "It ended"]),
        ];
        for (name, text, want) in cases {
            let mut starts = Vec::new();
            sentence_starts(text, text.len(), &mut starts);
            // Up to a hit: the same starts, through the first one past it.
            let mut upto = Vec::new();
            for until in 0..=text.len() {
                sentence_starts(text, until, &mut upto);
                let n = starts.partition_point(|&s| s <= until) + 1;
                assert_eq!(upto, starts[..n.min(starts.len())], "{name}, until {until}");
            }
            assert_eq!(parts(text, &starts), want, "{name}");
        }
    }

    /// The sentences of `text` that start at `starts`, trimmed.
    fn parts<'t>(text: &'t str, starts: &[usize]) -> Vec<&'t str> {
        let ends = starts.iter().skip(1).copied().chain([text.len()]);
        starts.iter().zip(ends).map(|(&s, e)| text[s..e].trim()).collect()
    }
}
