//! Report assembly: from one article's scan and actors to the
//! [`RiskReport`]: signal scores, co-occurrence rules, actors, relations
//! and evidence.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::actors::Actors;
use crate::article::{Field, SegmentRef};
use crate::knowledge::{lane, Knowledge};
use crate::lexicon::{ActorKind as LexActorKind, Signal};
use crate::name::Name;
use crate::relations::{Cue, Slot};
use crate::report::{
    Actor, ActorKind, CategoryScore, Detail, Evidence, Level, Link, Metal, Relation, RiskReport, Role,
    RuleContribution, SignalScore, Signals,
};
use crate::rules::{Condition, Rules, SCORED};
use crate::scan::{Located, Scan};
use crate::text::{floor_char_boundary, is_company_name};

/// Everything needed to write one report.
pub(crate) struct Ctx<'a> {
    pub(crate) kb: &'a Knowledge,
    pub(crate) scan: &'a Scan,
    pub(crate) segments: &'a [SegmentRef<'a>],
    pub(crate) actors: &'a Actors,
    /// Per hit, whether it starts a company name: asked by the signal and
    /// again by the evidence, worked out once.
    pub(crate) company: Vec<OnceCell<bool>>,
    /// What the report holds.
    pub(crate) detail: Detail,
}

/// A signal's raw points and hits per category, and the working memory of
/// the lexical signals: made once per report and reset for each signal
/// (maps per signal cost 6 allocations and a tree walk per hit).
#[derive(Default)]
struct Tally {
    /// (category index, raw points (negative for dampening), hits) of the
    /// categories seen: a signal sees a few, searched in a short list.
    cats: Vec<(usize, f64, usize)>,
    total_hits: usize,
    /// Lexical hits as (entry, category, weight, order seen).
    weighted: Vec<(usize, usize, f64, usize)>,
}

impl Tally {
    fn reset(&mut self) {
        self.cats.clear();
        self.total_hits = 0;
    }

    /// Category `cat`'s (points, hits), now seen.
    fn cat(&mut self, cat: usize) -> (&mut f64, &mut usize) {
        let i = match self.cats.iter().position(|c| c.0 == cat) {
            Some(i) => i,
            None => {
                self.cats.push((cat, 0.0, 0));
                self.cats.len() - 1
            }
        };
        let (_, points, hits) = &mut self.cats[i];
        (points, hits)
    }
}

