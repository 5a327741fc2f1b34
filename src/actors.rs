//! Actors: who is named, which country the article is about, and how other
//! powers are involved with it.
//!
//! 1. Mentions: actor hits, with weak aliases ("Georgia", "Jordan", "Congo")
//!    kept only when the article confirms them, and dateline mentions
//!    ("WASHINGTON (Reuters) -") set apart.
//! 2. Focus: countries weighted by field, lead position, places inside them
//!    and the armed groups operating there.
//! 3. Involvement: in each sentence, a foreign state or bloc next to an
//!    involvement cue gets a relation (military, proxy, resources, pressure),
//!    marked alleged or negated by context cues; a state named after a
//!    comparison cue is only a comparison.

use std::collections::{BTreeMap, HashMap};

use crate::article::Field;
use crate::knowledge::{lane, Knowledge};
use crate::lexicon::{ActorKind, Signal};
use crate::report::RelationType;
use crate::rules::{Rules, RELATIONS};
use crate::scan::{Located, Scan};
use crate::text::floor_char_boundary;

/// How far (bytes) a comparison cue reaches forward to a state's mention.
const COMPARISON_REACH: u32 = 60;
/// Cues kept per relation: past a few dozen, diminishing returns make
/// further cues worth nothing, and memory must stay bounded.
const MAX_CUES: usize = 64;
/// At most this many bytes (a space, or a possessive "’s ") between a
/// state's mention and a cue it owns.
const OWNER_GAP: u32 = 5;
/// How far (bytes) a negation cue reaches forward to an involvement cue.
const NEGATION_REACH: u32 = 25;

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

/// One piece of evidence of a relation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cue {
    /// Index into `Scan::hits` of the cue.
    pub(crate) hit: usize,
    pub(crate) negated: bool,
    pub(crate) alleged: bool,
    pub(crate) weight: f64,
}

/// A relation between a foreign power and a target.
#[derive(Clone, Debug)]
pub(crate) struct Relation {
    pub(crate) actor: usize,
    pub(crate) kind: RelationType,
    /// Entry index of the target (a focus country or an armed group).
    pub(crate) target: usize,
    pub(crate) cues: Vec<Cue>,
    pub(crate) touches_conflict: bool,
    pub(crate) touches_minerals: bool,
    /// Raw involvement points.
    pub(crate) points: f64,
    /// Cues found, also those beyond the [`MAX_CUES`] kept.
    pub(crate) count: usize,
}

impl Relation {
    pub(crate) fn negated(&self) -> bool {
        self.cues.iter().all(|c| c.negated)
    }

