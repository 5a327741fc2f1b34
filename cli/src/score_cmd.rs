//! `georisk score`: articles from files or standard input, or a JSONL
//! stream scored as it arrives.

use std::fs;
use std::io::{self, BufWriter, Read, Write};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;
use georisk::{Article, ArticleError, Detail, RiskReport, Scorer};

use crate::files;
use crate::knowledge::KnowledgeArgs;
use crate::line_error::LineError;
use crate::lines::{self, Line, Reader};
use crate::progress::Progress;

#[derive(clap::Args)]
pub struct ScoreArgs {
    /// Article files (with --jsonl: JSONL files, read one after another);
    /// standard input when absent or `-`.
    files: Vec<PathBuf>,
    /// Output format. With several files: `text` gives each report under a
    /// `==> FILE <==` header, `json` a JSON array of the reports (in the
    /// order of the files; a report whose article has no id gets its path).
    #[arg(long, value_enum, default_value_t = Format::Text, conflicts_with = "jsonl")]
    format: Format,
    /// How to read an article file; `auto` takes JSON when it starts with
    /// `{`, the aggregator layout when it has a tags line near the top, and
    /// plain text otherwise.
    #[arg(long, value_enum, default_value_t = Layout::Auto, conflicts_with = "jsonl")]
    layout: Layout,
    /// The same as --layout json.
    #[arg(long, conflicts_with_all = ["layout", "jsonl"])]
    json: bool,
    /// Read one JSON article per line, write one JSON report per line, each
    /// as soon as its line has arrived (input order is kept).
    #[arg(long)]
    jsonl: bool,
    /// With --jsonl: exit 0 even when some lines failed.
    #[arg(long, requires = "jsonl")]
    allow_errors: bool,
    /// With --jsonl: lines longer than this many bytes are reported as errors
    /// (and skipped without being held in memory).
    #[arg(long, default_value_t = 16 * 1024 * 1024, requires = "jsonl")]
    max_line_bytes: usize,
    /// Threads that score (default: one per core).
    #[arg(long, value_name = "N")]
    threads: Option<NonZeroUsize>,
    /// How much each report holds: `scores` (scores, actors, relations as
    /// spans, rules), `spans` (plus evidence as spans, no copied text) or
    /// `full`.
    #[arg(long, value_enum, default_value_t = DetailArg::Full)]
    detail: DetailArg,
    #[command(flatten)]
    knowledge: KnowledgeArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// A readable report.
    Text,
    /// The RiskReport as pretty JSON.
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Layout {
    /// Detect JSON, the aggregator layout or plain text.
    Auto,
    /// A headline line, then the body.
    Plain,
    /// Category lines, a tags line, author, title, summary, body.
    Aggregator,
    /// A JSON article.
    Json,
}

/// Runs `georisk score`.
pub fn run(args: &ScoreArgs) -> io::Result<ExitCode> {
    if args.jsonl {
        score_jsonl(args)
    } else {
        score_files(args)
    }
}

/// The number of threads to score on.
pub fn threads(threads: Option<NonZeroUsize>) -> usize {
    threads.or_else(|| std::thread::available_parallelism().ok()).map_or(1, NonZeroUsize::get)
}

/// Scores each file (or standard input) and writes the reports in order.
/// A file that cannot be read or parsed is reported and skipped; the exit
/// status says the worst (2 for I/O, 1 for a bad article).
fn score_files(args: &ScoreArgs) -> io::Result<ExitCode> {
    let scorer = args.knowledge.scorer()?;
    let stdin = [PathBuf::from("-")];
    let paths: &[PathBuf] = if args.files.is_empty() { &stdin } else { &args.files };
    let several = paths.len() > 1;
    let layout = if args.json { Layout::Json } else { args.layout };
    let mut out = BufWriter::new(io::stdout().lock());
    let mut code = 0u8;
    // Reports written so far.
    let mut written = 0usize;
    for path in paths {
        let bytes = match read_input(path) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("georisk: {e}");
                code = 2;
                continue;
            }
        };
        let text = String::from_utf8_lossy(&bytes);
        let (mut report, title) = match score_article(&scorer, &text, layout, args.detail.into()) {
            Ok(scored) => scored,
            Err(e) => {
                let name = if several { format!("{}: ", path.display()) } else { String::new() };
                eprintln!("georisk: {name}{e}");
                code = code.max(1);
                continue;
            }
        };
        match args.format {
            Format::Text => {
                if several {
                    writeln!(out, "{}==> {} <==", if written == 0 { "" } else { "\n" }, path.display())?;
                }
                crate::render::write(&mut out, &report, title.as_deref())?;
                written += 1;
            }
            Format::Json if several => {
                report.id.get_or_insert_with(|| path.display().to_string());
                let json = serde_json::to_string_pretty(&report).map_err(io::Error::other)?;
                // Indented as an element of the array.
                let json = json.replace('\n', "\n  ");
                write!(out, "{}  {json}", if written == 0 { "[\n" } else { ",\n" })?;
                written += 1;
            }
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, &report).map_err(io::Error::other)?;
                writeln!(out)?;
            }
        }
    }
    if several && matches!(args.format, Format::Json) {
        writeln!(out, "{}]", if written == 0 { "[" } else { "\n" })?;
    }
    out.flush()?;
    Ok(ExitCode::from(code))
}

