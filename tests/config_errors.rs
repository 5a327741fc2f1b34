//! Every kind of malformed lexicon or rules line is rejected when the scorer
//! is built, with an error naming the file, the line and the problem.

use georisk::{BuildError, BuildErrorKind as K, Error, Scorer, ScorerBuilder};

const RULES: &str = include_str!("../data/scoring.rules");

/// The build error of `result`, which must be one.
fn build_error<T, E: Into<Error>>(result: Result<T, E>) -> BuildError {
    match result.map_err(Into::into) {
        Err(Error::Build(e)) => e,
        Err(other) => panic!("not a build error: {other}"),
        Ok(_) => panic!("accepted"),
    }
}

/// Adds one lexicon and builds.
fn with_lexicon(name: &str, src: &str) -> Result<Scorer, Error> {
    Ok(Scorer::builder().lexicon(name, src)?.build()?)
}

/// Replaces the rules and builds.
fn with_rules(src: &str) -> Result<Scorer, Error> {
    Ok(Scorer::builder().rules(src)?.build()?)
}

/// The default rules with `line` appended; returns the text and the line
/// number of the appended line.
fn rules_plus(line: &str) -> (String, usize) {
    let text = format!("{RULES}{}{line}\n", if RULES.ends_with('\n') { "" } else { "\n" });
    (text, RULES.lines().count() + 1)
}

/// The default rules with every line starting with `prefix` replaced.
fn rules_replacing(prefix: &str, with: &str) -> String {
    let mut found = false;
    let out: Vec<&str> = RULES
        .lines()
        .map(|l| {
            if l.starts_with(prefix) {
                found = true;
                with
            } else {
                l
            }
        })
        .collect();
    assert!(found, "no rules line starts with {prefix:?}");
    out.join("\n") + "\n"
}

struct Case {
    name: &'static str,
    result: Result<Scorer, Error>,
    file: &'static str,
    line: usize,
    kind: fn(&K) -> bool,
    /// A piece of the message.
    says: &'static str,
}

fn lex(name: &'static str, src: &str, line: usize, kind: fn(&K) -> bool, says: &'static str) -> Case {
    Case { name, result: with_lexicon("bad.lex", src), file: "bad.lex", line, kind, says }
}

fn rules(name: &'static str, src: &str, line: usize, kind: fn(&K) -> bool, says: &'static str) -> Case {
    Case { name, result: with_rules(src), file: "scoring.rules", line, kind, says }
}

fn two_lexicons(first: &str, second: &str) -> Result<Scorer, Error> {
    Ok(Scorer::builder().lexicon("one.lex", first)?.lexicon("two.lex", second)?.build()?)
}

