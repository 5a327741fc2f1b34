//! Near-duplicate detection: 64-bit SimHash over word 3-shingles, and a
//! bounded window of recent fingerprints searched by Hamming distance.

use std::collections::VecDeque;

use rustc_hash::FxHashMap;

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
    simhash_parts([text])
}

/// [`simhash`] of texts one after another, as if joined by line breaks
/// (without copying them).
fn simhash_parts<'t>(parts: impl IntoIterator<Item = &'t str>) -> Option<u64> {
    let mut votes = Votes::default();
    // The last three word hashes.
    let mut last = [0u64; SHINGLE];
    let mut words = 0usize;
    for part in parts {
        for word in part.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            last = [last[1], last[2], word_hash(word)];
            words += 1;
            if words >= SHINGLE {
                votes.add(mix(last[0].rotate_left(21) ^ last[1].rotate_left(42) ^ last[2]));
            }
        }
    }
    votes.fingerprint()
}

/// Bit `j` of a byte moved to byte `j` of a `u64`: adding these counts the
/// ones of eight bit positions at once, one per byte lane.
const SPREAD: [u64; 256] = {
    let mut table = [0u64; 256];
    let mut byte = 0;
    while byte < 256 {
        let mut bit = 0;
        while bit < 8 {
            table[byte] |= ((byte as u64 >> bit) & 1) << (8 * bit);
            bit += 1;
        }
        byte += 1;
    }
    table
};

/// The SimHash vote: how many shingle hashes have each bit set. Eight
/// table additions per hash instead of 64 counter updates: byte lanes
/// count up to 255, then are added into the totals.
struct Votes {
    /// `lanes[i]` byte `j`: ones of bit `8i + j` since the last flush.
    lanes: [u64; 8],
    pending: u32,
    ones: [u32; 64],
    hashes: u32,
}

impl Default for Votes {
    fn default() -> Votes {
        Votes { lanes: [0; 8], pending: 0, ones: [0; 64], hashes: 0 }
    }
}

impl Votes {
    fn add(&mut self, h: u64) {
        for (i, lane) in self.lanes.iter_mut().enumerate() {
            *lane += SPREAD[usize::from((h >> (8 * i)) as u8)];
        }
        self.pending += 1;
        self.hashes += 1;
        if self.pending == 255 {
            self.flush();
        }
    }

    fn flush(&mut self) {
        for (i, lane) in self.lanes.iter_mut().enumerate() {
            for j in 0..8 {
                self.ones[8 * i + j] += u32::from((*lane >> (8 * j)) as u8);
            }
            *lane = 0;
        }
        self.pending = 0;
    }

    /// Bits set where more hashes have a one than a zero; `None` without
    /// any hash.
    fn fingerprint(mut self) -> Option<u64> {
        self.flush();
        let set = |(bit, ones): (usize, &u32)| u64::from(2 * ones > self.hashes) << bit;
        (self.hashes > 0).then(|| self.ones.iter().enumerate().map(set).fold(0, |acc, b| acc | b))
    }
}

/// The fingerprint of an article: [`simhash`] of its title, summary and
/// body.
pub fn fingerprint(article: &Article<'_>) -> Option<u64> {
    simhash_parts([article.title(), article.summary(), article.body()].into_iter().flatten())
}

/// The number of bits in which two fingerprints differ.
pub fn hamming(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
}