impl Ctx<'_> {
    pub(crate) fn report(&self, id: Option<&str>) -> RiskReport {
        let rules = &self.kb.rules;
        let names = &self.kb.names;
        let full = self.detail == Detail::Full;
        let mut tally = Tally::default();
        let conflict = self.lexical_signal(Signal::Conflict, &mut tally);
        let minerals = self.lexical_signal(Signal::Minerals, &mut tally);
        let foreign = self.involvement_signal(&mut tally);
        let mut signals = Signals { conflict, minerals, foreign_involvement: foreign };
        signals.minerals.metals = self.metals();
        // Signals, co-occurrence rules and saturation.
        let mut contributions = Vec::with_capacity(SCORED.len() + rules.co_rules.len() + 1);
        for (signal, id) in SCORED.into_iter().zip(&names.signal_rule) {
            let s = signal_of(&signals, signal);
            let weight = rules.signals[&signal].weight;
            let points = round2(s.score * weight);
            if points > 0.0 {
                contributions.push(RuleContribution {
                    id: id.clone(),
                    contribution: points,
                    explanation: if full { explain_signal(signal, s, weight) } else { String::new() },
                });
            }
        }
        self.co_rules(&mut contributions);
        let raw: f64 = contributions.iter().map(|c| c.contribution).sum();
        let knee = knee(rules, raw);
        if knee < 0.0 {
            contributions.push(RuleContribution {
                id: names.saturation.clone(),
                contribution: knee,
                explanation: if full {
                    format!(
                        "points above {} are compressed toward 100 ({} raw points)",
                        rules.knee_start,
                        round2(raw)
                    )
                } else {
                    String::new()
                },
            });
        }
        let score = round2(contributions.iter().map(|c| c.contribution).sum::<f64>()).clamp(0.0, 100.0);
        let relations = self.relation_reports();
        RiskReport {
            id: id.map(str::to_string),
            score,
            level: Level::ALL[rules.level(score)],
            signals,
            actors: self.actor_reports(&relations),
            relations,
            rules: contributions,
            evidence: if self.detail >= Detail::Spans { self.evidence() } else { Vec::new() },
            ruleset: names.ruleset.clone(),
            truncated: false,
            gpr: None,
            detail: self.detail,
        }
    }

    /// Conflict or minerals: lexicon hits (plus actor feeds) with field
    /// weights, diminishing returns, length normalisation and dampening.
    fn lexical_signal(&self, signal: Signal, tally: &mut Tally) -> SignalScore {
        let rules = &self.kb.rules;
        // Every hit as (entry, category, weight), field weight x entry
        // weight (company names apart); then per entry, how many hits of
        // each distinct weight: memory bounded by the hits, reused.
        tally.reset();
        let mut weighted = std::mem::take(&mut tally.weighted);
        weighted.clear();
        weighted.reserve(self.scan.hits.len() + rules.actor_feeds.len() * self.actors.mentions.len());
        let mut add = |entry: usize, cat: usize, w: f64| {
            weighted.push((entry, cat, w, weighted.len()));
            *tally.cat(cat).1 += 1;
            tally.total_hits += 1;
        };
        for (hit, h) in self.scan.hits.iter().enumerate().filter(|(_, h)| h.lane == lane(signal)) {
            let Some(cat) = self.kb.entry_category[h.entry as usize] else { continue };
            let mut w = self.kb.entries[h.entry as usize].weight;
            if self.in_company_name(hit) {
                w *= rules.company_factor;
            }
            add(h.entry as usize, cat, w * rules.fields[h.field.index()]);
        }
        for feed in rules.actor_feeds.iter().filter(|f| rules.categories[f.category].signal == signal) {
            for m in self.actors.mentions.iter().filter(|m| self.actor_kind(m.entry) == Some(feed.kind)) {
                let h = &self.scan.hits[m.hit];
                add(m.entry, feed.category, feed.weight * rules.fields[h.field.index()]);
            }
        }
        // Hits of equal entry and weight are interchangeable: no stable sort.
        weighted.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.2.total_cmp(&a.2)));
        for hits in weighted.chunk_by(|a, b| a.0 == b.0) {
            let groups = hits.chunk_by(|a, b| a.2 == b.2).map(|run| (run[0].2, run.len() as u32));
            // An entry counts in the category it was first seen with.
            let cat = hits.iter().min_by_key(|h| h.3).map_or(hits[0].1, |h| h.1);
            let sum = decayed_sum(groups, rules.decay);
            let sign = if rules.categories[cat].dampen { -1.0 } else { 1.0 };
            *tally.cat(cat).0 += sign * sum;
        }
        tally.weighted = weighted;
        let length = (self.scan.words as f64 / rules.length_words).max(1.0).powf(rules.length_power);
        self.finish_signal(signal, tally, length)
    }

    /// Is this hit the start of a company name ("Gold Fields Ltd")?
    fn in_company_name(&self, hit: usize) -> bool {
        *self.company[hit].get_or_init(|| {
            let (matched, after) = self.around(&self.scan.hits[hit]);
            is_company_name(matched, after, &self.kb.rules.company_suffixes)
        })
    }

    /// The matched text and what follows it in its segment.
    fn around(&self, h: &Located) -> (&str, &str) {
        let seg = &self.segments[self.scan.sentences[h.sentence as usize].segment as usize];
        let (s, e) = (h.start as usize - seg.offset, h.end as usize - seg.offset);
        (&seg.text[s..e], &seg.text[e..])
    }

    /// Turns raw category points into a 0-100 score split by category.
    fn finish_signal(&self, signal: Signal, tally: &mut Tally, length: f64) -> SignalScore {
        let rules = &self.kb.rules;
        // In category order, as the sums always were.
        tally.cats.sort_unstable_by_key(|c| c.0);
        let seen = || tally.cats.iter().copied();
        let positive: f64 = seen().map(|(_, p, _)| p).filter(|p| *p > 0.0).sum();
        // Each dampening category removes at most its cap's share of the
        // positive points; all together never more than the positive points.
        let used = |c: usize, p: f64| (p < 0.0).then(|| (-p).min(rules.categories[c].dampen_max * positive));
        let total_used: f64 = seen().filter_map(|(c, p, _)| used(c, p)).sum();
        let dampen_used = total_used.min(positive);
        let net = positive - dampen_used;
        let score = 100.0 * (1.0 - (-(net / length) / rules.signals[&signal].scale).exp());
        // Each category gets its share of the score; dampening ones share
        // the part they removed.
        let per_point = if net > 0.0 { score / net } else { 0.0 };
        let damp_scale = if total_used > 0.0 { dampen_used / total_used } else { 0.0 };
        let mut categories = BTreeMap::new();
        for (cat, p, hits) in seen() {
            let raw = used(cat, p).map_or(p, |u| -u * damp_scale);
            let name = self.kb.names.category[cat].clone();
            categories.insert(name, CategoryScore { points: round2(raw * per_point), hits });
        }
        let score = round2(categories.values().map(|c| c.points).sum::<f64>().clamp(0.0, 100.0));
        SignalScore { score, categories, hits: tally.total_hits, metals: Vec::new() }
    }

    fn involvement_signal(&self, tally: &mut Tally) -> SignalScore {
        let rules = &self.kb.rules;
        tally.reset();
        for r in &self.actors.relations {
            let cat =
                rules.category_index(Signal::ForeignInvolvement, r.kind.as_str()).expect("checked at build");
            let (points, hits) = tally.cat(cat);
            *points += r.points;
            *hits += r.count;
            tally.total_hits += r.count;
        }
        self.finish_signal(Signal::ForeignInvolvement, tally, 1.0)
    }

    fn actor_kind(&self, entry: usize) -> Option<LexActorKind> {
        self.kb.entries[entry].actor.as_ref().map(|a| a.kind)
    }

    /// The metals named, with their tags, in order of first appearance.
    fn metals(&self) -> Vec<Metal> {
        let mut out: Vec<Metal> = Vec::new();
        let names = &self.kb.names;
        for h in self.scan.hits.iter().filter(|h| h.lane == lane(Signal::Minerals)) {
            let (Some(metal), tags) = &names.metal[h.entry as usize] else { continue };
            let term = &names.alias[h.alias as usize];
            match out.iter_mut().find(|m| &m.metal == metal) {
                Some(m) => {
                    m.hits += 1;
                    for t in tags {
                        if !m.tags.contains(t) {
                            m.tags.push(t.clone());
                        }
                    }
                    if !m.terms.contains(term) {
                        m.terms.push(term.clone());
                    }
                }
                None => out.push(Metal {
                    metal: metal.clone(),
                    tags: tags.clone(),
                    terms: vec![term.clone()],
                    hits: 1,
                }),
            }
        }
        out
    }

    /// Co-occurrence rules, sentence by sentence, added to `out`.
    fn co_rules(&self, out: &mut Vec<RuleContribution>) {
        let rules = &self.kb.rules;
        let facts = self.sentence_facts();
        for (rule, id) in rules.co_rules.iter().zip(&self.kb.names.co_rule) {
            let holds = |f: &&[(u32, Condition)]| rule.requires.iter().all(|c| f.iter().any(|(_, x)| x == c));
            let n = facts.chunk_by(|a, b| a.0 == b.0).filter(holds).count();
            if n == 0 {
                continue;
            }
            let sum: f64 = (0..n).map(|k| rule.points * rules.decay.powi(k as i32)).sum();
            let points = round2(sum.min(rule.cap));
            let s = if n == 1 { "" } else { "s" };
            out.push(RuleContribution {
                id: id.clone(),
                contribution: points,
                explanation: if self.detail == Detail::Full {
                    format!("{} ({n} sentence{s})", rule.explain)
                } else {
                    String::new()
                },
            });
        }
    }

    /// For each sentence, the conditions it meets.
    /// What each sentence holds, as `(sentence, condition)` sorted by
    /// sentence (repeats allowed).
    fn sentence_facts(&self) -> Vec<(u32, Condition)> {
        let rules = &self.kb.rules;
        // At most two facts per hit and one per mention (cues add a few).
        let mut facts: Vec<(u32, Condition)> =
            Vec::with_capacity(2 * self.scan.hits.len() + self.actors.mentions.len());
        let mut add = |sentence: u32, c: Condition| facts.push((sentence, c));
        for h in &self.scan.hits {
            let Some(cat) = self.kb.entry_category[h.entry as usize] else { continue };
            let category = &rules.categories[cat];
            if category.dampen || category.signal == Signal::ForeignInvolvement {
                continue;
            }
            if !category.soft {
                add(h.sentence, Condition::Signal(category.signal));
            }
            add(h.sentence, Condition::Category(cat));
        }
        for m in self.actors.mentions.iter().filter(|m| !m.dateline) {
            if let Some(kind) = self.actor_kind(m.entry) {
                add(self.scan.hits[m.hit].sentence, Condition::Actor(kind));
            }
        }
        for r in &self.actors.relations {
            let cat =
                rules.category_index(Signal::ForeignInvolvement, r.kind.as_str()).expect("checked at build");
            for c in r.cues.iter().filter(|c| !c.negated) {
                let sentence = self.scan.hits[c.hit].sentence;
                add(sentence, Condition::Signal(Signal::ForeignInvolvement));
                add(sentence, Condition::Category(cat));
            }
        }
        facts.sort_by_key(|(s, _)| *s);
        facts
    }

    /// Every relation, in order of first evidence.
    fn relation_reports(&self) -> Vec<Relation> {
        let names = &self.kb.names;
        let mut order: Vec<&crate::relations::Relation> = self.actors.relations.iter().collect();
        order.sort_by_key(|r| r.cues.first().map_or(usize::MAX, |c| c.hit));
        order
            .into_iter()
            .map(|r| Relation {
                source: names.entry[r.source].clone(),
                kind: r.kind,
                target: names.entry[r.target].clone(),
                alleged: r.alleged(),
                negated: r.negated(),
                points: round2(r.points),
                evidence: r.cues.iter().take(5).map(|c| self.cue_evidence(c)).collect(),
            })
            .collect()
    }

    fn actor_reports(&self, relations: &[Relation]) -> Vec<Actor> {
        let kb = self.kb;
        let names = &kb.names;
        let mentions = &self.actors.mentions;
        // Mentions by actor, in text order: one sort, no map of lists.
        let mut by_entry: Vec<(usize, usize)> =
            mentions.iter().enumerate().map(|(i, m)| (m.entry, i)).collect();
        by_entry.sort_unstable();
        // Each actor's role and rank first: the small keys are sorted, and
        // each actor is then built once, in its place (sorting the built
        // actors moved and copied them twice).
        let mut ranked: Vec<Ranked> = Vec::with_capacity(by_entry.len());
        for group in by_entry.chunk_by(|a, b| a.0 == b.0) {
            let entry = group[0].0;
            let (Some(info), Some((name, ops))) = (&kb.entries[entry].actor, &names.actor[entry]) else {
                continue;
            };
            let involvement: f64 =
                self.actors.relations.iter().filter(|r| r.source == entry).map(|r| r.points).sum();
            let focus = self.actors.focus.iter().find(|(e, _)| *e == entry);
            let all_weak = group.iter().all(|&(_, i)| mentions[i].weak);
            let base_confidence = if all_weak { 0.6 } else { 1.0 };
            let acts = kb.acts_as[entry].is_some();
            let (role, confidence, rank) = match (focus, info.kind) {
                (Some((_, w)), _) => (Role::Focus, w / self.actors.focus_total.max(f64::EPSILON), 1e6 + w),
                (None, _) if acts && involvement > 0.0 => {
                    (Role::Foreign, base_confidence * (1.0 - (-involvement / 2.0).exp()), 1e4 + involvement)
                }
                (None, LexActorKind::ArmedGroup) => {
                    (Role::ArmedGroup, base_confidence, 1e2 + group.len() as f64)
                }
                (None, LexActorKind::Organisation) => {
                    (Role::Organisation, base_confidence, 1.0 + group.len() as f64 / 1e3)
                }
                (None, _) => (Role::Mentioned, base_confidence, group.len() as f64 / 1e3),
            };
            let kind = info.kind;
            ranked.push(Ranked {
                entry,
                kind,
                name,
                ops,
                mentions: group,
                role,
                confidence,
                rank,
                involvement,
            });
        }
        ranked.sort_by(|a, b| {
            a.role
                .cmp(&b.role)
                .then(b.rank.total_cmp(&a.rank))
                .then(names.entry[a.entry].cmp(&names.entry[b.entry]))
        });
        let shown = if self.detail >= Detail::Spans { 5 } else { 0 };
        let mut out = Vec::with_capacity(ranked.len());
        for r in ranked {
            let id = &names.entry[r.entry];
            let mut roles = vec![r.role];
            if r.role == Role::Focus && r.involvement > 0.0 {
                roles.push(Role::Foreign);
            }
            let evidence = r.mentions[..r.mentions.len().min(shown)]
                .iter()
                .map(|&(_, i)| {
                    let m = &mentions[i];
                    self.evidence_of(m.hit, names.signal(Signal::Actor), names.kind(r.kind, m.place))
                })
                .collect();
            out.push(Actor {
                id: id.clone(),
                name: r.name.clone(),
                kind: report_kind(r.kind),
                role: r.role,
                roles,
                mentions: r.mentions.len(),
                confidence: round2(r.confidence.clamp(0.0, 1.0)),
                prominence: round2(self.actors.prominence.get(&r.entry).copied().unwrap_or(0.0)),
                relations: if self.detail >= Detail::Spans {
                    relations.iter().filter(|rel| &rel.source == id).cloned().collect()
                } else {
                    Vec::new()
                },
                operates_in: r.ops.clone(),
                evidence,
            });
        }
        out
    }

    /// Evidence of the scored signals, capped per signal, by signal then
    /// position (title and summary come first in reading order).
    fn evidence(&self) -> Vec<Evidence> {
        let max = self.kb.rules.max_evidence;
        let names = &self.kb.names;
        let mut out = Vec::new();
        for signal in [Signal::Conflict, Signal::Minerals] {
            let hits = self.scan.hits.iter().enumerate().filter(|(_, h)| h.lane == lane(signal));
            for (hit, h) in hits.take(max) {
                let Some(cat) = self.kb.entry_category[h.entry as usize] else { continue };
                out.push(self.evidence_of(hit, names.signal(signal), &names.category[cat]));
            }
        }
        let mut cues: Vec<&Cue> = Vec::new();
        for r in &self.actors.relations {
            cues.extend(r.cues.iter().filter(|c| !c.negated));
        }
        cues.sort_by_key(|c| c.hit);
        cues.dedup_by_key(|c| c.hit);
        out.extend(cues.into_iter().take(max).map(|c| self.cue_evidence(c)));
        out
    }

    /// An involvement cue, linked to the source and target it was read with.
    fn cue_evidence(&self, cue: &Cue) -> Evidence {
        let names = &self.kb.names;
        let h = &self.scan.hits[cue.hit];
        let none = Name::default();
        let cat = self.kb.entry_category[h.entry as usize].map_or(&none, |c| &names.category[c]);
        let mut e = self.evidence_of(cue.hit, names.signal(Signal::ForeignInvolvement), cat);
        let span = |slot: &Slot| {
            slot.hit.map(|i| [self.scan.hits[i].start as usize, self.scan.hits[i].end as usize])
        };
        let source = names.entry[cue.source_entry].clone();
        e.actor = Some(source.clone());
        e.link = Some(Link {
            source,
            source_span: span(&cue.source),
            source_by: cue.source.by,
            target: names.entry[cue.target_entry].clone(),
            target_span: span(&cue.target),
            target_by: cue.target.by,
        });
        e
    }

    /// A hit as evidence; its text and sentence only at [`Detail::Full`]
    /// (below, they are recoverable from the input with the span).
    fn evidence_of(&self, hit: usize, signal: &Name, category: &Name) -> Evidence {
        let names = &self.kb.names;
        let h = &self.scan.hits[hit];
        let (text, sentence) = if self.detail == Detail::Full {
            let sentence = &self.scan.sentences[h.sentence as usize];
            let seg = &self.segments[sentence.segment as usize];
            let slice = |s: u32, e: u32| &seg.text[s as usize - seg.offset..e as usize - seg.offset];
            (slice(h.start, h.end).to_string(), clip(trim(slice(sentence.start, sentence.end)), 300))
        } else {
            (String::new(), String::new())
        };
        let (metal, tags) = &names.metal[h.entry as usize];
        Evidence {
            term: names.alias[h.alias as usize].clone(),
            text,
            signal: signal.clone(),
            category: category.clone(),
            field: h.field,
            item: matches!(h.field, Field::Tags | Field::Categories).then_some(h.item as usize),
            start: h.start as usize,
            end: h.end as usize,
            sentence,
            metal: metal.clone(),
            tags: tags.clone(),
            actor: None,
            link: None,
            note: self.in_company_name(hit).then(|| names.company_note.clone()),
        }
    }
}

