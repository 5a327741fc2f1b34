//! Throughput of georisk on a JSONL corpus, beside its peers, in one run.
//!
//! ```sh
//! cargo run --release --example throughput -- CORPUS.jsonl [--passes N] [--grow F] [--only VARIANT] [--dump-patterns FILE]
//! ```
//!
//! Every line of the corpus is parsed once (an article: `title`, `summary`,
//! `body`/`text`, `tags`...; bad lines are skipped and counted). Then, over
//! the same text segments, each variant runs `N` timed passes (default 5)
//! and its median is printed:
//!
//! * **full**: [`georisk::Scorer::score`], the whole report, one thread;
//! * **lean**: [`georisk::Scorer::score_detail`] at [`georisk::Detail::Scores`]
//!   (scores, actors, relations, rules; no evidence text), one thread;
//! * **raw-scan**: georisk's matcher alone on the same compiled patterns
//!   ([`georisk::Scorer::match_count`]); `ratio` is full / raw-scan;
//! * **aho-corasick**: the aho-corasick crate over the same (folded)
//!   patterns, leftmost-longest, DFA, ASCII case-insensitive, with an ASCII
//!   whole-word check;
//! * **regex**: the regex crate, `(?i-u)\b{start-half}(?:alts)\b{end-half}`
//!   over the same terms, longest alternatives first;
//! * **threads**: full scoring with [`georisk::Scorer::map_batch`] on all
//!   available cores, each report used and dropped by the thread that wrote
//!   it (as in the CLI and in the one-thread `full` run).
//!
//! MB = 10^6 bytes of article text (the segments scored, not the JSON).
//! Before the timed runs, one pass writes every report as a JSON line at
//! each [`georisk::Detail`] and prints the sizes against the text's.
//! The last line is machine-readable:
//! `throughput: full <MB/s> MB/s, raw-scan <MB/s> MB/s, ratio <x>, aho-corasick <MB/s> MB/s, regex <MB/s> MB/s, threads <n> <MB/s> MB/s, lean <MB/s> MB/s`.
//!
//! `--only VARIANT` runs that variant alone (no JSON sizes, no peers built):
//! for profilers and instruction counts (`valgrind --tool=callgrind`).
//!
//! `--dump-patterns FILE` writes the folded patterns, one per line (what the
//! Python peers in `benches/peers/` load); without a corpus it only does that.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use georisk::{Article, Detail, Scorer};

/// A named run over the corpus, returning a count that must not change.
type Variant<'a> = (String, Box<dyn FnMut() -> usize + 'a>);

const USAGE: &str =
    "usage: throughput CORPUS.jsonl [--passes N] [--grow F] [--only VARIANT] [--dump-patterns FILE]";

struct Options {
    corpus: Option<String>,
    passes: usize,
    dump: Option<String>,
    grow: usize,
    only: Option<String>,
}

fn options() -> Result<Options, String> {
    let mut opts = Options { corpus: None, passes: 5, dump: None, grow: 1, only: None };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--passes" => {
                let n = args.next().ok_or("--passes needs a number")?;
                opts.passes = n.parse().map_err(|_| format!("--passes: not a number: {n}"))?;
                opts.passes = opts.passes.max(1);
            }
            "--grow" => {
                let n = args.next().ok_or("--grow needs a factor")?;
                opts.grow = n.parse().map_err(|_| format!("--grow: not a whole number: {n}"))?;
            }
            "--only" => opts.only = Some(args.next().ok_or("--only needs a variant")?),
            "--dump-patterns" => opts.dump = Some(args.next().ok_or("--dump-patterns needs a file")?),
            "-h" | "--help" => return Err(USAGE.to_string()),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ if opts.corpus.is_none() => opts.corpus = Some(arg),
            _ => return Err(format!("unexpected argument {arg}\n{USAGE}")),
        }
    }
    Ok(opts)
}

fn main() -> ExitCode {
    match main_with(options()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("throughput: {e}");
            ExitCode::from(2)
        }
    }
}

fn main_with(opts: Result<Options, String>) -> Result<(), String> {
    let opts = opts?;
    let data = match &opts.corpus {
        Some(path) => {
            let bytes =
                std::fs::read(path).map_err(|e| format!("cannot read corpus {path}: {e}\n{USAGE}"))?;
            Some(String::from_utf8_lossy(&bytes).into_owned())
        }
        None if opts.dump.is_some() && opts.grow == 1 => None,
        None => return Err(format!("no corpus given: pass a JSONL file (one article per line)\n{USAGE}")),
    };
    let mut skipped = 0usize;
    let articles: Vec<Article> = data
        .iter()
        .flat_map(|d| d.lines())
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| Article::from_json(l).map_err(|_| skipped += 1).ok())
        .collect();
    let extra = grown(&articles, opts.grow)?;
    let start = Instant::now();
    let mut builder = Scorer::builder();
    if let Some(lex) = &extra {
        builder.lexicon("grown.lex", lex).map_err(|e| format!("--grow {}: {e}", opts.grow))?;
    }
    let scorer = builder.build().map_err(|e| e.to_string())?;
    let build = start.elapsed();
    if let Some(path) = &opts.dump {
        let patterns = scorer.patterns();
        let text = patterns.join("\n") + "\n";
        std::fs::write(path, text).map_err(|e| format!("cannot write {path}: {e}"))?;
        eprintln!("throughput: wrote {} patterns to {path}", patterns.len());
    }
    if let Some(path) = &opts.corpus {
        println!("corpus {path}: {} articles ({skipped} lines skipped)", articles.len());
        match &opts.only {
            Some(name) => only(&scorer, &articles, name, opts.passes)?,
            None => run(&scorer, build, &articles, opts.passes),
        }
    }
    Ok(())
}

