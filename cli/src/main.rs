//! `georisk`: score news articles for geopolitical risk from the command line.

use std::fs;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use georisk::{Article, Detail, GprMode, Scorer};
use line_error::LineError;

mod files;
mod index_cmd;
mod line_error;
mod render;

#[derive(Parser)]
#[command(name = "georisk", version, about = "Explainable geopolitical risk scores for news articles")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Score an article (plain text, aggregator layout or JSON), or a JSONL stream.
    Score(ScoreArgs),
    /// Build a country risk index over time from a JSONL corpus: series, alerts, chart.
    Index(index_cmd::IndexArgs),
}

#[derive(clap::Args)]
struct ScoreArgs {
    /// The article file; standard input when absent or `-`.
    file: Option<PathBuf>,
    /// Output format for a single article.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Read one JSON article per line, write one JSON report per line.
    #[arg(long)]
    jsonl: bool,
    /// With --jsonl: exit 0 even when some lines failed.
    #[arg(long, requires = "jsonl")]
    allow_errors: bool,
    /// Read the input as JSON (detected automatically when it starts with `{`).
    #[arg(long)]
    json: bool,
    /// With --jsonl: lines longer than this many bytes are reported as errors
    /// (and skipped without being held in memory).
    #[arg(long, default_value_t = 16 * 1024 * 1024, requires = "jsonl")]
    max_line_bytes: usize,
    /// Add the GPR-compatible assessment (Caldara & Iacoviello 2022) to each
    /// report: `soft` reports exclusion words, `hard` drops the flag on any.
    #[arg(long, value_name = "soft|hard")]
    gpr: Option<GprMode>,
    /// How much each report holds: `scores` (scores, actors, relations,
    /// rules), `spans` (plus evidence as spans, no text) or `full`.
    #[arg(long, value_name = "scores|spans|full", default_value_t = Detail::Full)]
    detail: Detail,
}

/// The scorer the arguments ask for.
fn scorer(args: &ScoreArgs) -> io::Result<Scorer> {
    match args.gpr {
        None => Ok(Scorer::default()),
        Some(mode) => Scorer::builder().gpr(mode).build().map_err(io::Error::other),
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// A readable report.
    Text,
    /// The RiskReport as pretty JSON.
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Score(args) if args.jsonl => score_jsonl(&args),
        Command::Score(args) => score_one(&args),
        Command::Index(args) => index_cmd::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("georisk: {e}");
            ExitCode::from(2)
        }
    }
}

fn read_input(file: Option<&PathBuf>) -> io::Result<Vec<u8>> {
    match file {
        Some(path) if path.as_os_str() != "-" => fs::read(path).map_err(|e| files::error("read", path, e)),
        _ => {
            let mut buf = Vec::new();
            io::stdin().lock().read_to_end(&mut buf)?;
            Ok(buf)
        }
    }
}