/// An actor's place in the report, worked out before it is built.
struct Ranked<'m> {
    entry: usize,
    kind: LexActorKind,
    name: &'m Name,
    ops: &'m Vec<Name>,
    /// Its mentions as (entry, index), in text order.
    mentions: &'m [(usize, usize)],
    role: Role,
    confidence: f64,
    rank: f64,
    involvement: f64,
}

fn signal_of(signals: &Signals, signal: Signal) -> &SignalScore {
    match signal {
        Signal::Minerals => &signals.minerals,
        Signal::ForeignInvolvement => &signals.foreign_involvement,
        _ => &signals.conflict,
    }
}

fn explain_signal(signal: Signal, s: &SignalScore, weight: f64) -> String {
    let mut cats: Vec<(&Name, &CategoryScore)> =
        s.categories.iter().filter(|(_, c)| c.points != 0.0).collect();
    cats.sort_by(|a, b| b.1.points.abs().total_cmp(&a.1.points.abs()).then(a.0.cmp(b.0)));
    // One string written in place: this runs for every report.
    let mut out = String::with_capacity(128);
    let _ = write!(out, "{} {:.1}/100 x {weight} (", signal.as_str(), s.score);
    for (i, (n, c)) in cats.iter().take(4).enumerate() {
        let _ = write!(out, "{}{n} {:+.1}", if i == 0 { "" } else { ", " }, c.points);
    }
    out.push(')');
    out
}

