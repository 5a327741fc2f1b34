//! The corpus index: dates, counts, shares, normalisation, z-scores,
//! duplicates, undated articles, shard merging and the chart, on synthetic
//! corpora with known answers.

use georisk::index::{
    check_report, fingerprint, hamming, simhash, svg_chart, Added, Aggregator, Analysis, BaseRange,
    ChartOptions, Date, DateError, IndexBuilder, IndexError, Period, WORLD,
};
use georisk::{Level, RiskReport};

/// A report with this score and level, focus countries and evidence terms
/// (deserialised: the fields are a public contract).
fn report(id: &str, score: f64, level: &str, focus: &[&str], terms: &[&str]) -> RiskReport {
    let actors: Vec<serde_json::Value> = focus
        .iter()
        .map(|c| {
            serde_json::json!({"id": c, "name": format!("Country {c}"), "kind": "country", "role": "focus",
                               "mentions": 1, "confidence": 1.0})
        })
        .collect();
    let evidence: Vec<serde_json::Value> = terms
        .iter()
        .map(|t| {
            serde_json::json!({"term": t, "text": t, "signal": "conflict", "category": "armed_clash",
                               "field": "body", "start": 0, "end": 1, "sentence": t})
        })
        .collect();
    let signal = |s: f64| serde_json::json!({"score": s, "categories": {}, "hits": 0});
    serde_json::from_value(serde_json::json!({
        "id": id, "score": score, "level": level,
        "signals": {"conflict": signal(score), "minerals": signal(0.0), "foreign_involvement": signal(10.0)},
        "actors": actors,
        "rules": [{"id": "signal.conflict", "contribution": score, "explanation": "test"}],
        "evidence": evidence,
        "ruleset": {"version": "test", "hash": "0"},
    }))
    .expect("a valid report")
}

fn risky(id: &str, focus: &[&str]) -> RiskReport {
    report(id, 70.0, "high", focus, &["attack", "missile"])
}

fn calm(id: &str, focus: &[&str]) -> RiskReport {
    report(id, 5.0, "low", focus, &[])
}

