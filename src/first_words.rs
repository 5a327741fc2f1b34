//! The first-word index in front of the matcher's automaton.
//!
//! A pattern that matches as a whole word begins with the text's word at
//! that point: the byte after the pattern's leading run of ASCII letters and
//! digits, in the pattern or (at the pattern's end) in the text, is neither.
//! So the matcher looks each word of the text up here. Most words (70% of
//! news text, with the default knowledge base) are turned away by a Bloom
//! filter that stays in L1; the rest find, in an exact table, the
//! automaton state reached after the word, and the walk goes on from there
//! instead of re-reading the word byte by byte.
//!
//! Most words that pass ("the", "in", "u") begin only longer patterns ("the
//! hague", "u.s. army"), and the next word settles them, by the same
//! argument: a pattern's second word, and the separator before it, equal the
//! text's. So the same Bloom filter also holds every (first word, separator,
//! second word) of the patterns, and the walk goes past the first word only
//! when the text's triple is in it.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::Anchored;

use crate::text::FOLD_BYTE;

/// The leading words of a set of patterns, each with the automaton state it
/// leads to.
#[derive(Clone, Debug)]
pub(crate) struct FirstWords {
    /// First words and (first word, separator, second word) triples: 32 KiB
    /// for the default 6,045 words and 4,451 triples.
    bloom: Bloom,
    /// Open addressing, linear probing, at most half full.
    slots: Box<[Slot]>,
    /// The longest separator between a first and a second word.
    max_separator: usize,
}

/// A word of up to eight bytes, or the first eight bytes of a longer one,
/// with its length.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Key {
    head: u64,
    len: u32,
}

#[derive(Clone, Copy, Debug)]
struct Slot {
    /// `len == 0`: empty.
    key: Key,
    /// The state after the key's first `min(len, 8)` bytes.
    state: StateID,
    next: Next,
}

/// What may follow a first word in the patterns that begin with it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Next {
    /// Nothing: every such pattern is the word itself.
    #[default]
    Nothing,
    /// A separator and a second word: see [`FirstWords::may_follow`].
    Word,
    /// Some pattern has a separator and no second word ("co."): walk on.
    Anything,
}

/// Where a first word is in the text, with what follows it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    /// The state after the word's first `min(len, 8)` bytes.
    pub(crate) state: StateID,
    pub(crate) next: Next,
    key: Key,
}

/// A one-hash Bloom filter of 64-bit hashes.
#[derive(Clone, Debug)]
struct Bloom {
    words: Box<[u64]>,
    /// 64 - log2(bits).
    shift: u32,
}

impl Bloom {
    /// Room for `n` hashes: 24 bits each (about 4% false positives), and
    /// never under 2^18 bits (32 KiB, measured best at the default size:
    /// 2^16 and 2^17 bits ran 10% and 3% slower, with more walks).
    fn new(n: usize) -> Bloom {
        let log2 = (n * 24).next_power_of_two().trailing_zeros().max(18);
        Bloom { words: vec![0; 1 << (log2 - 6)].into_boxed_slice(), shift: 64 - log2 }
    }

    fn insert(&mut self, h: u64) {
        let bit = h >> self.shift;
        self.words[(bit >> 6) as usize] |= 1 << (bit & 63);
    }

    #[inline]
    fn contains(&self, h: u64) -> bool {
        let bit = h >> self.shift;
        self.words[(bit >> 6) as usize] & (1 << (bit & 63)) != 0
    }
}

impl FirstWords {
    /// Indexes the leading words of `patterns` (folded text), walking each
    /// through `ac` from `start`, anchored.
    pub(crate) fn new<A: Automaton>(patterns: &[&str], ac: &A, start: StateID) -> FirstWords {
        let mut words: Vec<(Key, Next)> = Vec::new();
        let mut pairs: Vec<u64> = Vec::new();
        let mut max_separator = 0;
        for p in patterns.iter().map(|p| p.as_bytes()) {
            let len = word_len(p);
            if len == 0 {
                continue;
            }
            let key = Key::of(p, len);
            let rest = &p[len..];
            let sep = rest.iter().position(u8::is_ascii_alphanumeric).unwrap_or(rest.len());
            let next = match (rest.len(), sep) {
                (0, _) => Next::Nothing,
                (n, s) if s == n => Next::Anything,
                _ => {
                    max_separator = max_separator.max(sep);
                    let second = &rest[sep..];
                    pairs.push(pair_hash(key, &rest[..sep], Key::of(second, word_len(second))));
                    Next::Word
                }
            };
            words.push((key, next));
        }
        // One slot per word, with the widest `next` of its patterns.
        words.sort_unstable_by_key(|(k, n)| (k.head, k.len, std::cmp::Reverse(*n)));
        words.dedup_by_key(|(k, _)| *k);
        let size = (words.len() * 2).next_power_of_two().max(16);
        let empty = Slot { key: Key::default(), state: start, next: Next::Nothing };
        let mut index = FirstWords {
            bloom: Bloom::new(words.len() + pairs.len()),
            slots: vec![empty; size].into_boxed_slice(),
            max_separator,
        };
        for h in pairs {
            index.bloom.insert(h);
        }
        for (key, next) in words {
            let h = key.hash();
            index.bloom.insert(h);
            let head = key.head.to_le_bytes();
            let state = head[..(key.len as usize).min(8)]
                .iter()
                .fold(start, |sid, &b| ac.next_state(Anchored::Yes, sid, b));
            let mut i = h as usize & (size - 1);
            while index.slots[i].key.len != 0 {
                i = (i + 1) & (size - 1);
            }
            index.slots[i] = Slot { key, state, next };
        }
        index
    }