/// With `grow > 1`, a lexicon of `(grow - 1)` times as many terms as the
/// default knowledge base has: word pairs that occur exactly once in the
/// corpus (real text, as rare as lexicon terms are), in order of first
/// appearance.
fn grown(articles: &[Article<'_>], grow: usize) -> Result<Option<String>, String> {
    if grow <= 1 {
        return Ok(None);
    }
    let default = Scorer::default();
    let known: std::collections::HashSet<String> = default.patterns().into_iter().collect();
    let mut counts: std::collections::HashMap<String, (usize, usize)> = std::collections::HashMap::new();
    for text in articles.iter().flat_map(segments) {
        let words: Vec<String> = text
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| w.len() > 1)
            .map(str::to_ascii_lowercase)
            .collect();
        for pair in words.windows(2) {
            let order = counts.len();
            counts.entry(format!("{} {}", pair[0], pair[1])).or_insert((0, order)).0 += 1;
        }
    }
    let mut rare: Vec<(usize, String)> = counts
        .into_iter()
        .filter(|(t, (n, _))| *n == 1 && !known.contains(t))
        .map(|(t, (_, o))| (o, t))
        .collect();
    rare.sort_unstable();
    let want = (grow - 1) * default.pattern_count();
    if rare.len() < want {
        return Err(format!(
            "--grow {grow}: the corpus has only {} rare word pairs, {want} needed",
            rare.len()
        ));
    }
    let mut lex = String::from("@signal conflict\n");
    for (i, chunk) in rare[..want].chunks(50).enumerate() {
        let terms: Vec<&str> = chunk.iter().map(|(_, t)| t.as_str()).collect();
        lex.push_str(&format!("grow.{i} cat=armed_clash w=1 : {}\n", terms.join(" | ")));
    }
    Ok(Some(lex))
}