fn day(s: &str) -> Option<Date> {
    Some(Date::parse(s).expect("a test date"))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn date_formats() {
    let table = [
        ("2025-03-12", "2025-03-12"),
        ("2025-03-12T10:00:00Z", "2025-03-12"),
        ("2025-03-12T10:00:00.123+02:00", "2025-03-12"),
        ("2025-03-12T23:30:00-05:00", "2025-03-13"),
        ("2025-03-12T00:30:00+01:00", "2025-03-11"),
        ("2025-03-12 10:00", "2025-03-12"),
        ("2025-03-12T10:00:00 UTC", "2025-03-12"),
        ("Wed, 12 Mar 2025 10:00:00 +0000", "2025-03-12"),
        ("Wed, 12 Mar 2025 22:00:00 -0500", "2025-03-13"),
        ("12 Mar 2025 10:00 GMT", "2025-03-12"),
        ("Thu, 1 Jan 98 12:00:00 EST", "1998-01-01"),
        ("1 March 2025", "2025-03-01"),
        ("26-FEB-1987 15:01:01.79", "1987-02-26"),
        ("5-MAR-1987 09:00:00.00", "1987-03-05"),
        ("27-MAR-1987 03:48:23.00F RM", "1987-03-27"),
        ("26-feb-1987", "1987-02-26"),
        ("  2024-02-29  ", "2024-02-29"),
        // Issue 12: dates through jiff.
        ("Mar 12, 2025", "2025-03-12"),
        ("March 12, 2025", "2025-03-12"),
        ("12 March 2025", "2025-03-12"),
        ("1741820400", "2025-03-12"),
        ("Wed, 12 Mar 2025 10:00:00 +0000 (Coordinated Universal Time)", "2025-03-12"),
        ("2025-03-12T10:00[UTC]", "2025-03-12"),
        ("2025-03-12T22:00:00-04:00[America/New_York]", "2025-03-13"),
    ];
    for (text, want) in table {
        match Date::parse(text) {
            Ok(date) => assert_eq!(date.to_string(), want, "{text}"),
            Err(e) => panic!("{text}: {e}"),
        }
    }
    assert_eq!(Date::parse(""), Err(DateError::Empty));
    assert_eq!(Date::parse("   "), Err(DateError::Empty));
    for bad in [
        "2025-02-30",
        "2023-02-29",
        "2025-13-01",
        "2025-00-10",
        "2025-03-12T25:00:00Z",
        "2025-03-12T10:61Z",
        "32-JAN-1987 00:00:00.00",
        "31-APR-1987",
        "Wed, 31 Feb 2025 10:00:00 +0000",
        "Tue, 12 Mar 2025 10:00:00 +0000",
        "Feb 30, 2025",
    ] {
        assert!(matches!(Date::parse(bad), Err(DateError::Range(..))), "{bad}: {:?}", Date::parse(bad));
    }
    for bad in [
        "yesterday",
        "12/03/2025",
        "2025-03-12 garbage",
        "26-FOO-1987",
        "Wed, 12 Foo 2025",
        "2025-3-12",
        "31-MAR-1987 605:12:19.12",
        "9-APR-1987 00:00:00.00    # date added",
        "0001-01-01",
        "€€€",
    ] {
        assert!(Date::parse(bad).is_err(), "{bad} parsed as {:?}", Date::parse(bad));
    }
    // Error messages name the input.
    let e = Date::parse("2025-02-30").unwrap_err().to_string();
    assert!(e.contains("2025-02-30") && e.contains("day"), "{e}");
}

#[test]
fn periods_and_iso_weeks() {
    let d = |s| Date::parse(s).unwrap();
    assert_eq!(Period::Week.label(Period::Week.key(d("1987-02-26"))), "1987-W09");
    assert_eq!(Period::Week.start(Period::Week.key(d("1987-02-26"))).unwrap().to_string(), "1987-02-23");
    assert_eq!(Period::Week.label(Period::Week.key(d("2021-01-03"))), "2020-W53");
    assert_eq!(Period::Week.label(Period::Week.key(d("2024-12-30"))), "2025-W01");
    assert_eq!(Period::Month.label(Period::Month.key(d("1987-10-19"))), "1987-10");
    assert_eq!(Period::Day.label(Period::Day.key(d("1987-10-19"))), "1987-10-19");
    assert_eq!(Period::Week.key(d("1987-03-02")) - Period::Week.key(d("1987-02-23")), 1);
    assert_eq!(Period::Month.key(d("1988-01-01")) - Period::Month.key(d("1987-12-31")), 1);
    assert_eq!("week".parse::<Period>().unwrap(), Period::Week);
    assert!("fortnight".parse::<Period>().is_err());
    assert_eq!(georisk::index::parse_level("Elevated").unwrap(), Level::Elevated);
    assert!(georisk::index::parse_level("extreme").is_err());
}

/// Three months: January 10 articles (2 risky about IRN), February 10
/// (6 risky: 3 about IRN, 3 about KWT), March 5 (1 risky about IRN).
fn three_months() -> Aggregator {
    let mut agg = IndexBuilder::new().period(Period::Month).build();
    let mut n = 0;
    let mut add = |agg: &mut Aggregator, date: &str, r: RiskReport| {
        n += 1;
        agg.add(&format!("a{n}"), day(date), &r, None);
    };
    for i in 0..10 {
        let r = if i < 2 { risky("", &["IRN"]) } else { calm("", &["USA"]) };
        add(&mut agg, "1987-01-15", r);
    }
    for i in 0..10 {
        let r = match i {
            0..=2 => risky("", &["IRN"]),
            3..=5 => risky("", &["KWT"]),
            _ => calm("", &[]),
        };
        add(&mut agg, "1987-02-10T12:00:00Z", r);
    }
    for i in 0..5 {
        let r = if i == 0 { risky("", &["IRN", "KWT"]) } else { calm("", &["IRN"]) };
        add(&mut agg, "20-MAR-1987 10:00:00.00", r);
    }
    agg
}

#[test]
fn counts_shares_and_means() {
    let index = three_months().finish(&Analysis::default()).unwrap();
    assert_eq!(
        index.periods.iter().map(|p| p.label.as_str()).collect::<Vec<_>>(),
        ["1987-01", "1987-02", "1987-03"]
    );
    assert_eq!(index.periods.iter().map(|p| p.articles).collect::<Vec<_>>(), [10, 10, 5]);
    assert_eq!(index.series[0].id, WORLD);
    let world = index.series(WORLD).unwrap();
    assert_eq!(world.points.iter().map(|p| p.count).collect::<Vec<_>>(), [10, 10, 5]);
    assert_eq!(world.points.iter().map(|p| p.flagged).collect::<Vec<_>>(), [2, 6, 1]);
    assert!(
        close(world.points[0].share, 0.2)
            && close(world.points[1].share, 0.6)
            && close(world.points[2].share, 0.2)
    );
    // Mean score of January: (2 × 70 + 8 × 5) / 10.
    assert!(close(world.points[0].mean_score.unwrap(), 18.0));
    assert!(close(world.points[0].foreign_involvement.unwrap(), 10.0));
    let irn = index.series("IRN").unwrap();
    assert_eq!(irn.name, "Country IRN");
    assert_eq!(irn.points.iter().map(|p| p.count).collect::<Vec<_>>(), [2, 3, 5]);
    assert_eq!(irn.points.iter().map(|p| p.flagged).collect::<Vec<_>>(), [2, 3, 1]);
    // GPR-style: the country's flagged articles over all articles of the period.
    assert!(
        close(irn.points[0].share, 0.2) && close(irn.points[1].share, 0.3) && close(irn.points[2].share, 0.2)
    );
    let kwt = index.series("KWT").unwrap();
    assert_eq!(kwt.points[0].count, 0);
    assert_eq!(kwt.points[0].mean_score, None);
    assert!(close(kwt.points[0].share, 0.0));
    // Drivers and top articles come from the flagged articles.
    assert_eq!(irn.points[1].drivers.terms, [("attack".to_string(), 3), ("missile".to_string(), 3)]);
    assert_eq!(irn.points[1].drivers.rules[0].0, "signal.conflict");
    assert!(close(irn.points[1].drivers.rules[0].1, 210.0));
    assert_eq!(irn.points[2].top_articles.len(), 5);
    assert_eq!(irn.points[2].top_articles[0].id, "a21");
    assert!(close(irn.points[2].top_articles[0].score, 70.0));
    // Series: WORLD, then by article count.
    let ids: Vec<&str> = index.series.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, [WORLD, "IRN", "USA", "KWT"]);
    assert_eq!(index.stats.counted, 25);
}

