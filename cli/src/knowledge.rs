//! The knowledge a command scores with: the embedded files, or your own
//! (`--lexicon`, `--rules`, `--no-default-lexicons`), and `knowledge dump`.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use clap::builder::{PossibleValuesParser, TypedValueParser};
use georisk::{GprMode, Scorer, ScorerBuilder};

use crate::files;

/// Options choosing the knowledge, shared by `score` and `index`.
#[derive(clap::Args)]
pub struct KnowledgeArgs {
    /// Add a lexicon file, or replace the embedded lexicon its path ends with
    /// (`kb/conflict.lex` replaces `conflict.lex`). Repeatable.
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
    /// Replace the embedded scoring rules with this file.
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,
    /// Use only the --lexicon files, none of the embedded lexicons.
    #[arg(long, requires = "lexicon")]
    no_default_lexicons: bool,
    /// Add the GPR-compatible assessment (Caldara & Iacoviello 2022) to each
    /// report: `soft` reports exclusion words, `hard` drops the flag on any.
    #[arg(
        long,
        ignore_case = true,
        value_parser = PossibleValuesParser::new(["soft", "hard"]).map(|s| s.parse::<GprMode>().expect("a listed value")),
    )]
    gpr: Option<GprMode>,
}

impl KnowledgeArgs {
    /// The scorer these options ask for (the shared default one when none).
    ///
    /// # Errors
    ///
    /// A knowledge file that cannot be read or compiled, named with the line.
    pub fn scorer(&self) -> io::Result<Scorer> {
        if self.lexicon.is_empty() && self.rules.is_none() && self.gpr.is_none() {
            return Ok(Scorer::default());
        }
        let mut builder = Scorer::builder();
        if self.no_default_lexicons {
            builder.clear_lexicons();
        }
        if let Some(path) = &self.rules {
            builder.rules_file(path).map_err(io::Error::other)?;
        }
        for path in &self.lexicon {
            builder.lexicon_file(path).map_err(io::Error::other)?;
        }
        if let Some(mode) = self.gpr {
            builder.gpr(mode);
        }
        builder.build().map_err(io::Error::other)
    }
}

/// Writes the embedded knowledge files under `dir`, in their `data/` layout.
///
/// # Errors
///
/// When a file cannot be written (named), or already exists: an edited
/// file is never overwritten.
pub fn dump(dir: &Path) -> io::Result<()> {
    for (name, src) in ScorerBuilder::embedded_files() {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| files::error("create directory", parent, e))?;
        }
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|e| files::error("write", &path, e))?;
        io::Write::write_all(&mut file, src.as_bytes()).map_err(|e| files::error("write", &path, e))?;
        println!("{}", path.display());
    }
    Ok(())
}
