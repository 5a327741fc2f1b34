//! Peak memory of scoring a very large article and a stream of small ones.
//!
//! ```sh
//! cargo run --release --example memory
//! ```
//!
//! A counting global allocator tracks live heap bytes and their peak; each
//! case resets the peak and prints one machine-readable line:
//!
//! ```text
//! memory case=<name> input_bytes=<n> peak_heap_bytes=<n> peak_over_input=<x> elapsed_ms=<n> ...
//! ```
//!
//! `peak_heap_bytes` is the highest live heap during the case, counting the
//! input the case holds (the 50 MB text, or one line at a time for the
//! stream) and the shared scorer. The last line gives the process's peak
//! resident set (`VmHWM` in /proc/self/status), which also counts code,
//! stacks and allocator slack.
//!
//! Inputs are generated deterministically from `data/samples/*.txt`,
//! repeated with varying numbers so that no two paragraphs are the same.

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Write as _};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use georisk::{Article, Scorer};

/// The system allocator, counting live bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let now = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is forwarded unchanged to `System`; the counters are
// only bookkeeping.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Live heap now, and restarts the peak from it.
fn reset_peak() -> usize {
    let live = LIVE.load(Ordering::Relaxed);
    PEAK.store(live, Ordering::Relaxed);
    live
}

/// A field of /proc/self/status in kB (Linux), 0 elsewhere.
fn proc_status_kb(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.trim().strip_suffix("kB")?.trim().parse().ok())
        .unwrap_or(0)
}

/// The sample articles, in name order.
fn samples() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).expect("sample is UTF-8")).collect()
}

/// `text` with every run of digits replaced by a number derived from `n`,
/// so that repeated paragraphs differ.
fn vary(text: &str, n: usize, out: &mut String) {
    let mut in_digits = false;
    let mut k = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                k += 1;
                let _ = write!(out, "{}", (n * 7919 + k * 104_729) % 100_000);
            }
            in_digits = true;
        } else {
            in_digits = false;
            out.push(c);
        }
    }
}

/// A plain-text article of about `size` bytes: a title, then the samples'
/// paragraphs over and over with varying numbers.
fn big_article(samples: &[String], size: usize) -> String {
    let mut out = String::with_capacity(size + 4096);
    out.push_str("Rebels seize coltan mines as fighting spreads in eastern Congo\n\n");
    let mut n = 0;
    while out.len() < size {
        let sample = &samples[n % samples.len()];
        // Drop the sample's own title line; keep its paragraphs.
        let body = sample.split_once('\n').map_or(sample.as_str(), |(_, b)| b).trim();
        let _ = write!(out, "Update {n}: ");
        vary(body, n, &mut out);
        out.push_str("\n\n");
        n += 1;
    }
    out
}

/// One JSON article per line, `count` lines.
fn jsonl(samples: &[String], count: usize) -> String {
    let mut out = String::new();
    let mut text = String::new();
    for n in 0..count {
        let sample = &samples[n % samples.len()];
        text.clear();
        vary(sample, n, &mut text);
        let (title, body) = text.split_once('\n').unwrap_or(("", &text));
        let line = serde_json::json!({
            "id": format!("a{n}"),
            "title": title.trim(),
            "body": body.trim(),
            "tags": ["AFRICA", "DRC"],
            "source": "example.org",
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

fn report(case: &str, input_bytes: usize, peak: usize, elapsed_ms: u128, extra: &str) {
    println!(
        "memory case={case} input_bytes={input_bytes} peak_heap_bytes={peak} peak_over_input={:.2} elapsed_ms={elapsed_ms} {extra}",
        peak as f64 / input_bytes.max(1) as f64
    );
}

fn main() {
    let samples = samples();

    // The scorer: compiled once, shared by every case.
    let before = reset_peak();
    let t = Instant::now();
    let scorer = Scorer::default();
    let retained = LIVE.load(Ordering::Relaxed) - before;
    report(
        "build_scorer",
        0,
        PEAK.load(Ordering::Relaxed) - before,
        t.elapsed().as_millis(),
        &format!("retained_heap_bytes={retained} matcher_bytes={}", scorer.memory_usage()),
    );

    // 10,000 one-line JSON articles, streamed from a file like the CLI does.
    let lines = jsonl(&samples, 10_000);
    let path = std::env::temp_dir().join(format!("georisk-memory-{}.jsonl", std::process::id()));
    std::fs::write(&path, &lines).expect("write the JSONL file");
    let input_bytes = lines.len();
    drop(lines);
    let base = reset_peak();
    let t = Instant::now();
    let reader = BufReader::new(std::fs::File::open(&path).expect("open the JSONL file"));
    let mut sink = std::io::sink();
    let (mut count, mut total) = (0usize, 0.0);
    for line in reader.lines() {
        let line = line.expect("read a line");
        let article = Article::from_json(&line).expect("generated JSON is valid");
        let r = scorer.score(&article);
        serde_json::to_writer(&mut sink, &r).expect("serialise");
        sink.write_all(b"\n").expect("sink");
        count += 1;
        total += r.score;
    }
    let elapsed = t.elapsed().as_millis();
    let peak = PEAK.load(Ordering::Relaxed);
    let _ = std::fs::remove_file(&path);
    report(
        "jsonl_10000",
        input_bytes,
        peak,
        elapsed,
        &format!(
            "peak_heap_over_baseline={} baseline_bytes={base} retained_heap_bytes={} articles={count} mean_score={:.2}",
            peak - base,
            LIVE.load(Ordering::Relaxed).saturating_sub(base),
            total / count.max(1) as f64
        ),
    );

    // One 50 MB article, scored as a text (parse + score).
    let mb: usize = std::env::var("GEORISK_MEMORY_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(50);
    let before_text = LIVE.load(Ordering::Relaxed);
    let text = big_article(&samples, mb * 1024 * 1024);
    let base = reset_peak();
    let t = Instant::now();
    let r = scorer.score_text(&text);
    let elapsed = t.elapsed().as_millis();
    let peak = PEAK.load(Ordering::Relaxed);
    report(
        &format!("article_{mb}mb"),
        text.len(),
        peak,
        elapsed,
        &format!(
            "peak_heap_over_baseline={} baseline_bytes={base} retained_heap_bytes={} score={} evidence={} ascii={}",
            peak - base,
            LIVE.load(Ordering::Relaxed) - base,
            r.score,
            r.evidence.len(),
            text.is_ascii()
        ),
    );
    drop(r);
    drop(text);
    println!(
        "memory case=after_article retained_heap_bytes={} (thread-local scratch kept after the big article)",
        LIVE.load(Ordering::Relaxed).saturating_sub(before_text)
    );

    println!(
        "memory case=process vm_hwm_kb={} vm_rss_kb={}",
        proc_status_kb("VmHWM:"),
        proc_status_kb("VmRSS:")
    );
}
