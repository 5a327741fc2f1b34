//! Accuracy of georisk on real labelled news, beside a plain keyword-count
//! baseline computed here on the same files.
//!
//! ```text
//! python3 ../shared/extract.py ../shared/corpora /tmp/corpus.jsonl
//! cargo run --release --example evaluate -- /tmp/corpus.jsonl \
//!     [--newsgroups ../shared/corpora/20newsgroups-bydate/20news-bydate-test] \
//!     [--misses target/eval-misses.txt]
//! ```
//!
//! The corpus is JSONL with `id`, `corpus`, `title`, `body` and `labels`
//! (the output of `extract.py`, or any corpus in the same shape). Measures:
//!
//! * minerals: precision, recall and F1 of "minerals signal present"
//!   (`signals.minerals.score >= 30`) against the Reuters-21578 metal topics,
//!   and ROC AUC of the minerals score, over Reuters documents with topics;
//! * countries: micro precision and recall of detected countries (every
//!   country actor) against Reuters PLACES, over documents with places;
//! * risk: ROC AUC of the overall score for AG News World vs the rest, and
//!   for 20 Newsgroups talk.politics.mideast vs the groups outside talk.*;
//! * false alarms: the share of BBC and MasakhaNEWS sport, entertainment and
//!   technology articles rated elevated or above.
//!
//! The worst misses (highest-scored negatives, lowest-scored positives) are
//! written with their evidence so that lexicon work follows real errors.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use georisk::{ActorKind, Article, Level, RiskReport, Role, Scorer};
use serde_json::Value;

/// Reuters-21578 metal topics: the positives of the minerals measure.
const METAL_TOPICS: &[&str] = &[
    "gold",
    "silver",
    "copper",
    "tin",
    "zinc",
    "lead",
    "nickel",
    "alum",
    "iron-steel",
    "platinum",
    "palladium",
    "strategic-metal",
];

/// Salient countries: the focus, foreign powers, and countries named in the
/// title, the lead, or twice in the body (prominence 2: see `Actor`).
const SALIENT: f64 = 2.0;

/// A minerals score at or above this means "minerals signal present": one
/// named metal in the title, or a few in the body.
const MINERALS_PRESENT: f64 = 30.0;