#[test]
fn normalised_to_100_over_the_base() {
    // Whole span: IRN shares 0.2, 0.3, 0.2 → mean 0.7/3.
    let index = three_months().finish(&Analysis::default()).unwrap();
    let irn = index.series("IRN").unwrap();
    let mean: f64 = irn.points.iter().map(|p| p.index.unwrap()).sum::<f64>() / 3.0;
    assert!(close(mean, 100.0), "{mean}");
    assert!(close(irn.base_share, 0.7 / 3.0));
    // Base January..February: mean share 0.25 → 80, 120, 80.
    let base = BaseRange::parse("1987-01..1987-02").unwrap();
    let index = three_months().finish(&Analysis::default().with_base(Some(base))).unwrap();
    let irn = index.series("IRN").unwrap();
    let got: Vec<f64> = irn.points.iter().map(|p| p.index.unwrap()).collect();
    assert!(close(got[0], 80.0) && close(got[1], 120.0) && close(got[2], 80.0), "{got:?}");
    assert_eq!(index.periods.iter().map(|p| p.base).collect::<Vec<_>>(), [true, true, false]);
    // KWT has no flagged article in January: base share 0.3 / 2.
    let kwt = index.series("KWT").unwrap();
    assert!(close(kwt.points[1].index.unwrap(), 200.0));
    // USA has no flagged article at all: no index.
    assert_eq!(index.series("USA").unwrap().points[0].index, None);
    // A base outside the corpus is an error naming the span.
    let base = BaseRange::parse("1990..1991").unwrap();
    let err = three_months().finish(&Analysis::default().with_base(Some(base))).unwrap_err();
    assert!(matches!(err, IndexError::EmptyBase { .. }));
    assert!(err.to_string().contains("1987-01") && err.to_string().contains("1987-03"), "{err}");
}

#[test]
fn base_range_parsing() {
    let b = BaseRange::parse("1987-02..1987-03").unwrap();
    assert_eq!(
        (b.from.unwrap().to_string(), b.to.unwrap().to_string()),
        ("1987-02-01".into(), "1987-03-31".into())
    );
    let b = BaseRange::parse("1988-02..1988-02").unwrap();
    assert_eq!(b.to.unwrap().to_string(), "1988-02-29");
    let b = BaseRange::parse("1987..").unwrap();
    assert_eq!((b.from.unwrap().to_string(), b.to), ("1987-01-01".into(), None));
    let b = BaseRange::parse("..1987-03-15").unwrap();
    assert_eq!((b.from, b.to.unwrap().to_string()), (None, "1987-03-15".into()));
    for bad in ["1987-02", "1987-13..", "..1987-02-30", "1987-03..1987-02", "x..y"] {
        assert!(BaseRange::parse(bad).is_err(), "{bad}");
    }
}