/// The sum of `weight x decay^k` over hits in descending weight order, the
/// k-th hit counting `decay^k`, from (weight, count) groups sorted by weight.
fn decayed_sum(groups: impl IntoIterator<Item = (f64, u32)>, decay: f64) -> f64 {
    let mut sum = 0.0;
    let mut factor = 1.0; // decay^k for the first hit of the group
    for (w, n) in groups {
        let n = n as i32;
        let series = if decay < 1.0 { (1.0 - decay.powi(n)) / (1.0 - decay) } else { f64::from(n) };
        sum += w * factor * series;
        factor *= decay.powi(n);
    }
    sum
}

/// The (negative) saturation above the knee.
fn knee(rules: &Rules, raw: f64) -> f64 {
    if raw <= rules.knee_start {
        return 0.0;
    }
    let over = raw - rules.knee_start;
    let kept = rules.knee_span * (1.0 - (-over / rules.knee_span).exp());
    round2(kept - over)
}

fn report_kind(kind: LexActorKind) -> ActorKind {
    match kind {
        LexActorKind::Country | LexActorKind::Person => ActorKind::Country,
        LexActorKind::ArmedGroup => ActorKind::ArmedGroup,
        LexActorKind::Organisation => ActorKind::Organisation,
        LexActorKind::Bloc => ActorKind::Bloc,
    }
}

/// Rounds to two decimals (and turns -0.0 into 0.0).
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0 + 0.0
}

/// [`str::trim`], settled by two byte tests when `s` starts and ends with
/// printable ASCII, as sentences do: the Unicode trim cost 90 instructions
/// for each evidence.
fn trim(s: &str) -> &str {
    match s.as_bytes() {
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// Cuts `s` to at most `max` bytes on a char boundary, marking the cut.
fn clip(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    format!("{}…", &s[..floor_char_boundary(s, max)])
}

#[cfg(test)]
mod tests {
    use super::decayed_sum;

    #[test]
    fn decayed_sum_equals_the_explicit_series() {
        let weights = [4.0, 4.0, 2.0, 2.0, 2.0, 1.0];
        for decay in [0.0f64, 0.5, 0.9, 1.0] {
            let explicit: f64 = weights.iter().enumerate().map(|(k, w)| w * decay.powi(k as i32)).sum();
            let grouped = decayed_sum([(4.0, 2), (2.0, 3), (1.0, 1)], decay);
            assert!((explicit - grouped).abs() < 1e-9, "decay {decay}: {explicit} vs {grouped}");
        }
    }
}