/// Reuters PLACES names mapped to the knowledge base's ids. Historic states:
/// ussr → SUN (ISO 3166-3), west-germany and east-germany → DEU, zaire →
/// COD, burma → MMR, kampuchea → KHM, both Yemens → YEM, czechoslovakia →
/// CSK, yugoslavia → YUG; hong-kong and macao → CHN (places of China in
/// the knowledge base). Dependent territories (bermuda, guam...) are not
/// states in the knowledge base: their labels are dropped and counted.
const PLACE_CODES: &[(&str, &str)] = &[
    ("afghanistan", "AFG"),
    ("albania", "ALB"),
    ("algeria", "DZA"),
    ("andorra", "AND"),
    ("angola", "AGO"),
    ("antigua", "ATG"),
    ("argentina", "ARG"),
    ("australia", "AUS"),
    ("austria", "AUT"),
    ("bahamas", "BHS"),
    ("bahrain", "BHR"),
    ("bangladesh", "BGD"),
    ("barbados", "BRB"),
    ("belgium", "BEL"),
    ("belize", "BLZ"),
    ("benin", "BEN"),
    ("bhutan", "BTN"),
    ("bolivia", "BOL"),
    ("botswana", "BWA"),
    ("brazil", "BRA"),
    ("brunei", "BRN"),
    ("bulgaria", "BGR"),
    ("burkina-faso", "BFA"),
    ("burma", "MMR"),
    ("burundi", "BDI"),
    ("cameroon", "CMR"),
    ("canada", "CAN"),
    ("cape-verde", "CPV"),
    ("central-african-republic", "CAF"),
    ("chad", "TCD"),
    ("chile", "CHL"),
    ("china", "CHN"),
    ("colombia", "COL"),
    ("congo", "COG"),
    ("costa-rica", "CRI"),
    ("cuba", "CUB"),
    ("cyprus", "CYP"),
    ("czechoslovakia", "CSK"),
    ("denmark", "DNK"),
    ("djibouti", "DJI"),
    ("dominica", "DMA"),
    ("dominican-republic", "DOM"),
    ("east-germany", "DEU"),
    ("ecuador", "ECU"),
    ("egypt", "EGY"),
    ("el-salvador", "SLV"),
    ("equatorial-guinea", "GNQ"),
    ("ethiopia", "ETH"),
    ("fiji", "FJI"),
    ("finland", "FIN"),
    ("france", "FRA"),
    ("gabon", "GAB"),
    ("gambia", "GMB"),
    ("ghana", "GHA"),
    ("greece", "GRC"),
    ("grenada", "GRD"),
    ("guatemala", "GTM"),
    ("guinea", "GIN"),
    ("guinea-bissau", "GNB"),
    ("guyana", "GUY"),
    ("haiti", "HTI"),
    ("honduras", "HND"),
    ("hong-kong", "CHN"),
    ("hungary", "HUN"),
    ("iceland", "ISL"),
    ("india", "IND"),
    ("indonesia", "IDN"),
    ("iran", "IRN"),
    ("iraq", "IRQ"),
    ("ireland", "IRL"),
    ("israel", "ISR"),
    ("italy", "ITA"),
    ("ivory-coast", "CIV"),
    ("jamaica", "JAM"),
    ("japan", "JPN"),
    ("jordan", "JOR"),
    ("kampuchea", "KHM"),
    ("kenya", "KEN"),
    ("kuwait", "KWT"),
    ("laos", "LAO"),
    ("lebanon", "LBN"),
    ("lesotho", "LSO"),
    ("liberia", "LBR"),
    ("libya", "LBY"),
    ("liechtenstein", "LIE"),
    ("luxembourg", "LUX"),
    ("macao", "CHN"),
    ("madagascar", "MDG"),
    ("malawi", "MWI"),
    ("malaysia", "MYS"),
    ("mali", "MLI"),
    ("malta", "MLT"),
    ("mauritania", "MRT"),
    ("mauritius", "MUS"),
    ("mexico", "MEX"),
    ("monaco", "MCO"),
    ("morocco", "MAR"),
    ("mozambique", "MOZ"),
    ("namibia", "NAM"),
    ("nepal", "NPL"),
    ("netherlands", "NLD"),
    ("new-zealand", "NZL"),
    ("nicaragua", "NIC"),
    ("niger", "NER"),
    ("nigeria", "NGA"),
    ("north-korea", "PRK"),
    ("norway", "NOR"),
    ("oman", "OMN"),
    ("pakistan", "PAK"),
    ("panama", "PAN"),
    ("papua-new-guinea", "PNG"),
    ("paraguay", "PRY"),
    ("peru", "PER"),
    ("philippines", "PHL"),
    ("poland", "POL"),
    ("portugal", "PRT"),
    ("qatar", "QAT"),
    ("romania", "ROU"),
    ("rwanda", "RWA"),
    ("saudi-arabia", "SAU"),
    ("senegal", "SEN"),
    ("seychelles", "SYC"),
    ("sierra-leone", "SLE"),
    ("singapore", "SGP"),
    ("somalia", "SOM"),
    ("south-africa", "ZAF"),
    ("south-korea", "KOR"),
    ("spain", "ESP"),
    ("sri-lanka", "LKA"),
    ("sudan", "SDN"),
    ("suriname", "SUR"),
    ("swaziland", "SWZ"),
    ("sweden", "SWE"),
    ("switzerland", "CHE"),
    ("syria", "SYR"),
    ("taiwan", "TWN"),
    ("tanzania", "TZA"),
    ("thailand", "THA"),
    ("togo", "TGO"),
    ("tonga", "TON"),
    ("trinidad-tobago", "TTO"),
    ("tunisia", "TUN"),
    ("turkey", "TUR"),
    ("uae", "ARE"),
    ("uganda", "UGA"),
    ("uk", "GBR"),
    ("uruguay", "URY"),
    ("usa", "USA"),
    ("ussr", "SUN"),
    ("vanuatu", "VUT"),
    ("vatican", "VAT"),
    ("venezuela", "VEN"),
    ("vietnam", "VNM"),
    ("west-germany", "DEU"),
    ("western-samoa", "WSM"),
    ("yemen-arab-republic", "YEM"),
    ("yemen-demo-republic", "YEM"),
    ("yugoslavia", "YUG"),
    ("zaire", "COD"),
    ("zambia", "ZMB"),
    ("zimbabwe", "ZWE"),
];

