//! Actors: who is named and which country the article is about.
//!
//! 1. Mentions: actor hits, with weak aliases ("Georgia", "Jordan", "Congo")
//!    kept only when the article confirms them, and dateline mentions
//!    ("WASHINGTON (Reuters) -") set apart.
//! 2. Focus: countries weighted by field, lead position, places inside them
//!    and the armed groups operating there; a country acted on stays a
//!    focus, one that only acts abroad does not.
//!
//! Who acts on whom is read by [`crate::relations`].

use std::cell::OnceCell;
use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::article::{Field, SegmentRef};
use crate::index::Date;
use crate::knowledge::{lane, Knowledge};
use crate::lexicon::{ActorKind, Signal};
use crate::relations::{self, Relation};
use crate::report::RelationType;
use crate::scan::{Located, Scan};
use crate::text::floor_char_boundary;

/// A resolved actor mention.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Mention {
    pub(crate) entry: usize,
    /// Index into `Scan::hits`.
    pub(crate) hit: usize,
    pub(crate) place: bool,
    pub(crate) dateline: bool,
    pub(crate) weak: bool,
}

/// The actors of one article.
#[derive(Debug, Default)]
pub(crate) struct Actors {
    pub(crate) mentions: Vec<Mention>,
    /// Focus countries with their weight, strongest first.
    pub(crate) focus: Vec<(usize, f64)>,
    /// Sum of all countries' focus weights.
    pub(crate) focus_total: f64,
    /// Prominence of every actor mentioned (see [`Actors::prominence`]).
    pub(crate) prominence: BTreeMap<usize, f64>,
    pub(crate) relations: Vec<Relation>,
}

impl Actors {
    pub(crate) fn find(
        kb: &Knowledge,
        scan: &Scan,
        segments: &[SegmentRef<'_>],
        dateline_end: Option<u32>,
        published: Option<&str>,
    ) -> Actors {
        let mentions = resolve(kb, scan, segments, dateline_end, published);
        let mut actors = Actors { mentions, ..Actors::default() };
        actors.prominence = actors.prominence(kb, scan);
        let weights = actors.focus_weights(kb);
        actors.focus_total = weights.values().sum();
        let mut ranked: Vec<(usize, f64)> = weights.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(kb.entries[a.0].id.cmp(&kb.entries[b.0].id)));
        let top_weight = ranked.first().map_or(0.0, |r| r.1);
        let candidates: Vec<usize> =
            ranked.iter().take_while(|(_, w)| *w >= kb.rules.focus_ratio * top_weight).map(|r| r.0).collect();
        let live: Vec<Mention> = actors.mentions.iter().filter(|m| !m.dateline).copied().collect();
        actors.relations = relations::find(kb, scan, segments, &live, &candidates);
        let Some(&top) = candidates.first() else { return actors };
        // A country acted on stays a focus; one that only acts abroad is a
        // foreign power, unless it fights (a border war has two sides) and
        // backs no armed group.
        let rels = &actors.relations;
        let acts = |e: usize| rels.iter().any(|r| r.source == e);
        let acted_on = |e: usize| rels.iter().any(|r| r.target == e && !r.negated());
        let backer = |e: usize| rels.iter().any(|r| r.source == e && r.kind == RelationType::Proxy);
        let fighting = fighting_parties(kb, scan, &actors.mentions);
        let co_focus = |e: usize| !acts(e) || acted_on(e) || (fighting.contains(&e) && !backer(e));
        actors.focus = ranked
            .iter()
            .take(candidates.len())
            .filter(|(e, _)| *e == top || co_focus(*e))
            .copied()
            .collect();
        // The country acted on comes before the one acting on it.
        actors.focus.sort_by_key(|(e, _)| acts(*e) && !acted_on(*e));
        actors
    }

    /// How prominent each actor is: each mention counts its field weight,
    /// times `lead` in the body's lead ([`Scan::lead_end`]), times `place`
    /// for a place inside a country. Dateline mentions count nothing.
    fn prominence(&self, kb: &Knowledge, scan: &Scan) -> BTreeMap<usize, f64> {
        let rules = &kb.rules;
        let mut weights: BTreeMap<usize, f64> = BTreeMap::new();
        for m in self.mentions.iter().filter(|m| !m.dateline) {
            let hit = &scan.hits[m.hit];
            let mut w = rules.focus_fields[hit.field.index()];
            if hit.field == Field::Body && hit.start < scan.lead_end {
                w *= rules.focus_lead;
            }
            if m.place {
                w *= rules.focus_place;
            }
            *weights.entry(m.entry).or_default() += w;
        }
        weights
    }

