//! `georisk`: score news articles for geopolitical risk from the command line.

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

mod files;
mod index_cmd;
mod knowledge;
mod line_error;
mod lines;
mod progress;
mod render;
mod score_cmd;

/// Exit codes and examples, shown by `georisk --help`.
const AFTER_HELP: &str = "\
Examples:
  georisk score article.txt                          readable report
  georisk score a.txt b.txt data/samples/*.txt       several, under headers
  georisk score --format json article.txt            the RiskReport as JSON
  tail -f feed.jsonl | georisk score --jsonl         one report per line, as lines arrive
  georisk score --lexicon local.lex --jsonl in.jsonl your own knowledge
  georisk knowledge dump kb/                         the embedded files, to edit
  georisk index corpus.jsonl --period week --out-dir out/

Exit status: 0 success; 1 some input lines or articles were bad (--allow-errors
makes it 0); 2 usage or I/O error.";

#[derive(Parser)]
#[command(
    name = "georisk",
    version,
    about = "Explainable geopolitical risk scores for news articles",
    after_help = AFTER_HELP
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Score articles (plain text, aggregator layout or JSON), or a JSONL stream.
    #[command(after_help = AFTER_HELP)]
    Score(score_cmd::ScoreArgs),
    /// Build a country risk index over time from a JSONL corpus: series, alerts, chart.
    #[command(after_help = AFTER_HELP)]
    Index(index_cmd::IndexArgs),
    /// The embedded knowledge files.
    Knowledge {
        #[command(subcommand)]
        command: KnowledgeCommand,
    },
    /// Print a shell completion script (e.g. `georisk completions bash > /etc/bash_completion.d/georisk`).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Subcommand)]
enum KnowledgeCommand {
    /// Write the embedded lexicons and rules under DIR, as a starting point
    /// for --lexicon and --rules (existing files are not overwritten).
    Dump {
        /// The directory (created if needed).
        dir: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Score(args) => score_cmd::run(&args),
        Command::Index(args) => index_cmd::run(&args),
        Command::Knowledge { command: KnowledgeCommand::Dump { dir } } => {
            knowledge::dump(&dir).map(|()| ExitCode::SUCCESS)
        }
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "georisk", &mut io::stdout());
            Ok(ExitCode::SUCCESS)
        }
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
