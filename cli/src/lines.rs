//! JSONL input, read on a thread of its own and handed over in chunks of
//! whatever has arrived: a stalled input (a co-process, `tail -f`) is
//! scored at once, a fast one in large chunks, and reading overlaps scoring.

use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::PathBuf;
use std::sync::mpsc;

use crate::files;

/// Lines scored together: at most this many...
const CHUNK_LINES: usize = 1024;
/// ...or this many bytes (plus the line that crosses it), so memory stays
/// bounded whatever the input size.
const CHUNK_BYTES: usize = 4 << 20;
/// Chunks read ahead of the scoring.
const AHEAD: usize = 4;
/// The read buffer: large, so that a file is handed over in large chunks
/// (a chunk ends where the buffer holds no complete line).
const BUFFER: usize = 1 << 20;

/// One input line.
pub struct Line {
    /// Which input, as an index into the paths given to [`Reader::open`].
    pub input: usize,
    /// 1-based line number in its input.
    pub no: usize,
    /// The line with its line end; empty when it was too long.
    pub bytes: Vec<u8>,
    /// False when the line was over the maximum length (and was dropped).
    pub complete: bool,
    /// Bytes read for it, line end and dropped bytes included.
    pub read: usize,
}

impl Line {
    /// Only white space: not an article, and not an error either (in
    /// `score` and `index` alike).
    pub fn is_blank(&self) -> bool {
        self.complete && self.bytes.iter().all(u8::is_ascii_whitespace)
    }
}

/// The inputs, opened up front so that a missing file fails before any work.
pub struct Reader {
    inputs: Vec<(PathBuf, Box<dyn Read + Send>)>,
    max_line_bytes: usize,
}

impl Reader {
    /// Opens `paths` (standard input for `-`, or when there are none).
    ///
    /// # Errors
    ///
    /// The first path that cannot be opened, named.
    pub fn open(paths: &[PathBuf], max_line_bytes: usize) -> io::Result<Reader> {
        let stdin = [PathBuf::from("-")];
        let paths = if paths.is_empty() { &stdin[..] } else { paths };
        let inputs = paths
            .iter()
            .map(|path| -> io::Result<(PathBuf, Box<dyn Read + Send>)> {
                let input: Box<dyn Read + Send> = if path.as_os_str() == "-" {
                    Box::new(io::stdin())
                } else {
                    Box::new(fs::File::open(path).map_err(|e| files::error("read", path, e))?)
                };
                Ok((path.clone(), input))
            })
            .collect::<io::Result<_>>()?;
        Ok(Reader { inputs, max_line_bytes })
    }

    /// The paths, in the order of [`Line::input`].
    pub fn paths(&self) -> Vec<PathBuf> {
        self.inputs.iter().map(|(path, _)| path.clone()).collect()
    }

    /// Calls `f` on chunks of lines in input order until the inputs end,
    /// `f` fails or a read fails (after the lines read before it).
    ///
    /// # Errors
    ///
    /// The first error of `f` or of reading, which names the path.
    pub fn for_each_chunk(self, mut f: impl FnMut(&[Line]) -> io::Result<()>) -> io::Result<()> {
        let (tx, rx) = mpsc::sync_channel(AHEAD);
        // Not a scoped thread: if `f` fails (stdout closed), the process
        // ends without waiting for an input that may never close.
        std::thread::spawn(move || self.read_all(&tx));
        while let Ok(first) = rx.recv() {
            let mut chunk: Vec<Line> = first?;
            let mut size: usize = chunk.iter().map(|l| l.bytes.len()).sum();
            let mut error = None;
            // Take what else has arrived, within the bounds.
            while chunk.len() < CHUNK_LINES && size < CHUNK_BYTES {
                match rx.try_recv() {
                    Ok(Ok(more)) => {
                        size += more.iter().map(|l| l.bytes.len()).sum::<usize>();
                        chunk.extend(more);
                    }
                    Ok(Err(e)) => {
                        error = Some(e);
                        break;
                    }
                    Err(_) => break,
                }
            }
            f(&chunk)?;
            if let Some(e) = error {
                return Err(e);
            }
        }
        Ok(())
    }

    /// The reading thread: sends a chunk when it is full or when no complete
    /// line is buffered (reading on might wait for the input).
    fn read_all(self, tx: &mpsc::SyncSender<io::Result<Vec<Line>>>) {
        let max = self.max_line_bytes;
        for (input, (path, read)) in self.inputs.into_iter().enumerate() {
            let mut read = BufReader::with_capacity(BUFFER, read);
            let mut chunk = Vec::new();
            let mut size = 0;
            let mut no = 0;
            loop {
                let mut bytes = Vec::new();
                let (n, complete) = match read_line(&mut read, &mut bytes, max) {
                    Ok(r) => r,
                    Err(e) => {
                        let _ = tx.send(Ok(chunk));
                        let _ = tx.send(Err(files::error("read", &path, e)));
                        return;
                    }
                };
                if n == 0 {
                    break;
                }
                no += 1;
                size += bytes.len();
                chunk.push(Line { input, no, bytes, complete, read: n });
                let stalls = !read.buffer().contains(&b'\n');
                if stalls || chunk.len() >= CHUNK_LINES || size >= CHUNK_BYTES {
                    if tx.send(Ok(std::mem::take(&mut chunk))).is_err() {
                        return;
                    }
                    size = 0;
                }
            }
            if !chunk.is_empty() && tx.send(Ok(chunk)).is_err() {
                return;
            }
        }
    }
}

/// `path:` before a diagnostic when there are several inputs, else nothing.
pub fn prefix(paths: &[PathBuf], input: usize) -> String {
    match paths {
        [_] => String::new(),
        _ => format!("{}:", paths[input].display()),
    }
}

/// Reads one line into `buf`, keeping at most `max` bytes besides its line
/// end (`\n` or `\r\n`, which do not count); the rest of an over-long line
/// is consumed and dropped. Returns the bytes read and whether the line
/// fitted.
fn read_line(input: &mut dyn BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<(usize, bool)> {
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
