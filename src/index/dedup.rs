//! Near-duplicate detection: 64-bit SimHash over word 3-shingles, and a
//! bounded window of recent fingerprints searched by Hamming distance.

use std::collections::{HashMap, VecDeque};

use crate::article::Article;

/// Words per shingle.
const SHINGLE: usize = 3;

/// The SimHash of a text: each word 3-shingle (lowercased alphanumeric
/// words) is hashed to 64 bits and votes +1/−1 on every bit; the
/// fingerprint has a bit set where the votes are positive. Copies with
/// small edits differ in few bits; unrelated texts in about 32.
///
/// `None` for a text of fewer than three words (too short to tell a copy
/// from a coincidence).
///
/// # Example
///
/// ```
/// use georisk::index::{hamming, simhash};
/// let a = simhash("Iranian gunboats attacked a Kuwaiti tanker in the Gulf on Monday, shipping sources said, \
///                  and the ship was set on fire near the Strait of Hormuz.").unwrap();
/// let b = simhash("Iranian gunboats attacked a Kuwaiti tanker in the Gulf on Tuesday, shipping sources said, \
///                  and the ship was set on fire near the Strait of Hormuz.").unwrap();
/// let c = simhash("Gold prices were steady in London trading as the dollar firmed against the yen.").unwrap();
/// assert!(hamming(a, b) < hamming(a, c));
/// ```
pub fn simhash(text: &str) -> Option<u64> {
    let mut words: Vec<u64> = Vec::new();
    let mut votes = [0i64; 64];
    let mut any = false;
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        words.push(word_hash(word));
        if words.len() >= SHINGLE {
            let n = words.len();
            let h = mix(words[n - 3].rotate_left(21) ^ words[n - 2].rotate_left(42) ^ words[n - 1]);
            for (bit, vote) in votes.iter_mut().enumerate() {
                *vote += if h >> bit & 1 == 1 { 1 } else { -1 };
            }
            any = true;
        }
    }
    any.then(|| votes.iter().enumerate().filter(|(_, v)| **v > 0).fold(0u64, |acc, (bit, _)| acc | 1 << bit))
}

/// The fingerprint of an article: [`simhash`] of its title and body.
pub fn fingerprint(article: &Article<'_>) -> Option<u64> {
    let mut text = String::new();
    for part in [article.title(), article.summary(), article.body()].into_iter().flatten() {
        text.push_str(part);
        text.push('\n');
    }
    simhash(&text)
}

/// The number of bits in which two fingerprints differ.
pub fn hamming(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
}

/// FNV-1a of the lowercased word.
fn word_hash(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in word.chars().flat_map(char::to_lowercase) {
        let mut buf = [0u8; 4];
        for b in c.encode_utf8(&mut buf).bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// SplitMix64 finaliser: spreads FNV's weak low bits over all 64.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The most recent fingerprints, searchable by Hamming distance.
///
/// A fingerprint within `distance` (at most 3) of one in the window is a
/// duplicate. The 64 bits are split into four 16-bit blocks: two
/// fingerprints within 3 bits agree exactly on at least one block, so only
/// fingerprints sharing a block are compared. When full, the oldest entry
/// is forgotten: memory is bounded by `capacity`.
#[derive(Clone, Debug)]
pub struct DedupWindow {
    capacity: usize,
    distance: u32,
    order: VecDeque<(u64, String)>,
    blocks: HashMap<(u8, u16), Vec<u64>>,
}

impl DedupWindow {
    /// A window of `capacity` fingerprints (0 disables detection) matching
    /// within `distance` bits (clamped to 0-3).
    pub fn new(capacity: usize, distance: u32) -> DedupWindow {
        DedupWindow { capacity, distance: distance.min(3), order: VecDeque::new(), blocks: HashMap::new() }
    }

    /// Fingerprints held.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// True when no fingerprint is held.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// If `fp` is within the distance of a fingerprint in the window, the
    /// id of that earlier article; otherwise `fp` is remembered under `id`
    /// and the result is `None`.
    pub fn check(&mut self, id: &str, fp: u64) -> Option<&str> {
        if self.capacity == 0 {
            return None;
        }
        let found = (0..4u8).find_map(|b| {
            self.blocks
                .get(&(b, block(fp, b)))?
                .iter()
                .copied()
                .find(|other| hamming(*other, fp) <= self.distance)
        });
        if let Some(other) = found {
            return self.order.iter().find(|(f, _)| *f == other).map(|(_, id)| id.as_str());
        }
        if self.order.len() >= self.capacity {
            if let Some((old, _)) = self.order.pop_front() {
                for b in 0..4u8 {
                    if let Some(list) = self.blocks.get_mut(&(b, block(old, b))) {
                        if let Some(i) = list.iter().position(|f| *f == old) {
                            list.swap_remove(i);
                        }
                        if list.is_empty() {
                            self.blocks.remove(&(b, block(old, b)));
                        }
                    }
                }
            }
        }
        for b in 0..4u8 {
            self.blocks.entry((b, block(fp, b))).or_default().push(fp);
        }
        self.order.push_back((fp, id.to_string()));
        None
    }
}

fn block(fp: u64, b: u8) -> u16 {
    (fp >> (16 * u32::from(b))) as u16
}