fn read_input(path: &Path) -> io::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin().lock().read_to_end(&mut buf).map_err(|e| files::error("read", path, e))?;
        return Ok(buf);
    }
    fs::read(path).map_err(|e| files::error("read", path, e))
}

/// Reads `text` in `layout` and scores it; also returns the headline.
/// The `--detail` values.
#[derive(Clone, Copy, ValueEnum)]
enum DetailArg {
    /// Scores, actors and roles, relations with spans, rules.
    Scores,
    /// Plus evidence as spans and ids, no copied text.
    Spans,
    /// Everything, with evidence text and sentences.
    Full,
}

impl From<DetailArg> for Detail {
    fn from(d: DetailArg) -> Detail {
        match d {
            DetailArg::Scores => Detail::Scores,
            DetailArg::Spans => Detail::Spans,
            DetailArg::Full => Detail::Full,
        }
    }
}

fn score_article(
    scorer: &Scorer,
    text: &str,
    layout: Layout,
    detail: Detail,
) -> Result<(RiskReport, Option<String>), ArticleError> {
    let json = || text.strip_prefix('\u{feff}').unwrap_or(text).trim_start().starts_with('{');
    let article = match layout {
        Layout::Json => Article::from_json(text)?,
        Layout::Auto if json() => Article::from_json(text)?,
        Layout::Auto => {
            // Over the size limit, `score_text` scores the first 128 MiB and
            // flags the report `truncated`.
            let title = Article::parse(text).ok().and_then(|a| a.title().map(str::to_string));
            return Ok((scorer.score_text_detail(text, detail), title));
        }
        Layout::Plain => Article::parse_plain(text)?,
        Layout::Aggregator => Article::parse_aggregator(text)?,
    };
    Ok((scorer.score_detail(&article, detail), article.title().map(str::to_string)))
}

/// Input files from this size on get a progress bar (when stderr is a
/// terminal): smaller ones are done before a bar would say anything.
const PROGRESS_BYTES: u64 = 64 << 20;

/// What one line gives: its output line, and why it failed if it did.
type Outcome = Result<(Vec<u8>, Option<LineError>), String>;

/// One output line per input line: a report, `{"id": ..., "error": ...}`
/// for a bad line, an empty line for a blank one. Each chunk of what has
/// arrived is scored on all cores, written in input order and flushed.
fn score_jsonl(args: &ScoreArgs) -> io::Result<ExitCode> {
    let scorer = args.knowledge.scorer()?;
    let reader = Reader::open(&args.files, args.max_line_bytes)?;
    let paths = reader.paths();
    let threads = threads(args.threads);
    let progress = Progress::new(&paths, PROGRESS_BYTES);
    let mut out = BufWriter::new(io::stdout().lock());
    let (mut lines, mut failed) = (0usize, 0usize);
    reader.for_each_chunk(|chunk| {
        let outcomes = scorer.map_batch(chunk, threads, |scorer, line| {
            let prefix = lines::prefix(&paths, line.input);
            score_line(scorer, line, &prefix, args.max_line_bytes, args.detail.into())
        });
        for (line, outcome) in chunk.iter().zip(outcomes) {
            lines += 1;
            let (json, error) = outcome.map_err(io::Error::other)?;
            if let Some(error) = error {
                failed += 1;
                progress.warn(&format!("georisk: {}", error.at(&lines::prefix(&paths, line.input), line.no)));
            }
            out.write_all(&json)?;
            out.write_all(b"\n")?;
        }
        progress.advance(chunk.iter().map(|l| l.read as u64).sum(), || format!("{lines} lines"));
        out.flush()
    })?;
    drop(progress);
    if failed > 0 {
        eprintln!("georisk: {failed} of {lines} lines failed");
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
/// for an error line without a readable id, `"line N"`. A report keeps the
/// input's `published`, so that `georisk index --from-reports` can read it.
fn score_line(scorer: &Scorer, line: &Line, prefix: &str, max: usize, detail: Detail) -> Outcome {
    if line.is_blank() {
        return Ok((Vec::new(), None));
    }
    let text = String::from_utf8_lossy(&line.bytes);
    let text = text.trim_end_matches(['\n', '\r']);
    let result = if line.complete {
        Article::from_json(text)
            .map(|a| georisk::json_line(scorer.score_detail(&a, detail), &a).into_bytes())
            .map_err(LineError::from)
    } else {
        Err(LineError::from(format!("line is longer than {max} bytes")))
    };
    match result {
        Ok(line) => Ok((line, None)),
        Err(error) => {
            let fallback = serde_json::Value::from(format!("{prefix}line {}", line.no)).to_string();
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
