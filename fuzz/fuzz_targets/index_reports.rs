//! `georisk index` on arbitrary dates and report numbers: each 12-byte
//! chunk is a day (any `i32`, so dates at and beyond the supported years
//! 1000-9999) and the bits of a score given to a real report. Reports that
//! pass `check_report` are added to a day, a week and a month aggregator.
//! Never a panic or an overflow; every point stays under its own period,
//! shares within 0..=1, and the counts add up.

#![no_main]

use georisk::index::{check_report, Analysis, Date, IndexBuilder, Period, WORLD};
use libfuzzer_sys::fuzz_target;

const STORY: &str = "Rebels seize mines\n\nM23 rebels seized the coltan mines of Rubaya in North Kivu.";

fuzz_target!(|data: &[u8]| {
    let base = georisk::score_text(STORY);
    let periods = [Period::Day, Period::Week, Period::Month];
    let mut aggs = periods.map(|p| IndexBuilder::new().period(p).dedup_window(8).build());
    let mut added = 0u64;
    for (i, chunk) in data.chunks_exact(12).enumerate() {
        let day = i32::from_le_bytes(chunk[..4].try_into().unwrap());
        let score = f64::from_le_bytes(chunk[4..].try_into().unwrap());
        let mut report = base.clone();
        report.score = score;
        report.signals.conflict.score = score;
        if check_report(&report).is_err() {
            assert!(!(0.0..=100.0).contains(&score), "{score} refused");
            continue;
        }
        added += 1;
        let date = Date::from_days(i64::from(day) % 4_000_000);
        let id = format!("a{i}");
        for agg in &mut aggs {
            agg.add(&id, date, &report, Some(u64::from(chunk[0]) << 40));
        }
    }
    for agg in aggs {
        let index = agg.finish(&Analysis::default()).expect("no base range, no error");
        let s = &index.stats;
        assert_eq!(s.articles, added);
        assert_eq!(s.counted + s.undated + s.duplicates, s.articles);
        assert!(s.out_of_range <= s.undated);
        for series in &index.series {
            assert_eq!(series.points.len(), index.periods.len(), "{}", series.id);
            for (point, period) in series.points.iter().zip(&index.periods) {
                assert_eq!((&point.period, point.start), (&period.label, period.start));
                assert!((0.0..=1.0).contains(&point.share), "{} {}: {}", series.id, point.period, point.share);
                assert!(point.count <= period.articles);
                assert!(point.mean_score.is_none_or(|m| (0.0..=100.0).contains(&m)));
            }
        }
        let world: u64 = index.series(WORLD).map_or(0, |w| w.points.iter().map(|p| p.count).sum());
        assert_eq!(world, s.counted);
    }
});
