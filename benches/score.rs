//! Criterion benches: scorer build time, single-article latency and corpus
//! throughput.
//!
//! ```sh
//! cargo bench                                   # synthetic corpus from data/samples
//! GEORISK_CORPUS=/tmp/corp/all.jsonl cargo bench  # plus a real JSONL corpus
//! ```
//!
//! Every bench first checks the hits its input must give (a floor, and for
//! inputs made of repeated pieces the exact sum over the pieces), so a broken
//! matcher cannot look fast. Measurement times are short: the whole run
//! takes about a minute on two cores.

use std::collections::HashSet;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use georisk::{Article, Detail, RiskReport, Scorer};

/// Hits that make up a report's signals (lexicon and actor hits).
fn hits(r: &RiskReport) -> usize {
    r.signals.conflict.hits + r.signals.minerals.hits + r.signals.foreign_involvement.hits
}

/// The bundled samples, read at run time (`data/samples/*.txt`, sorted).
fn samples() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("data/samples")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths.iter().map(|p| std::fs::read_to_string(p).expect("sample")).collect();
    assert!(texts.len() >= 5, "expected the bundled samples in {}", dir.display());
    texts
}

/// A small deterministic generator (64-bit LCG).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }
}

/// Paragraphs of every sample, in a fixed order.
fn paragraphs(samples: &[String]) -> Vec<&str> {
    samples.iter().flat_map(|s| s.split("\n\n").map(str::trim).filter(|p| p.len() > 40)).collect()
}

/// A deterministic synthetic corpus: `n` plain-text articles, each a sample
/// headline (first line) and 2 to 6 paragraphs drawn from all samples.
fn synthetic_corpus(samples: &[String], n: usize) -> Vec<String> {
    let paras = paragraphs(samples);
    let titles: Vec<&str> = samples.iter().filter_map(|s| s.lines().find(|l| l.len() > 20)).collect();
    let mut rng = Lcg(42);
    (0..n)
        .map(|_| {
            let mut text = titles[rng.next() % titles.len()].to_string();
            for _ in 0..2 + rng.next() % 5 {
                text.push_str("\n\n");
                text.push_str(paras[rng.next() % paras.len()]);
            }
            text
        })
        .collect()
}

/// A document of about `size` bytes: paragraphs of the samples in turn.
/// Returns it with the exact number of raw matcher hits it must give (the
/// sum over its paragraphs, scanned alone).
fn document(scorer: &Scorer, samples: &[String], size: usize) -> (String, usize) {
    let paras = paragraphs(samples);
    let (mut doc, mut expected) = (String::new(), 0);
    for p in paras.iter().cycle() {
        if doc.len() >= size {
            break;
        }
        if !doc.is_empty() {
            doc.push_str("\n\n");
        }
        doc.push_str(p);
        expected += scorer.match_count(p);
    }
    (doc, expected)
}

/// `count` distinct two-word pseudo terms that are not real patterns.
fn synthetic_terms(scorer: &Scorer, count: usize) -> Vec<String> {
    const SYL: [&str; 16] = [
        "ka", "lo", "mi", "ren", "tu", "vas", "qu", "zor", "bel", "nix", "dra", "fen", "gol", "hup", "jix",
        "wem",
    ];
    let real: HashSet<String> = scorer.patterns().into_iter().collect();
    let mut rng = Lcg(7);
    let word = |rng: &mut Lcg| (0..3).map(|_| SYL[rng.next() % SYL.len()]).collect::<String>();
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        let term = format!("{} {}", word(&mut rng), word(&mut rng));
        if !real.contains(&term) && seen.insert(term.clone()) {
            out.push(term);
        }
    }
    out
}

/// A lexicon file holding `terms`, 50 aliases per entry.
fn synthetic_lexicon(terms: &[String]) -> String {
    let mut src = String::from("@signal conflict\n");
    for (i, chunk) in terms.chunks(50).enumerate() {
        src.push_str(&format!("syn.{i} cat=armed_clash w=1 : {}\n", chunk.join(" | ")));
    }
    src
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args()
}

fn build(c: &mut Criterion) {
    let scorer = Scorer::default();
    let terms = synthetic_terms(&scorer, 9 * scorer.pattern_count());
    let lex = synthetic_lexicon(&terms);
    let big =
        Scorer::builder().lexicon("synthetic.lex", &lex).expect("synthetic lexicon").build().expect("builds");
    // Check once: the big scorer holds 10x the patterns and finds a planted term.
    assert!(big.pattern_count() >= 10 * scorer.pattern_count(), "{}", big.pattern_count());
    let planted = format!("Reports of {} near the border.", terms[terms.len() / 2]);
    assert_eq!(big.match_count(&planted), 1, "{planted}");
    assert_eq!(scorer.match_count(&planted), 0, "{planted}");
    eprintln!(
        "build: default {} patterns, {:.2} MiB matcher; 10x {} patterns, {:.2} MiB matcher",
        scorer.pattern_count(),
        scorer.memory_usage() as f64 / 1048576.0,
        big.pattern_count(),
        big.memory_usage() as f64 / 1048576.0
    );

    let mut g = c.benchmark_group("build");
    g.sample_size(10).measurement_time(Duration::from_secs(12));
    g.bench_function("default", |b| b.iter(|| Scorer::builder().build().expect("builds")));
    g.bench_function("10x_synthetic", |b| {
        b.iter(|| {
            Scorer::builder()
                .lexicon("synthetic.lex", black_box(&lex))
                .expect("parses")
                .build()
                .expect("builds")
        })
    });
    g.finish();
}