#[test]
fn malformed_lines_are_rejected_with_file_line_and_kind() {
    let c = "@signal conflict\n";
    let cases = vec![
        // --- lexicon lines, checked when the file is added ------------------
        lex(
            "bad weight",
            &format!("{c}x.a cat=war w=heavy : aaa"),
            2,
            |k| matches!(k, K::BadNumber { what, .. } if what == "weight"),
            "found 'heavy'",
        ),
        lex(
            "NaN weight",
            &format!("{c}x.a cat=war w=NaN : aaa"),
            2,
            |k| matches!(k, K::BadNumber { found, .. } if found == "NaN"),
            "(0, 10]",
        ),
        lex(
            "infinite weight",
            &format!("{c}x.a cat=war w=inf : aaa"),
            2,
            |k| matches!(k, K::BadNumber { .. }),
            "found 'inf'",
        ),
        lex(
            "negative weight",
            &format!("{c}x.a cat=war w=-1 : aaa"),
            2,
            |k| matches!(k, K::BadNumber { .. }),
            "found '-1'",
        ),
        lex(
            "zero weight",
            &format!("{c}x.a cat=war w=0 : aaa"),
            2,
            |k| matches!(k, K::BadNumber { .. }),
            "found '0'",
        ),
        lex(
            "absurd weight",
            &format!("{c}x.a cat=war w=1e9 : aaa"),
            2,
            |k| matches!(k, K::BadNumber { .. }),
            "found '1e9'",
        ),
        lex(
            "weight on a continuation line",
            &format!("{c}x.a cat=war\n    w=11 : aaa"),
            3,
            |k| matches!(k, K::BadNumber { .. }),
            "found '11'",
        ),
        lex(
            "empty term between bars",
            &format!("{c}x.a cat=war w=1 : aaa | | bbb"),
            2,
            |k| matches!(k, K::EmptyAlias(_)),
            "empty alias",
        ),
        lex(
            "term of punctuation only",
            &format!("{c}x.a cat=war w=1 : aaa | --- "),
            2,
            |k| matches!(k, K::EmptyAlias(a) if a.contains("---")),
            "empty alias '---'",
        ),
        lex(
            "term of prefixes only",
            &format!("{c}x.a cat=war w=1 : aaa | =  "),
            2,
            |k| matches!(k, K::EmptyAlias(_)),
            "empty alias",
        ),
        lex(
            "empty term on a continuation line",
            &format!("{c}x.a cat=war w=1 : aaa\n  | bbb | | ccc"),
            3,
            |k| matches!(k, K::EmptyAlias(_)),
            "empty alias",
        ),
        lex(
            "no term at all",
            &format!("{c}x.a cat=war w=1"),
            2,
            |k| matches!(k, K::NoAlias(id) if id == "x.a"),
            "has no alias",
        ),
        lex(
            "unknown signal",
            "@signal weather\nx.a cat=war w=1 : aaa",
            1,
            |k| matches!(k, K::UnknownSignal(s) if s == "weather"),
            "unknown signal 'weather'",
        ),
        lex(
            "unknown directive",
            "@mode strict\n",
            1,
            |k| matches!(k, K::UnknownStatement(_)),
            "unknown statement '@mode'",
        ),
        lex(
            "entry before any @signal",
            "x.a cat=war w=1 : aaa",
            1,
            |k| matches!(k, K::Missing(m) if m.contains("@signal")),
            "missing @signal",
        ),
        lex(
            "missing cat=",
            &format!("{c}x.a w=1 : aaa"),
            2,
            |k| matches!(k, K::Missing(m) if m == "cat="),
            "missing cat=",
        ),
        lex(
            "missing w=",
            &format!("{c}x.a cat=war : aaa"),
            2,
            |k| matches!(k, K::Missing(m) if m == "w="),
            "missing w=",
        ),
        lex(
            "missing kind=",
            "@signal actor\nZZA name=Z tier=2 : Zedland",
            2,
            |k| matches!(k, K::Missing(m) if m == "kind="),
            "missing kind=",
        ),
        lex(
            "missing name=",
            "@signal actor\nZZA kind=country tier=2 : Zedland",
            2,
            |k| matches!(k, K::Missing(m) if m == "name="),
            "missing name=",
        ),
        lex(
            "missing tier= on a country",
            "@signal actor\nZZA kind=country name=Z : Zedland",
            2,
            |k| matches!(k, K::Missing(m) if m.starts_with("tier=")),
            "missing tier=",
        ),
        lex(
            "missing ops= on an armed group",
            "@signal actor\nzz.g kind=armed_group name=G : Zed Front",
            2,
            |k| matches!(k, K::Missing(m) if m.starts_with("ops=")),
            "missing ops=",
        ),
        lex(
            "bad tier",
            "@signal actor\nZZA kind=country name=Z tier=9 : Zedland",
            2,
            |k| matches!(k, K::BadNumber { what, .. } if what == "tier"),
            "found '9'",
        ),
        lex(
            "tier not a number",
            "@signal actor\nZZA kind=country name=Z tier=big : Zedland",
            2,
            |k| matches!(k, K::BadNumber { what, .. } if what == "tier"),
            "found 'big'",
        ),
        lex(
            "bad actor kind",
            "@signal actor\nZZA kind=planet name=Z tier=2 : Zedland",
            2,
            |k| matches!(k, K::BadValue { what, .. } if what == "kind"),
            "found 'planet'",
        ),
        lex(
            "acts= on a country",
            "@signal actor\nZZA kind=country name=Z tier=2 acts=UN : Zedland",
            2,
            |k| matches!(k, K::BadValue { what, .. } if what == "acts"),
            "only on organisations",
        ),
        lex(
            "cue genitive that is neither side",
            "@signal foreign_involvement\nx.t cat=military w=3 of=sideways : troops",
            2,
            |k| matches!(k, K::BadValue { what, .. } if what == "of"),
            "source, target",
        ),
        lex(
            "cue that needs an unknown signal",
            "@signal foreign_involvement\nx.t cat=resources w=1 needs=gold : deal",
            2,
            |k| matches!(k, K::BadValue { what, .. } if what == "needs"),
            "conflict, minerals",
        ),
        lex(
            "malformed country code in ops=",
            "@signal actor\nzz.g kind=armed_group name=G ops=Congo : Zed Front",
            2,
            |k| matches!(k, K::UnknownCode(c) if c == "Congo"),
            "unknown country code 'Congo'",
        ),
        lex(
            "unknown attribute",
            &format!("{c}x.a cat=war w=1 colour=red : aaa"),
            2,
            |k| matches!(k, K::UnknownAttribute(a) if a == "colour"),
            "unknown attribute 'colour'",
        ),
        lex(
            "attribute given twice",
            &format!("{c}x.a cat=war w=1 w=2 : aaa"),
            2,
            |k| matches!(k, K::DuplicateAttribute(a) if a == "w"),
            "given twice",
        ),
        lex(
            "bad tag",
            "@signal minerals\nx.m cat=mineral w=1 tags=3TG,shiny : zzonium",
            2,
            |k| matches!(k, K::BadValue { what, .. } if what == "tag"),
            "found 'shiny'",
        ),
        lex(
            "bad context category",
            "@signal context\nx.c cat=maybe : perhaps",
            2,
            |k| matches!(k, K::BadValue { .. }),
            "found 'maybe'",
        ),
        lex(
            "weak prefix outside actors",
            &format!("{c}x.a cat=war w=1 : ?aaa"),
            2,
            |k| matches!(k, K::Syntax(_)),
            "only for actor entries",
        ),
        lex(
            "bad id",
            &format!("{c}x/a cat=war w=1 : aaa"),
            2,
            |k| matches!(k, K::Syntax(_)),
            "must start with an id",
        ),
        lex(
            "unterminated quote",
            "@signal actor\nZZA kind=country name=\"Zed tier=2 : Zedland",
            2,
            |k| matches!(k, K::Syntax(_)),
            "unterminated quote",
        ),
        lex(
            "malformed attribute",
            &format!("{c}x.a cat= w=1 : aaa"),
            2,
            |k| matches!(k, K::Syntax(_)),
            "malformed attribute",
        ),
        lex(
            "only continuation lines",
            "   : aaa\n   | bbb\n",
            1,
            |k| matches!(k, K::Syntax(_)),
            "indented line with no statement",
        ),
        // --- lexicon lines, checked against the other files at build ---------
        lex(
            "unknown category",
            &format!("{c}x.a cat=nope w=1 : aaa"),
            2,
            |k| matches!(k, K::UnknownCategory(n) if n == "conflict.nope"),
            "unknown category 'conflict.nope'",
        ),
        lex(
            "category of another signal",
            &format!("{c}\n\nx.a cat=mineral w=1 : aaa"),
            4,
            |k| matches!(k, K::UnknownCategory(n) if n == "conflict.mineral"),
            "unknown category",
        ),
        lex(
            "unknown country code in ops=",
            "@signal actor\nzz.g kind=armed_group name=G ops=COD,ZZZ : Zed Front",
            2,
            |k| matches!(k, K::UnknownCode(c) if c == "ZZZ"),
            "unknown country code 'ZZZ'",
        ),
        lex(
            "unknown country code in support=",
            "@signal actor\nZZA kind=country name=Z tier=2 support=QQQ : Zedland",
            2,
            |k| matches!(k, K::UnknownCode(c) if c == "QQQ"),
            "unknown country code 'QQQ'",
        ),
        lex(
            "id of an embedded entry",
            "@signal actor\nCOD kind=country name=Z tier=2 : Zedland",
            2,
            |k| matches!(k, K::DuplicateId { id, first } if id == "COD" && first.starts_with("actors/countries.lex:")),
            "duplicate id 'COD'",
        ),
        lex(
            "duplicate id within one file",
            &format!("{c}x.a cat=war w=1 : aaa\nx.a cat=war w=1 : bbb"),
            3,
            |k| matches!(k, K::DuplicateId { first, .. } if first == "bad.lex:2"),
            "duplicate id 'x.a'",
        ),
        lex(
            "duplicate alias within a signal",
            &format!("{c}x.a cat=war w=1 : zzwar\nx.b cat=war w=1 : ZZWAR"),
            3,
            |k| matches!(k, K::DuplicateAlias { alias, other, .. } if alias == "zzwar" && other == "x.a"),
            "already belongs to 'x.a'",
        ),
        lex(
            "duplicate alias within one entry",
            &format!("{c}x.a cat=war w=1 : zzwar\n  | Zz-War | zz war"),
            3,
            |k| matches!(k, K::DuplicateAlias { .. }),
            "already belongs",
        ),
        lex(
            "alias of an embedded entry",
            &format!("{c}x.a cat=war w=1 : airstrike"),
            2,
            |k| matches!(k, K::DuplicateAlias { first, .. } if first.starts_with("conflict.lex:")),
            "already belongs",
        ),
        // Issue 15 (5): after a folded claim, two exact claims on one alias
        // were both accepted (only the first claim was compared).
        lex(
            "exact alias claimed twice after a folded one",
            &format!("{c}x.a cat=war w=1 : zzwar\nx.b cat=war w=1 : =ZZWAR\nx.c cat=war w=1 : =ZZWAR"),
            4,
            |k| matches!(k, K::DuplicateAlias { other, .. } if other == "x.b"),
            "already belongs to 'x.b'",
        ),
        // Issue 15 (5): 20,000 actors sharing one weak alias made scoring
        // 32 KB of text take 7.7 s and 3 GB.
        lex(
            "weak alias shared by too many entries",
            &format!(
                "@signal actor\n{}",
                (0..65).map(|i| format!("ZZ{i} kind=organisation name=z : ?zzshared\n")).collect::<String>()
            ),
            66,
            |k| matches!(k, K::TooLarge(m) if m.contains("'zzshared' is claimed by more than 64 entries")),
            "too large",
        ),
        Case {
            name: "duplicate id across two added files",
            result: two_lexicons(
                &format!("{c}x.a cat=war w=1 : aaa\n"),
                &format!("{c}\n# note\nx.a cat=war w=1 : bbb\n"),
            ),
            file: "two.lex",
            line: 4,
            kind: |k| matches!(k, K::DuplicateId { id, first } if id == "x.a" && first == "one.lex:2"),
            says: "duplicate id 'x.a' (first defined at one.lex:2)",
        },
        // --- rules lines --------------------------------------------------------
        rules(
            "unknown statement",
            &rules_plus("threshold conflict 3").0,
            rules_plus("").1,
            |k| matches!(k, K::UnknownStatement(s) if s == "threshold"),
            "unknown statement 'threshold'",
        ),
        rules(
            "unknown signal in rules",
            &rules_plus("category weather storm").0,
            rules_plus("").1,
            |k| matches!(k, K::UnknownSignal(s) if s == "weather"),
            "unknown signal",
        ),
        rules(
            "unknown category in a rule",
            &rules_plus("rule r2 scope=sentence requires=conflict.nope points=1 cap=2 explain=x").0,
            rules_plus("").1,
            |k| matches!(k, K::UnknownCategory(c) if c == "conflict.nope"),
            "unknown category",
        ),
        // Issue 15 (5): `evidence max=0.5` was truncated to 0, which turned
        // evidence off.
        rules(
            "fractional evidence cap",
            &rules_replacing("evidence ", "evidence max=0.5"),
            RULES.lines().position(|l| l.starts_with("evidence ")).unwrap() + 1,
            |k| matches!(k, K::BadNumber { what, .. } if what == "max"),
            "max must be a number in {1, ..., 10000}, found '0.5'",
        ),
        rules(
            "bad number in rules",
            &rules_replacing("knee ", "knee start=sixty span=40"),
            RULES.lines().position(|l| l.starts_with("knee ")).unwrap() + 1,
            |k| matches!(k, K::BadNumber { what, .. } if what == "start"),
            "found 'sixty'",
        ),
        rules(
            "NaN in rules",
            &rules_replacing("field body", "field body NaN"),
            RULES.lines().position(|l| l.starts_with("field body")).unwrap() + 1,
            |k| matches!(k, K::BadNumber { .. }),
            "found 'NaN'",
        ),
        rules(
            "absurd field weight",
            &rules_replacing("field title", "field title 1e9"),
            RULES.lines().position(|l| l.starts_with("field title")).unwrap() + 1,
            |k| matches!(k, K::BadNumber { .. }),
            "found '1e9'",
        ),
        rules(
            "missing attribute in rules",
            &rules_plus("rule r2 scope=sentence requires=conflict points=1 explain=x").0,
            rules_plus("").1,
            |k| matches!(k, K::Missing(m) if m == "cap="),
            "missing cap=",
        ),
        rules(
            "statement given twice",
            &rules_plus("knee start=50 span=40").0,
            rules_plus("").1,
            |k| matches!(k, K::Inconsistent(m) if m.contains("twice")),
            "'knee' given twice",
        ),
        rules(
            "rule defined twice",
            &rules_plus("rule resource_conflict scope=sentence requires=conflict points=1 cap=2 explain=x").0,
            rules_plus("").1,
            |k| matches!(k, K::Inconsistent(m) if m.contains("twice")),
            "defined twice",
        ),
        rules(
            "level thresholds not rising",
            &rules_replacing("level high", "level high 30"),
            0,
            |k| matches!(k, K::Inconsistent(m) if m.contains("rise")),
            "thresholds must rise",
        ),
        rules(
            "missing required statement",
            &rules_replacing("knee ", "# no knee"),
            0,
            |k| matches!(k, K::Missing(m) if m.contains("knee")),
            "missing statement 'knee'",
        ),
        rules(
            "missing relation category",
            &rules_replacing("category foreign_involvement military", ""),
            0,
            |k| matches!(k, K::Missing(m) if m.contains("military")),
            "military",
        ),
        rules(
            "unknown frame kind",
            &rules_plus("frame glue and or").0,
            rules_plus("").1,
            |k| matches!(k, K::BadValue { what, .. } if what == "frame kind"),
            "found 'glue'",
        ),
        lex(
            "successor without until",
            "@signal actor\nOLD kind=country name=\"Old\" tier=3 successor=RUS : Oldland\n",
            2,
            |k| matches!(k, K::Missing(m) if m.contains("until=")),
            "until=",
        ),
        lex(
            "until that is not a date",
            "@signal actor\nOLD kind=country name=\"Old\" tier=3 successor=RUS until=soon : Oldland\n",
            2,
            |k| matches!(k, K::BadValue { what, .. } if what == "until"),
            "found 'soon'",
        ),
        lex(
            "successor on an organisation",
            "@signal actor\nOLD kind=organisation name=\"Old\" successor=RUS until=1990-01-01 : Oldorg\n",
            2,
            |k| matches!(k, K::UnknownAttribute(a) if a == "successor"),
            "successor",
        ),
        lex(
            "a successor that is no country",
            "@signal actor\nOLD kind=country name=\"Old\" tier=3 successor=XYZ until=1990-01-01 : Oldland\n",
            2,
            |k| matches!(k, K::UnknownCode(c) if c == "XYZ"),
            "XYZ",
        ),
        lex(
            "two states with one successor",
            "@signal actor\nOLD kind=country name=\"Old\" tier=3 successor=RUS until=1990-01-01 : Oldland\n",
            2,
            |k| matches!(k, K::Inconsistent(m) if m.contains("succeeds both")),
            "succeeds both",
        ),
        rules(
            "a leader title that is not a word",
            &rules_replacing("titles ", "titles words=President,Pres1dent"),
            RULES.lines().position(|l| l.starts_with("titles ")).map_or(0, |i| i + 1),
            |k| matches!(k, K::BadValue { what, .. } if what == "title"),
            "found 'Pres1dent'",
        ),
        rules(
            "missing frame reach",
            &rules_replacing("frame reach", ""),
            0,
            |k| matches!(k, K::Missing(m) if m.contains("frame reach")),
            "frame reach",
        ),
        rules(
            "missing level",
            &rules_replacing("level severe", ""),
            0,
            |k| matches!(k, K::Missing(m) if m.contains("severe")),
            "severe",
        ),
        rules("empty rules file", "", 0, |k| matches!(k, K::Missing(_)), "missing"),
        rules(
            "tail in rules",
            &rules_plus("signal conflict : war").0,
            rules_plus("").1,
            |k| matches!(k, K::Syntax(_)),
            "':' is not used",
        ),
        Case {
            name: "rules dropping a category the lexicons use",
            result: with_rules(&rules_replacing("category conflict coup", "")),
            file: "conflict.lex",
            line: 0, // checked below: a real line of conflict.lex
            kind: |k| matches!(k, K::UnknownCategory(c) if c == "conflict.coup"),
            says: "unknown category 'conflict.coup'",
        },
    ];
    let mut failures = Vec::new();
    for case in cases {
        let err = match case.result {
            Err(Error::Build(e)) => e,
            Err(other) => {
                failures.push(format!("{}: not a build error: {other}", case.name));
                continue;
            }
            Ok(_) => {
                failures.push(format!("{}: accepted", case.name));
                continue;
            }
        };
        let line_ok =
            if case.name.starts_with("rules dropping") { err.line() > 0 } else { err.line() == case.line };
        let msg = err.to_string();
        if err.file() != case.file || !line_ok || !(case.kind)(err.kind()) || !msg.contains(case.says) {
            failures.push(format!(
                "{}: got {}:{} {:?} ({msg}); want {}:{} containing {:?}",
                case.name,
                err.file(),
                err.line(),
                err.kind(),
                case.file,
                case.line,
                case.says
            ));
        }
        let prefix = if err.line() == 0 {
            format!("{}: ", err.file())
        } else {
            format!("{}:{}: ", err.file(), err.line())
        };
        if !msg.starts_with(&prefix) {
            failures.push(format!("{}: message {msg:?} does not start with {prefix:?}", case.name));
        }
    }
    assert!(failures.is_empty(), "{} case(s) failed:\n{}", failures.len(), failures.join("\n"));
}

