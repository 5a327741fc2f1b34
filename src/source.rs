//! The line syntax shared by lexicon (`*.lex`) and rules files.
//!
//! A statement starts on a line that does not begin with white space and goes
//! on over the indented lines below it. `#` starts a comment line. A statement
//! has a head (words and `key=value` attributes) and, after the first `:`
//! that starts a word, a tail (the aliases of a lexicon entry). A `:` inside
//! a word (`requires=actor:armed_group`) is part of the word.

use crate::error::{BuildError, BuildErrorKind};

/// One piece of text with the 1-based line it came from.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Piece<'s> {
    pub(crate) line: usize,
    pub(crate) text: &'s str,
}

/// A statement: its first line, head tokens and tail pieces.
#[derive(Debug)]
pub(crate) struct Statement<'s> {
    pub(crate) line: usize,
    pub(crate) head: Vec<Token<'s>>,
    /// `None` when the statement has no `:`.
    pub(crate) tail: Option<Vec<Piece<'s>>>,
}

/// A head token: a bare word or `key=value`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token<'s> {
    pub(crate) line: usize,
    pub(crate) key: Option<&'s str>,
    pub(crate) value: &'s str,
}

/// Splits a file into statements.
///
/// # Errors
///
/// An unterminated quote, a continuation line with nothing to continue or a
/// malformed `key=value` token.
pub(crate) fn statements<'s>(file: &str, src: &'s str) -> Result<Vec<Statement<'s>>, BuildError> {
    let mut out: Vec<Statement<'s>> = Vec::new();
    for (index, raw) in lines(src).enumerate() {
        let line = index + 1;
        let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let continues = raw.starts_with(char::is_whitespace);
        if !continues {
            out.push(Statement { line, head: Vec::new(), tail: None });
        }
        let Some(stmt) = out.last_mut() else {
            return Err(syntax(file, line, "indented line with no statement above it"));
        };
        let piece = Piece { line, text: trimmed };
        match &mut stmt.tail {
            Some(tail) => tail.push(piece),
            None => match split_head_tail(file, piece)? {
                (head, Some(rest)) => {
                    stmt.head.extend(head);
                    stmt.tail = Some(vec![rest]);
                }
                (head, None) => stmt.head.extend(head),
            },
        }
    }
    Ok(out)
}

/// The lines of `src`, ended by LF, CRLF or a lone CR (old Mac files):
/// `str::lines` leaves a lone-CR file one line long, which made a lexicon
/// of such a file silently empty.
fn lines(src: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(src);
    std::iter::from_fn(move || {
        let text = rest?;
        let Some(end) = text.find(['\n', '\r']) else {
            rest = None;
            return (!text.is_empty()).then_some(text);
        };
        let next = if text[end..].starts_with("\r\n") { end + 2 } else { end + 1 };
        rest = Some(&text[next..]);
        Some(&text[..end])
    })
}

/// Tokenises a head piece up to its first `:` that starts a word.
fn split_head_tail<'s>(
    file: &str,
    piece: Piece<'s>,
) -> Result<(Vec<Token<'s>>, Option<Piece<'s>>), BuildError> {
    let text = piece.text;
    let mut tokens = Vec::new();
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if bytes[i] == b':' {
            let rest = Piece { line: piece.line, text: text[i + 1..].trim() };
            return Ok((tokens, Some(rest)));
        }
        let start = i;
        let mut key = None;
        let mut quoted = false;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            if bytes[i] == b'=' && key.is_none() {
                key = Some(&text[start..i]);
                if bytes.get(i + 1) == Some(&b'"') {
                    let value_start = i + 2;
                    let Some(len) = text[value_start..].find('"') else {
                        return Err(syntax(file, piece.line, "unterminated quote"));
                    };
                    tokens.push(Token {
                        line: piece.line,
                        key,
                        value: &text[value_start..value_start + len],
                    });
                    i = value_start + len + 1;
                    quoted = true;
                    break;
                }
            }
            i += 1;
        }
        if quoted {
            continue;
        }
        let token = match key {
            Some(k) => {
                let value = &text[start + k.len() + 1..i];
                if k.is_empty() || value.is_empty() {
                    let msg = format!("malformed attribute '{}'", &text[start..i]);
                    return Err(syntax(file, piece.line, &msg));
                }
                Token { line: piece.line, key: Some(k), value }
            }
            None => Token { line: piece.line, key: None, value: &text[start..i] },
        };
        tokens.push(token);
    }
    Ok((tokens, None))
}