fn score_one(args: &ScoreArgs) -> io::Result<ExitCode> {
    let bytes = read_input(args.file.as_ref())?;
    let text = String::from_utf8_lossy(&bytes);
    let scorer = scorer(args)?;
    let is_json = args.json || text.strip_prefix('\u{feff}').unwrap_or(&text).trim_start().starts_with('{');
    let report = if is_json {
        match Article::from_json(&text) {
            Ok(article) => scorer.score_detail(&article, args.detail),
            Err(e) => {
                eprintln!("georisk: {e}");
                return Ok(ExitCode::from(1));
            }
        }
    } else {
        scorer.score_text_detail(&text, args.detail)
    };
    let out = io::stdout();
    let mut out = out.lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &report).map_err(io::Error::other)?;
            writeln!(out)?;
        }
        Format::Text => {
            let title = (!is_json).then(|| Article::parse(&text).ok()).flatten();
            let title = title.as_ref().and_then(|a| a.title());
            render::write(&mut out, &report, title)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Lines read and scored together: at most this many...
const CHUNK_LINES: usize = 1024;
/// ...or this many bytes (plus the line that crosses it), so memory stays
/// bounded whatever the input size.
const CHUNK_BYTES: usize = 4 << 20;

/// One input line of a chunk.
#[derive(Default)]
struct Line {
    /// 1-based line number.
    no: usize,
    bytes: Vec<u8>,
    /// False when the line was over `--max-line-bytes` (and was dropped).
    complete: bool,
}

/// What one line gives: its output line, and why it failed if it did.
type Outcome = Result<(Vec<u8>, Option<LineError>), String>;

/// One report per input line; a bad line gives `{"id": ..., "error": ...}`
/// and the stream goes on. Input lines = output lines.
///
/// Lines are read in chunks (bounded in lines and bytes); each chunk is
/// parsed, scored and serialised on all cores, then written in input order.
fn score_jsonl(args: &ScoreArgs) -> io::Result<ExitCode> {
    let scorer = scorer(args)?;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let input: Box<dyn BufRead> = match &args.file {
        Some(path) if path.as_os_str() != "-" => {
            Box::new(io::BufReader::new(fs::File::open(path).map_err(|e| files::error("read", path, e))?))
        }
        _ => Box::new(io::stdin().lock()),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = 0usize;
    let mut input = input;
    let mut line_no = 0usize;
    let mut chunk: Vec<Line> = Vec::new();
    let mut spare: Vec<Vec<u8>> = Vec::new();
    let mut eof = false;
    let mut read_error = None;
    while !eof {
        spare.extend(chunk.drain(..).map(|l| l.bytes));
        let mut size = 0;
        while chunk.len() < CHUNK_LINES && size < CHUNK_BYTES {
            let mut buf = spare.pop().unwrap_or_default();
            buf.clear();
            let (read, complete) = match read_line(&mut input, &mut buf, args.max_line_bytes) {
                Ok(r) => r,
                Err(e) => {
                    // Write what was read before it, then report it.
                    let path = args.file.as_deref().unwrap_or(Path::new("-"));
                    read_error = Some(files::error("read", path, e));
                    (0, false)
                }
            };
            if read == 0 {
                eof = true;
                break;
            }
            line_no += 1;
            size += buf.len();
            chunk.push(Line { no: line_no, bytes: buf, complete });
        }
        let outcomes = scorer.map_batch(&chunk, threads, |scorer, line| {
            score_line(scorer, line, args.max_line_bytes, args.detail)
        });
        for (line, outcome) in chunk.iter().zip(outcomes) {
            let (json, error) = outcome.map_err(io::Error::other)?;
            if let Some(error) = error {
                failed += 1;
                eprintln!("georisk: {}", error.at("", line.no));
            }
            out.write_all(&json)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    if let Some(e) = read_error {
        return Err(e);
    }
    if failed > 0 {
        eprintln!("georisk: {failed} of {line_no} lines failed");
        if !args.allow_errors {
            return Ok(ExitCode::from(1));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Parses, scores and serialises one line (a worker's job). A bad line gives
/// its error object and message; `Err` only when serialising fails.
///
/// Both kinds of line start with the input's `id` token as it was written
/// (`1e3` stays `1e3`, a 23-digit number keeps its digits), or `null`, or
/// for an error line without a readable id, `"line N"`.
fn score_line(scorer: &Scorer, line: &Line, max: usize, detail: Detail) -> Outcome {
    let text = String::from_utf8_lossy(&line.bytes);
    let text = text.trim_end_matches(['\n', '\r']);
    let result = if line.complete {
        Article::from_json(text)
            .map(|a| (a.id_token(), scorer.score_detail(&a, detail)))
            .map_err(LineError::from)
    } else {
        Err(LineError::from(format!("line is longer than {max} bytes")))
    };
    match result {
        Ok((id, mut report)) => {
            // The report's own `id` is a string: serialise it as `null` and
            // put the token in its place.
            report.id = None;
            let json = serde_json::to_vec(&report).map_err(|e| e.to_string())?;
            let rest = json.strip_prefix(b"{\"id\":null").ok_or("a report must begin with its id")?;
            Ok((id_line(id.unwrap_or("null"), rest), None))
        }
        Err(error) => {
            let fallback = format!("\"line {}\"", line.no);
            let id = if line.complete { Article::recover_id(text) } else { None };
            let rest = format!(",\"error\":{}}}", serde_json::Value::from(error.to_string()));
            Ok((id_line(id.unwrap_or(&fallback), rest.as_bytes()), Some(error)))
        }
    }
}

/// `{"id":` then the id token, then the rest of the object.
fn id_line(id: &str, rest: &[u8]) -> Vec<u8> {
    let mut json = Vec::with_capacity(7 + id.len() + rest.len());
    json.extend_from_slice(b"{\"id\":");
    json.extend_from_slice(id.as_bytes());
    json.extend_from_slice(rest);
    json
}

/// Reads one line into `buf`, keeping at most `max` bytes besides its line
/// end (`\n` or `\r\n`, which do not count); the rest of an over-long line
/// is consumed and dropped. Returns the bytes read and whether the line
/// fitted.
pub(crate) fn read_line(input: &mut dyn BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<(usize, bool)> {
    let read = Read::take(&mut *input, (max as u64).saturating_add(2)).read_until(b'\n', buf)?;
    let content = match buf.strip_suffix(b"\n") {
        Some(line) => line.strip_suffix(b"\r").unwrap_or(line),
        None => buf,
    };
    if content.len() <= max {
        return Ok((read, true));
    }
    let mut skipped = read;
    // The line may have ended within the `max + 2` bytes read (a long line).
    let mut done = buf.last() == Some(&b'\n');
    while !done {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        let used = match chunk.iter().position(|b| *b == b'\n') {
            Some(i) => {
                done = true;
                i + 1
            }
            None => chunk.len(),
        };
        input.consume(used);
        skipped += used;
    }
    buf.truncate(0);
    Ok((skipped, false))
}
