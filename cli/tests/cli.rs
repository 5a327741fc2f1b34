//! The command line as a user runs it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn georisk(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_georisk"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("georisk runs");
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
    let rows: Vec<serde_json::Value> =
        stdout.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(rows.len(), lines.len(), "one output line per input line");
    let expect: &[(&str, bool)] = &[
        ("good1", false),
        ("line 2", true),
        ("no-body", true),
        ("42", true),
        ("line 5", true),
        ("line 6", true),
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
    assert!(String::from_utf8_lossy(&out.stderr).contains("5 of 7 lines failed"));

    let allowed =
        georisk(&["score", "--jsonl", "--allow-errors", "--max-line-bytes", "1000"], input.as_bytes());
    assert_eq!(allowed.status.code(), Some(0));
}

#[test]
fn closed_stdout_ends_quietly() {
    let line = r#"{"title": "War", "body": "Fighting."}"#;
    let input = format!("{line}\n").repeat(2000);
    let mut child = Command::new(env!("CARGO_BIN_EXE_georisk"))
        .args(["score", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
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