    /// For the word `text[..len]` (`len > 0`), the state reached after its
    /// first `min(len, 8)` bytes and what may follow it, if some pattern
    /// begins with such a word.
    #[inline]
    pub(crate) fn find(&self, text: &[u8], len: usize) -> Option<Found> {
        let key = Key::of(text, len);
        let h = key.hash();
        if !self.bloom.contains(h) {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let slot = &self.slots[i];
            if slot.key == key {
                return Some(Found { state: slot.state, next: slot.next, key });
            }
            if slot.key.len == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Given a first word found at the start of `text`, may some pattern
    /// go on with the separator and second word that follow it in `text`?
    /// Only for [`Next::Word`]: no false negatives.
    #[inline]
    pub(crate) fn may_follow(&self, first: &Found, text: &[u8]) -> bool {
        let rest = &text[first.key.len as usize..];
        let window = &rest[..rest.len().min(self.max_separator + 1)];
        let Some(sep) = window.iter().position(u8::is_ascii_alphanumeric) else { return false };
        let second = &rest[sep..];
        let h = pair_hash(first.key, &rest[..sep], Key::of(second, word_len(second)));
        self.bloom.contains(h)
    }

    /// Heap bytes held.
    pub(crate) fn heap_bytes(&self) -> usize {
        std::mem::size_of_val(&*self.bloom.words) + std::mem::size_of_val(&*self.slots)
    }
}

impl Key {
    /// The key of the word `text[..len]`, folded to lower case.
    #[inline]
    fn of(text: &[u8], len: usize) -> Key {
        let mask = u64::MAX >> (64 - 8 * len.clamp(1, 8));
        let head = match text.first_chunk::<8>() {
            // One unaligned load, masked to the word: no copy loop.
            Some(chunk) => u64::from_le_bytes(*chunk),
            None => text[..len.min(8)].iter().rev().fold(0, |x, &b| x << 8 | u64::from(b)),
        };
        // ASCII letters and digits fold to lower case by setting bit 5.
        let head = (head | 0x2020_2020_2020_2020) & mask;
        debug_assert!(text[..len.min(8)]
            .iter()
            .zip(head.to_le_bytes())
            .all(|(b, h)| FOLD_BYTE[*b as usize] == h));
        Key { head, len: len as u32 }
    }

    #[inline]
    fn hash(self) -> u64 {
        let x = self.head ^ u64::from(self.len).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        x.wrapping_mul(0xD6E8_FEB8_6659_FD93)
    }
}

/// The hash of a first word, the separator after it and the second word.
fn pair_hash(first: Key, separator: &[u8], second: Key) -> u64 {
    // Folded, as the text is read unfolded ("al-Shabaab" is "al shabaab").
    let sep = separator
        .iter()
        .fold(0x5EED_u64, |h, &b| (h ^ u64::from(FOLD_BYTE[b as usize])).wrapping_mul(0x100_0000_01B3));
    (first.hash() ^ second.hash().rotate_left(23) ^ sep).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The length of the run of ASCII letters and digits `s` begins with: its
/// leading word.
#[inline]
pub(crate) fn word_len(s: &[u8]) -> usize {
    let mut len = 0;
    // Eight bytes at a time, branch-free within a chunk: most words end in
    // the first one, and a byte loop would mispredict at every word's end.
    while let Some(chunk) = s.get(len..).and_then(<[u8]>::first_chunk::<8>) {
        let other = !word_bytes(u64::from_le_bytes(*chunk)) & HIGH;
        if other != 0 {
            return len + (other.trailing_zeros() / 8) as usize;
        }
        len += 8;
    }
    len + s[len..].iter().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(s.len() - len)
}

const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` set where the byte is an ASCII letter or
/// digit (SWAR range checks: no carry crosses a byte, as every sum of a
/// 7-bit value and a constant below stays under 0x100).
#[inline]
fn word_bytes(x: u64) -> u64 {
    const fn each(b: u8) -> u64 {
        u64::from_le_bytes([b; 8])
    }
    let v = x & !HIGH;
    let lower = v | each(0x20);
    let letter = lower.wrapping_add(each(0x80 - b'a')) & !lower.wrapping_add(each(0x7f - b'z'));
    let digit = v.wrapping_add(each(0x80 - b'0')) & !v.wrapping_add(each(0x7f - b'9'));
    (letter | digit) & !x & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_len_matches_a_byte_loop_on_every_byte() {
        for b in 0..=255u8 {
            for at in 0..12 {
                let mut text = b"abcdefghijkl9".to_vec();
                text[at] = b;
                let want = text.iter().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(text.len());
                assert_eq!(word_len(&text), want, "byte {b:#x} at {at}");
            }
        }
        assert_eq!(word_len(b""), 0);
        assert_eq!(word_len(b"war"), 3);
        assert_eq!(word_len(b"war, peace"), 3);
    }
}