/// WORLD: `n` articles per week, of which `flagged[i]` risky in week i.
fn weekly(n: usize, flagged: &[usize]) -> Aggregator {
    let mut agg = IndexBuilder::new().period(Period::Week).build();
    let monday = Date::parse("1987-03-02").unwrap().days();
    for (week, f) in flagged.iter().enumerate() {
        let date = Date::from_days(monday + 7 * week as i64 + 2);
        for i in 0..n {
            let r = if i < *f { risky("", &["IRN"]) } else { calm("", &[]) };
            agg.add(&format!("w{week}-{i}"), date, &r, None);
        }
    }
    agg
}

#[test]
fn z_scores_against_the_trailing_window() {
    // 100 articles a week; shares 0.10, 0.20, 0.10, 0.20, then 0.50.
    let index = weekly(100, &[10, 20, 10, 20, 50]).finish(&Analysis::default()).unwrap();
    let world = index.series(WORLD).unwrap();
    let z: Vec<Option<f64>> = world.points.iter().map(|p| p.z).collect();
    assert_eq!(&z[..3], &[None, None, None], "needs 3 previous points");
    // Week 4: previous 0.1, 0.2, 0.1: mean 0.1333, sample sd 0.057735.
    let sd3 = (((0.1f64 - 0.4 / 3.0).powi(2) * 2.0 + (0.2f64 - 0.4 / 3.0).powi(2)) / 2.0).sqrt();
    assert!(close(z[3].unwrap(), (0.2 - 0.4 / 3.0) / sd3), "{:?}", z[3]);
    // Week 5: previous four: mean 0.15, sd 0.057735 → z = 6.06.
    let sd4 = (0.05f64.powi(2) * 4.0 / 3.0).sqrt();
    assert!(close(z[4].unwrap(), 0.35 / sd4), "{:?}", z[4]);
    assert!(world.points[4].alert && !world.points[3].alert);
    assert_eq!(index.alerts.len(), 2, "WORLD and IRN: {:?}", index.alerts);
    let alert = index.alerts.iter().find(|a| a.series == WORLD).unwrap();
    assert_eq!((alert.period.as_str(), alert.flagged, alert.count), ("1987-W14", 50, 100));
    assert!(alert.reason.starts_with("z 6.1"), "{}", alert.reason);
    assert_eq!(alert.top_articles.len(), 5);
    assert_eq!(alert.drivers.terms[0].0, "attack");

    // The window: only the last 2 previous points count.
    let analysis = Analysis { window: 2, min_history: 2, ..Analysis::default() };
    let index = weekly(100, &[50, 50, 10, 20, 20]).finish(&analysis).unwrap();
    let w = index.series(WORLD).unwrap();
    // Week 5: previous 0.1 and 0.2 (not the 0.5s): mean 0.15, sd 0.0707.
    assert!(close(w.points[4].z.unwrap(), 0.05 / (0.005f64).sqrt()), "{:?}", w.points[4].z);

    // A flat history: sd 0, so the floor of one article (1/10) applies.
    let index = weekly(10, &[1, 1, 1, 1, 4]).finish(&Analysis::default()).unwrap();
    let w = index.series(WORLD).unwrap();
    assert!(close(w.points[3].z.unwrap(), 0.0));
    assert!(close(w.points[4].z.unwrap(), 3.0), "{:?}", w.points[4].z);
    assert!(w.points[4].alert);

    // Too few articles at or above the level: no alert, whatever z.
    let index = weekly(100, &[0, 0, 0, 0, 2]).finish(&Analysis::default()).unwrap();
    let w = index.series(WORLD).unwrap();
    assert!(close(w.points[4].z.unwrap(), 2.0));
    assert!(!w.points[4].alert && index.alerts.is_empty());

    // A share jump alone can alert.
    let jump = Analysis { z_threshold: 100.0, jump: Some(0.25), ..Analysis::default() };
    let index = weekly(100, &[10, 20, 10, 20, 50]).finish(&jump).unwrap();
    assert!(
        index.alerts.iter().any(|a| a.series == WORLD && a.reason == "share +35.0 pp"),
        "{:?}",
        index.alerts
    );
}

/// A news story of typical length (about 230 words).
const STORY: &str = "Iranian gunboats attacked the Kuwaiti-owned tanker Sea Isle City in Kuwaiti waters on Friday, \
    wounding the American captain and seventeen crew members, shipping sources in the Gulf said. The tanker, one \
    of eleven Kuwaiti ships reflagged under the United States flag this year, was hit by a Silkworm missile fired \
    from the Faw peninsula, which Iran seized from Iraq last year. Washington said it was considering its response \
    and that the Navy would continue to escort the convoys through the Strait of Hormuz. The attack was the second \
    on a reflagged ship in two days and came as American warships and minesweepers patrolled the northern Gulf, \
    where mines laid by Iranian boats have damaged several vessels since the summer. Kuwait's oil minister said the \
    emirate would not be intimidated and that exports would continue at their normal level. Lloyd's shipping \
    intelligence said more than three hundred ships had been attacked in the Gulf since the tanker war began in \
    1984, most of them by Iraqi aircraft striking at Iranian oil terminals and by Iranian forces hitting vessels \
    trading with Kuwait and Saudi Arabia, which back Baghdad in its war with Tehran. Insurance rates for cargoes \
    bound for the northern Gulf rose again and some owners said they would keep their ships out of the area until \
    the convoys were better protected. Diplomats at the United Nations said the Security Council would discuss \
    the escalation next week, as efforts to enforce its ceasefire resolution stalled.";