/// The keyword-count baseline: what a hand-rolled scorer counts.
const BASELINE_RISK: &[&str] = &[
    "war",
    "wars",
    "attack",
    "attacks",
    "attacked",
    "killed",
    "kill",
    "military",
    "troops",
    "army",
    "bomb",
    "bombs",
    "bombing",
    "rebel",
    "rebels",
    "fighting",
    "terror",
    "terrorist",
    "violence",
    "conflict",
    "soldiers",
    "missile",
    "missiles",
    "guerrilla",
    "guerrillas",
    "invasion",
    "militia",
];
const BASELINE_MINERALS: &[&str] = &[
    "gold",
    "silver",
    "copper",
    "tin",
    "zinc",
    "lead",
    "nickel",
    "aluminium",
    "aluminum",
    "platinum",
    "palladium",
    "iron",
    "steel",
    "cobalt",
    "uranium",
    "mine",
    "mines",
    "mining",
    "metal",
    "metals",
    "ore",
    "coltan",
    "diamonds",
];

/// One scored document, as the measures need it.
struct Doc {
    id: String,
    corpus: String,
    labels: Value,
    score: f64,
    level: Level,
    minerals: f64,
    countries: BTreeSet<String>,
    salient: BTreeSet<String>,
    evidence: String,
    baseline_risk: f64,
    baseline_minerals: f64,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(corpus) = args.first().filter(|a| !a.starts_with("--")) else {
        eprintln!("usage: evaluate CORPUS.jsonl [--newsgroups DIR] [--misses FILE]");
        eprintln!("  make CORPUS.jsonl with: python3 ../shared/extract.py ../shared/corpora CORPUS.jsonl");
        return ExitCode::from(2);
    };
    let option = |name: &str| args.windows(2).find(|w| w[0] == name).map(|w| PathBuf::from(&w[1]));
    let misses_path = option("--misses").unwrap_or_else(|| PathBuf::from("target/eval-misses.txt"));
    let scorer = Scorer::default();
    let mut docs = match read_jsonl(&scorer, Path::new(corpus)) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("evaluate: cannot read {corpus}: {e}");
            return ExitCode::from(2);
        }
    };
    if let Some(dir) = option("--newsgroups") {
        match read_newsgroups(&scorer, &dir) {
            Ok(d) => docs.extend(d),
            Err(e) => {
                eprintln!("evaluate: cannot read {}: {e}", dir.display());
                return ExitCode::from(2);
            }
        }
    }
    let mut misses = String::new();
    println!(
        "{} documents scored with ruleset {} ({})",
        docs.len(),
        scorer.ruleset().version,
        scorer.ruleset().hash
    );
    println!();
    println!("{:<46} {:>10} {:>10}", "measure", "georisk", "keywords");
    minerals_measures(&docs, &mut misses);
    country_measures(&docs, "all country actors", |d| &d.countries, &mut misses);
    country_measures(&docs, "salient country actors", |d| &d.salient, &mut misses);
    risk_measures(&docs, &mut misses);
    false_alarms(&docs, &mut misses);
    if let Some(parent) = misses_path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    match std::fs::write(&misses_path, misses) {
        Ok(()) => println!("\nworst misses written to {}", misses_path.display()),
        Err(e) => eprintln!("evaluate: cannot write {}: {e}", misses_path.display()),
    }
    ExitCode::SUCCESS
}

fn read_jsonl(scorer: &Scorer, path: &Path) -> std::io::Result<Vec<Doc>> {
    let file = std::fs::File::open(path)?;
    let mut docs = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line?;
        let value: Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("evaluate: line {}: {e}", n + 1);
                continue;
            }
        };
        let article = match Article::from_json(&line) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("evaluate: line {}: {e}", n + 1);
                continue;
            }
        };
        let text = format!("{} {}", str_of(&value, "title"), str_of(&value, "body"));
        docs.push(doc(scorer, &article, &value, &text));
    }
    Ok(docs)
}