fn latency(c: &mut Criterion) {
    let scorer = Scorer::default();
    let samples = samples();
    let headline = "M23 rebels seize coltan mines in North Kivu as Rwanda denies backing";
    let article_4k = synthetic_4k(&samples);
    let (doc_1m, doc_hits) = document(&scorer, &samples, 1 << 20);

    // Checks, once: hits a working matcher must find.
    let r = scorer.score_text(headline);
    assert!(hits(&r) >= 3 && r.signals.conflict.hits >= 1 && r.signals.minerals.hits >= 1, "headline: {r:?}");
    let r = scorer.score_text(&article_4k);
    assert!(hits(&r) >= 10, "4 KB article: {} hits", hits(&r));
    assert_eq!(
        scorer.match_count(&doc_1m),
        doc_hits,
        "1 MB document: hits must equal the sum over its parts"
    );
    assert!(doc_hits >= doc_1m.len() / 200, "1 MB document: only {doc_hits} hits");

    let mut g = c.benchmark_group("latency");
    for (name, text) in
        [("headline", headline), ("article_4k", article_4k.as_str()), ("document_1m", doc_1m.as_str())]
    {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("score_text", name), text, |b, t| {
            b.iter(|| scorer.score_text(t))
        });
    }
    g.throughput(Throughput::Bytes(doc_1m.len() as u64));
    g.bench_function("match_count/document_1m", |b| b.iter(|| scorer.match_count(black_box(&doc_1m))));
    g.finish();
}

/// A ~4 KB plain-text article: the DRC sample's headline and paragraphs of
/// the other samples.
fn synthetic_4k(samples: &[String]) -> String {
    let paras = paragraphs(samples);
    let mut text = String::from("Congo Courts U.S. With Minerals-for-Security Offer as M23 Advances");
    for p in paras.iter().cycle() {
        if text.len() + p.len() > 4096 {
            break;
        }
        text.push_str("\n\n");
        text.push_str(p);
    }
    text
}

/// Benches scoring `articles` (and batch scoring), and prints articles/s.
fn corpus_bench(c: &mut Criterion, name: &str, articles: &[Article<'_>], sample_size: usize) {
    let scorer = Scorer::default();
    let bytes: usize = articles
        .iter()
        .map(|a| {
            [a.title(), a.summary(), a.body()].into_iter().flatten().map(str::len).sum::<usize>()
                + a.tags().chain(a.categories()).map(str::len).sum::<usize>()
        })
        .sum();
    // Check once: enough hits, and the parallel path agrees with the sequential one.
    let total: usize = articles.iter().map(|a| hits(&scorer.score(a))).sum();
    assert!(total >= articles.len() / 10, "{name}: only {total} hits in {} articles", articles.len());
    let batch: usize = scorer.score_batch(articles).iter().map(hits).sum();
    assert_eq!(batch, total, "{name}: batch and sequential scoring disagree");

    let start = Instant::now();
    let passes = 3;
    for _ in 0..passes {
        black_box(articles.iter().map(|a| scorer.score(a).score).sum::<f64>());
    }
    let secs = start.elapsed().as_secs_f64() / passes as f64;
    eprintln!(
        "corpus {name}: {} articles, {:.1} MB, {total} hits; 1 thread {:.0} articles/s, {:.1} MB/s",
        articles.len(),
        bytes as f64 / 1e6,
        articles.len() as f64 / secs,
        bytes as f64 / 1e6 / secs
    );

    let mut g = c.benchmark_group(format!("corpus_{name}"));
    // Long enough for `sample_size` runs of the sequential pass.
    let measure = Duration::from_secs_f64((secs * sample_size as f64 * 1.2).max(2.0));
    g.sample_size(sample_size).measurement_time(measure).throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("score", |b| b.iter(|| articles.iter().map(|a| scorer.score(a).score).sum::<f64>()));
    g.bench_function("score_detail_scores", |b| {
        b.iter(|| articles.iter().map(|a| scorer.score_detail(a, Detail::Scores).score).sum::<f64>())
    });
    g.bench_function("score_batch", |b| b.iter(|| scorer.score_batch(articles).len()));
    g.finish();
}

fn corpus(c: &mut Criterion) {
    let texts = synthetic_corpus(&samples(), 1000);
    let articles: Vec<Article> = texts.iter().map(|t| Article::parse(t).expect("parses")).collect();
    corpus_bench(c, "synthetic", &articles, 10);

    if let Some(path) = std::env::var_os("GEORISK_CORPUS") {
        let data =
            std::fs::read(&path).unwrap_or_else(|e| panic!("GEORISK_CORPUS={}: {e}", path.to_string_lossy()));
        let data = String::from_utf8_lossy(&data);
        let articles: Vec<Article> = data.lines().filter_map(|l| Article::from_json(l).ok()).collect();
        assert!(!articles.is_empty(), "GEORISK_CORPUS={}: no article parsed", path.to_string_lossy());
        corpus_bench(c, "real", &articles, 10);
    }
}

criterion_group! { name = benches; config = config(); targets = build, latency, corpus }
criterion_main!(benches);
