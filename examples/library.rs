//! Using georisk as a library: score a text, build articles from your own
//! fields, add knowledge, and score a batch on all cores.
//!
//! ```sh
//! cargo run --example library
//! ```

use georisk::{Article, GprMode, Level, Scorer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // One call, with the embedded knowledge base (compiled once, shared).
    let report = georisk::score_text(
        "Rebels seize coltan mines\n\nM23 rebels, whom UN experts accuse Rwanda of backing, \
         seized the coltan mines of Rubaya in North Kivu.",
    );
    println!("{:.1} {} ({} rules)", report.score, report.level, report.rules.len());
    for actor in &report.actors {
        println!("  {:?} {} {}", actor.role, actor.id, actor.name);
    }

    // Articles from the fields of your own records, scored with a reusable
    // scorer that adds the GPR-compatible assessment and a local lexicon.
    let scorer = Scorer::builder()
        .gpr(GprMode::Soft)
        .lexicon("local.lex", "@signal conflict\nl.raid cat=armed_clash w=3 : cattle raid | cattle raids\n")?
        .build()?;
    let records = [
        ("a1", "Cattle raids in Jonglei", "Gunmen killed 20 people in cattle raids near Bor."),
        ("a2", "Gold prices steady", "Gold rose 0.2% in London trading."),
    ];
    let articles: Vec<Article> = records
        .iter()
        .map(|(id, title, body)| Article::builder().id(*id).title(*title).body(*body).build())
        .collect();
    // In input order, on all cores.
    for report in scorer.score_batch(&articles) {
        let gpr = report.gpr.as_ref().is_some_and(|g| g.flag);
        println!("{} {:.1} {} gpr={gpr}", report.id.as_deref().unwrap_or("-"), report.score, report.level);
    }

    // Levels read from configuration.
    let threshold: Level = "elevated".parse()?;
    let flagged = scorer.score_batch(&articles).iter().filter(|r| r.level >= threshold).count();
    println!("{flagged} of {} at or above {threshold}", articles.len());
    Ok(())
}