/// 20 Newsgroups: one message per file, the folder is the label.
fn read_newsgroups(scorer: &Scorer, dir: &Path) -> std::io::Result<Vec<Doc>> {
    let mut docs = Vec::new();
    let mut groups: Vec<_> = std::fs::read_dir(dir)?.filter_map(Result::ok).collect();
    groups.sort_by_key(|e| e.file_name());
    for group in groups {
        let name = group.file_name().to_string_lossy().to_string();
        let mut files: Vec<_> = std::fs::read_dir(group.path())?.filter_map(Result::ok).collect();
        files.sort_by_key(|e| e.file_name());
        for file in files {
            let bytes = std::fs::read(file.path())?;
            let text = String::from_utf8_lossy(&bytes);
            // Headers end at the first blank line; the subject is the title.
            let (head, body) = text.split_once("\n\n").unwrap_or(("", &text));
            let subject = head.lines().find_map(|l| l.strip_prefix("Subject:")).unwrap_or("").trim();
            let json = serde_json::json!({ "title": subject, "body": body });
            let line = json.to_string();
            let Ok(article) = Article::from_json(&line) else { continue };
            let id = format!("20ng:{name}/{}", file.file_name().to_string_lossy());
            let value =
                serde_json::json!({ "id": id, "corpus": "20newsgroups", "labels": { "group": name } });
            docs.push(doc(scorer, &article, &value, &format!("{subject} {body}")));
        }
    }
    Ok(docs)
}

fn doc(scorer: &Scorer, article: &Article<'_>, value: &Value, text: &str) -> Doc {
    let report = scorer.score(article);
    let (risk_count, minerals_count, words) = baseline_counts(text);
    Doc {
        id: str_of(value, "id").to_string(),
        corpus: str_of(value, "corpus").to_string(),
        labels: value.get("labels").cloned().unwrap_or(Value::Null),
        score: report.score,
        level: report.level,
        minerals: report.signals.minerals.score,
        countries: countries(&report, 0.0),
        salient: countries(&report, SALIENT),
        evidence: summary(&report),
        baseline_risk: risk_count as f64 * 100.0 / words.max(1) as f64,
        baseline_minerals: minerals_count as f64,
    }
}

fn str_of<'v>(value: &'v Value, key: &str) -> &'v str {
    value.get(key).and_then(Value::as_str).unwrap_or("")
}

/// Country actors; with `min_prominence`, only the focus, foreign powers
/// and countries at least that prominent.
fn countries(report: &RiskReport, min_prominence: f64) -> BTreeSet<String> {
    report
        .actors
        .iter()
        .filter(|a| a.kind == ActorKind::Country)
        .filter(|a| matches!(a.role, Role::Focus | Role::Foreign) || a.prominence >= min_prominence)
        .map(|a| a.id.to_string())
        .collect()
}

/// A one-line account of a report, for the misses file.
fn summary(report: &RiskReport) -> String {
    let rules: Vec<String> =
        report.rules.iter().map(|r| format!("{} {:+.1}", r.id, r.contribution)).collect();
    let mut terms: Vec<String> =
        report.evidence.iter().map(|e| format!("{}:{}", e.category, e.text)).collect();
    terms.dedup();
    terms.truncate(12);
    format!("rules [{}] evidence [{}]", rules.join(", "), terms.join(", "))
}

/// Whole-word counts of the baseline keywords, and the word count.
fn baseline_counts(text: &str) -> (usize, usize, usize) {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let risk = words.iter().filter(|w| BASELINE_RISK.contains(w)).count();
    let minerals = words.iter().filter(|w| BASELINE_MINERALS.contains(w)).count();
    (risk, minerals, words.len())
}

fn labels_of<'d>(doc: &'d Doc, key: &str) -> Vec<&'d str> {
    doc.labels
        .get(key)
        .and_then(Value::as_array)
        .map_or(Vec::new(), |a| a.iter().filter_map(Value::as_str).collect())
}

fn label(doc: &Doc, key: &str) -> String {
    doc.labels.get(key).and_then(Value::as_str).unwrap_or("").to_string()
}

fn minerals_measures(docs: &[Doc], misses: &mut String) {
    let set: Vec<(&Doc, bool)> = docs
        .iter()
        .filter(|d| d.corpus == "reuters21578" && !labels_of(d, "topics").is_empty())
        .map(|d| (d, labels_of(d, "topics").iter().any(|t| METAL_TOPICS.contains(t))))
        .collect();
    if set.is_empty() {
        println!("minerals: no Reuters documents with topics in the corpus");
        return;
    }
    let ours = prf(&set, |d| d.minerals >= MINERALS_PRESENT);
    let base = prf(&set, |d| d.baseline_minerals >= 1.0);
    let positives = set.iter().filter(|(_, p)| *p).count();
    println!("minerals vs Reuters metal topics ({} docs, {positives} positive)", set.len());
    row("  precision", ours.0, base.0);
    row("  recall", ours.1, base.1);
    row("  F1", ours.2, base.2);
    row("  ROC AUC of the minerals score", auc(&set, |d| d.minerals), auc(&set, |d| d.baseline_minerals));
    let sweep: Vec<String> = [20.0, 30.0, 40.0, 50.0, 60.0, 70.0]
        .iter()
        .map(|t| format!("{t}: {:.3}", prf(&set, |d| d.minerals >= *t).2))
        .collect();
    println!("  F1 by threshold (fixed at {MINERALS_PRESENT}): {}", sweep.join(", "));
    write_misses(misses, "minerals", &set, |d| d.minerals);
}