#[test]
fn simhash_separates_copies_from_other_stories() {
    let a = simhash(STORY).unwrap();
    let copy = simhash(&STORY.replace("Friday", "Thursday")).unwrap();
    let syndicated = simhash(&format!("{STORY} (Reporting by Reuters)")).unwrap();
    let other = simhash(
        "Gold prices were steady in London trading on Friday as the dollar firmed against the yen and investors \
         waited for United States trade figures, dealers said. Silver and platinum were also little changed.",
    )
    .unwrap();
    assert!(hamming(a, copy) <= 3, "{}", hamming(a, copy));
    assert!(hamming(a, syndicated) <= 3, "{}", hamming(a, syndicated));
    assert!(hamming(a, other) > 10, "{}", hamming(a, other));
    assert_eq!(simhash("too short"), None);
    assert_eq!(simhash(""), None);
    let text = format!("Tanker hit\n\n{STORY}");
    let article = georisk::Article::parse(&text).unwrap();
    assert!(fingerprint(&article).is_some());
}

#[test]
fn duplicates_are_counted_once() {
    let mut agg = IndexBuilder::new().period(Period::Month).build();
    let texts = [
        ("orig", STORY.to_string()),
        ("copy", STORY.replace("Friday", "Thursday")),
        ("resend", STORY.to_string()),
        (
            "other",
            "Gold prices were steady in London trading as the dollar firmed against the yen.".to_string(),
        ),
        ("undated copy", STORY.to_string()),
    ];
    let mut outcomes = Vec::new();
    for (id, text) in &texts {
        let date = if *id == "undated copy" { None } else { day("1987-10-16") };
        outcomes.push(agg.add(id, date, &risky(id, &["KWT"]), simhash(text)));
    }
    assert_eq!(
        outcomes,
        [
            Added::Counted,
            Added::Duplicate("orig".into()),
            Added::Duplicate("orig".into()),
            Added::Counted,
            Added::Undated
        ]
    );
    let index = agg.finish(&Analysis::default()).unwrap();
    assert_eq!(
        (index.stats.articles, index.stats.counted, index.stats.duplicates, index.stats.undated),
        (5, 2, 2, 1)
    );
    assert_eq!(index.stats.duplicate_examples[0].id, "copy");
    assert_eq!(index.stats.duplicate_examples[0].of, "orig");
    assert_eq!(index.series("KWT").unwrap().points[0].count, 2);

    // Off: every copy counts.
    let mut agg = IndexBuilder::new().dedup_window(0).build();
    for (id, text) in &texts[..3] {
        assert_eq!(agg.add(id, day("1987-10-16"), &risky(id, &[]), simhash(text)), Added::Counted);
    }
}

#[test]
fn dedup_window_is_bounded() {
    let mut window = georisk::index::DedupWindow::new(3, 3);
    let fps = [0x0000_0000_0000_0000u64, 0xffff_0000_0000_0000, 0x0000_ffff_0000_0000, 0x0000_0000_ffff_0000];
    for (i, fp) in fps.iter().enumerate() {
        assert_eq!(window.check(&format!("f{i}"), *fp), None);
    }
    assert_eq!(window.len(), 3);
    // The first was forgotten; a 1-bit neighbour of the second is found.
    assert_eq!(window.check("x", 0b111), None);
    assert_eq!(window.check("y", 0xffff_0000_0000_0001), None, "f1 was evicted by x");
    assert_eq!(window.check("z", 0x0000_0000_ffff_0003), Some("f3"));
}

#[test]
fn undated_articles_are_reported() {
    let mut agg = IndexBuilder::new().build();
    assert_eq!(agg.add("u1", None, &risky("u1", &["IRN"]), None), Added::Undated);
    assert_eq!(agg.add("d1", day("2025-03-12"), &risky("d1", &["IRN"]), None), Added::Counted);
    assert_eq!(agg.add("u2", Date::parse("not a date").ok(), &calm("u2", &[]), None), Added::Undated);
    let index = agg.finish(&Analysis::default()).unwrap();
    assert_eq!((index.stats.undated, index.stats.counted), (2, 1));
    assert_eq!(index.stats.undated_examples, ["u1", "u2"]);
    assert_eq!(index.series(WORLD).unwrap().points[0].count, 1);
}