    /// Focus weights: countries' prominence, plus `group` shared among the
    /// countries where each mentioned armed group operates.
    fn focus_weights(&self, kb: &Knowledge) -> BTreeMap<usize, f64> {
        // Counted only for an article naming an armed group (counting every
        // article's mentions cost 1.2M instructions per 3,000 articles).
        let counts = OnceCell::new();
        let counts = || {
            counts.get_or_init(|| {
                let mut counts: FxHashMap<usize, usize> = FxHashMap::default();
                for m in self.mentions.iter().filter(|m| !m.dateline) {
                    *counts.entry(m.entry).or_default() += 1;
                }
                counts
            })
        };
        let mut weights: BTreeMap<usize, f64> = BTreeMap::new();
        for (&entry, &w) in &self.prominence {
            let Some(actor) = &kb.entries[entry].actor else { continue };
            match actor.kind {
                ActorKind::Country => *weights.entry(entry).or_default() += w,
                ActorKind::ArmedGroup => {
                    let mentions = counts().get(&entry).copied().unwrap_or(0);
                    let share = kb.rules.focus_group * mentions as f64 / actor.ops.len() as f64;
                    for &c in &kb.ops[entry] {
                        *weights.entry(c).or_default() += share;
                    }
                }
                ActorKind::Organisation | ActorKind::Bloc | ActorKind::Person => {}
            }
        }
        weights
    }
}