fn country_measures(
    docs: &[Doc],
    name: &str,
    found: impl Fn(&Doc) -> &BTreeSet<String>,
    misses: &mut String,
) {
    let codes: BTreeMap<&str, &str> = PLACE_CODES.iter().copied().collect();
    let (mut tp, mut fp, mut fn_, mut dropped, mut n) = (0usize, 0usize, 0usize, 0usize, 0usize);
    let mut worst: Vec<(usize, &Doc, Vec<String>, Vec<String>)> = Vec::new();
    for d in docs.iter().filter(|d| d.corpus == "reuters21578") {
        let places = labels_of(d, "places");
        if places.is_empty() {
            continue;
        }
        n += 1;
        let gold: BTreeSet<String> = places
            .iter()
            .filter_map(|p| {
                let code = codes.get(p).map(|c| c.to_string());
                dropped += usize::from(code.is_none());
                code
            })
            .collect();
        let extra: Vec<String> = found(d).difference(&gold).cloned().collect();
        let missed: Vec<String> = gold.difference(found(d)).cloned().collect();
        tp += found(d).intersection(&gold).count();
        fp += extra.len();
        fn_ += missed.len();
        if !extra.is_empty() || !missed.is_empty() {
            worst.push((extra.len() + missed.len(), d, extra, missed));
        }
    }
    if n == 0 {
        println!("countries: no Reuters documents with places in the corpus");
        return;
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    println!("countries vs Reuters PLACES, {name} ({n} docs, {dropped} territory labels dropped; tp {tp}, fp {fp}, fn {fn_})");
    println!("  {:<44} {:>10.3} {:>10}", "micro precision", precision, "-");
    println!("  {:<44} {:>10.3} {:>10}", "micro recall", recall, "-");
    worst.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.id.cmp(&b.1.id)));
    let _ = writeln!(misses, "\n== countries ({name}): largest disagreements with PLACES (extra | missed)");
    for (_, d, extra, missed) in worst.iter().take(40) {
        let _ = writeln!(misses, "{}  extra {extra:?}  missed {missed:?}  found {:?}", d.id, found(d));
    }
    let mut fp_by: BTreeMap<&str, usize> = BTreeMap::new();
    let mut fn_by: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, _, extra, missed) in &worst {
        for e in extra {
            *fp_by.entry(e.as_str()).or_default() += 1;
        }
        for m in missed {
            *fn_by.entry(m.as_str()).or_default() += 1;
        }
    }
    let top = |m: &BTreeMap<&str, usize>| {
        let mut v: Vec<_> = m.iter().map(|(k, n)| (*n, *k)).collect();
        v.sort_by(|a, b| b.cmp(a));
        v.iter().take(15).map(|(n, k)| format!("{k} {n}")).collect::<Vec<_>>().join(", ")
    };
    let _ = writeln!(misses, "most often extra: {}", top(&fp_by));
    let _ = writeln!(misses, "most often missed: {}", top(&fn_by));
}

fn risk_measures(docs: &[Doc], misses: &mut String) {
    let ag: Vec<(&Doc, bool)> =
        docs.iter().filter(|d| d.corpus == "ag-news").map(|d| (d, label(d, "category") == "World")).collect();
    if !ag.is_empty() {
        println!("risk: AG News World vs rest ({} docs)", ag.len());
        row("  ROC AUC of the overall score", auc(&ag, |d| d.score), auc(&ag, |d| d.baseline_risk));
        write_misses(misses, "risk (AG News World)", &ag, |d| d.score);
    }
    let ng: Vec<(&Doc, bool)> = docs
        .iter()
        .filter(|d| d.corpus == "20newsgroups")
        .filter_map(|d| {
            let g = label(d, "group");
            let politics = g.starts_with("talk.");
            (!politics || g == "talk.politics.mideast").then_some((d, g == "talk.politics.mideast"))
        })
        .collect();
    if !ng.is_empty() {
        println!("risk: 20NG talk.politics.mideast vs non-talk groups ({} docs)", ng.len());
        row("  ROC AUC of the overall score", auc(&ng, |d| d.score), auc(&ng, |d| d.baseline_risk));
    }
}

