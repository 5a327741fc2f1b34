//! The team's sample articles rank as an analyst would, and the paraphrase
//! of the canonical seed story yields the expected actors and roles.

use georisk::{Level, RelationType, RiskReport, Role, Scorer};

fn sample(name: &str) -> String {
    let path = format!("{}/data/samples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn score(name: &str) -> RiskReport {
    Scorer::default().score_text(&sample(name))
}

fn relation_types(report: &RiskReport, id: &str) -> Vec<RelationType> {
    let actor = report.actor(id).unwrap_or_else(|| panic!("{id} not found"));
    actor.relations.iter().filter(|r| !r.negated).map(|r| r.kind).collect()
}

/// The seed paraphrase: what issue "Actors" asks of the seed article.
fn check_seed_story(report: &RiskReport) {
    assert!(report.level >= Level::High, "level {:?} score {}", report.level, report.score);
    assert!(report.signals.conflict.score >= 40.0, "conflict {}", report.signals.conflict.score);
    assert!(report.signals.minerals.score >= 40.0, "minerals {}", report.signals.minerals.score);
    let focus: Vec<&str> = report.focus().map(|a| a.id.as_str()).collect();
    assert_eq!(focus, ["COD"]);

    let usa = relation_types(report, "USA");
    assert_eq!(report.actor("USA").map(|a| a.role), Some(Role::Foreign));
    assert!(usa.contains(&RelationType::Resources), "USA: {usa:?}");
    assert!(usa.contains(&RelationType::Military), "USA: {usa:?}");

    let rwa = report.actor("RWA").expect("Rwanda");
    assert_eq!(rwa.role, Role::Foreign);
    let proxy = rwa.relations.iter().find(|r| r.kind == RelationType::Proxy).expect("Rwanda proxy relation");
    assert!(proxy.alleged, "{proxy:?}");
    assert_eq!(proxy.target, "M23");

    assert_eq!(report.actor("CHN").map(|a| a.role), Some(Role::Foreign));
    assert!(relation_types(report, "CHN").contains(&RelationType::Resources));
    assert_ne!(report.actor("UKR").map(|a| a.role), Some(Role::Foreign));

    let m23 = report.actor("M23").expect("M23");
    assert_eq!(m23.role, Role::ArmedGroup);
    assert!(m23.operates_in.iter().any(|c| c == "COD"));

    let coltan =
        report.signals.minerals.metals.iter().find(|m| m.metal == "tantalum").expect("coltan -> tantalum");
    assert!(coltan.tags.iter().any(|t| t == "3TG"), "{coltan:?}");
}

#[test]
fn seed_paraphrase_actors_and_roles() {
    check_seed_story(&score("drc_minerals_security.txt"));
}

#[test]
fn original_seed_when_shared_is_present() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed/000_eda00eac32d31c2c.txt");
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} not found");
        return;
    };
    check_seed_story(&Scorer::default().score_text(&text));
}

#[test]
fn samples_rank_as_an_analyst_would() {
    let conflict = [
        "drc_minerals_security.txt",
        "rebels_seize_mines.txt",
        "rebels_seize_mines_fr.txt",
        "border_clash.txt",
    ];
    let quiet =
        ["mining_results.txt", "trade_war_metaphors.txt", "football_derby.txt", "domestic_economy.txt"];
    let peace = score("peace_deal.txt");
    for name in conflict {
        let r = score(name);
        assert!(r.level >= Level::High, "{name}: {} {:?}", r.score, r.level);
        assert!(r.score > peace.score, "{name} {} <= peace {}", r.score, peace.score);
    }
    for name in quiet {
        let r = score(name);
        assert!(r.level <= Level::Guarded, "{name}: {} {:?} {:#?}", r.score, r.level, r.rules);
        assert!(r.score < peace.score, "{name} {} >= peace {}", r.score, peace.score);
    }
    assert!(peace.signals.conflict.categories.get("deescalation").is_some_and(|c| c.points < 0.0));
}

#[test]
fn french_twin_scores_like_english() {
    let en = score("rebels_seize_mines.txt");
    let fr = score("rebels_seize_mines_fr.txt");
    assert!((en.score - fr.score).abs() <= 15.0, "en {} fr {}", en.score, fr.score);
    assert_eq!(en.level, fr.level);
    for r in [&en, &fr] {
        assert_eq!(r.focus().next().map(|a| a.id.as_str()), Some("COD"));
        assert!(r.actor("M23").is_some());
        assert!(r.signals.minerals.metals.iter().any(|m| m.metal == "tantalum"));
    }
}

#[test]
fn border_war_has_two_focus_countries() {
    let r = score("border_clash.txt");
    let mut focus: Vec<&str> = r.focus().map(|a| a.id.as_str()).collect();
    focus.sort();
    assert_eq!(focus, ["KHM", "THA"]);
}

// A party's own denial of an accusation leaves the relation alleged (the
// rubric of the involvement labels); "there were no Rwandan troops" says as
// fact that it does not happen, so that relation is negated and counts zero.
#[test]
fn denial_leaves_the_accusation_alleged() {
    let r = score("rwanda_denies.txt");
    let rwa = r.actor("RWA").expect("Rwanda");
    let proxy = rwa.relations.iter().find(|rel| rel.kind == RelationType::Proxy).expect("proxy");
    assert!(proxy.alleged && !proxy.negated && proxy.target == "M23", "{proxy:#?}");
    let troops = rwa.relations.iter().find(|rel| rel.kind == RelationType::Military).expect("military");
    assert!(troops.negated && troops.target == "COD" && troops.points == 0.0, "{troops:#?}");
}

#[test]
fn domestic_story_has_no_foreign_power() {
    let r = score("domestic_economy.txt");
    assert_eq!(r.focus().next().map(|a| a.id.as_str()), Some("JPN"));
    let foreign: Vec<&str> =
        r.actors.iter().filter(|a| a.role == Role::Foreign).map(|a| a.id.as_str()).collect();
    assert!(foreign.is_empty(), "{foreign:?}");
}

#[test]
fn reports_explain_themselves() {
    let text = sample("drc_minerals_security.txt");
    let r = Scorer::default().score_text(&text);
    let sum: f64 = r.rules.iter().map(|c| c.contribution).sum();
    assert!((sum - r.score).abs() < 0.02, "{sum} vs {}", r.score);
    for s in [&r.signals.conflict, &r.signals.minerals, &r.signals.foreign_involvement] {
        let cats: f64 = s.categories.values().map(|c| c.points).sum();
        assert!((cats - s.score).abs() < 0.02, "{cats} vs {}", s.score);
    }
    for e in &r.evidence {
        assert_eq!(&text[e.start..e.end], e.text, "{e:?}");
    }
    let json = serde_json::to_string(&r).unwrap();
    let back: RiskReport = serde_json::from_str(&json).unwrap();
    assert_eq!(back, r);
}
