//! The command line as a user runs it.

use std::io::Write;
use std::process::{Child, Command, Output, Stdio};

/// georisk running with `args`, its standard streams piped.
fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_georisk"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("georisk runs")
}

fn georisk(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn(args);
    child.stdin.take().expect("stdin").write_all(stdin).expect("write stdin");
    child.wait_with_output().expect("georisk finishes")
}

fn sample(name: &str) -> String {
    format!("{}/../data/samples/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn readable_report_of_a_sample() {
    let out = georisk(&["score", &sample("drc_minerals_security.txt")], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "risk ", "signals", "conflict", "minerals", "actors", "focus", "COD", "foreign", "RWA", "proxy",
        "rules", "evidence",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in\n{text}");
    }
}

#[test]
fn json_report_parses() {
    let out = georisk(&["score", "--format", "json", &sample("rebels_seize_mines.txt")], b"");
    assert!(out.status.success());
    let report: georisk::RiskReport = serde_json::from_slice(&out.stdout).expect("a RiskReport");
    assert!(report.score > 0.0);
}

#[test]
fn json_article_on_stdin() {
    let out = georisk(&["score", "--format", "json", "-"], br#"{"id": "x", "title": "Clashes in Goma"}"#);
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["id"], "x");
}

#[test]
fn missing_file_is_a_clear_error() {
    let out = georisk(&["score", "/no/such/file.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/file.txt"));
}

#[test]
fn jsonl_stream_mixes_good_and_bad_lines() {
    let long = format!("{{\"id\": \"long\", \"body\": \"{}\"}}", "war ".repeat(400));
    let lines = [
        r#"{"id": "good1", "title": "Rebels seize mine", "body": "M23 rebels seized coltan mines."}"#
            .to_string(),
        r#"{"id": "bad-json", "title": "#.to_string(),
        r#"{"id": "no-body"}"#.to_string(),
        r#"{"id": 42, "title": ["wrong", "type"]}"#.to_string(),
        long,
        String::new(),
        r#"{"id": 7, "text": "Peace talks resumed."}"#.to_string(),
    ];
    let input = lines.join("\n") + "\n";
    let out = georisk(&["score", "--jsonl", "--max-line-bytes", "1000"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1), "failed lines give a non-zero exit");
    let stdout = String::from_utf8(out.stdout).unwrap();
    // A blank line gives a blank line: not an article, not an error.
    let rows: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| {
            if l.is_empty() {
                serde_json::json!({"id": "blank"})
            } else {
                serde_json::from_str(l).expect("JSON line")
            }
        })
        .collect();
    assert_eq!(rows.len(), lines.len(), "one output line per input line");
    let expect: &[(&str, bool)] = &[
        ("good1", false),
        ("line 2", true),
        ("no-body", true),
        ("42", true),
        ("line 5", true),
        ("blank", false),
        ("7", false),
    ];
    for (row, (id, is_error)) in rows.iter().zip(expect) {
        let got = match &row["id"] {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        assert_eq!(&got, id, "{row}");
        assert_eq!(row.get("error").is_some(), *is_error, "{row}");
    }
    assert!(String::from_utf8_lossy(&out.stderr).contains("4 of 7 lines failed"));

    let allowed =
        georisk(&["score", "--jsonl", "--allow-errors", "--max-line-bytes", "1000"], input.as_bytes());
    assert_eq!(allowed.status.code(), Some(0));
}

#[test]
fn closed_stdout_ends_quietly() {
    let line = r#"{"title": "War", "body": "Fighting."}"#;
    let input = format!("{line}\n").repeat(2000);
    let mut child = spawn(&["score", "--jsonl"]);
    drop(child.stdout.take());
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    let out = child.wait_with_output().unwrap();
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("panicked"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn gpr_mode_from_the_command_line() {
    let text = b"A film about the threat of war.";
    let soft = georisk(&["score", "--format", "json", "--gpr", "soft", "-"], text);
    assert!(soft.status.success(), "{}", String::from_utf8_lossy(&soft.stderr));
    let soft: serde_json::Value = serde_json::from_slice(&soft.stdout).unwrap();
    assert_eq!(soft["gpr"]["flag"], true);
    assert_eq!(soft["gpr"]["excluded"], true);
    let hard = georisk(&["score", "--format", "json", "--gpr", "hard", "-"], text);
    let hard: serde_json::Value = serde_json::from_slice(&hard.stdout).unwrap();
    assert_eq!(hard["gpr"]["flag"], false);
    let plain = georisk(&["score", "--format", "json", "-"], text);
    let plain: serde_json::Value = serde_json::from_slice(&plain.stdout).unwrap();
    assert!(plain.get("gpr").is_none());
}

#[test]
fn index_writes_series_alerts_and_chart() {
    // Distinct stories, so that duplicate collapsing keeps them all.
    let quiet = [
        "Markets were calm and trade rose on strong exports of coffee.",
        "The central bank kept rates unchanged after a quiet week.",
        "A new bridge opened over the river to cheers from residents.",
        "Farmers expect a good harvest after steady spring rains.",
        "The national orchestra announced a summer tour of six cities.",
        "A mobile operator cut prices for data bundles in the capital.",
    ];
    let war = [
        "Rebels attacked army positions near Goma and heavy fighting killed 20 soldiers.",
        "M23 fighters seized the town of Sake after clashes with government troops.",
        "Artillery shelling hit a camp for displaced people, killing at least 12 civilians.",
        "Drone strikes and mortar fire pounded villages as the offensive spread north.",
    ];
    let mut lines = Vec::new();
    let mondays = [
        "2025-01-06",
        "2025-01-13",
        "2025-01-20",
        "2025-01-27",
        "2025-02-03",
        "2025-02-10",
        "2025-02-17",
        "2025-02-24",
    ];
    for (week, date) in mondays.iter().enumerate() {
        for n in 0..6 {
            let body = if week == 7 && n < 4 { war[n] } else { quiet[(n + week) % quiet.len()] };
            let id = format!("w{week}n{n}");
            let line = serde_json::json!({ "id": id, "published": date, "title": "Congo", "body": format!("{body} Reported from Kinshasa, week {week}, item {n}.") });
            lines.push(line.to_string());
        }
    }
    lines.push(r#"{"id": "nodate", "title": "Congo", "body": "No date here."}"#.to_string());
    let dir = std::env::temp_dir().join(format!("georisk-index-test-{}", std::process::id()));
    let input = lines.join("\n") + "\n";
    let out = georisk(&["index", "--period", "week", "--out-dir", dir.to_str().unwrap()], input.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(summary.contains("1 undated"), "{summary}");
    for file in ["series.csv", "series.json", "alerts.json", "index.svg"] {
        let path = dir.join(file);
        assert!(std::fs::metadata(&path).map(|m| m.len() > 0).unwrap_or(false), "{} missing", path.display());
    }
    let alerts: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("alerts.json")).unwrap()).unwrap();
    assert!(alerts.to_string().contains("COD"), "{alerts}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A fresh temporary directory for one test.
fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("georisk-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

// Guards issue 15 (7): ids were rewritten (12345678901234567890123 became
// "1.2345678901234568e+22", 1e3 became "1000.0") and a scored line's numeric
// id became a string while an error line kept the number.
#[test]
fn jsonl_ids_pass_through_as_written() {
    let table = [
        (r#"{"id": 12345678901234567890123, "title": "war"}"#, "12345678901234567890123", false),
        (r#"{"id": 12345678901234567890123, "title": 42}"#, "12345678901234567890123", true),
        (r#"{"id": 1e3, "title": "war"}"#, "1e3", false),
        (r#"{"id": 1e3, "tags": 3, "title": "war"}"#, "1e3", true),
        (r#"{"id": -0.0, "title": "war"}"#, "-0.0", false),
        (r#"{"id": "a\u0041", "title": "war"}"#, r#""a\u0041""#, false),
        (r#"{"id": "a\u0041", "title": ["war"]}"#, r#""a\u0041""#, true),
        (r#"{"id": null, "title": "war"}"#, "null", false),
        (r#"{"id": [1], "title": "war"}"#, r#""line 9""#, true),
    ];
    let input: String = table.iter().map(|(line, _, _)| format!("{line}\n")).collect();
    let out = georisk(&["score", "--jsonl"], input.as_bytes());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = stdout.lines().collect();
    assert_eq!(rows.len(), table.len());
    for (row, (line, id, is_error)) in rows.iter().zip(table) {
        assert!(row.starts_with(&format!("{{\"id\":{id},")), "{line} gave {row}");
        let value: serde_json::Value = serde_json::from_str(row).expect("valid JSON");
        assert_eq!(value.get("error").is_some(), is_error, "{row}");
    }
}

// Guards issue 15 (9): a BOM-prefixed JSON file was scored as plain text,
// failed at column 1 with --json, and failed the first line of a JSONL stream.
#[test]
fn byte_order_mark_before_json() {
    let json = "\u{feff}{\"id\": \"bom\", \"title\": \"Clashes in Goma\"}";
    for args in [&["score", "--format", "json", "-"][..], &["score", "--format", "json", "--json", "-"]] {
        let out = georisk(args, json.as_bytes());
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(report["id"], "bom", "{args:?}: scored as JSON");
    }
    let out = georisk(&["score", "--jsonl"], format!("{json}\n{json}\n").as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8(out.stdout).unwrap().lines().all(|l| l.starts_with(r#"{"id":"bom","score""#)));
}

// Guards issue 15 (10): the `\r` of a CRLF line counted against
// --max-line-bytes; a line one byte too long must still fail, and must not
// take the next line with it.
#[test]
fn max_line_bytes_counts_the_line_without_its_end() {
    let line = r#"{"title": "war"}"#;
    let max = line.len().to_string();
    let input = format!("{line}\r\n{line}\n{line} \r\n{line}");
    let out = georisk(&["score", "--jsonl", "--max-line-bytes", &max], input.as_bytes());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let errors: Vec<bool> = stdout.lines().map(|l| l.contains(r#""error""#)).collect();
    assert_eq!(errors, [false, false, true, false], "{stdout}");
}

/// A report line of `--reports-out` with this date and report.
fn report_line(published: &str, fingerprint: &str, report: &serde_json::Value) -> String {
    serde_json::json!({ "published": published, "fingerprint": fingerprint, "report": report }).to_string()
}

// Guards issue 15 (3): --from-reports counted scores outside 0-100 (500, -1,
// 1e308; the last overflowed the sums, a debug-build panic) and took
// fingerprints that are not 16 hex digits.
#[test]
fn from_reports_refuses_bad_numbers_and_fingerprints() {
    let out = georisk(&["score", "--format", "json", &sample("rebels_seize_mines.txt")], b"");
    let good: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let with = |field: &str, value: serde_json::Value| {
        let mut r = good.clone();
        r[field] = value;
        r
    };
    let table = [
        (report_line("2025-03-03", "00000000000000ff", &good), None),
        (report_line("2025-03-03", "00000000000000ff", &with("score", 500.into())), Some("'score': 500")),
        (report_line("2025-03-03", "00000000000000ff", &with("score", (-1).into())), Some("'score': -1")),
        (
            report_line("2025-03-03", "00000000000000ff", &with("score", serde_json::json!(1e308))),
            Some("'score'"),
        ),
        (report_line("2025-03-03", "+0000000000000ff", &good), Some("16 hex digits")),
        (report_line("2025-03-03", "ff", &good), Some("16 hex digits")),
    ];
    // A byte-order mark before the first line is skipped (issue 15 (9)).
    let input: String =
        "\u{feff}".to_string() + &table.iter().map(|(line, _)| format!("{line}\n")).collect::<String>();
    let dir = temp_dir("from-reports");
    let out = georisk(&["index", "--from-reports", "--out-dir", dir.to_str().unwrap()], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (no, (_, error)) in table.iter().enumerate() {
        if let Some(error) = error {
            let line = stderr.lines().find(|l| l.contains(&format!("line {}:", no + 1))).unwrap_or("");
            assert!(line.contains(error), "line {}: {error:?} not in {stderr}", no + 1);
        }
    }
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(summary.contains("1 articles counted") && summary.contains("5 bad lines"), "{summary}");
    let _ = std::fs::remove_dir_all(&dir);
}

// Guards issue 15 (2) through the command line: an article in the ISO week
// of 1000-01-01 (which starts in 999) is undated with its reason, and the
// other weeks keep their labels and data.
#[test]
fn index_week_outside_the_supported_years() {
    let lines = [
        r#"{"id": "old", "published": "1000-01-01", "title": "Clashes in Goma"}"#,
        r#"{"id": "a", "published": "2025-03-03", "title": "Clashes in Goma"}"#,
        r#"{"id": "b", "published": "2025-03-10", "title": "Clashes in Goma"}"#,
    ];
    let dir = temp_dir("week-1000");
    let args = ["index", "--period", "week", "--dedup-window", "0", "--out-dir", dir.to_str().unwrap()];
    let out = georisk(&args, (lines.join("\n") + "\n").as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 1: undated: 1000-01-01 is in a week that starts outside"), "{stderr}");
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(summary.contains("2 articles counted, 1 undated (0 of them with an unreadable date, 1 in a week"));
    let csv = std::fs::read_to_string(dir.join("series.csv")).unwrap();
    let world: Vec<&str> = csv.lines().filter(|l| l.starts_with("WORLD,")).collect();
    assert_eq!(world.len(), 2, "{csv}");
    assert!(
        world[0].contains(",2025-W10,2025-03-03,1,") && world[1].contains(",2025-W11,2025-03-10,1,"),
        "{csv}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

// Guards issue 15 (4, 8): an out dir that is a file was reported as `File
// exists` after the whole corpus was scored; reading a directory said `Is a
// directory` without the path.
#[test]
fn io_errors_name_the_path_before_any_work() {
    let dir = temp_dir("out-is-file");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("out");
    std::fs::write(&file, "").unwrap();
    let out = georisk(&["index", "--out-dir", file.to_str().unwrap()], b"{\"title\": \"war\"}\n");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.trim(),
        format!("georisk: cannot write to {}: it is a file, not a directory", file.display())
    );
    for args in [&["score", "--jsonl", dir.to_str().unwrap()][..], &["score", dir.to_str().unwrap()]] {
        let out = georisk(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            stderr.trim(),
            format!("georisk: cannot read {}: Is a directory", dir.display()),
            "{args:?}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

// Guards issue 15 (8): a JSONL error said "line 2: invalid article JSON at
// line 1, column 24: field 'title': ... at line 1 column 24; expected a
// string": two lines, the position twice, "expected" twice.
#[test]
fn jsonl_errors_say_line_and_column_once() {
    let input = "{\"body\": \"x\"}\n{\"id\": 1e3, \"title\": 42}\n{\"body\": \"x\", \"tags\": 3}\n";
    let out = georisk(&["score", "--jsonl"], input.as_bytes());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let want = [
        "georisk: line 2, column 24: invalid article JSON: field 'title': invalid type: integer `42`, expected a string",
        "georisk: line 3, column 24: invalid article JSON: field 'tags': invalid type: integer `3`, expected a string or an array of strings",
        "georisk: 2 of 3 lines failed",
    ];
    assert_eq!(stderr.lines().collect::<Vec<_>>(), want);
    let stdout = String::from_utf8(out.stdout).unwrap();
    let errors: Vec<serde_json::Value> = stdout
        .lines()
        .skip(1)
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["error"].clone())
        .collect();
    assert_eq!(
        errors[0],
        "column 24: invalid article JSON: field 'title': invalid type: integer `42`, expected a string"
    );
}

// Guards issue 12 (1): `score --jsonl` gathered 1,024 lines or 4 MiB before
// scoring and flushed at the end of input, so one line fed to it gave no
// report until stdin closed.
#[test]
fn jsonl_reports_each_line_before_stdin_closes() {
    use std::io::BufRead;
    let mut child = spawn(&["score", "--jsonl"]);
    let mut stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            if tx.send(line.expect("a line")).is_err() {
                break;
            }
        }
    });
    let wait = std::time::Duration::from_secs(60);
    for id in ["first", "second"] {
        let line =
            serde_json::json!({"id": id, "title": "Rebels seize mine", "body": "M23 rebels seized Rubaya."});
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
        let report =
            rx.recv_timeout(wait).unwrap_or_else(|_| panic!("no report for {id} while stdin is open"));
        let report: serde_json::Value = serde_json::from_str(&report).unwrap();
        assert_eq!(report["id"], id);
        assert!(report["score"].as_f64().unwrap() > 0.0, "{report}");
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    assert!(rx.recv_timeout(wait).is_err(), "nothing more");
}

// Issue 12 (1): chunks follow what has arrived, and order is kept across
// them whatever the chunk boundaries.
#[test]
fn jsonl_keeps_input_order_over_many_chunks() {
    let input: String =
        (0..3000).map(|i| format!("{{\"id\": {i}, \"title\": \"Clashes in Goma, day {i}\"}}\n")).collect();
    let out = georisk(&["score", "--jsonl", "--threads", "2"], input.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let ids: Vec<u64> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, (0..3000).collect::<Vec<_>>());
}

// Issue 12 (2): several files, with headers or as a JSON array.
#[test]
fn several_files_under_headers_or_in_an_array() {
    let (a, b) = (sample("drc_minerals_security.txt"), sample("rebels_seize_mines.txt"));
    let out = georisk(&["score", &a, &b], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let headers: Vec<&str> = text.lines().filter(|l| l.starts_with("==> ")).collect();
    assert_eq!(headers, [format!("==> {a} <=="), format!("==> {b} <==")]);
    assert_eq!(text.matches("\nrisk ").count() + usize::from(text.starts_with("risk ")), 2, "{text}");

    let out = georisk(&["score", "--format", "json", &a, &b], b"");
    assert!(out.status.success());
    let reports: Vec<georisk::RiskReport> =
        serde_json::from_slice(&out.stdout).expect("a JSON array of reports");
    let ids: Vec<_> = reports.iter().map(|r| r.id.clone().unwrap()).collect();
    assert_eq!(ids, [a.clone(), b.clone()], "a report without an id is named by its file");

    // A missing file is reported, the others still scored; exit 2.
    let out = georisk(&["score", &a, "/no/such/file.txt", &b], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /no/such/file.txt"));
    assert_eq!(String::from_utf8(out.stdout).unwrap().matches("==> ").count(), 2);
}

// Issue 12 (3): custom knowledge from the command line, errors naming the
// real file and line, and `knowledge dump` as a starting point.
#[test]
fn custom_knowledge_from_files() {
    let dir = temp_dir("knowledge");
    std::fs::create_dir_all(&dir).unwrap();
    let lex = dir.join("local.lex");
    std::fs::write(&lex, "@signal conflict\nl.raid cat=armed_clash w=3 : cattle raid | cattle raids\n")
        .unwrap();
    let bad = dir.join("bad.lex");
    std::fs::write(&bad, "@signal conflict\nl.raid cat=armed_clash w=-1 : cattle raid\n").unwrap();
    let line = r#"{"id": 1, "title": "Cattle raids in Jonglei"}"#;
    let conflict = |args: &[&str]| -> f64 {
        let out = georisk(&[&["score", "--jsonl"], args].concat(), format!("{line}\n").as_bytes());
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        report["signals"]["conflict"]["score"].as_f64().unwrap()
    };
    assert!(conflict(&["--lexicon", lex.to_str().unwrap()]) > 0.0);

    let out = georisk(&["score", "--lexicon", bad.to_str().unwrap(), &sample("rebels_seize_mines.txt")], b"");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        format!("georisk: {}:2: weight must be a number in (0, 10], found '-1'", bad.display())
    );

    // Dump, edit, score with the edited copy: it replaces the embedded file.
    let kb = dir.join("kb");
    let out = georisk(&["knowledge", "dump", kb.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written = String::from_utf8(out.stdout).unwrap();
    assert!(written.lines().any(|l| l.ends_with("actors/countries.lex")), "{written}");
    let edited = kb.join("conflict.lex");
    let src = std::fs::read_to_string(&edited).unwrap();
    std::fs::write(&edited, format!("{src}\nl.raid cat=armed_clash w=3 : cattle raid | cattle raids\n"))
        .unwrap();
    let rules = kb.join("scoring.rules");
    assert!(conflict(&["--lexicon", edited.to_str().unwrap(), "--rules", rules.to_str().unwrap()]) > 0.0);
    // Only the given lexicons: no actors, so no countries.
    let out = georisk(
        &["score", "--format", "json", "--no-default-lexicons", "--lexicon", edited.to_str().unwrap(), "-"],
        b"Fighting in Congo\n\nTroops clashed with rebels in Congo.",
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(report["signals"]["conflict"]["score"].as_f64().unwrap() > 0.0);
    assert_eq!(report["actors"], serde_json::json!([]));
    // A second dump does not overwrite the edited files.
    let out = georisk(&["knowledge", "dump", kb.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(std::fs::read_to_string(&edited).unwrap().contains("cattle raid"));
    let _ = std::fs::remove_dir_all(&dir);
}

// Issue 12 (4): `score --jsonl` keeps `published`, so that its output feeds
// `index --from-reports` directly.
#[test]
fn score_output_feeds_index_from_reports() {
    let lines: String = (0..6)
        .map(|i| {
            let date = if i < 3 { "2025-01-06" } else { "2025-02-03" };
            serde_json::json!({"id": i, "published": date, "title": "Clashes in Goma", "body": format!("Rebels fought troops, day {i}.")})
                .to_string()
                + "\n"
        })
        .collect();
    let out = georisk(&["score", "--jsonl"], lines.as_bytes());
    assert!(out.status.success());
    let first: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(first["published"], "2025-01-06");
    let dir = temp_dir("from-score");
    let index = georisk(
        &["index", "--from-reports", "--dedup-window", "0", "--out-dir", dir.to_str().unwrap()],
        &out.stdout,
    );
    let summary = String::from_utf8_lossy(&index.stdout);
    assert!(index.status.success(), "{}", String::from_utf8_lossy(&index.stderr));
    assert!(summary.contains("6 articles counted, 0 undated"), "{summary}");
    let _ = std::fs::remove_dir_all(&dir);
}

// Issue 12 (6): blank lines are neither articles nor errors, in `score` and
// `index` alike.
#[test]
fn blank_lines_are_skipped_alike() {
    let input = "{\"title\": \"Clashes in Goma\", \"published\": \"2025-01-06\"}\n\n  \r\n{\"title\": \"Calm\", \"published\": \"2025-01-07\"}\n";
    let out = georisk(&["score", "--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let blank: Vec<bool> = stdout.lines().map(str::is_empty).collect();
    assert_eq!(blank, [false, true, true, false]);
    let dir = temp_dir("blank");
    let out = georisk(&["index", "--out-dir", dir.to_str().unwrap()], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("2 lines, 2 articles counted"));
    let _ = std::fs::remove_dir_all(&dir);
}

// Issue 12 (6): usage errors from clap, values and exit codes in --help,
// completions.
#[test]
fn usage_is_checked_and_documented() {
    for args in [
        &["score", "--jsonl", "--format", "json"][..],
        &["score", "--jsonl", "--layout", "plain"],
        &["score", "--json", "--layout", "plain"],
        &["score", "--gpr", "medium", "-"],
        &["score", "--no-default-lexicons", "-"],
    ] {
        let out = georisk(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    // Names as before: aliases and any case.
    let dir = temp_dir("names");
    let args = [
        "index",
        "--period",
        "Weekly",
        "--level",
        "HIGH",
        "--gpr",
        "Soft",
        "--out-dir",
        dir.to_str().unwrap(),
    ];
    let out = georisk(&args, b"{\"title\": \"war\"}\n");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let _ = std::fs::remove_dir_all(&dir);
    let help = String::from_utf8(georisk(&["score", "--help"], b"").stdout).unwrap();
    for needle in [
        "- text: A readable report",
        "- aggregator: Category lines",
        "[possible values: soft, hard]",
        "Exit status: 0 success; 1",
        "Examples:",
    ] {
        assert!(help.contains(needle), "{needle:?} not in\n{help}");
    }
    let out = georisk(&["completions", "bash"], b"");
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout).unwrap().contains("--no-default-lexicons"));
}

// Issue 12 (6): a --base range with no data warned nothing and wrote
// nothing: the run failed after scoring the corpus.
#[test]
fn base_without_data_warns_and_writes() {
    let input = "{\"title\": \"Clashes in Goma\", \"published\": \"2025-01-06\"}\n";
    let dir = temp_dir("empty-base");
    let out =
        georisk(&["index", "--base", "1990..1991", "--out-dir", dir.to_str().unwrap()], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning: the base range"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("base: the whole span"));
    assert!(dir.join("series.csv").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

// Guards issue 12 (7): an all-caps wire headline with commas was read as a
// tags line (the story scored 22.9 instead of 33.4).
#[test]
fn caps_headline_is_a_headline() {
    let body = "Iraqi and Iranian forces clashed near Basra on Monday after talks collapsed, killing at least 30 soldiers, officials said, as artillery shelled border posts for a second day.";
    let caps = format!("IRAN, IRAQ CLASH AS TALKS FAIL, OIL SURGES\n\n{body}\n");
    let normal = format!("Iran, Iraq clash as talks fail, oil surges\n\n{body}\n");
    let score = |text: &str, layout: &str| -> f64 {
        let out = georisk(&["score", "--format", "json", "--layout", layout, "-"], text.as_bytes());
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["score"].as_f64().unwrap()
    };
    let (auto, plain, normal) = (score(&caps, "auto"), score(&caps, "plain"), score(&normal, "auto"));
    assert_eq!(auto, plain, "auto reads the caps headline as a headline");
    assert!((auto - normal).abs() < 1.0, "caps {auto} vs normal {normal}");
    let out = georisk(&["score", "--layout", "aggregator", "-"], caps.as_bytes());
    assert_eq!(out.status.code(), Some(1), "not the aggregator layout");
    assert!(String::from_utf8_lossy(&out.stderr).contains("not the aggregator layout"));
}

// Issue 12 (5): --threads gives the same results on any number of threads,
// and the progress bar stays off a stderr that is not a terminal (the
// diagnostics stay readable lines).
#[test]
fn threads_and_quiet_progress() {
    let mut input: String = (0..200)
        .map(|i| {
            let day = 1 + i % 28;
            format!("{{\"id\": {i}, \"published\": \"2025-02-{day:02}\", \"title\": \"Clashes in Goma\", \"body\": \"Rebels fought troops, report {i}.\"}}\n")
        })
        .collect();
    input.push_str("not json\n");
    let mut csv = Vec::new();
    for threads in ["1", "3"] {
        let dir = temp_dir(&format!("threads-{threads}"));
        let out =
            georisk(&["index", "--threads", threads, "--out-dir", dir.to_str().unwrap()], input.as_bytes());
        assert_eq!(out.status.code(), Some(1), "one bad line");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(!stderr.contains(['\r', '\u{1b}']), "{stderr:?}");
        assert_eq!(
            stderr.lines().next(),
            Some("georisk: line 201, column 2: invalid article JSON: expected ident")
        );
        csv.push(std::fs::read_to_string(dir.join("series.csv")).unwrap());
        let _ = std::fs::remove_dir_all(&dir);
    }
    assert_eq!(csv[0], csv[1]);
    let out = georisk(&["score", "--jsonl", "--threads", "0"], b"");
    assert_eq!(out.status.code(), Some(2), "0 threads is a usage error");
}

// Issue 14 (1): `--detail` writes lean reports with the same scores and
// relations, and no copied evidence text; the readable report prints the
// relation graph.
#[test]
fn detail_levels_and_the_relation_graph() {
    let line = serde_json::json!({"id": "a", "body": std::fs::read_to_string(sample("drc_minerals_security.txt")).unwrap()});
    let input = format!("{line}\n");
    let report = |detail: &str| -> serde_json::Value {
        let out = georisk(&["score", "--jsonl", "--detail", detail], input.as_bytes());
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let (full, lean) = (report("full"), report("scores"));
    assert_eq!(full["score"], lean["score"]);
    assert_eq!(lean["detail"], "scores");
    let graph = |r: &serde_json::Value| -> Vec<(String, String, String)> {
        r["relations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| (x["source"].to_string(), x["type"].to_string(), x["target"].to_string()))
            .collect()
    };
    assert!(graph(&full).contains(&(r#""RWA""#.into(), r#""proxy""#.into(), r#""M23""#.into())));
    assert_eq!(graph(&full), graph(&lean));
    let lean_json = lean.to_string();
    assert!(!lean_json.contains("\"sentence\"") && full.to_string().contains("\"sentence\""));

    let out = georisk(&["score", &sample("drc_minerals_security.txt")], b"");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("RWA -proxy-> M23 (alleged)"), "{text}");
}

// Below full detail the readable report names each cue by its lexicon term
// and span (it printed empty quotes and blank sentence lines), and says the
// evidence list is not kept at `scores`.
#[test]
fn readable_report_below_full_detail() {
    let read = |detail: &str| {
        let out = georisk(&["score", "--detail", detail, &sample("drc_minerals_security.txt")], b"");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    for detail in ["scores", "spans"] {
        let text = read(detail);
        assert!(!text.contains("\"\""), "{detail}: empty quotes\n{text}");
        assert!(
            !text.lines().any(|l| !l.is_empty() && l.trim().is_empty()),
            "{detail}: a blank line\n{text}"
        );
        assert!(!text.contains(": ,") && !text.contains(", ,"), "{detail}: empty cues\n{text}");
        let proxy = text.lines().find(|l| l.contains("RWA -proxy-> M23")).expect("the proxy relation");
        assert!(proxy.split(": ").nth(1).is_some_and(|cues| !cues.trim().is_empty()), "{proxy}");
    }
    assert!(read("scores").contains("(not kept at --detail scores)"));
    assert!(read("spans").lines().any(|l| l.starts_with("  [") && l.contains('@')));
    assert!(!read("full").contains("not kept"));
}
