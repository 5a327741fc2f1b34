//! The readable report: score, signals, actors and roles, the relation
//! graph, rules, evidence.

use std::io::{self, Write};

use georisk::{Actor, Detail, Evidence, Relation, RiskReport, Role, SignalScore};

/// How many evidence items the readable report shows.
const TOP_EVIDENCE: usize = 12;

pub(crate) fn write(out: &mut impl Write, report: &RiskReport, title: Option<&str>) -> io::Result<()> {
    if let Some(title) = title {
        writeln!(out, "{title}")?;
    }
    let level = report.level.as_str().to_uppercase();
    writeln!(out, "risk {:.1}/100  {level}", report.score)?;
    writeln!(out, "ruleset {} ({})", report.ruleset.version, report.ruleset.hash)?;
    if report.truncated {
        writeln!(out, "note: input truncated at the maximum article size")?;
    }
    writeln!(out, "\nsignals")?;
    let s = &report.signals;
    signal(out, "conflict", &s.conflict)?;
    signal(out, "minerals", &s.minerals)?;
    for m in &s.minerals.metals {
        let tags = if m.tags.is_empty() { String::new() } else { format!(" [{}]", m.tags.join(", ")) };
        writeln!(out, "    {:<12} {}{tags}", m.metal, m.terms.join(", "))?;
    }
    signal(out, "foreign_involvement", &s.foreign_involvement)?;
    writeln!(out, "\nactors")?;
    if report.actors.is_empty() {
        writeln!(out, "  (none)")?;
    }
    for a in &report.actors {
        actor(out, a)?;
    }
    writeln!(out, "\nrelations (who acts on whom)")?;
    if report.relations.is_empty() {
        writeln!(out, "  (none)")?;
    }
    for r in &report.relations {
        relation(out, r)?;
    }
    writeln!(out, "\nrules (contributions add up to the score)")?;
    for r in &report.rules {
        writeln!(out, "  {:+7.2}  {:<22} {}", r.contribution, r.id, r.explanation)?;
    }
    if let Some(gpr) = &report.gpr {
        let ids: Vec<&str> = gpr.categories.iter().map(|c| c.id.as_str()).collect();
        let excluded = if gpr.excluded { " (exclusion words found)" } else { "" };
        writeln!(out, "\nGPR ({} mode, {})", gpr.mode, gpr.version)?;
        writeln!(out, "  flag {}  threat {}  act {}{excluded}", gpr.flag, gpr.threat, gpr.act)?;
        writeln!(out, "  categories: {}", if ids.is_empty() { "none".to_string() } else { ids.join(", ") })?;
    }
    writeln!(out, "\nevidence")?;
    if report.evidence.is_empty() && report.detail == Detail::Scores {
        writeln!(out, "  (not kept at --detail scores)")?;
    }
    for e in report.evidence.iter().take(TOP_EVIDENCE) {
        evidence(out, e)?;
    }
    if report.evidence.len() > TOP_EVIDENCE {
        writeln!(out, "  ... {} more (use --format json)", report.evidence.len() - TOP_EVIDENCE)?;
    }
    Ok(())
}

fn signal(out: &mut impl Write, name: &str, s: &SignalScore) -> io::Result<()> {
    let mut cats: Vec<_> = s.categories.iter().filter(|(_, c)| c.points != 0.0).collect();
    cats.sort_by(|a, b| b.1.points.abs().total_cmp(&a.1.points.abs()));
    let parts: Vec<String> = cats.iter().take(5).map(|(n, c)| format!("{n} {:+.1}", c.points)).collect();
    writeln!(out, "  {name:<20} {:>5.1}  {} hits  {}", s.score, s.hits, parts.join(", "))
}

fn actor(out: &mut impl Write, a: &Actor) -> io::Result<()> {
    let role = match a.role {
        Role::Focus => "focus",
        Role::Foreign => "foreign",
        Role::ArmedGroup => "armed group",
        Role::Organisation => "organisation",
        Role::Mentioned => "mentioned",
    };
    write!(out, "  {role:<12} {:<5} {:<32} x{:<3} conf {:.2}", a.id, a.name, a.mentions, a.confidence)?;
    if !a.operates_in.is_empty() {
        write!(out, "  operates in {}", a.operates_in.join(", "))?;
    }
    writeln!(out)?;
    Ok(())
}

/// `USA -military-> IRN: destroyed ... platform`, then each cue with how its
/// source and target were found.
fn relation(out: &mut impl Write, r: &Relation) -> io::Result<()> {
    let mut flags = Vec::new();
    if r.alleged {
        flags.push("alleged");
    }
    if r.negated {
        flags.push("negated");
    }
    let flags = if flags.is_empty() { String::new() } else { format!(" ({})", flags.join(", ")) };
    let cues: Vec<&str> = r.evidence.iter().map(cue).collect();
    writeln!(out, "  {} -{}-> {}{flags}: {}", r.source, r.kind.as_str(), r.target, cues.join(", "))?;
    for e in r.evidence.iter().take(3) {
        if let Some(link) = &e.link {
            let (source, target) = (link.source_by.as_str(), link.target_by.as_str());
            writeln!(
                out,
                "      \"{}\" @{}..{}  source: {source}, target: {target}",
                cue(e),
                e.start,
                e.end
            )?;
            sentence(out, e, 8)?;
        }
    }
    Ok(())
}

/// The text of a hit; below full detail, which copies no text, the
/// lexicon's term that matched it (the span locates the text).
fn cue(e: &Evidence) -> &str {
    if e.text.is_empty() {
        &e.term
    } else {
        &e.text
    }
}

/// The sentence of a hit, indented, when the report holds it (full detail).
fn sentence(out: &mut impl Write, e: &Evidence, indent: usize) -> io::Result<()> {
    if e.sentence.is_empty() {
        return Ok(());
    }
    writeln!(out, "{:indent$}{}", "", e.sentence)
}

fn evidence(out: &mut impl Write, e: &Evidence) -> io::Result<()> {
    writeln!(out, "  [{}] {}/{} \"{}\" @{}..{}", e.field, e.signal, e.category, cue(e), e.start, e.end)?;
    sentence(out, e, 6)
}