#[test]
fn empty_corpus() {
    let agg = IndexBuilder::new().build();
    let index = agg.finish(&Analysis::default()).unwrap();
    assert!(index.periods.is_empty() && index.series.is_empty() && index.alerts.is_empty());
    assert_eq!(index.to_csv().lines().count(), 1);
    let svg = svg_chart(&index, &ChartOptions::default());
    assert!(svg.contains("no dated articles") && svg.ends_with("</svg>\n"));
    // A base range on an empty corpus is not an error either.
    let base = BaseRange::parse("1987..1987").ok();
    assert!(agg.finish(&Analysis::default().with_base(base)).is_ok());
    // Only undated articles.
    let mut agg = IndexBuilder::new().build();
    agg.add("u", None, &calm("u", &[]), None);
    assert_eq!(agg.finish(&Analysis::default()).unwrap().stats.undated, 1);
}

/// 600 synthetic articles over 12 weeks with pseudo-random scores and
/// countries, a few undated, no duplicates.
fn corpus() -> Vec<(String, Option<Date>, RiskReport)> {
    let countries = ["IRN", "IRQ", "KWT", "USA", "SAU"];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let start = Date::parse("1987-02-23").unwrap().days();
    (0..600)
        .map(|i| {
            let r = next();
            let date = if r % 37 == 0 { None } else { Date::from_days(start + (r >> 8) as i64 % 84) };
            let score = (r >> 20) as f64 % 1000.0 / 10.0 + 0.123_456_789;
            let level = match score {
                s if s < 20.0 => "low",
                s if s < 40.0 => "guarded",
                s if s < 60.0 => "elevated",
                s if s < 80.0 => "high",
                _ => "severe",
            };
            let focus = [countries[(r >> 40) as usize % 5], countries[(r >> 44) as usize % 5]];
            let terms = [["attack", "missile", "tanker", "convoy"][(r >> 50) as usize % 4]];
            let id = format!("s{i}");
            (id.clone(), date, report(&id, score, level, &focus[..1 + (r >> 48) as usize % 2], &terms))
        })
        .collect()
}

#[test]
fn shards_merge_to_the_whole() {
    let corpus = corpus();
    let build = || IndexBuilder::new().period(Period::Week).build();
    let mut whole = build();
    for (id, date, r) in &corpus {
        whole.add(id, *date, r, None);
    }
    let analysis = Analysis::default().with_z(1.5);
    let expected = whole.finish(&analysis).unwrap();
    assert!(expected.stats.undated > 0 && !expected.alerts.is_empty());

    // Contiguous shards, merged in order: identical, examples included.
    let mut merged = build();
    for shard in corpus.chunks(170) {
        let mut agg = build();
        for (id, date, r) in shard {
            agg.add(id, *date, r, None);
        }
        merged.merge(agg).unwrap();
    }
    assert_eq!(merged.finish(&analysis).unwrap(), expected);

    // Interleaved shards merged in any order: the same series and alerts.
    let mut shards: Vec<Aggregator> = (0..3).map(|_| build()).collect();
    for (i, (id, date, r)) in corpus.iter().enumerate() {
        shards[i % 3].add(id, *date, r, None);
    }
    let mut merged = shards.pop().unwrap();
    for shard in shards.into_iter().rev() {
        merged.merge(shard).unwrap();
    }
    let got = merged.finish(&analysis).unwrap();
    assert_eq!(got.series, expected.series);
    assert_eq!(got.alerts, expected.alerts);
    assert_eq!(got.periods, expected.periods);
    assert_eq!((got.stats.counted, got.stats.undated), (expected.stats.counted, expected.stats.undated));

    // Different settings do not merge.
    let mut a = build();
    assert_eq!(
        a.merge(IndexBuilder::new().period(Period::Month).build()),
        Err(IndexError::Mismatch("period"))
    );
    assert!(a.merge(IndexBuilder::new().period(Period::Week).level(Level::High).build()).is_err());
}

