//! Files: I/O errors that name their path, and output written whole or not
//! at all.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// `e` with what was being done and to which path, once: `cannot read
/// corpus.jsonl: Is a directory`.
pub fn error(verb: &str, path: &Path, e: io::Error) -> io::Error {
    let path = if path.as_os_str() == "-" { "standard input".into() } else { path.display().to_string() };
    // Without the " (os error N)" of OS messages.
    let msg = e.to_string();
    let what = msg.rfind(" (os error").map_or(&*msg, |i| &msg[..i]);
    io::Error::new(e.kind(), format!("cannot {verb} {path}: {what}"))
}

/// Creates the out dir if needed and checks that files can be written in
/// it, so that a bad `--out-dir` fails before the corpus is scored.
///
/// # Errors
///
/// When `dir` is a file, cannot be created, or is not writable.
pub fn prepare_dir(dir: &Path) -> io::Result<()> {
    if dir.exists() && !dir.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("cannot write to {}: it is a file, not a directory", dir.display()),
        ));
    }
    fs::create_dir_all(dir).map_err(|e| error("create directory", dir, e))?;
    let probe = temporary(&dir.join("write-check"));
    fs::File::create(&probe).map_err(|e| error("write to", dir, e))?;
    fs::remove_file(&probe).map_err(|e| error("remove", &probe, e))
}

/// The temporary name a file is written under before it is renamed into
/// place: hidden, next to it (a rename within one directory is atomic),
/// unique to this process.
fn temporary(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// Files written under temporary names, renamed into place by
/// [`commit`](Self::commit): a full disk or a crash leaves the previous
/// files as they were, not a mix of new, truncated and stale ones.
#[derive(Default)]
pub struct Staged {
    /// (temporary, final) paths.
    files: Vec<(PathBuf, PathBuf)>,
}

impl Staged {
    /// Writes `bytes` to the temporary file of `path`.
    ///
    /// # Errors
    ///
    /// When the file cannot be written in full (the temporary is removed).
    pub fn write(&mut self, path: PathBuf, bytes: &[u8]) -> io::Result<()> {
        let mut file = self.create(path)?;
        let result = file.write_all(bytes).and_then(|()| file.sync_all());
        self.check(result)
    }

    /// Creates the temporary file of `path`, to be written by the caller.
    ///
    /// # Errors
    ///
    /// When it cannot be created.
    pub fn create(&mut self, path: PathBuf) -> io::Result<fs::File> {
        let tmp = temporary(&path);
        let file = fs::File::create(&tmp).map_err(|e| error("create", &tmp, e))?;
        self.files.push((tmp, path));
        Ok(file)
    }

    /// Passes `result` on, naming the last file created on an error.
    ///
    /// # Errors
    ///
    /// `result`'s error, with the final path of the file.
    pub fn check<T>(&self, result: io::Result<T>) -> io::Result<T> {
        let path = self.files.last().map_or(Path::new(""), |(_, path)| path);
        result.map_err(|e| error("write", path, e))
    }

    /// Renames every file into place.
    ///
    /// # Errors
    ///
    /// When a rename fails (the remaining temporaries are removed).
    pub fn commit(mut self) -> io::Result<()> {
        while let Some((tmp, path)) = self.files.first() {
            fs::rename(tmp, path).map_err(|e| error("write", path, e))?;
            self.files.remove(0);
        }
        Ok(())
    }
}

impl Drop for Staged {
    /// Removes the temporaries not committed.
    fn drop(&mut self) {
        for (tmp, _) in &self.files {
            let _ = fs::remove_file(tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Guards issue 15 (4): outputs were written in place, so a failure half
    // way (a full disk) left new, truncated and stale files side by side.
    #[test]
    fn a_failed_write_leaves_the_previous_files() {
        let dir = std::env::temp_dir().join(format!("georisk-staged-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("a.csv"), "old").unwrap();
        let mut staged = Staged::default();
        staged.write(dir.join("a.csv"), b"new").unwrap();
        let err = staged.write(dir.join("missing").join("b.json"), b"x").unwrap_err();
        assert!(err.to_string().contains("missing"), "{err}");
        drop(staged);
        let names: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["a.csv"], "temporaries removed");
        assert_eq!(fs::read_to_string(dir.join("a.csv")).unwrap(), "old");
        let mut staged = Staged::default();
        staged.write(dir.join("a.csv"), b"new").unwrap();
        staged.commit().unwrap();
        assert_eq!(fs::read_to_string(dir.join("a.csv")).unwrap(), "new");
        fs::remove_dir_all(&dir).unwrap();
    }
}