    pub(crate) fn alleged(&self) -> bool {
        self.cues.iter().filter(|c| !c.negated).all(|c| c.alleged) && !self.negated()
    }
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
    pub(crate) fn find(kb: &Knowledge, scan: &Scan, dateline_end: Option<u32>) -> Actors {
        let mut actors = Actors { mentions: resolve(kb, scan, dateline_end), ..Actors::default() };
        actors.prominence = actors.prominence(kb, scan);
        let weights = actors.focus_weights(kb);
        actors.focus_total = weights.values().sum();
        let mut ranked: Vec<(usize, f64)> = weights.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(kb.entries[a.0].id.cmp(&kb.entries[b.0].id)));
        let Some(&(top, top_weight)) = ranked.first() else { return actors };
        let candidates: Vec<usize> = ranked
            .iter()
            .take_while(|(_, w)| *w >= kb.rules.focus_ratio * top_weight)
            .map(|(e, _)| *e)
            .collect();
        // A candidate involved as a foreign power is not a focus; relations
        // are then found again so that they target the final focus only.
        let first = relations(kb, scan, &actors.mentions, top, &candidates, false);
        // Any relation, even a denied one, marks a foreign party; a party
        // to the fighting stays a focus unless it is a (suspected) backer.
        let related = |e: usize| first.iter().any(|r| r.actor == e);
        let backer = |e: usize| first.iter().any(|r| r.actor == e && r.kind == RelationType::Proxy);
        let fighting = fighting_parties(kb, scan, &actors.mentions);
        let co_focus = |e: usize| !related(e) || (fighting.contains(&e) && !backer(e));
        actors.focus = ranked
            .iter()
            .filter(|(e, _)| *e == top || (candidates.contains(e) && co_focus(*e)))
            .copied()
            .collect();
        let focus: Vec<usize> = actors.focus.iter().map(|(e, _)| *e).collect();
        // The second pass can only differ when the focus changed or a focus
        // country holds relations; most articles have a single candidate.
        actors.relations = if focus == candidates && !first.iter().any(|r| focus.contains(&r.actor)) {
            first
        } else {
            relations(kb, scan, &actors.mentions, top, &focus, true)
        };
        actors
    }

    /// How prominent each actor is: each mention counts its field weight,
    /// times `lead` in the first two sentences of the body, times `place`
    /// for a place inside a country. Dateline mentions count nothing.
    fn prominence(&self, kb: &Knowledge, scan: &Scan) -> BTreeMap<usize, f64> {
        let rules = &kb.rules;
        let mut weights: BTreeMap<usize, f64> = BTreeMap::new();
        for m in self.mentions.iter().filter(|m| !m.dateline) {
            let hit = &scan.hits[m.hit];
            let sentence = &scan.sentences[hit.sentence as usize];
            let mut w = rules.focus_fields[hit.field.index()];
            if sentence.field == Field::Body && sentence.ordinal < 2 {
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
        let mut counts: HashMap<usize, usize> = HashMap::new();
        for m in self.mentions.iter().filter(|m| !m.dateline) {
            *counts.entry(m.entry).or_default() += 1;
        }
        let mut weights: BTreeMap<usize, f64> = BTreeMap::new();
        for (&entry, &w) in &self.prominence {
            let Some(actor) = &kb.entries[entry].actor else { continue };
            match actor.kind {
                ActorKind::Country => *weights.entry(entry).or_default() += w,
                ActorKind::ArmedGroup => {
                    let mentions = counts.get(&entry).copied().unwrap_or(0);
                    let share = kb.rules.focus_group * mentions as f64 / actor.ops.len() as f64;
                    for code in &actor.ops {
                        if let Some(&c) = kb.countries.get(code) {
                            *weights.entry(c).or_default() += share;
                        }
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
    let fights = |sentence: u32| {
        sentence_hits(scan, sentence).iter().any(|h| {
            h.lane == lane(Signal::Conflict)
                && kb.entry_category[h.entry as usize].is_some_and(|c| kb.rules.fighting.contains(&c))
        })
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
fn resolve(kb: &Knowledge, scan: &Scan, dateline_end: Option<u32>) -> Vec<Mention> {
    let actor_lane = lane(Signal::Actor);
    let hits: Vec<(usize, &Located)> =
        scan.hits.iter().enumerate().filter(|(_, h)| h.lane == actor_lane).collect();
    let mut strong: HashMap<usize, usize> = HashMap::new();
    for (_, h) in &hits {
        if !kb.aliases[h.alias as usize].weak {
            *strong.entry(h.entry as usize).or_default() += 1;
        }
    }
    let support = |entry: usize| -> usize {
        let own = strong.get(&entry).copied().unwrap_or(0) * 2;
        let Some(actor) = &kb.entries[entry].actor else { return own };
        let by_others: usize = actor
            .support
            .iter()
            .filter_map(|code| kb.countries.get(code))
            .map(|c| strong.get(c).copied().unwrap_or(0))
            .sum();
        own + by_others
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
                .map(|g| (g, support(g.1.entry as usize)))
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
                entry: stands_for(kb, h.entry as usize),
                hit: *index,
                place: alias.place,
                dateline: h.field == Field::Body && dateline_end.is_some_and(|d| h.start < d),
                weak: alias.weak,
            });
        }
    }
    out
}

/// The actor a mention stands for: a person's country, or the actor itself.
fn stands_for(kb: &Knowledge, entry: usize) -> usize {
    kb.entries[entry]
        .actor
        .as_ref()
        .and_then(|a| a.of.as_ref())
        .and_then(|code| kb.countries.get(code).copied())
        .unwrap_or(entry)
}

/// Finds the relations of foreign powers, sentence by sentence.
///
/// `candidates` are the countries a relation may target; with `final_focus`
/// they are the focus and cannot be foreign themselves.
fn relations(
    kb: &Knowledge,
    scan: &Scan,
    mentions: &[Mention],
    top: usize,
    candidates: &[usize],
    final_focus: bool,
) -> Vec<Relation> {
    let rules = &kb.rules;
    let mut out: Vec<Relation> = Vec::new();
    let mut by_sentence: Vec<&Mention> = mentions.iter().filter(|m| !m.dateline).collect();
    by_sentence.sort_by_key(|m| scan.hits[m.hit].sentence);
    for ms in by_sentence.chunk_by(|a, b| scan.hits[a.hit].sentence == scan.hits[b.hit].sentence) {
        let sentence = scan.hits[ms[0].hit].sentence;
        let hits = sentence_hits(scan, sentence);
        let ctx = SentenceContext::new(kb, hits, ms);
        let cue_lane = lane(Signal::ForeignInvolvement);
        let owners: Vec<Option<usize>> =
            hits.iter().map(|h| if h.lane == cue_lane { owner(kb, scan, ms, h) } else { None }).collect();
        let mut seen: Vec<usize> = Vec::new();
        for m in ms {
            let Some(actor) = &kb.entries[m.entry].actor else { continue };
            let foreign_kind = matches!(actor.kind, ActorKind::Country | ActorKind::Bloc);
            if !foreign_kind || m.place || m.entry == top || (final_focus && candidates.contains(&m.entry)) {
                continue;
            }
            // One pass per actor and sentence, from its first mention that
            // is not a comparison.
            if seen.contains(&m.entry) || ctx.compared(scan.hits[m.hit].start) {
                continue;
            }
            seen.push(m.entry);
            let target_country = ms
                .iter()
                .find(|o| o.entry != m.entry && candidates.contains(&o.entry))
                .map_or(top, |o| o.entry);
            for (offset, cue) in
                hits.iter().enumerate().filter(|(_, h)| h.lane == lane(Signal::ForeignInvolvement))
            {
                let entry = &kb.entries[cue.entry as usize];
                let Some(kind) = relation_kind(kb, cue) else { continue };
                // A cue right after a state's mention is about that state:
                // "Congolese troops" are not Rwanda's, and "Zambian mines"
                // are Zambia's own asset, not an involvement.
                match owners[offset] {
                    Some(o) if o != m.entry => continue,
                    Some(_) if entry.asset => continue,
                    _ => {}
                }
                if entry.weight < rules.weak_cue && !(ctx.conflict || ctx.minerals) {
                    continue;
                }
                let target = if kind == RelationType::Proxy {
                    match (ctx.armed_group, ctx.armed_actor) {
                        (Some(group), _) => group,
                        (None, true) => target_country,
                        (None, false) => continue,
                    }
                } else {
                    target_country
                };
                let hit = scan_index(scan, sentence, offset);
                let negated = ctx.negated(cue.start);
                let c = Cue { hit, negated, alleged: ctx.alleged, weight: entry.weight };
                add(&mut out, m.entry, kind, target, c, &ctx);
            }
        }
    }
    for r in &mut out {
        r.points = relation_points(rules, kb.entries[r.actor].actor.as_ref().and_then(|a| a.tier), r);
    }
    out
}

/// The state or bloc whose mention directly precedes a cue ("Congolese
/// troops", "DRC's mines"): the cue is about that actor.
fn owner(kb: &Knowledge, scan: &Scan, mentions: &[&Mention], cue: &Located) -> Option<usize> {
    mentions
        .iter()
        .filter(|m| {
            kb.entries[m.entry]
                .actor
                .as_ref()
                .is_some_and(|a| matches!(a.kind, ActorKind::Country | ActorKind::Bloc))
        })
        .find(|m| {
            let end = scan.hits[m.hit].end;
            end <= cue.start && cue.start - end <= OWNER_GAP
        })
        .map(|m| m.entry)
}

/// The hits of one sentence (hits are sorted by sentence).
fn sentence_hits(scan: &Scan, sentence: u32) -> &[Located] {
    let from = scan.hits.partition_point(|h| h.sentence < sentence);
    let to = scan.hits.partition_point(|h| h.sentence <= sentence);
    &scan.hits[from..to]
}

fn scan_index(scan: &Scan, sentence: u32, offset: usize) -> usize {
    scan.hits.partition_point(|h| h.sentence < sentence) + offset
}

fn relation_kind(kb: &Knowledge, cue: &Located) -> Option<RelationType> {
    let cat = kb.entry_category[cue.entry as usize]?;
    let name = kb.rules.categories[cat].name.as_str();
    RELATIONS.iter().position(|r| *r == name).map(|i| RelationType::ALL[i])
}

fn add(
    out: &mut Vec<Relation>,
    actor: usize,
    kind: RelationType,
    target: usize,
    cue: Cue,
    ctx: &SentenceContext,
) {
    let existing = out.iter_mut().find(|r| r.actor == actor && r.kind == kind && r.target == target);
    let rel = match existing {
        Some(r) => r,
        None => {
            out.push(Relation {
                actor,
                kind,
                target,
                cues: Vec::new(),
                touches_conflict: false,
                touches_minerals: false,
                points: 0.0,
                count: 0,
            });
            out.last_mut().expect("just pushed")
        }
    };
    // Cues arrive in text order; past the cap they only count.
    rel.count += 1;
    if rel.cues.len() < MAX_CUES {
        rel.cues.push(cue);
    }
    rel.touches_conflict |= ctx.conflict && !cue.negated;
    rel.touches_minerals |= ctx.minerals && !cue.negated;
}

/// Involvement points: type weight x tier x touch x diminishing sum of cues.
fn relation_points(rules: &Rules, tier: Option<u8>, r: &Relation) -> f64 {
    let type_w = rules.relation_weights[r.kind as usize];
    let tier_w = rules.tiers[usize::from(tier.unwrap_or(4).clamp(1, 4)) - 1];
    let mut cues: Vec<f64> = r
        .cues
        .iter()
        .filter(|c| !c.negated)
        .map(|c| c.weight / 3.0 * if c.alleged { rules.alleged } else { 1.0 })
        .collect();
    cues.sort_by(|a, b| b.total_cmp(a));
    let evidence: f64 = cues.iter().enumerate().map(|(k, w)| w * rules.decay.powi(k as i32)).sum();
    let mut touch = 1.0;
    if r.touches_conflict {
        touch *= rules.touch_conflict;
    }
    if r.touches_minerals {
        touch *= rules.touch_minerals;
    }
    type_w * tier_w * touch * evidence
}

/// What one sentence holds, for relation finding.
struct SentenceContext<'h> {
    hits: &'h [Located],
    kb: &'h Knowledge,
    conflict: bool,
    minerals: bool,
    alleged: bool,
    armed_group: Option<usize>,
    armed_actor: bool,
}

impl<'h> SentenceContext<'h> {
    fn new(kb: &'h Knowledge, hits: &'h [Located], mentions: &[&Mention]) -> SentenceContext<'h> {
        let positive = |signal: Signal| {
            hits.iter().any(|h| {
                h.lane == lane(signal)
                    && kb.entry_category[h.entry as usize].is_some_and(|c| {
                        let category = &kb.rules.categories[c];
                        !category.dampen && !category.soft
                    })
            })
        };
        let armed_actor_cat = kb.rules.category_index(Signal::Conflict, "armed_actor");
        SentenceContext {
            hits,
            kb,
            conflict: positive(Signal::Conflict),
            minerals: positive(Signal::Minerals),
            alleged: hits.iter().any(|h| context_is(kb, h, "allegation")),
            armed_group: mentions
                .iter()
                .find(|m| kb.entries[m.entry].actor.as_ref().is_some_and(|a| a.kind == ActorKind::ArmedGroup))
                .map(|m| m.entry),
            armed_actor: armed_actor_cat
                .is_some_and(|c| hits.iter().any(|h| kb.entry_category[h.entry as usize] == Some(c))),
        }
    }

    /// Is a mention at `at` preceded closely by a comparison cue?
    fn compared(&self, at: u32) -> bool {
        self.hits
            .iter()
            .any(|h| context_is(self.kb, h, "comparison") && h.end <= at && at - h.end <= COMPARISON_REACH)
    }

    /// Is an involvement cue at `at` preceded closely by a negation cue?
    fn negated(&self, at: u32) -> bool {
        self.hits
            .iter()
            .any(|h| context_is(self.kb, h, "negation") && h.end <= at && at - h.end <= NEGATION_REACH)
    }
}

fn context_is(kb: &Knowledge, h: &Located, category: &str) -> bool {
    h.lane == lane(Signal::Context) && kb.entries[h.entry as usize].category.as_deref() == Some(category)
}

/// The end of a dateline ("KINSHASA (Reuters) -", "WASHINGTON, March 2 -")
/// at the start of a body: mentions there are the writer's location.
pub(crate) fn dateline_end(body: &str) -> Option<usize> {
    let head = &body[..floor_char_boundary(body, 100)];
    // The first dash of any style, in one pass over the head.
    let dash = head.char_indices().find_map(|(i, c)| {
        let rest = &head[i..];
        let dash = matches!(c, '\u{2014}' | '\u{2013}') || rest.starts_with(" - ") || rest.starts_with("--");
        dash.then_some(i)
    })?;
    let prefix = &body[..dash];
    if prefix.contains(['.', '!', '?']) && !prefix.contains('(') {
        return None;
    }
    let letters: Vec<char> = prefix.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let city_caps = letters.iter().take(4).all(|c| c.is_uppercase());
    (prefix.contains('(') || (city_caps && upper * 2 >= letters.len())).then_some(dash)
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
        ];
        for (body, want) in cases {
            assert_eq!(dateline_end(body), want, "{body}");
        }
    }
}
