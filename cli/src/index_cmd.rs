//! `georisk index`: a country risk index over time from a JSONL corpus (or
//! from report files), with alerts, duplicate collapsing and a chart.

use std::io::{self, BufWriter, Write};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::ValueEnum;
use georisk::index::{
    check_report, fingerprint, svg_chart, Added, Aggregator, Analysis, BaseRange, ChartOptions, Date,
    IndexBuilder, IndexError, IndexReport, Period,
};
use georisk::{Article, Detail, Level, RiskReport, Scorer};

use crate::files::{self, Staged};
use crate::knowledge::KnowledgeArgs;
use crate::line_error::LineError;
use crate::lines::{self, Reader};
use crate::progress::Progress;

/// Bad lines and bad dates quoted on stderr.
const QUOTED: usize = 5;

#[derive(clap::Args)]
pub struct IndexArgs {
    /// JSONL corpora (one article per line, with `id` and `published`), or
    /// with --from-reports report files; standard input when absent or `-`.
    files: Vec<PathBuf>,
    /// The inputs are reports, not articles: lines of `georisk score --jsonl`
    /// with a top-level `published` field joined in, or
    /// `{"published": ..., "fingerprint": ..., "report": {...}}` as written
    /// by --reports-out.
    #[arg(long)]
    from_reports: bool,
    /// What the series are of.
    #[arg(long, value_enum, default_value_t = By::Country)]
    by: By,
    /// Period length: day, week (ISO) or month.
    #[arg(
        long,
        default_value = "month",
        ignore_case = true,
        value_parser = PossibleValuesParser::new([
            PossibleValue::new("day").alias("daily"),
            PossibleValue::new("week").alias("weekly"),
            PossibleValue::new("month").alias("monthly"),
        ])
        .map(|s| s.parse::<Period>().expect("a listed value")),
    )]
    period: Period,
    /// Base periods whose mean is index 100, FROM..TO (years, months or
    /// dates, e.g. 1987-02..1987-03); default: the whole span.
    #[arg(long, value_parser = parse_base)]
    base: Option<BaseRange>,
    /// Articles at or above this level count towards the share.
    #[arg(
        long,
        default_value = "elevated",
        ignore_case = true,
        value_parser = PossibleValuesParser::new(["low", "guarded", "elevated", "high", "severe"])
            .map(|s| s.parse::<Level>().expect("a listed value")),
    )]
    level: Level,
    /// Alert when a point's z-score is at least this.
    #[arg(long, default_value_t = 2.0)]
    z: f64,
    /// Also alert when the share exceeds its trailing mean by this many
    /// percentage points.
    #[arg(long, value_name = "PP")]
    jump: Option<f64>,
    /// Previous periods the z-score compares with.
    #[arg(long, default_value_t = 8)]
    window: usize,
    /// An alert needs at least this many articles at or above the level.
    #[arg(long, default_value_t = 3)]
    min_flagged: u64,
    /// Also count articles in the series of the foreign powers involved.
    #[arg(long)]
    foreign: bool,
    /// Countries drawn in the chart (those with the most articles).
    #[arg(long, default_value_t = 6)]
    top: usize,
    /// Rank the countries of the chart by articles at or above the level
    /// (default: by all articles).
    #[arg(long)]
    chart_by_flagged: bool,
    /// Draw these series in the chart instead of the top ones (comma-separated ids, e.g. IRN,IRQ,KWT,USA).
    #[arg(long, value_delimiter = ',', value_name = "IDS")]
    chart: Vec<String>,
    /// Alerts listed in the summary.
    #[arg(long, default_value_t = 10)]
    alerts: usize,
    /// Recent fingerprints compared for near-duplicates (0: off).
    #[arg(long, default_value_t = 50_000)]
    dedup_window: usize,
    /// Where series.csv, series.json, alerts.json and index.svg are written.
    #[arg(long, default_value = "georisk-index")]
    out_dir: PathBuf,
    /// Also write each article's report with its date and fingerprint (the
    /// input of --from-reports), one JSON line per scored article.
    #[arg(long, value_name = "FILE")]
    reports_out: Option<PathBuf>,
    /// Threads that score (default: one per core).
    #[arg(long, value_name = "N")]
    threads: Option<NonZeroUsize>,
    #[command(flatten)]
    knowledge: KnowledgeArgs,
    /// Exit 0 even when some lines failed.
    #[arg(long)]
    allow_errors: bool,
    /// Lines longer than this many bytes are reported as errors.
    #[arg(long, default_value_t = 16 * 1024 * 1024)]
    max_line_bytes: usize,
}