/// Statements of the default rules: (first line number, text with its
/// continuation lines).
fn statements() -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (i, line) in RULES.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            let last = out.last_mut().expect("continuation follows a statement");
            last.1.push('\n');
            last.1.push_str(line);
        } else {
            out.push((i + 1, line.to_string()));
        }
    }
    out
}

// A rules file with every statement twice is rejected at the first repeat
// that cannot be merged.
#[test]
fn rules_file_doubled_is_rejected() {
    let doubled = format!("{RULES}\n{RULES}");
    let err = build_error(with_rules(&doubled));
    assert_eq!(err.file(), "scoring.rules");
    assert!(err.line() > RULES.lines().count(), "{err}");
    assert!(matches!(err.kind(), K::Inconsistent(m) if m.contains("twice")), "{err}");
}

// Each statement repeated on its own must be rejected as given twice: a
// repeat that silently overrides (or adds to) the first is a config mistake
// nobody sees.
#[test]

fn every_rules_statement_given_twice_is_rejected() {
    let mut accepted = Vec::new();
    for (line, stmt) in statements() {
        let (text, at) = rules_plus(&stmt);
        match with_rules(&text) {
            Ok(_) => accepted.push(format!("line {line}: {}", stmt.lines().next().unwrap_or(""))),
            Err(e) => {
                let e = match e {
                    Error::Build(b) => b,
                    other => panic!("{other}"),
                };
                assert_eq!((e.file(), e.line()), ("scoring.rules", at), "{stmt}: {e}");
            }
        }
    }
    assert!(accepted.is_empty(), "repeated statements accepted:\n{}", accepted.join("\n"));
}

