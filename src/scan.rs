//! Scanning an article: every segment through the matcher, each hit placed
//! in its field and sentence.

use crate::article::{Article, Field};
use crate::knowledge::Knowledge;
use crate::matcher::{Hit, Scratch as MatchScratch};
use crate::text::{capped_starts, count_words, lines_end, sentence_starts};

/// A hit placed in the article.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Located {
    pub(crate) alias: u32,
    pub(crate) entry: u32,
    pub(crate) lane: u8,
    pub(crate) field: Field,
    /// Index among tags or categories; 0 otherwise.
    pub(crate) item: u32,
    /// Byte span in the original input (see [`Article`]'s span rules).
    pub(crate) start: u32,
    pub(crate) end: u32,
    pub(crate) sentence: u32,
}

/// A sentence: its byte span in the original input.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sentence {
    pub(crate) start: u32,
    pub(crate) end: u32,
    /// Index of the segment (for the text slice).
    pub(crate) segment: u32,
}

/// Reusable buffers for one thread.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    matcher: MatchScratch,
    hits: Vec<Hit>,
    starts: Vec<usize>,
    /// The last article's scan, its buffers reused by the next.
    scan: Scan,
}

/// Scratch space above this is released after use: one huge article must
/// not keep hundreds of megabytes per thread for the rest of the process.
const KEEP_SCRATCH_BYTES: usize = 8 << 20;

impl Scratch {
    /// Releases the buffers when one large input made them grow past
    /// [`KEEP_SCRATCH_BYTES`].
    pub(crate) fn trim(&mut self) {
        let held = self.matcher.heap_bytes()
            + self.hits.capacity() * std::mem::size_of::<Hit>()
            + self.starts.capacity() * std::mem::size_of::<usize>()
            + self.scan.hits.capacity() * std::mem::size_of::<Located>()
            + self.scan.sentences.capacity() * std::mem::size_of::<Sentence>();
        if held > KEEP_SCRATCH_BYTES {
            *self = Scratch::default();
        }
    }
}

/// The result of scanning one article.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    pub(crate) hits: Vec<Located>,
    pub(crate) sentences: Vec<Sentence>,
    /// Words of title, summary and body, for length normalisation.
    pub(crate) words: usize,
    /// Where the body's lead ends (a byte offset in the input): its first
    /// [`LEAD_SENTENCES`] sentences, within as many lines. Wire copy is
    /// hard-wrapped: its sentences run over several lines, and its lead was
    /// written as the first lines.
    pub(crate) lead_end: u32,
}

/// The sentences of the body that make its lead.
const LEAD_SENTENCES: usize = 2;

impl Scan {
    /// Scans `article` into `scratch`'s reused buffers.
    pub(crate) fn run<'s>(kb: &Knowledge, article: &Article<'_>, scratch: &'s mut Scratch) -> &'s Scan {
        let mut scan = std::mem::take(&mut scratch.scan);
        scan.hits.clear();
        scan.sentences.clear();
        scan.words = 0;
        scan.lead_end = 0;
        for (segment, seg) in article.segments().enumerate() {
            scratch.hits.clear();
            kb.matcher.scan(seg.text, &mut scratch.matcher, &mut scratch.hits);
            let items = matches!(seg.field, Field::Tags | Field::Categories);
            if !items {
                scan.words += count_words(seg.text);
            }
            // Sentences after the segment's last hit are never looked at.
            let Some(last) = scratch.hits.iter().map(|h| h.start as usize).max() else { continue };
            if items {
                capped_starts(seg.text, &mut scratch.starts);
            } else {
                sentence_starts(seg.text, last, &mut scratch.starts);
            }
            let base = scan.sentences.len() as u32;
            let starts = &scratch.starts;
            if seg.field == Field::Body {
                let sentences = starts.get(LEAD_SENTENCES).copied().unwrap_or(seg.text.len());
                scan.lead_end = (seg.offset + sentences.min(lines_end(seg.text, LEAD_SENTENCES))) as u32;
            }
            for (i, s) in starts.iter().enumerate() {
                let end = starts.get(i + 1).copied().unwrap_or(seg.text.len());
                scan.sentences.push(Sentence {
                    start: (seg.offset + s) as u32,
                    end: (seg.offset + end) as u32,
                    segment: segment as u32,
                });
            }
            for h in &scratch.hits {
                let sentence = base + starts.partition_point(|s| *s <= h.start as usize) as u32 - 1;
                scan.hits.push(Located {
                    alias: h.alias,
                    entry: kb.aliases[h.alias as usize].entry as u32,
                    lane: h.lane,
                    field: seg.field,
                    item: seg.item as u32,
                    start: seg.offset as u32 + h.start,
                    end: seg.offset as u32 + h.end,
                    sentence,
                });
            }
        }
        scan.hits.sort_by_key(|h| (h.sentence, h.start, h.lane, h.alias));
        scratch.scan = scan;
        &scratch.scan
    }
}