/// Countries named in a sentence of actual fighting.
fn fighting_parties(kb: &Knowledge, scan: &Scan, mentions: &[Mention]) -> Vec<usize> {
    // Mentions come in text order: a sentence naming several is read once
    // (once per mention cost 0.4M instructions per 3,000 articles).
    let mut last: Option<(u32, bool)> = None;
    let mut fights = |sentence: u32| match last {
        Some((s, fights)) if s == sentence => fights,
        _ => {
            let fights = sentence_hits(scan, sentence).iter().any(|h| {
                h.lane == lane(Signal::Conflict)
                    && kb.entry_category[h.entry as usize].is_some_and(|c| kb.rules.fighting.contains(&c))
            });
            last = Some((sentence, fights));
            fights
        }
    };
    let mut out: Vec<usize> = mentions
        .iter()
        .filter(|m| !m.dateline && !m.place && fights(scan.hits[m.hit].sentence))
        .map(|m| m.entry)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Resolves actor hits into mentions, dropping unconfirmed weak aliases.
/// A leader's weak name is confirmed by the article naming the leader's
/// country, or by a title right before it ("President Bush"). In an article
/// published while a state existed, its successor's names stand for it; the
/// date is read only for such a name.
fn resolve(
    kb: &Knowledge,
    scan: &Scan,
    segments: &[SegmentRef<'_>],
    dateline_end: Option<u32>,
    published: Option<&str>,
) -> Vec<Mention> {
    let day = OnceCell::new();
    let day = || *day.get_or_init(|| published.and_then(|p| Date::parse(p).ok()).map(Date::days));
    let actor_lane = lane(Signal::Actor);
    let hits: Vec<(usize, &Located)> =
        scan.hits.iter().enumerate().filter(|(_, h)| h.lane == actor_lane).collect();
    // Counted only for an article with a weak alias to confirm (counting
    // every article's strong mentions cost 0.9M instructions per 3,000).
    let strong = OnceCell::new();
    let support = |entry: usize| -> usize {
        let strong = strong.get_or_init(|| {
            let mut strong: FxHashMap<usize, usize> = FxHashMap::default();
            for (_, h) in &hits {
                if !kb.aliases[h.alias as usize].weak {
                    *strong.entry(h.entry as usize).or_default() += 1;
                }
            }
            strong
        });
        let own = strong.get(&entry).copied().unwrap_or(0) * 2;
        let by_others: usize = kb.support[entry].iter().map(|c| strong.get(c).copied().unwrap_or(0)).sum();
        own + by_others
    };
    // The word right before a person's name, read back at most
    // `MAX_TITLE_BYTES`: the titles are stored lowercase.
    let titled = |h: &Located| {
        let person = kb.entries[h.entry as usize].actor.as_ref().is_some_and(|a| a.kind == ActorKind::Person);
        person && !kb.rules.leader_titles.is_empty() && {
            let seg = &segments[scan.sentences[h.sentence as usize].segment as usize];
            let before = seg.text[..h.start as usize - seg.offset].trim_end();
            let near = &before[floor_char_boundary(before, before.len().saturating_sub(MAX_TITLE_BYTES))..];
            let word = near.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            kb.rules.leader_titles.contains(&word.to_lowercase())
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < hits.len() {
        // Hits sharing one span are the candidates of one ambiguous name.
        let (start, end) = (hits[i].1.start, hits[i].1.end);
        let group_end = hits[i..]
            .iter()
            .position(|(_, h)| h.start != start || h.end != end)
            .map_or(hits.len(), |n| i + n);
        let group = &hits[i..group_end];
        i = group_end;
        let chosen = if group.iter().all(|(_, h)| !kb.aliases[h.alias as usize].weak) {
            group.first()
        } else {
            group
                .iter()
                .map(|g| (g, support(g.1.entry as usize).max(usize::from(titled(g.1)))))
                .filter(|(_, s)| *s > 0)
                .max_by(|a, b| {
                    a.1.cmp(&b.1)
                        .then(kb.entries[b.0 .1.entry as usize].id.cmp(&kb.entries[a.0 .1.entry as usize].id))
                })
                .map(|(g, _)| g)
        };
        if let Some((index, h)) = chosen {
            let alias = &kb.aliases[h.alias as usize];
            out.push(Mention {
                entry: in_era(kb, kb.stands_for[h.entry as usize], day),
                hit: *index,
                place: alias.place,
                dateline: h.field == Field::Body && dateline_end.is_some_and(|d| h.start < d),
                weak: alias.weak,
            });
        }
    }
    out
}

/// The state `entry` stood for on the article's day (`day`: days since
/// 1970-01-01): the state it succeeded, if that one still existed.
fn in_era(kb: &Knowledge, entry: usize, day: impl Fn() -> Option<i64>) -> usize {
    match kb.eras.get(&entry) {
        Some(&(old, until)) if day().is_some_and(|d| d <= until) => old,
        _ => entry,
    }
}

/// Longer than any title word, in bytes ("Présidente" is 11).
const MAX_TITLE_BYTES: usize = 24;

/// The hits of one sentence (hits are sorted by sentence).
fn sentence_hits(scan: &Scan, sentence: u32) -> &[Located] {
    let from = scan.hits.partition_point(|h| h.sentence < sentence);
    let to = scan.hits.partition_point(|h| h.sentence <= sentence);
    &scan.hits[from..to]
}

/// The end of a dateline ("KINSHASA (Reuters) -", "WASHINGTON, March 2 -")
/// at the start of a body: mentions there are the writer's location.
pub(crate) fn dateline_end(body: &str) -> Option<usize> {
    let head = &body.as_bytes()[..floor_char_boundary(body, 100)];
    let dash = first_dash(head)?;
    let prefix = &body[..dash];
    if prefix.contains(['.', '!', '?']) && !prefix.contains('(') {
        return None;
    }
    // Letters, upper-case letters, and whether the first four are upper case.
    let (mut letters, mut upper, mut city_caps) = (0, 0, true);
    for c in prefix.chars().filter(|c| c.is_alphabetic()) {
        let up = c.is_uppercase();
        city_caps &= up || letters >= 4;
        letters += 1;
        upper += usize::from(up);
    }
    (prefix.contains('(') || (city_caps && upper * 2 >= letters)).then_some(dash)
}

/// Where the first dash of any style starts in `head`: an em or en dash,
/// " - " or "--". Read by bytes: every form starts with a space, a hyphen or
/// the lead byte of U+2013/U+2014 (this ran once per article: 3,000
/// instructions by chars).
fn first_dash(head: &[u8]) -> Option<usize> {
    let at = |i: usize| head.get(i).copied();
    (0..head.len()).find(|&i| match head[i] {
        b' ' => at(i + 1) == Some(b'-') && at(i + 2) == Some(b' '),
        b'-' => at(i + 1) == Some(b'-'),
        0xE2 => at(i + 1) == Some(0x80) && matches!(at(i + 2), Some(0x93 | 0x94)),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        let cases = [
            ("KINSHASA (Reuters) - Rebels advanced.", Some(18)),
            ("WASHINGTON, March 2 - The U.S. said", Some(19)),
            ("Rebels advanced on Goma - a city of two million.", None),
            ("", None),
            ("GOMA \u{2014} Rebels advanced.", Some(5)),
            ("PARIS (AFP) \u{2013} La France", Some(12)),
            ("NEW YORK -- Stocks fell.", Some(9)),
            ("LONDON -Stocks fell - again.", None),
            ("Paris \u{2014} a city", None),
        ];
        for (body, want) in cases {
            assert_eq!(dateline_end(body), want, "{body}");
        }
    }
}