// A lexicon replacing an embedded one by name is checked like any other.
#[test]
fn replaced_lexicon_is_checked_at_build() {
    let mut b = ScorerBuilder::new();
    b.lexicon("conflict.lex", "@signal conflict\n\nx.a cat=nope w=1 : aaa\n").unwrap();
    let err = build_error(b.build());
    assert_eq!((err.file(), err.line()), ("conflict.lex", 3));
    assert!(matches!(err.kind(), K::UnknownCategory(_)));
}

// An error of the first `.lexicon()` call is returned at once, before build.
#[test]
fn lexicon_errors_come_from_the_lexicon_call() {
    let mut b = Scorer::builder();
    let err = match b.lexicon("x.lex", "@signal conflict\nx.a cat=war w=-1 : aaa\n") {
        Err(e) => e,
        other => panic!("{:?}", other.map(|_| ())),
    };
    assert_eq!(err.to_string(), "x.lex:2: weight must be a number in (0, 10], found '-1'");
    // The failed file was not kept: the builder still builds.
    b.build().unwrap();
}

// Guards issue 15 (5): the file index of an entry was a u16, so past 65,535
// lexicon files entries were named after the wrong file.
#[test]
fn errors_name_the_right_file_past_65535_files() {
    let mut builder = Scorer::builder();
    for i in 0..65_537 {
        builder.lexicon(&format!("f{i}.lex"), "# nothing yet\n").unwrap();
    }
    builder
        .lexicon("last.lex", "@signal conflict\nx.a cat=war w=1 : zzone\nx.a cat=war w=1 : zztwo\n")
        .unwrap();
    let err = build_error(builder.build());
    assert_eq!(err.to_string(), "last.lex:3: duplicate id 'x.a' (first defined at last.lex:2)");
}