#[derive(Clone, Copy, ValueEnum)]
enum By {
    /// The focus countries of each article (and the foreign powers with --foreign), plus WORLD.
    Country,
}

fn parse_base(s: &str) -> Result<BaseRange, String> {
    BaseRange::parse(s).map_err(|e| e.to_string())
}

/// One line, scored (or read from a report file).
struct Scored {
    id: String,
    date: Option<Date>,
    /// The date text, when it was present but not understood.
    bad_date: Option<String>,
    fingerprint: Option<u64>,
    report: RiskReport,
    /// The --reports-out line.
    out: Option<Vec<u8>>,
}

/// Runs `georisk index`.
pub fn run(args: &IndexArgs) -> io::Result<ExitCode> {
    let By::Country = args.by;
    if !(args.z.is_finite()) || args.jump.is_some_and(|j| !j.is_finite() || j < 0.0) {
        return Err(io::Error::other("--z and --jump must be finite numbers (--jump >= 0)"));
    }
    let scorer = args.knowledge.scorer()?;
    files::prepare_dir(&args.out_dir)?;
    let mut staged_reports = Staged::default();
    let mut reports_out = match &args.reports_out {
        Some(path) => Some(BufWriter::new(staged_reports.create(path.clone())?)),
        None => None,
    };
    let mut agg = IndexBuilder::new()
        .period(args.period)
        .level(args.level)
        .include_foreign(args.foreign)
        .dedup_window(args.dedup_window)
        .build();
    let threads = crate::score_cmd::threads(args.threads);
    let reader = Reader::open(&args.files, args.max_line_bytes)?;
    let paths = reader.paths();
    let progress = Progress::new(&paths, 0);
    let (mut lines, mut failed, mut bad_dates) = (0usize, 0usize, 0usize);
    // Undated lines quoted on stderr so far.
    let mut quoted = 0usize;
    reader.for_each_chunk(|chunk| {
        let outcomes = scorer.map_batch(chunk, threads, |scorer, line| {
            if line.is_blank() {
                return Ok(None);
            }
            if !line.complete {
                return Err(format!("line is longer than {} bytes", args.max_line_bytes).into());
            }
            let text = String::from_utf8_lossy(&line.bytes);
            let fallback = format!("{}line {}", lines::prefix(&paths, line.input), line.no);
            if args.from_reports {
                read_report(&text, fallback).map(Some)
            } else {
                score_article(scorer, &text, fallback, args.dedup_window > 0, args.reports_out.is_some())
                    .map(Some)
            }
        });
        for (line, outcome) in chunk.iter().zip(outcomes) {
            let name = lines::prefix(&paths, line.input);
            let no = line.no;
            match outcome {
                Ok(None) => {} // blank lines are not articles
                Ok(Some(scored)) => {
                    lines += 1;
                    if let Some(text) = &scored.bad_date {
                        bad_dates += 1;
                        quoted += 1;
                        if quoted <= QUOTED {
                            progress.warn(&format!("georisk: {name}line {no}: undated: {text}"));
                        }
                    }
                    if let (Some(out), Some(line)) = (reports_out.as_mut(), &scored.out) {
                        staged_reports.check(out.write_all(line).and_then(|()| out.write_all(b"\n")))?;
                    }
                    let added = agg.add(&scored.id, scored.date, &scored.report, scored.fingerprint);
                    if let (Added::OutOfRange, Some(date)) = (added, scored.date) {
                        quoted += 1;
                        if quoted <= QUOTED {
                            progress.warn(&format!(
                                "georisk: {name}line {no}: undated: {date} is in a {} that starts \
                                 outside the years 1000-9999",
                                args.period
                            ));
                        }
                    }
                }
                Err(error) => {
                    lines += 1;
                    failed += 1;
                    if failed <= QUOTED {
                        progress.warn(&format!("georisk: {}", error.at(&name, no)));
                    }
                }
            }
        }
        let read = chunk.iter().map(|l| l.read as u64).sum();
        progress.advance(read, || {
            format!("{lines} lines, {} counted, {} duplicates", agg.counted(), agg.duplicates())
        });
        Ok(())
    })?;
    drop(progress);
    if let Some(mut out) = reports_out {
        staged_reports.check(out.flush().and_then(|()| out.get_ref().sync_all()))?;
        staged_reports.commit()?;
    }
    let analysis = Analysis {
        base: args.base,
        window: args.window,
        z_threshold: args.z,
        jump: args.jump.map(|pp| pp / 100.0),
        min_flagged: args.min_flagged,
        ..Analysis::default()
    };
    let report = match agg.finish(&analysis) {
        Err(e @ IndexError::EmptyBase { .. }) => {
            eprintln!("georisk: warning: {e}; index 100 is the mean of the whole span");
            agg.finish(&Analysis { base: None, ..analysis })
        }
        other => other,
    }
    .map_err(io::Error::other)?;
    let chart = ChartOptions {
        top: args.top,
        rank_by_flagged: args.chart_by_flagged,
        series: args.chart.iter().map(|s| s.trim().to_ascii_uppercase()).collect(),
        ..ChartOptions::default()
    };
    write_outputs(&args.out_dir, &report, &chart)?;
    let mut out = BufWriter::new(io::stdout().lock());
    summary(&mut out, &report, args, &agg, lines, failed, bad_dates)?;
    out.flush()?;
    if failed > 0 {
        eprintln!("georisk: {failed} of {lines} lines failed");
        if !args.allow_errors {
            return Ok(ExitCode::from(1));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Parses and scores one article line.
fn score_article(
    scorer: &Scorer,
    text: &str,
    fallback: String,
    dedup: bool,
    keep: bool,
) -> Result<Scored, LineError> {
    let article = Article::from_json(text.trim_end())?;
    let id = article.id().map_or(fallback, str::to_string);
    let published = article.published().map(str::to_string);
    let (date, bad_date) = read_date(published.as_deref());
    let fingerprint = if dedup { fingerprint(&article) } else { None };
    // The index reads scores, actors, relations, rules and evidence terms:
    // no evidence text (see `Detail`).
    let mut report = scorer.score_detail(&article, Detail::Spans);
    if report.id.is_none() {
        report.id = Some(id.clone());
    }
    let out = if keep {
        let line = serde_json::json!({
            "published": published,
            "fingerprint": fingerprint.map(|f| format!("{f:016x}")),
            "report": &report,
        });
        Some(serde_json::to_vec(&line).map_err(|e| LineError::json("cannot write the report", &e))?)
    } else {
        None
    };
    Ok(Scored { id, date, bad_date, fingerprint, report, out })
}

/// Reads one report line: a report with a top-level `published` (and
/// optional `fingerprint`), or `{"published", "fingerprint", "report"}`.
fn read_report(text: &str, fallback: String) -> Result<Scored, LineError> {
    let mut value: serde_json::Value =
        serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(text).trim_end())
            .map_err(|e| LineError::json("malformed JSON", &e))?;
    let Some(object) = value.as_object_mut() else { return Err("not a JSON object".to_string().into()) };
    // `score --jsonl` writes a numeric id as it was in its input; a report's
    // id is a string.
    if object.get("id").is_some_and(serde_json::Value::is_number) {
        let token = Article::recover_id(text).unwrap_or_default();
        object.insert("id".to_string(), token.into());
    }
    let published = object.remove("published");
    let fp = object.remove("fingerprint");
    let inner = object.remove("report");
    let report_value = match inner {
        Some(r) => r,
        None if object.contains_key("error") && !object.contains_key("score") => {
            return Err(format!("a failed line of `georisk score`: {}", object["error"]).into());
        }
        None => value,
    };
    let report: RiskReport =
        serde_json::from_value(report_value).map_err(|e| LineError::json("not a RiskReport", &e))?;
    check_report(&report).map_err(|e| format!("report {e}"))?;
    let published = match published {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => Some(s),
        Some(other) => return Err(format!("`published` must be a string, found {other}").into()),
    };
    let fingerprint = match fp {
        None | Some(serde_json::Value::Null) => None,
        // `from_str_radix` alone also takes "+1f" and "1f".
        Some(serde_json::Value::String(s)) if s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit()) => {
            u64::from_str_radix(&s, 16).ok()
        }
        Some(serde_json::Value::String(s)) => {
            return Err(format!("`fingerprint` must be 16 hex digits, found '{s}'").into())
        }
        Some(other) => return Err(format!("`fingerprint` must be a hex string, found {other}").into()),
    };
    let (date, bad_date) = read_date(published.as_deref());
    let id = report.id.clone().unwrap_or(fallback);
    Ok(Scored { id, date, bad_date, fingerprint, report, out: None })
}

/// The date, or the text of a date that could not be read.
fn read_date(published: Option<&str>) -> (Option<Date>, Option<String>) {
    match published.map(str::trim).filter(|s| !s.is_empty()) {
        None => (None, None),
        Some(text) => match Date::parse(text) {
            Ok(date) => (Some(date), None),
            Err(e) => (None, Some(e.to_string())),
        },
    }
}

/// Writes the four outputs under temporary names, then renames them into
/// place: a failure leaves the previous run's files untouched.
fn write_outputs(dir: &Path, report: &IndexReport, chart: &ChartOptions) -> io::Result<()> {
    let mut staged = Staged::default();
    staged.write(dir.join("series.csv"), report.to_csv().as_bytes())?;
    staged.write(dir.join("series.json"), &serde_json::to_vec_pretty(report).map_err(io::Error::other)?)?;
    staged.write(
        dir.join("alerts.json"),
        &serde_json::to_vec_pretty(&report.alerts).map_err(io::Error::other)?,
    )?;
    staged.write(dir.join("index.svg"), svg_chart(report, chart).as_bytes())?;
    staged.commit()
}

fn summary(
    out: &mut dyn Write,
    report: &IndexReport,
    args: &IndexArgs,
    agg: &Aggregator,
    lines: usize,
    failed: usize,
    bad_dates: usize,
) -> io::Result<()> {
    let s = &report.stats;
    writeln!(
        out,
        "georisk index: {lines} lines, {} articles counted, {} undated ({bad_dates} of them with an unreadable date{}), \
         {} duplicates collapsed, {failed} bad lines",
        s.counted,
        s.undated,
        match s.out_of_range {
            0 => String::new(),
            n => format!(", {n} in a {} outside the years 1000-9999", report.period),
        },
        s.duplicates
    )?;
    if let (Some(first), Some(last)) = (report.periods.first(), report.periods.last()) {
        let base = match report.analysis.base {
            Some(b) => format!("base {b}"),
            None => "base: the whole span".to_string(),
        };
        writeln!(
            out,
            "{} {}{} with articles, from {} to {}; {} series; {base}; share of articles {} or above; \
             alert at z >= {} with >= {} such articles",
            report.periods.len(),
            report.period,
            if report.periods.len() == 1 { "" } else { "s" },
            first.label,
            last.label,
            report.series.len(),
            report.level,
            args.z,
            args.min_flagged
        )?;
    } else {
        writeln!(out, "no dated articles: the series are empty")?;
        if args.from_reports && s.undated > 0 {
            writeln!(
                out,
                "hint: report lines carry no date; add the article's `published` to each line \
                 (or write them with `georisk index CORPUS --reports-out FILE`)"
            )?;
        }
    }
    if !s.undated_examples.is_empty() {
        writeln!(
            out,
            "undated, e.g.: {}",
            s.undated_examples.iter().take(5).cloned().collect::<Vec<_>>().join(", ")
        )?;
    }
    if !s.duplicate_examples.is_empty() {
        let ex: Vec<String> =
            s.duplicate_examples.iter().take(5).map(|d| format!("{} = {}", d.id, d.of)).collect();
        writeln!(out, "duplicates, e.g.: {}", ex.join(", "))?;
    }
    let dir = args.out_dir.display();
    writeln!(
        out,
        "wrote {dir}/series.csv, {dir}/series.json, {dir}/alerts.json, {dir}/index.svg ({} cells)",
        agg.cells()
    )?;
    writeln!(
        out,
        "{} alerts{}",
        report.alerts.len(),
        if report.alerts.is_empty() { "" } else { ", strongest first:" }
    )?;
    for (i, a) in report.alerts.iter().take(args.alerts).enumerate() {
        let index = a.index.map_or("-".to_string(), |v| format!("{v:.0}"));
        writeln!(
            out,
            "{:>3}. {} {} {} ({}): {}, index {index}, {} of {} articles {} or above ({:.1}% of the period)",
            i + 1,
            a.series,
            a.name,
            a.period,
            a.start,
            a.reason,
            a.flagged,
            a.count,
            report.level,
            100.0 * a.share
        )?;
        let terms: Vec<String> = a.drivers.terms.iter().map(|(t, n)| format!("{t} ({n})")).collect();
        let rules: Vec<String> =
            a.drivers.rules.iter().take(3).map(|(r, p)| format!("{r} +{p:.0}")).collect();
        writeln!(out, "     drivers: {}; rules: {}", terms.join(", "), rules.join(", "))?;
        let top: Vec<String> = a.top_articles.iter().map(|t| format!("{} ({:.0})", t.id, t.score)).collect();
        writeln!(out, "     articles: {}", top.join(", "))?;
    }
    Ok(())
}