#[test]
fn foreign_powers_optional() {
    let r: RiskReport = {
        let mut v = serde_json::to_value(risky("f", &["KWT"])).unwrap();
        v["actors"].as_array_mut().unwrap().push(serde_json::json!({"id": "USA", "name": "United States",
            "kind": "country", "role": "foreign", "mentions": 2, "confidence": 0.9}));
        serde_json::from_value(v).unwrap()
    };
    let mut focus_only = IndexBuilder::new().build();
    focus_only.add("f", day("1987-10-16"), &r, None);
    let index = focus_only.finish(&Analysis::default()).unwrap();
    assert!(index.series("KWT").is_some() && index.series("USA").is_none());
    let mut with_foreign = IndexBuilder::new().include_foreign(true).build();
    with_foreign.add("f", day("1987-10-16"), &r, None);
    let index = with_foreign.finish(&Analysis::default()).unwrap();
    assert_eq!(index.series("USA").unwrap().name, "United States");
}

#[test]
fn csv_and_json() {
    let index = three_months().finish(&Analysis::default()).unwrap();
    let csv = index.to_csv();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("series,name,period,start,count,flagged,share"));
    assert_eq!(csv.lines().count(), 1 + 4 * 3);
    let irn_feb = csv.lines().find(|l| l.starts_with("IRN,") && l.contains(",1987-02,")).unwrap();
    assert!(irn_feb.contains(",1987-02-01,3,3,0.300000,"), "{irn_feb}");
    let json = serde_json::to_value(&index).unwrap();
    assert_eq!(json["period"], "month");
    assert_eq!(json["level"], "elevated");
    assert_eq!(json["series"][0]["id"], "WORLD");
    assert_eq!(json["series"][0]["points"][1]["start"], "1987-02-01");
    let back: georisk::index::IndexReport = serde_json::from_value(json).unwrap();
    assert_eq!(back.series, index.series);
}

