//! Scoring many articles across threads, in input order.
//!
//! Work is split into small blocks that idle threads take in turn (an
//! atomic counter), so one huge document does not leave the other threads
//! waiting; each block's results are put back in input order at the end.
//! Threads are `std::thread::scope` threads: no pool, no dependency.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::article::Article;
use crate::report::RiskReport;
use crate::scorer::Scorer;

/// Inputs per block taken by a thread at a time.
const BLOCK: usize = 16;

/// Below this many inputs, threads cost more than they save.
const MIN_PARALLEL: usize = 2 * BLOCK;

/// The number of threads [`Scorer::score_batch`] uses: the available
/// parallelism of the machine (1 if unknown).
pub(crate) fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, NonZeroUsize::get)
}

impl Scorer {
    /// Scores `articles` on all available cores and returns the reports in
    /// input order; the same reports as calling [`Scorer::score`] on each.
    ///
    /// # Example
    ///
    /// ```
    /// let scorer = georisk::Scorer::default();
    /// let texts = ["Rebels seize coltan mines\n\nM23 rebels seized Rubaya.", "Gold prices steady"];
    /// let articles: Vec<georisk::Article> =
    ///     texts.iter().map(|t| georisk::Article::parse(t)).collect::<Result<_, _>>().unwrap();
    /// let reports = scorer.score_batch(&articles);
    /// assert_eq!(reports.len(), 2);
    /// assert!(reports[0].score > reports[1].score);
    /// ```
    pub fn score_batch(&self, articles: &[Article<'_>]) -> Vec<RiskReport> {
        self.score_batch_on(articles, default_threads())
    }

    /// [`Scorer::score_batch`] on at most `threads` threads (0 or 1: on the
    /// calling thread).
    pub fn score_batch_on(&self, articles: &[Article<'_>], threads: usize) -> Vec<RiskReport> {
        self.map_batch(articles, threads, |scorer, article| scorer.score(article))
    }

    /// Applies `f` to every input on at most `threads` threads and returns
    /// the results in input order.
    ///
    /// This is the general form of [`Scorer::score_batch`], for inputs that
    /// still need work around scoring that is worth spreading too: parsing
    /// a JSON line before, formatting the report after.
    ///
    /// # Example
    ///
    /// ```
    /// let scorer = georisk::Scorer::default();
    /// let lines = [r#"{"id": "a", "title": "Clashes in Goma"}"#, "not json"];
    /// let out = scorer.map_batch(&lines, 2, |scorer, line| {
    ///     georisk::Article::from_json(line).map(|a| scorer.score(&a).score).map_err(|e| e.to_string())
    /// });
    /// assert!(out[0].is_ok());
    /// assert!(out[1].is_err());
    /// ```
    pub fn map_batch<T, R, F>(&self, inputs: &[T], threads: usize, f: F) -> Vec<R>
    where
        T: Sync,
        R: Send,
        F: Fn(&Scorer, &T) -> R + Sync,
    {
        let threads = threads.min(inputs.len().div_ceil(BLOCK));
        if threads <= 1 || inputs.len() < MIN_PARALLEL {
            return inputs.iter().map(|input| f(self, input)).collect();
        }
        let next = AtomicUsize::new(0);
        let blocks = inputs.len().div_ceil(BLOCK);
        let work = || {
            let mut done: Vec<(usize, Vec<R>)> = Vec::new();
            loop {
                let b = next.fetch_add(1, Ordering::Relaxed);
                if b >= blocks {
                    break;
                }
                let block = &inputs[b * BLOCK..((b + 1) * BLOCK).min(inputs.len())];
                done.push((b, block.iter().map(|input| f(self, input)).collect()));
            }
            done
        };
        let mut parts: Vec<(usize, Vec<R>)> = std::thread::scope(|scope| {
            let handles: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
            let mut parts = work();
            for handle in handles {
                match handle.join() {
                    Ok(more) => parts.extend(more),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            parts
        });
        parts.sort_unstable_by_key(|(b, _)| *b);
        let mut out = Vec::with_capacity(inputs.len());
        for (_, results) in parts {
            out.extend(results);
        }
        out
    }

    /// Scores `articles` on the current rayon thread pool (yours, inside
    /// `ThreadPool::install`, or rayon's global one) and returns the reports
    /// in input order: for hosts that already run a pool, where
    /// [`Scorer::score_batch`] would start threads of its own. Needs the
    /// `rayon` feature.
    ///
    /// # Example
    ///
    /// ```
    /// let scorer = georisk::Scorer::default();
    /// let articles: Vec<georisk::Article> =
    ///     ["Clashes in Goma", "Gold prices steady"].iter().map(|t| georisk::Article::from_body(t)).collect();
    /// let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
    /// let reports = pool.install(|| scorer.par_score_batch(&articles));
    /// assert_eq!(reports, scorer.score_batch(&articles));
    /// ```
    #[cfg(feature = "rayon")]
    pub fn par_score_batch(&self, articles: &[Article<'_>]) -> Vec<RiskReport> {
        use rayon::prelude::*;
        articles.par_iter().map(|article| self.score(article)).collect()
    }

    /// Scores the articles of an iterator in chunks of `chunk` (at least
    /// one), each chunk on all available cores, yielding the reports in
    /// input order. At most one chunk of articles and reports is held at a
    /// time, so this streams a corpus of any size in bounded memory.
    ///
    /// # Example
    ///
    /// ```
    /// let scorer = georisk::Scorer::default();
    /// let lines = vec![r#"{"title": "Clashes in Goma"}"#; 100];
    /// let articles = lines.iter().filter_map(|l| georisk::Article::from_json(l).ok());
    /// let scores: Vec<f64> = scorer.score_iter(articles, 32).map(|r| r.score).collect();
    /// assert_eq!(scores.len(), 100);
    /// ```
    pub fn score_iter<'s, 'a, I>(&'s self, articles: I, chunk: usize) -> ScoreIter<'s, 'a, I::IntoIter>
    where
        I: IntoIterator<Item = Article<'a>>,
    {
        ScoreIter {
            scorer: self,
            articles: articles.into_iter(),
            chunk: chunk.max(1),
            buffer: Vec::new(),
            ready: Vec::new().into_iter(),
        }
    }
}

/// The iterator of [`Scorer::score_iter`].
#[derive(Debug)]
pub struct ScoreIter<'s, 'a, I> {
    scorer: &'s Scorer,
    articles: I,
    chunk: usize,
    buffer: Vec<Article<'a>>,
    ready: std::vec::IntoIter<RiskReport>,
}

impl<'a, I: Iterator<Item = Article<'a>>> Iterator for ScoreIter<'_, 'a, I> {
    type Item = RiskReport;

    fn next(&mut self) -> Option<RiskReport> {
        if let Some(report) = self.ready.next() {
            return Some(report);
        }
        self.buffer.clear();
        self.buffer.extend(self.articles.by_ref().take(self.chunk));
        if self.buffer.is_empty() {
            return None;
        }
        self.ready = self.scorer.score_batch(&self.buffer).into_iter();
        self.ready.next()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Vec<String> {
        let samples = [
            include_str!("../data/samples/drc_minerals_security.txt"),
            include_str!("../data/samples/rebels_seize_mines.txt"),
            include_str!("../data/samples/football_derby.txt"),
            include_str!("../data/samples/peace_deal.txt"),
            include_str!("../data/samples/rwanda_denies.txt"),
        ];
        (0..137).map(|i| format!("{} {i}", samples[i % samples.len()])).collect()
    }

    #[test]
    fn parallel_equals_sequential() {
        let scorer = Scorer::default();
        let texts = corpus();
        let articles: Vec<Article> = texts.iter().map(|t| Article::parse(t).unwrap()).collect();
        let sequential: Vec<RiskReport> = articles.iter().map(|a| scorer.score(a)).collect();
        for threads in [0, 1, 2, 3, 8] {
            assert_eq!(scorer.score_batch_on(&articles, threads), sequential, "{threads} threads");
        }
        assert_eq!(scorer.score_batch(&articles), sequential);
        let streamed: Vec<RiskReport> = scorer.score_iter(articles.iter().cloned(), 10).collect();
        assert_eq!(streamed, sequential);
        assert!(scorer.score_batch(&[]).is_empty());
    }

    #[test]
    fn map_batch_keeps_order() {
        let scorer = Scorer::default();
        let inputs: Vec<usize> = (0..1000).collect();
        let out = scorer.map_batch(&inputs, 4, |_, i| i * 2);
        assert_eq!(out, inputs.iter().map(|i| i * 2).collect::<Vec<_>>());
    }
}