fn false_alarms(docs: &[Doc], misses: &mut String) {
    const SOFT: &[&str] = &["sport", "sports", "entertainment", "tech", "technology"];
    let set: Vec<&Doc> = docs
        .iter()
        .filter(|d| d.corpus == "bbc-news" || d.corpus.starts_with("masakhanews"))
        .filter(|d| SOFT.contains(&label(d, "category").as_str()))
        .collect();
    if set.is_empty() {
        return;
    }
    let ours = set.iter().filter(|d| d.level >= Level::Elevated).count();
    // The baseline's cut-off: the same share of AG News World articles it
    // would flag as our elevated threshold does (a conflict-density cut).
    let base = set.iter().filter(|d| d.baseline_risk >= 2.0).count();
    let share = |n: usize| n as f64 / set.len() as f64;
    println!("false alarms: sport/entertainment/tech rated elevated+ ({} docs)", set.len());
    println!("  {:<44} {:>9.1}% {:>9.1}%", "share", 100.0 * share(ours), 100.0 * share(base));
    let mut worst: Vec<&&Doc> = set.iter().filter(|d| d.level >= Level::Guarded).collect();
    worst.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.id.cmp(&b.id)));
    let _ = writeln!(misses, "\n== false alarms: highest-scored soft news");
    for d in worst.iter().take(30) {
        let _ = writeln!(misses, "{:6.1} {}  {}", d.score, d.id, d.evidence);
    }
}

fn row(name: &str, ours: f64, base: f64) {
    println!("{name:<46} {ours:>10.3} {base:>10.3}");
}

/// Precision, recall and F1 of a predicate against labels.
fn prf(set: &[(&Doc, bool)], predict: impl Fn(&Doc) -> bool) -> (f64, f64, f64) {
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (d, positive) in set {
        match (predict(d), *positive) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fn_ += 1.0,
            (false, false) => {}
        }
    }
    let p = tp / f64::max(tp + fp, 1.0);
    let r = tp / f64::max(tp + fn_, 1.0);
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f1)
}

/// ROC AUC by the rank-sum (Mann-Whitney) formula, ties counted half.
fn auc(set: &[(&Doc, bool)], score: impl Fn(&Doc) -> f64) -> f64 {
    let mut scored: Vec<(f64, bool)> = set.iter().map(|(d, p)| (score(d), *p)).collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (mut rank_sum, mut i) = (0.0, 0);
    while i < scored.len() {
        let j = scored[i..].iter().position(|s| s.0 != scored[i].0).map_or(scored.len(), |n| i + n);
        let mid_rank = (i + j + 1) as f64 / 2.0;
        rank_sum += scored[i..j].iter().filter(|s| s.1).count() as f64 * mid_rank;
        i = j;
    }
    let pos = scored.iter().filter(|s| s.1).count() as f64;
    let neg = scored.len() as f64 - pos;
    if pos == 0.0 || neg == 0.0 {
        return f64::NAN;
    }
    (rank_sum - pos * (pos + 1.0) / 2.0) / (pos * neg)
}

fn write_misses(out: &mut String, name: &str, set: &[(&Doc, bool)], score: impl Fn(&Doc) -> f64) {
    let mut negatives: Vec<&&Doc> = set.iter().filter(|(_, p)| !p).map(|(d, _)| d).collect();
    negatives.sort_by(|a, b| score(b).total_cmp(&score(a)).then(a.id.cmp(&b.id)));
    let _ = writeln!(out, "\n== {name}: highest-scored negatives");
    for d in negatives.iter().take(25) {
        let _ = writeln!(out, "{:6.1} {}  {}", score(d), d.id, d.evidence);
    }
    let mut positives: Vec<&&Doc> = set.iter().filter(|(_, p)| *p).map(|(d, _)| d).collect();
    positives.sort_by(|a, b| score(a).total_cmp(&score(b)).then(a.id.cmp(&b.id)));
    let _ = writeln!(out, "\n== {name}: lowest-scored positives");
    for d in positives.iter().take(25) {
        let _ = writeln!(out, "{:6.1} {}  {}", score(d), d.id, d.evidence);
    }
}
