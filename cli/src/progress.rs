//! A progress bar on stderr (bytes, rate, ETA), drawn only when stderr is a
//! terminal; diagnostics go through it so that they never mix.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// The progress of reading some inputs, or nothing.
pub struct Progress(Option<ProgressBar>);

impl Progress {
    /// A bar over the total size of `paths` when stderr is a terminal and
    /// the inputs are at least `min_bytes` (standard input or a pipe, whose
    /// size is unknown, gets no bar).
    pub fn new(paths: &[PathBuf], min_bytes: u64) -> Progress {
        let sizes: Option<u64> =
            paths.iter().map(|p| std::fs::metadata(p).ok().filter(|m| m.is_file()).map(|m| m.len())).sum();
        let total = match sizes {
            Some(total) if total >= min_bytes && std::io::stderr().is_terminal() => total,
            _ => return Progress(None),
        };
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
        let style = "{bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}";
        bar.set_style(ProgressStyle::with_template(style).expect("a valid template"));
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress(Some(bar))
    }

    /// `bytes` more were read; `message` says what was done so far.
    pub fn advance(&self, bytes: u64, message: impl FnOnce() -> String) {
        if let Some(bar) = &self.0 {
            bar.inc(bytes);
            bar.set_message(message());
        }
    }

    /// Writes a diagnostic to stderr, the bar cleared around it.
    pub fn warn(&self, line: &str) {
        match &self.0 {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }
}

impl Drop for Progress {
    /// Clears the bar: what follows on stderr starts on a clean line.
    fn drop(&mut self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