#[test]
fn svg_chart_has_axes_legend_and_alerts() {
    let index = weekly(100, &[10, 20, 10, 20, 50]).finish(&Analysis::default()).unwrap();
    let svg = svg_chart(&index, &ChartOptions::default());
    assert!(svg.starts_with("<svg") && svg.ends_with("</svg>\n"));
    assert!(svg.contains("risk index (base period mean = 100)"), "y axis label");
    assert!(svg.contains("week (start date)"), "x axis label");
    assert!(svg.contains("Mar 1987") || svg.contains("Apr 1987"), "date ticks");
    assert!(
        svg.contains("series (articles)")
            && svg.contains("IRN Country IRN (110)")
            && svg.contains("World (500)")
    );
    assert_eq!(svg.matches(r#"class="alert""#).count(), 2, "WORLD and IRN alerts are marked");
    assert!(svg.contains("ALERT IRN 1987-W14"));
    assert!(svg.contains("alert (z ≥ 2)"));
    // Names are escaped.
    let mut agg = IndexBuilder::new().build();
    let mut r = serde_json::to_value(risky("x", &["XYZ"])).unwrap();
    r["actors"][0]["name"] = "A <b> & \"C\"".into();
    agg.add("x", day("2025-01-01"), &serde_json::from_value(r).unwrap(), None);
    let svg = svg_chart(&agg.finish(&Analysis::default()).unwrap(), &ChartOptions::default());
    assert!(svg.contains("A &lt;b&gt; &amp; &quot;C&quot;") && !svg.contains("<b>"));
    // An explicit list of series.
    let chosen = ChartOptions { series: vec!["IRN".into()], world: false, ..ChartOptions::default() };
    let svg = svg_chart(&index, &chosen);
    assert!(svg.contains("Country IRN") && !svg.contains("World (500)"));
}

// Guards issue 15 (2): the ISO week holding 1000-01-01 starts in year 999.
// `finish` dropped that period but still zipped every period key with the
// remaining periods, so later weeks showed under the wrong label, a share
// went above 1 and a week's articles vanished without a warning.
#[test]
fn week_starting_before_year_1000_is_undated_not_shifted() {
    let mut agg = IndexBuilder::new().period(Period::Week).build();
    let table = [
        ("old", "1000-01-01", Added::OutOfRange),
        ("first", "1000-01-06", Added::Counted),
        ("a", "2025-03-03", Added::Counted),
        ("b", "2025-03-10", Added::Counted),
        ("c", "2025-03-11", Added::Counted),
    ];
    for (id, date, want) in table {
        assert_eq!(agg.add(id, day(date), &risky(id, &["IRN"]), None), want, "{id}");
    }
    let index = agg.finish(&Analysis::default()).unwrap();
    let labels: Vec<&str> = index.periods.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["1000-W02", "2025-W10", "2025-W11"]);
    for series in &index.series {
        for point in &series.points {
            let period = index.periods.iter().find(|p| p.label == point.period).unwrap();
            assert_eq!(point.start, period.start, "{} {}", series.id, point.period);
            assert!(point.share <= 1.0, "{} {}: {}", series.id, point.period, point.share);
        }
    }
    let counts: Vec<u64> = index.series(WORLD).unwrap().points.iter().map(|p| p.count).collect();
    assert_eq!(counts, [1, 1, 2]);
    let s = &index.stats;
    assert_eq!((s.counted, s.undated, s.out_of_range), (4, 1, 1));
    assert_eq!(s.undated_examples, ["old"]);
    // Days and months of the same date have a start: counted.
    for period in [Period::Day, Period::Month] {
        let mut agg = IndexBuilder::new().period(period).build();
        assert_eq!(agg.add("old", day("1000-01-01"), &calm("old", &[]), None), Added::Counted, "{period}");
    }
}

// Guards issue 15 (3): report files with scores of 500, -1 or 1e308 were
// counted; 1e308 overflowed the fixed-point sums (a debug build panicked in
// `Aggregator::add`).
#[test]
fn reports_with_numbers_out_of_range_are_refused() {
    type Edit = fn(&mut RiskReport);
    let table: [(&str, Edit, &str); 6] = [
        ("score 500", |r| r.score = 500.0, "field 'score': 500 is not a number in [0, 100]"),
        ("score -1", |r| r.score = -1.0, "field 'score': -1 is not a number in [0, 100]"),
        ("score 1e308", |r| r.score = 1e308, "field 'score'"),
        ("signal 101", |r| r.signals.minerals.score = 101.0, "field 'signals.minerals.score'"),
        ("contribution", |r| r.rules[0].contribution = -1e308, "field 'rules[0].contribution'"),
        ("contribution NaN", |r| r.rules[0].contribution = f64::NAN, "field 'rules[0].contribution'"),
    ];
    assert_eq!(check_report(&risky("ok", &["IRN"])), Ok(()));
    for (name, edit, want) in table {
        let mut report = risky(name, &["IRN"]);
        edit(&mut report);
        let err = check_report(&report).unwrap_err();
        assert!(matches!(err, IndexError::BadReport { .. }), "{name}: {err:?}");
        assert!(err.to_string().starts_with(want), "{name}: {err}");
        // Unchecked, it still adds without overflowing.
        let mut agg = IndexBuilder::new().build();
        for _ in 0..3 {
            agg.add(name, day("2025-03-12"), &report, None);
        }
        let index = agg.finish(&Analysis::default()).unwrap();
        assert!(index.series(WORLD).unwrap().points[0].mean_score.unwrap().is_finite(), "{name}");
    }
}

// Guards issue 15 (10): the end of a base range was computed from the next
// month, which does not exist after 9999-12: `..9999-12` was refused.
#[test]
fn base_range_to_the_last_supported_month() {
    let table = [("..9999-12", None, "9999-12-31"), ("1000-01..1000-02", Some("1000-01-01"), "1000-02-28")];
    for (text, from, to) in table {
        let base = BaseRange::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(base.from.map(|d| d.to_string()).as_deref(), from, "{text}");
        assert_eq!(base.to.unwrap().to_string(), to, "{text}");
    }
    assert!(BaseRange::parse("..9999-13").is_err());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    // Guards issue 15 (2) for any dates, near the ends of the supported
    // years above all: every point stays under its own period, no share
    // exceeds 1, and every article is counted, undated or a duplicate.
    #[test]
    fn any_dates_keep_points_under_their_periods(days in proptest::collection::vec(
        proptest::prop_oneof![-354_400i64..-354_200, 2_932_800i64..2_932_900, -400_000i64..3_000_000],
        1..40,
    )) {
        for period in [Period::Day, Period::Week, Period::Month] {
            let mut agg = IndexBuilder::new().period(period).build();
            for (i, d) in days.iter().enumerate() {
                let id = format!("a{i}");
                let report = if i % 2 == 0 { risky(&id, &["IRN"]) } else { calm(&id, &["IRQ"]) };
                agg.add(&id, Date::from_days(*d), &report, None);
            }
            let index = agg.finish(&Analysis::default()).unwrap();
            let s = &index.stats;
            proptest::prop_assert_eq!(s.counted + s.undated, days.len() as u64);
            for series in &index.series {
                proptest::prop_assert_eq!(series.points.len(), index.periods.len());
                for (point, info) in series.points.iter().zip(&index.periods) {
                    proptest::prop_assert_eq!((&point.period, point.start), (&info.label, info.start));
                    proptest::prop_assert!(point.share <= 1.0 && point.count <= info.articles);
                    proptest::prop_assert_eq!(period.label(period.key(point.start)), point.period.clone());
                }
            }
        }
    }
}