fn run(scorer: &Scorer, build: Duration, articles: &[Article<'_>], passes: usize) {
    let segments: Vec<&str> = articles.iter().flat_map(segments).collect();
    let bytes: usize = segments.iter().map(|s| s.len()).sum();
    let n = articles.len();
    let patterns = scorer.patterns();
    println!(
        "text: {:.1} MB in {} segments; scorer: {} aliases, {} distinct patterns, build {:.1} ms, \
         matcher memory {:.2} MiB",
        bytes as f64 / 1e6,
        segments.len(),
        scorer.pattern_count(),
        patterns.len(),
        build.as_secs_f64() * 1e3,
        scorer.memory_usage() as f64 / (1024.0 * 1024.0)
    );

    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .ascii_case_insensitive(true)
        .build(&patterns)
        .expect("aho-corasick builds");
    let mut alts: Vec<&String> = patterns.iter().collect();
    alts.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    let alts: Vec<String> = alts.iter().map(|p| regex::escape(p)).collect();
    let re =
        regex::RegexBuilder::new(&format!(r"(?i-u)\b{{start-half}}(?:{})\b{{end-half}}", alts.join("|")))
            .size_limit(1 << 30)
            .dfa_size_limit(1 << 30)
            .build()
            .expect("regex builds");
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());

    let mb = bytes as f64 / 1e6;
    let json = |detail: Detail| {
        let mut out = Vec::with_capacity(1 << 16);
        let mut total = 0;
        for a in articles {
            out.clear();
            serde_json::to_writer(&mut out, &scorer.score_detail(a, detail)).expect("serialises");
            total += out.len();
        }
        total
    };
    let sizes = [Detail::Scores, Detail::Spans, Detail::Full].map(|d| (d, json(d) as f64 / bytes as f64));
    let sizes: Vec<String> = sizes.iter().map(|(d, x)| format!("{d} {x:.3}")).collect();
    println!("JSON lines / text: {}", sizes.join(", "));
    let aho_scan = || {
        segments
            .iter()
            .map(|s| ac.find_iter(s).filter(|m| ascii_whole_word(s.as_bytes(), m.start(), m.end())).count())
            .sum()
    };
    let mut variants: Vec<Variant> = vec![
        ("full".into(), Box::new(|| articles.iter().map(|a| hits(&scorer.score(a))).sum())),
        ("raw-scan".into(), Box::new(|| segments.iter().map(|s| scorer.match_count(s)).sum())),
        ("full+json".into(), Box::new(|| json(Detail::Full))),
        ("aho-corasick".into(), Box::new(aho_scan)),
        ("regex".into(), Box::new(|| segments.iter().map(|s| re.find_iter(s).count()).sum())),
        (
            format!("threads {threads}"),
            // As the CLI does: each report is used and dropped by the thread
            // that wrote it, like the single-thread `full` run.
            Box::new(|| scorer.map_batch(articles, threads, |s, a| hits(&s.score(a))).iter().sum()),
        ),
        (
            "lean".into(),
            Box::new(|| articles.iter().map(|a| hits(&scorer.score_detail(a, Detail::Scores))).sum()),
        ),
    ];
    let rates: Vec<f64> = interleaved(passes, &mut variants)
        .into_iter()
        .zip(&variants)
        .map(|((time, count), (name, _))| {
            let rate = mb / time.as_secs_f64();
            println!(
                "{name:<14} {rate:>8.1} MB/s {:>10.0} articles/s  median {:>8.1} ms of {passes}  ({count})",
                n as f64 / time.as_secs_f64(),
                time.as_secs_f64() * 1e3
            );
            rate
        })
        .collect();
    let [full, raw, json, aho, rx, par, lean] = rates[..] else { unreachable!("seven variants") };
    println!(
        "ratios: full/raw-scan {:.2}, full+json/full {:.2}, raw-scan/aho-corasick {:.2}, raw-scan/regex {:.2}, \
         {threads} threads/1 thread {:.2}, lean/raw-scan {:.2}",
        full / raw,
        json / full,
        raw / aho,
        raw / rx,
        par / full,
        lean / raw
    );
    println!(
        "throughput: full {full:.1} MB/s, raw-scan {raw:.1} MB/s, ratio {:.2}, aho-corasick {aho:.1} MB/s, \
         regex {rx:.1} MB/s, threads {threads} {par:.1} MB/s, lean {lean:.1} MB/s",
        full / raw
    );
}

/// One of georisk's own variants alone, `passes` times.
fn only(scorer: &Scorer, articles: &[Article<'_>], name: &str, passes: usize) -> Result<(), String> {
    let segments: Vec<&str> = articles.iter().flat_map(segments).collect();
    let detail = match name {
        "full" => Some(Detail::Full),
        "lean" => Some(Detail::Scores),
        "spans" => Some(Detail::Spans),
        "raw-scan" => None,
        _ => return Err(format!("--only: one of full, lean, spans, raw-scan, not {name}")),
    };
    let mut count = 0;
    for _ in 0..passes {
        count = match detail {
            Some(d) => articles.iter().map(|a| hits(&scorer.score_detail(a, d))).sum(),
            None => segments.iter().map(|s| scorer.match_count(s)).sum(),
        };
    }
    println!("{name}: {count}");
    Ok(())
}

/// The article's text segments, in the order the scorer reads them.
fn segments<'a>(a: &'a Article<'_>) -> Vec<&'a str> {
    let mut out: Vec<&str> = [a.title(), a.summary(), a.body()].into_iter().flatten().collect();
    out.extend(a.tags());
    out.extend(a.categories());
    out
}

/// Signal hits of a report: enough to keep the work observable.
fn hits(r: &georisk::RiskReport) -> usize {
    r.signals.conflict.hits + r.signals.minerals.hits + r.signals.foreign_involvement.hits + r.evidence.len()
}

fn ascii_whole_word(hay: &[u8], start: usize, end: usize) -> bool {
    (start == 0 || !hay[start - 1].is_ascii_alphanumeric())
        && hay.get(end).is_none_or(|b| !b.is_ascii_alphanumeric())
}

/// Runs every variant once to warm up, then `passes` rounds of one run of
/// each in turn, so that a burst of load on a shared machine hits all of
/// them alike; per variant, the median time and the count of its runs
/// (every run must agree).
fn interleaved(passes: usize, variants: &mut [Variant]) -> Vec<(Duration, usize)> {
    let expected: Vec<usize> = variants.iter_mut().map(|(_, f)| black_box(f())).collect();
    let mut times = vec![Vec::with_capacity(passes); variants.len()];
    for _ in 0..passes {
        for (i, (name, f)) in variants.iter_mut().enumerate() {
            let start = Instant::now();
            let count = black_box(f());
            times[i].push(start.elapsed());
            assert_eq!(count, expected[i], "{name}: a pass gave a different count");
        }
    }
    times
        .into_iter()
        .zip(expected)
        .map(|(mut t, count)| {
            t.sort();
            (t[t.len() / 2], count)
        })
        .collect()
}
