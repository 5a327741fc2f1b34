//! `georisk`: score news articles for geopolitical risk from the command line.

use std::fs;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use georisk::{Article, RiskReport, Scorer};

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
        Some(path) if path.as_os_str() != "-" => fs::read(path)
            .map_err(|e| io::Error::new(e.kind(), format!("cannot read {}: {e}", path.display()))),
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
    let scorer = Scorer::default();
    let is_json = args.json || text.trim_start().starts_with('{');
    let report = if is_json {
        match Article::from_json(&text) {
            Ok(article) => scorer.score(&article),
            Err(e) => {
                eprintln!("georisk: {e}");
                return Ok(ExitCode::from(1));
            }
        }
    } else {
        scorer.score_text(&text)
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

/// One report per input line; a bad line gives `{"id": ..., "error": ...}`
/// and the stream goes on. Input lines = output lines.
fn score_jsonl(args: &ScoreArgs) -> io::Result<ExitCode> {
    let scorer = Scorer::default();
    let input: Box<dyn BufRead> = match &args.file {
        Some(path) if path.as_os_str() != "-" => Box::new(io::BufReader::new(
            fs::File::open(path)
                .map_err(|e| io::Error::new(e.kind(), format!("cannot read {}: {e}", path.display())))?,
        )),
        _ => Box::new(io::stdin().lock()),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = 0usize;
    let mut buf = Vec::new();
    let mut input = input;
    let mut line_no = 0usize;
    loop {
        buf.clear();
        let (read, complete) = read_line(&mut input, &mut buf, args.max_line_bytes)?;
        if read == 0 {
            break;
        }
        line_no += 1;
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim_end_matches(['\n', '\r']);
        let result = if complete {
            score_line(&scorer, line)
        } else {
            Err(format!("line is longer than {} bytes", args.max_line_bytes))
        };
        match result {
            Ok(report) => serde_json::to_writer(&mut out, &report).map_err(io::Error::other)?,
            Err(message) => {
                failed += 1;
                let id = line_id(line).unwrap_or_else(|| serde_json::Value::from(format!("line {line_no}")));
                eprintln!("georisk: line {line_no}: {message}");
                serde_json::to_writer(&mut out, &serde_json::json!({ "id": id, "error": message }))
                    .map_err(io::Error::other)?;
            }
        }
        out.write_all(b"\n")?;
    }
    out.flush()?;
    if failed > 0 {
        eprintln!("georisk: {failed} of {line_no} lines failed");
        if !args.allow_errors {
            return Ok(ExitCode::from(1));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads one line into `buf`, keeping at most `max` bytes; the rest of an
/// over-long line is consumed and dropped. Returns the bytes read and
/// whether the line fitted.
fn read_line(input: &mut dyn BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<(usize, bool)> {
    let read = Read::take(&mut *input, max as u64 + 1).read_until(b'\n', buf)?;
    if buf.len() <= max || buf.last() == Some(&b'\n') {
        return Ok((read, true));
    }
    let mut skipped = read;
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        let (used, done) = match chunk.iter().position(|b| *b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        input.consume(used);
        skipped += used;
        if done {
            break;
        }
    }
    buf.truncate(0);
    Ok((skipped, false))
}

fn score_line(scorer: &Scorer, line: &str) -> Result<RiskReport, String> {
    let article = Article::from_json(line).map_err(|e| e.to_string())?;
    Ok(scorer.score(&article))
}

/// The `id` of a line that failed, when the line is a JSON object that has one.
fn line_id(line: &str) -> Option<serde_json::Value> {
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    let id = value.get("id")?;
    (id.is_string() || id.is_number()).then(|| id.clone())
}