/// Builds a syntax error.
pub(crate) fn syntax(file: &str, line: usize, msg: &str) -> BuildError {
    BuildError::new(file, line, BuildErrorKind::Syntax(msg.to_string()))
}

/// Parses a number attribute checked against an inclusive-exclusive range.
///
/// `min_exclusive` rejects the lower bound itself (weights must be > 0).
pub(crate) fn number(
    file: &str,
    token: &Token<'_>,
    what: &str,
    (min, max): (f64, f64),
    min_exclusive: bool,
) -> Result<f64, BuildError> {
    let parsed = token
        .value
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v <= max && if min_exclusive { *v > min } else { *v >= min });
    parsed.ok_or_else(|| {
        let open = if min_exclusive { '(' } else { '[' };
        BuildError::new(
            file,
            token.line,
            BuildErrorKind::BadNumber {
                what: what.to_string(),
                range: format!("{open}{min}, {max}]"),
                found: token.value.to_string(),
            },
        )
    })
}

/// Parses a whole-number attribute in `min..=max`: `2.5` is refused, not
/// truncated to 2.
pub(crate) fn whole(
    file: &str,
    token: &Token<'_>,
    what: &str,
    (min, max): (u32, u32),
) -> Result<u32, BuildError> {
    token.value.parse::<u32>().ok().filter(|v| (min..=max).contains(v)).ok_or_else(|| {
        BuildError::new(
            file,
            token.line,
            BuildErrorKind::BadNumber {
                what: what.to_string(),
                range: format!("{{{min}, ..., {max}}}"),
                found: token.value.to_string(),
            },
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continuation_and_quotes() {
        let src = "# c\nA kind=x name=\"Two words\"\n  tier=2 : one | two\n  | three\n\nB : b\n";
        let stmts = statements("f", src).unwrap();
        assert_eq!(stmts.len(), 2);
        let a = &stmts[0];
        assert_eq!(a.line, 2);
        let vals: Vec<_> = a.head.iter().map(|t| (t.key, t.value)).collect();
        assert_eq!(
            vals,
            vec![(None, "A"), (Some("kind"), "x"), (Some("name"), "Two words"), (Some("tier"), "2")]
        );
        let tail: Vec<_> = a.tail.as_ref().unwrap().iter().map(|p| p.text).collect();
        assert_eq!(tail, vec!["one | two", "| three"]);
    }

    // Guards issue 15 (5): a file with lone-CR line ends was one line.
    #[test]
    fn line_ends() {
        let table = [
            ("lf", "A : a\nB : b\n"),
            ("crlf", "A : a\r\nB : b\r\n"),
            ("lone cr", "A : a\rB : b\r"),
            ("mixed, no final end", "A : a\r\rB : b"),
        ];
        for (name, src) in table {
            let stmts = statements("f", src).unwrap();
            let heads: Vec<_> = stmts.iter().map(|s| (s.line, s.head[0].value)).collect();
            let second = if name.starts_with("mixed") { 3 } else { 2 };
            assert_eq!(heads, [(1, "A"), (second, "B")], "{name}");
        }
    }

    #[test]
    fn errors_name_the_line() {
        let cases = [
            ("  orphan", 1, "indented line"),
            ("A name=\"open", 1, "unterminated quote"),
            ("A\nB =x", 2, "malformed attribute"),
        ];
        for (src, line, needle) in cases {
            let err = statements("f", src).unwrap_err();
            assert_eq!(err.line(), line, "{src}");
            assert!(err.to_string().contains(needle), "{err}");
        }
    }
}
