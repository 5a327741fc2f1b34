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