/// FNV-1a of the lowercased word.
fn word_hash(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    if word.is_ascii() {
        for b in word.bytes() {
            h ^= u64::from(b.to_ascii_lowercase());
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        return h;
    }
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
    /// (fingerprint, id), oldest first; entry `k` is number `first + k`.
    order: VecDeque<(u64, String)>,
    first: u64,
    /// The numbers of the entries with this 16-bit block, so that a
    /// duplicate's id is found without scanning the window.
    blocks: FxHashMap<(u8, u16), Vec<u64>>,
}

impl DedupWindow {
    /// A window of `capacity` fingerprints (0 disables detection) matching
    /// within `distance` bits (clamped to 0-3).
    pub fn new(capacity: usize, distance: u32) -> DedupWindow {
        DedupWindow {
            capacity,
            distance: distance.min(3),
            order: VecDeque::new(),
            first: 0,
            blocks: FxHashMap::default(),
        }
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
            let entries = self.blocks.get(&(b, block(fp, b)))?;
            entries
                .iter()
                .map(|n| (n - self.first) as usize)
                .find(|&k| hamming(self.order[k].0, fp) <= self.distance)
        });
        if let Some(k) = found {
            return Some(&self.order[k].1);
        }
        if self.order.len() >= self.capacity {
            if let Some((old, _)) = self.order.pop_front() {
                for b in 0..4u8 {
                    let key = (b, block(old, b));
                    if let Some(list) = self.blocks.get_mut(&key) {
                        if let Some(i) = list.iter().position(|n| *n == self.first) {
                            list.swap_remove(i);
                        }
                        if list.is_empty() {
                            self.blocks.remove(&key);
                        }
                    }
                }
                self.first += 1;
            }
        }
        let n = self.first + self.order.len() as u64;
        for b in 0..4u8 {
            self.blocks.entry((b, block(fp, b))).or_default().push(n);
        }
        self.order.push_back((fp, id.to_string()));
        None
    }
}

fn block(fp: u64, b: u8) -> u16 {
    (fp >> (16 * u32::from(b))) as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SimHash vote as first written: 64 counters per shingle.
    fn simhash_reference(text: &str) -> Option<u64> {
        let words: Vec<u64> =
            text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(word_hash).collect();
        let mut votes = [0i64; 64];
        for w in words.windows(3) {
            let h = mix(w[0].rotate_left(21) ^ w[1].rotate_left(42) ^ w[2]);
            for (bit, vote) in votes.iter_mut().enumerate() {
                *vote += if h >> bit & 1 == 1 { 1 } else { -1 };
            }
        }
        (words.len() >= 3)
            .then(|| votes.iter().enumerate().filter(|(_, v)| **v > 0).fold(0, |acc, (b, _)| acc | 1 << b))
    }

    // Issue 12: the byte-lane vote gives the fingerprints of the 64-counter
    // one, across the 255-hash flush and with non-ASCII words.
    #[test]
    fn fast_vote_matches_the_reference() {
        let words = ["Goma", "rebels", "M23", "Kinshasa", "ÉTAT", "coltan", "Straße", "war", "Ünited", "a"];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for len in [0, 2, 3, 4, 50, 254, 255, 256, 257, 600, 2000] {
            let text: Vec<&str> = (0..len)
                .map(|_| {
                    seed = mix(seed);
                    words[(seed % words.len() as u64) as usize]
                })
                .collect();
            let text = text.join(" ");
            assert_eq!(simhash(&text), simhash_reference(&text), "{len} words");
        }
    }

    // Fingerprints are stable across versions (shards written before are
    // merged with new ones): an article's is the SimHash of its parts
    // joined by line breaks, shingles spanning them.
    #[test]
    fn fingerprint_is_the_joined_text() {
        let article = Article::builder()
            .title("Rebels seize mine")
            .body("M23 seized the coltan mines of Rubaya.")
            .build();
        assert_eq!(
            fingerprint(&article),
            simhash("Rebels seize mine\nM23 seized the coltan mines of Rubaya.\n")
        );
        assert_eq!(
            fingerprint(&article),
            simhash_reference("Rebels seize mine\nM23 seized the coltan mines of Rubaya.")
        );
    }

    // Issue 12: a duplicate is named by the entry it matches, also after
    // the window has forgotten older entries (numbers shift).
    #[test]
    fn window_names_the_matching_entry() {
        let mut w = DedupWindow::new(3, 3);
        let fps = [0u64, 0xffff, 0xffff_0000, 0xffff_0000_0000, 0xffff_0000_0000_0000];
        for (i, fp) in fps.iter().enumerate() {
            assert_eq!(w.check(&format!("a{i}"), *fp), None);
        }
        assert_eq!(w.len(), 3);
        assert_eq!(w.check("x", 0), None, "a0 was forgotten");
        assert_eq!(w.check("y", 0xffff_0000_0001), Some("a3"));
        assert_eq!(w.check("z", 0xffff_0000_0000_0007), Some("a4"));
    }
}