/// A fresh directory under the system's temporary one.
fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("georisk-config-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

// Guards issue 12 (3): errors of knowledge read from files name the real
// file and line; rules given as text named the file `rules` whatever it was.
#[test]
fn knowledge_files_are_named_in_errors() {
    let dir = temp_dir("files");
    let bad_lex = dir.join("mine.lex");
    std::fs::write(&bad_lex, "@signal conflict\nx.a cat=armed_clash w=-1 : aaa\n").unwrap();
    let (bad_rules, line) = rules_plus("nonsense here");
    let rules_path = dir.join("my.rules");
    std::fs::write(&rules_path, bad_rules).unwrap();
    let missing = dir.join("missing.lex");
    let name = |p: &std::path::Path| p.display().to_string();
    let cases: Vec<(&str, BuildError, String, usize)> = vec![
        ("bad lexicon file", build_error(Scorer::builder().lexicon_file(&bad_lex)), name(&bad_lex), 2),
        ("bad rules file", build_error(Scorer::builder().rules_file(&rules_path)), name(&rules_path), line),
        (
            "named rules",
            build_error(Scorer::builder().rules_named("x.rules", "nonsense\n")),
            "x.rules".into(),
            1,
        ),
        ("missing file", build_error(Scorer::builder().lexicon_file(&missing)), name(&missing), 0),
    ];
    for (case, err, file, line) in cases {
        assert_eq!((err.file(), err.line()), (&*file, line), "{case}: {err}");
        assert!(err.to_string().starts_with(&file), "{case}: {err}");
    }
    let err = build_error(Scorer::builder().lexicon_file(&missing));
    assert!(matches!(err.kind(), K::Read(m) if m.contains("No such file")), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

// A lexicon file replaces the embedded lexicon its path ends with, so that
// an edited copy from `georisk knowledge dump` does not clash with the
// original (duplicate ids).
#[test]
fn lexicon_file_replaces_the_embedded_one_it_ends_with() {
    let dir = temp_dir("replace");
    for (name, src) in ScorerBuilder::embedded_files() {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, src).unwrap();
    }
    let conflict = dir.join("conflict.lex");
    let extra = "l.raid cat=armed_clash w=3 : cattle raid | cattle raids\n";
    std::fs::write(&conflict, format!("{}\n{extra}", std::fs::read_to_string(&conflict).unwrap())).unwrap();
    let mut b = Scorer::builder();
    b.lexicon_file(&conflict).unwrap().lexicon_file(dir.join("actors/countries.lex")).unwrap();
    let scorer = b.build().expect("replaced, not added: no duplicate ids");
    assert!(scorer.score_text("Cattle raids in Jonglei").signals.conflict.score > 0.0);
    let dumped = |b: &mut ScorerBuilder| -> Result<Scorer, BuildError> {
        b.rules_file(dir.join("scoring.rules"))?;
        b.build()
    };
    let same = dumped(&mut Scorer::builder()).unwrap();
    assert_eq!(same.pattern_count(), Scorer::default().pattern_count());
    std::fs::remove_dir_all(&dir).unwrap();
}
