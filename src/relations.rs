//! Relations: who acts on whom, read from each involvement cue and the
//! words around it.
//!
//! Any state, bloc or organisation acting as one can be a source, the
//! focus country included; the target is the country acted on, or an armed
//! group for `proxy`. For each cue, in its clause:
//!
//! - **source**: a modifier right before the cue ("US troops", "Rwanda's
//!   army", "Rwandan-backed"); else an agent after it ("backed by Rwanda",
//!   "troops from Kenya"); else the nearest plain mention before it (the
//!   subject: "Sweden moved to impose sanctions").
//! - **target**: a mention after a target preposition or right after the
//!   cue ("sanctions on South Africa", "destroyed an Iranian platform");
//!   else the subject of a passive ("Goma was shelled by Rwandan troops");
//!   else the owner of an asset ("Congolese mines"); else where events
//!   happen ("in Gaza, Israeli strikes"); else the article's focus.
//! - **mutual cues** (deals, talks) name two parties: the stronger power
//!   acts on the weaker; between equals, the one that is not the focus acts
//!   on it, and two that are neither act on each other.
//!
//! The words that make these frames are knowledge (`frame` statements in
//! `data/scoring.rules`, see [`crate::frames`]); every look is bounded, so
//! the work per cue is constant and scoring stays linear in the input.

use rustc_hash::FxHashMap;

use crate::actors::Mention;
use crate::article::SegmentRef;
use crate::frames::{is_modifier_gap, seamless, Kind, Lead};
use crate::knowledge::{lane, Context, Knowledge};
use crate::lexicon::{ActorKind, Side, Signal};
use crate::report::{Frame, RelationType};
use crate::rules::Rules;
use crate::scan::{Located, Scan};

/// Cues kept per relation: past a few dozen, diminishing returns make
/// further cues worth nothing, and memory must stay bounded.
const MAX_CUES: usize = 64;
/// Mentions a cue considers on each side: a sentence listing hundreds of
/// states must not make the work per cue grow.
const NEIGHBOURS: usize = 8;
/// How far (bytes) a negation cue reaches forward to an involvement cue.
const NEGATION_REACH: u32 = 25;
/// How far (bytes) an allegation cue reaches forward to its agent ("accusé
/// par des experts de l'ONU").
const ACCUSER_REACH: u32 = 30;
/// How far (bytes) a comparison cue reaches forward to a state's mention.
const COMPARISON_REACH: u32 = 60;

/// Where a relation's source or target was found.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Slot {
    /// Index into `Scan::hits` of the mention (none for the focus fallback).
    pub(crate) hit: Option<usize>,
    pub(crate) by: Frame,
}

/// One piece of evidence of a relation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cue {
    /// Index into `Scan::hits` of the cue.
    pub(crate) hit: usize,
    pub(crate) negated: bool,
    pub(crate) alleged: bool,
    pub(crate) weight: f64,
    pub(crate) source: Slot,
    pub(crate) target: Slot,
    /// The relation's source and target entries (a list of mentions makes
    /// one relation per member).
    pub(crate) source_entry: usize,
    pub(crate) target_entry: usize,
}

/// A directed relation between two actors.
#[derive(Clone, Debug)]
pub(crate) struct Relation {
    /// Entry index of the acting state, bloc or organisation.
    pub(crate) source: usize,
    pub(crate) kind: RelationType,
    /// Entry index of the target (a country, a bloc or an armed group).
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

/// Finds every relation of the article. `focus` holds the focus
/// candidates, strongest first: the first one that is not the source is
/// the target of a cue whose own clause names none.
pub(crate) fn find(
    kb: &Knowledge,
    scan: &Scan,
    segments: &[SegmentRef<'_>],
    mentions: &[Mention],
    focus: &[usize],
) -> Vec<Relation> {
    let mut graph = Graph::default();
    let mut rest = mentions;
    let mut hits_from = 0;
    while hits_from < scan.hits.len() {
        let sentence = scan.hits[hits_from].sentence;
        let hits_to = hits_from + scan.hits[hits_from..].partition_point(|h| h.sentence == sentence);
        let split = rest.partition_point(|m| scan.hits[m.hit].sentence <= sentence);
        let (here, later) = rest.split_at(split);
        rest = later;
        let hits = &scan.hits[hits_from..hits_to];
        // A figurative phrase in the cue lane ("tariff cuts") is no cue.
        // `here` holds this sentence's mentions only: every earlier sentence
        // with a mention has hits, so its turn took them off `rest`.
        if hits.iter().any(|h| is_cue(kb, h)) {
            let s = SentenceFrames::new(kb, scan, segments, hits_from, hits, here);
            s.relations(focus, &mut graph);
        }
        hits_from = hits_to;
    }
    let mut out = graph.drop_reversed_defaults();
    for r in &mut out {
        r.points = relation_points(&kb.rules, kb.entries[r.source].actor.as_ref().and_then(|a| a.tier), r);
    }
    out
}

/// The relations found so far, with an index for adding cues.
#[derive(Default)]
struct Graph {
    relations: Vec<Relation>,
    index: FxHashMap<(usize, RelationType, usize), usize>,
}

impl Graph {
    fn add(&mut self, source: usize, kind: RelationType, target: usize, cue: Cue, touch: (bool, bool)) {
        let relations = &mut self.relations;
        let i = *self.index.entry((source, kind, target)).or_insert_with(|| {
            relations.push(Relation {
                source,
                kind,
                target,
                cues: Vec::new(),
                touches_conflict: false,
                touches_minerals: false,
                points: 0.0,
                count: 0,
            });
            relations.len() - 1
        });
        let rel = &mut self.relations[i];
        // Cues arrive in text order; past the cap they only count.
        rel.count += 1;
        if rel.cues.len() < MAX_CUES {
            rel.cues.push(cue);
        }
        rel.touches_conflict |= touch.0 && !cue.negated;
        rel.touches_minerals |= touch.1 && !cue.negated;
    }

    /// The relations, less each one read only through the focus fallback
    /// whose reverse (same type) the text states with a target of its own:
    /// "Washington set tariffs on Korean steel" outweighs a later "the
    /// Korean and US talks cannot stop the tariffs" (Korea as subject, the
    /// focus as target), and "US arms sold to Libya" outweighs a headline's
    /// "LIBYA ARMS PROBE". A default is a guess; a framed target is read.
    fn drop_reversed_defaults(self) -> Vec<Relation> {
        let framed = |r: &Relation| r.cues.iter().any(|c| c.target.by != Frame::Focus);
        let keep: Vec<bool> = self
            .relations
            .iter()
            .map(|r| {
                framed(r)
                    || !self
                        .index
                        .get(&(r.target, r.kind, r.source))
                        .is_some_and(|&i| framed(&self.relations[i]))
            })
            .collect();
        self.relations.into_iter().zip(keep).filter_map(|(r, keep)| keep.then_some(r)).collect()
    }
}

/// A mention or a cue of one sentence, in text order.
#[derive(Clone, Copy)]
struct Item {
    /// Index into `Scan::hits`.
    hit: usize,
    start: u32,
    end: u32,
    /// Index into `SentenceFrames::mentions`, for a mention.
    mention: Option<usize>,
}

/// The mentions among `items`, with their indices.
fn mentions(items: &[Item]) -> impl DoubleEndedIterator<Item = (&Item, usize)> {
    items.iter().filter_map(|p| Some((p, p.mention?)))
}

/// Up to [`NEIGHBOURS`] mentions of a cue, in place (two vectors per cue
/// were a good share of the allocations of a pass).
#[derive(Default)]
struct Near {
    mentions: [usize; NEIGHBOURS],
    len: usize,
}

impl Near {
    /// Adds mention `i` (there is room); whether that made it full.
    fn push(&mut self, i: usize) -> bool {
        self.mentions[self.len] = i;
        self.len += 1;
        self.len == NEIGHBOURS
    }

    fn as_slice(&self) -> &[usize] {
        &self.mentions[..self.len]
    }
}

/// A mention with what its frame makes of it.
struct Framed<'m> {
    mention: &'m Mention,
    lead: Lead,
    /// The first mention of the list it belongs to ("the US and Britain").
    root: usize,
    compared: bool,
}

/// One sentence read for relations.
struct SentenceFrames<'a> {
    kb: &'a Knowledge,
    scan: &'a Scan,
    /// The sentence's segment text and its offset in the input.
    text: &'a str,
    offset: u32,
    items: Vec<Item>,
    mentions: Vec<Framed<'a>>,
    /// Ends of negation, denial and allegation cues, in text order.
    negations: Vec<u32>,
    /// Ends of allegation cues, in text order.
    accusations: Vec<u32>,
    alleged: bool,
    conflict: bool,
    minerals: bool,
    armed_actor: bool,
}

impl<'a> SentenceFrames<'a> {
    fn new(
        kb: &'a Knowledge,
        scan: &'a Scan,
        segments: &'a [SegmentRef<'a>],
        hits_from: usize,
        hits: &'a [Located],
        mentions: &'a [Mention],
    ) -> SentenceFrames<'a> {
        let sentence = &scan.sentences[hits[0].sentence as usize];
        let seg = &segments[sentence.segment as usize];
        let mut s = SentenceFrames {
            kb,
            scan,
            text: seg.text,
            offset: seg.offset as u32,
            items: Vec::with_capacity(hits.len()),
            mentions: Vec::with_capacity(mentions.len()),
            negations: Vec::new(),
            accusations: Vec::new(),
            alleged: false,
            conflict: false,
            minerals: false,
            armed_actor: false,
        };
        // One pass over the hits for everything the sentence says (a pass
        // per context category, comparing category names, cost 5.2M
        // instructions per 3,000 articles with the rest of this setup).
        let mut comparisons: Vec<u32> = Vec::new();
        let positive = |c: Option<usize>| {
            c.is_some_and(|c| !kb.rules.categories[c].dampen && !kb.rules.categories[c].soft)
        };
        for (i, h) in hits.iter().enumerate() {
            let (entry, category) = (h.entry as usize, kb.entry_category[h.entry as usize]);
            if is_cue(kb, h) {
                s.items.push(Item { hit: hits_from + i, start: h.start, end: h.end, mention: None });
            }
            match kb.context[entry] {
                Some(Context::Negation) => s.negations.push(h.end),
                Some(Context::Allegation) => {
                    s.accusations.push(h.end);
                    s.alleged = true;
                }
                Some(Context::Denial) => s.alleged = true,
                Some(Context::Comparison) => comparisons.push(h.end),
                None => {}
            }
            s.conflict |= h.lane == lane(Signal::Conflict) && positive(category);
            s.minerals |= h.lane == lane(Signal::Minerals) && positive(category);
            s.armed_actor |= kb.armed_actor.is_some_and(|c| category == Some(c));
        }
        s.items.extend(mentions.iter().enumerate().map(|(i, m)| {
            let h = &scan.hits[m.hit];
            Item { hit: m.hit, start: h.start, end: h.end, mention: Some(i) }
        }));
        s.items.sort_by_key(|i| (i.start, i.mention.is_some()));
        let sentence_start = sentence.start;
        let mut wall = (sentence_start, false, false);
        for (k, item) in s.items.iter().enumerate() {
            if let Some(i) = item.mention {
                let m = &mentions[i];
                let (at, w) = (item.start, wall.0.min(item.start));
                let lead = s.frames().lead(s.text, s.local(w), s.local(at), wall.1, wall.2);
                // A list joins different actors: "Israel, and Israel
                // responded" joins two clauses.
                let previous = s.items[..k].iter().rev().find_map(|p| p.mention);
                let (lead, root) = match (lead, previous) {
                    (Lead::Joined(_), Some(p)) if mentions[p].entry != m.entry => (lead, s.mentions[p].root),
                    (Lead::Joined(_), _) => (Lead::Plain, i),
                    // A demonym right after a cue qualifies it ("les frappes
                    // israéliennes"): the clause's subject, not an object.
                    (Lead::Direct(end), _)
                        if s.text[end as usize..s.local(at)] == *" "
                            && s.text[s.local(at)..].starts_with(char::is_lowercase) =>
                    {
                        (Lead::Plain, i)
                    }
                    _ => (lead, i),
                };
                let near = comparisons.partition_point(|e| *e <= at);
                let compared = near > 0 && at - comparisons[near - 1] <= COMPARISON_REACH;
                s.mentions.push(Framed { mention: m, lead, root, compared });
            }
            wall = (item.end.max(wall.0), item.mention.is_none(), item.mention.is_some());
        }
        s
    }

    fn frames(&self) -> &crate::frames::Frames {
        &self.kb.rules.frames
    }

    /// A byte offset of the input as an offset into the segment text.
    fn local(&self, at: u32) -> usize {
        (at - self.offset) as usize
    }

    /// The lead of a mention's list: "Britain" in "the US and Britain"
    /// has the lead of "the US".
    fn lead(&self, i: usize) -> Lead {
        self.mentions[self.mentions[i].root].lead
    }

    fn acts_as(&self, i: usize) -> Option<usize> {
        let f = &self.mentions[i];
        if f.compared || f.mention.place {
            return None;
        }
        self.kb.acts_as[f.mention.entry]
    }

    fn kind(&self, i: usize) -> Option<ActorKind> {
        self.kb.entries[self.mentions[i].mention.entry].actor.as_ref().map(|a| a.kind)
    }

    fn can_be_target(&self, i: usize, proxy: bool) -> bool {
        !self.mentions[i].compared
            && match self.kind(i) {
                Some(ActorKind::ArmedGroup) => proxy,
                Some(ActorKind::Country | ActorKind::Bloc) => !proxy,
                _ => false,
            }
    }

    /// Whether agent `i` is the agent of an accusation ("accused by UN
    /// experts of backing"): the accuser, not the actor.
    fn accuser(&self, i: usize) -> bool {
        let start = self.scan.hits[self.mentions[i].mention.hit].start;
        let near = self.accusations.partition_point(|e| *e <= start);
        near > 0 && start - self.accusations[near - 1] <= ACCUSER_REACH
    }

    /// Whether mention `i` is the recipient of the cue starting at `cue`.
    fn recipient(&self, i: usize, cue: u32) -> bool {
        let h = &self.scan.hits[self.mentions[i].mention.hit];
        let (start, end, cue) = (self.local(h.start), self.local(h.end), self.local(cue));
        self.frames().names_recipient(self.text, end, cue)
            || self.frames().given_to(self.text, start, end, cue)
    }

    /// The mentions of a cue's clause: before it (nearest first) and after.
    /// Read outward: the gap to each mention is the gap to the one before
    /// plus the stretch between them, so only that stretch is read (each
    /// re-read from the cue cost 4.2M instructions per 3,000 articles).
    fn neighbours(&self, k: usize) -> (Near, Near) {
        let cue = self.items[k];
        let reach = self.frames().reach_bytes as u32;
        let crosses = |from: usize, to: usize, forward: bool| {
            self.frames().crosses_clause(self.text, from, to, forward)
        };
        let (start, end) = (self.local(cue.start), self.local(cue.end));
        let mut before = Near::default();
        // `text[clear..start]` opens no clause.
        let mut clear = start;
        for (p, i) in mentions(&self.items[..k]).rev().filter(|(p, _)| p.end <= cue.start) {
            if cue.start - p.end > reach {
                break;
            }
            let from = self.local(p.end);
            let crossed = if from <= clear && seamless(self.text, from, clear, start) {
                crosses(from, clear, false)
            } else {
                crosses(from, start, false)
            };
            if crossed || before.push(i) {
                break;
            }
            clear = clear.min(from);
        }
        let mut after = Near::default();
        // `text[end..clear]` opens no clause.
        let mut clear = end;
        for (p, i) in mentions(&self.items[k + 1..]).filter(|(p, _)| p.start >= cue.end) {
            if p.start - cue.end > reach {
                break;
            }
            let to = self.local(p.start);
            let crossed = if to >= clear && seamless(self.text, end, clear, to) {
                crosses(clear, to, true)
            } else {
                crosses(end, to, true)
            };
            if crossed || after.push(i) {
                break;
            }
            clear = clear.max(to);
        }
        (before, after)
    }

    fn relations(&self, focus: &[usize], graph: &mut Graph) {
        for (k, item) in self.items.iter().enumerate() {
            if item.mention.is_none() {
                self.cue(k, focus, graph);
            }
        }
    }

    /// The relations one cue supports.
    fn cue(&self, k: usize, focus: &[usize], graph: &mut Graph) {
        let kb = self.kb;
        let cue = self.items[k];
        let hit = &self.scan.hits[cue.hit];
        let Some(kind) = kb.relation[hit.entry as usize] else { return };
        let entry = &kb.entries[hit.entry as usize];
        let proxy = kind == RelationType::Proxy;
        match entry.needs {
            Some(Signal::Minerals) if !self.minerals => return,
            Some(Signal::Conflict) if !self.conflict => return,
            _ => {}
        }
        let (before, after) = self.neighbours(k);
        let (before, after) = (before.as_slice(), after.as_slice());
        let hit_of = |i: usize| self.mentions[i].mention.hit;
        // A modifier before the cue ("US troops"), a lowercase adjective
        // right after it, as French writes demonyms ("les troupes russes"),
        // or a genitive for cues that name an agent ("les troupes du
        // Rwanda").
        let genitive = after.first().copied().filter(|&i| self.mentions[i].lead == Lead::Genitive);
        let modifier = before
            .first()
            .copied()
            .filter(|&i| {
                let end = self.scan.hits[hit_of(i)].end;
                is_modifier_gap(&self.text[self.local(end)..self.local(cue.start)])
                    && !self.recipient(i, cue.start)
            })
            .or_else(|| {
                after.first().copied().filter(|&i| {
                    let start = self.local(self.scan.hits[hit_of(i)].start);
                    let gap = &self.text[self.local(cue.end)..start];
                    matches!(gap, " " | "\u{a0}") && self.text[start..].starts_with(char::is_lowercase)
                })
            })
            .or(genitive.filter(|_| entry.genitive == Some(Side::Source)));
        // Source: modifier, agent, subject.
        let mut source = modifier
            .filter(|&i| !entry.asset && self.acts_as(i).is_some())
            .map(|i| (i, Frame::Modifier))
            .or_else(|| {
                after
                    .iter()
                    .find(|&&i| {
                        // The agent of this cue follows it in the same phrase
                        // ("backed by Rwanda"), not past a comma ("soldiers
                        // crossed, a radio backed by the UN reports").
                        let start = self.local(self.scan.hits[hit_of(i)].start);
                        self.mentions[i].lead == Lead::Agent
                            && self.acts_as(i).is_some()
                            && !self.text[self.local(cue.end)..start].contains(',')
                    })
                    .map(|&i| (i, Frame::Agent))
            })
            .or_else(|| {
                before
                    .iter()
                    .find(|&&i| {
                        (self.lead(i) == Lead::Plain || (self.lead(i) == Lead::Agent && !self.accuser(i)))
                            && self.acts_as(i).is_some()
                            && Some(i) != modifier
                            && !self.recipient(i, cue.start)
                    })
                    // An agent before the cue acts too: "provoquées par la
                    // Russie dans le cadre d'une attaque".
                    .map(|&i| (i, if self.lead(i) == Lead::Agent { Frame::Agent } else { Frame::Subject }))
            });
        // Target: object, subject of a passive, owner, scene; an armed group
        // for proxy.
        let direct = Lead::Direct(cue.end - self.offset);
        let of_target = entry.genitive == Some(Side::Target);
        let is_object = |i: usize| match self.lead(i) {
            Lead::Object => true,
            // Talks or a deal "in Geneva" name where the parties meet.
            Lead::Locative => !entry.mutual,
            Lead::Genitive => of_target,
            lead => lead == direct,
        };
        // A list names one slot: "soldats rwandais, russes et français".
        let not_source =
            |i: usize| source.is_none_or(|(s, _)| self.mentions[s].root != self.mentions[i].root);
        let group = |want: bool| {
            let pick = |i: &&usize| self.can_be_target(**i, want) && not_source(**i);
            after
                .iter()
                .filter(|i| self.mentions[**i].lead != Lead::Agent)
                .find(pick)
                .map(|&i| (i, Frame::ArmedGroup))
                .or_else(|| before.iter().find(pick).map(|&i| (i, Frame::ArmedGroup)))
        };
        let mut target = if proxy { group(true) } else { None };
        if proxy && target.is_none() && !self.armed_actor {
            return;
        }
        // Backing with no armed group named is backing a state's forces.
        let kind = if proxy && target.is_none() { RelationType::Military } else { kind };
        if target.is_none() {
            target = after
                .iter()
                .find(|&&i| is_object(i) && self.can_be_target(i, false) && not_source(i))
                .map(|&i| (i, Frame::Object))
                .or_else(|| {
                    before
                        .iter()
                        .find(|&&i| {
                            self.recipient(i, cue.start) && self.can_be_target(i, false) && not_source(i)
                        })
                        .map(|&i| (i, Frame::Object))
                })
                .or_else(|| {
                    let passive = matches!(source, Some((_, Frame::Agent)));
                    before
                        .iter()
                        .find(|&&i| passive && self.lead(i) == Lead::Plain && self.can_be_target(i, false))
                        .map(|&i| (i, Frame::PassiveSubject))
                })
                .or_else(|| {
                    modifier
                        .filter(|&i| entry.asset && self.can_be_target(i, false))
                        .map(|i| (i, Frame::Owner))
                })
                .or_else(|| {
                    before
                        .iter()
                        .find(|&&i| {
                            self.lead(i) == Lead::Locative && self.can_be_target(i, false) && not_source(i)
                        })
                        .map(|&i| (i, Frame::Scene))
                });
        }
        // A cue naming a state's own means ("the Malian army") involves it
        // abroad only with a target in its clause.
        if entry.explicit && target.is_none() {
            return;
        }
        // Training, equipment, an intervention: military only where the
        // sentence names conflict, however clear the frame.
        // A mutual cue after a list names both parties ("the United States
        // and Euratom held talks").
        let parties = source
            .filter(|_| entry.mutual && target.is_none())
            .map(|(s, by)| (s, by, self.members(s).find(|&m| m != s)))
            .and_then(|(s, by, other)| other.map(|o| ((s, by), (o, by))));
        if let Some((s, t)) = parties {
            source = Some(s);
            target = Some(t);
        }
        let explicit = kind != RelationType::Military
            && matches!(source, Some((_, Frame::Modifier | Frame::Subject | Frame::Agent)))
            && (parties.is_some()
                || matches!(
                    target,
                    Some((_, Frame::Object | Frame::PassiveSubject | Frame::Owner | Frame::ArmedGroup))
                ));
        if entry.weight < kb.rules.weak_cue && !(self.conflict || self.minerals || explicit) {
            return;
        }
        let slot = |m: Option<(usize, Frame)>| m.map(|(i, by)| Slot { hit: Some(hit_of(i)), by });
        let cue_at = |source: Option<(usize, Frame)>, target: Option<(usize, Frame)>| {
            let near = self.negations.partition_point(|e| *e <= cue.start);
            let negated = near > 0 && cue.start - self.negations[near - 1] <= NEGATION_REACH;
            let focus = Slot { hit: None, by: Frame::Focus };
            Cue {
                hit: cue.hit,
                negated,
                alleged: self.alleged,
                weight: entry.weight,
                source: slot(source).unwrap_or(focus),
                target: slot(target).unwrap_or(focus),
                source_entry: 0,
                target_entry: 0,
            }
        };
        let entry_of = |i: usize| self.mentions[i].mention.entry;
        let touch = (self.conflict, self.minerals);
        // "Israel and Iran exchanged strikes": each acts on the other.
        let reciprocal = |s: usize| {
            let end = self.scan.hits[hit_of(s)].end;
            self.frames().has_word(Kind::Reciprocal, self.text, self.local(end), self.local(cue.start))
        };
        let add = |graph: &mut Graph, s: (usize, Frame), t: Option<(usize, Frame)>| {
            let cue = cue_at(Some(s), t);
            // The two parties of a list are one each, not two lists.
            let group = |i: usize| -> Vec<usize> {
                if parties.is_some() {
                    vec![i]
                } else {
                    self.members(i).collect()
                }
            };
            let list: Vec<usize> = group(s.0).into_iter().filter_map(|i| self.acts_as(i)).collect();
            for &src in &list {
                let targets: Vec<usize> = match t {
                    Some((t, _)) => group(t).into_iter().map(entry_of).collect(),
                    None if list.len() > 1 && reciprocal(s.0) => list.clone(),
                    // The focus acting with no target named acts at home.
                    None => focus.first().copied().filter(|&f| f != src).into_iter().collect(),
                };
                for tgt in targets {
                    if src != tgt {
                        graph.add(src, kind, tgt, Cue { source_entry: src, target_entry: tgt, ..cue }, touch);
                    }
                }
            }
        };
        match (source, target) {
            (Some(s), t) if entry.mutual => {
                // Two parties: the one that is not the focus acts on it.
                let t = t.filter(|(_, by)| *by != Frame::ArmedGroup);
                let is_top = |i: usize| focus.first() == Some(&entry_of(i));
                let tier = |i: usize| {
                    self.acts_as(i)
                        .and_then(|e| kb.entries[e].actor.as_ref())
                        .and_then(|a| a.tier)
                        .unwrap_or(4)
                };
                match t {
                    Some(t) if tier(s.0) < tier(t.0) => add(graph, s, Some(t)),
                    Some(t) if tier(s.0) > tier(t.0) => add(graph, t, Some(s)),
                    Some(t) if is_top(s.0) => add(graph, t, Some(s)),
                    Some(t) if is_top(t.0) => add(graph, s, Some(t)),
                    Some(t) => {
                        add(graph, s, Some(t));
                        add(graph, t, Some(s));
                    }
                    None => add(graph, s, None),
                }
            }
            (Some(s), t) => add(graph, s, t),
            (None, Some(t)) if entry.mutual && self.acts_as(t.0).is_some() => add(graph, t, None),
            (None, _) => {}
        }
    }

    /// The mentions of the list `i` belongs to.
    fn members(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let root = self.mentions[i].root;
        (root..self.mentions.len()).filter(move |&j| self.mentions[j].root == root).take(NEIGHBOURS)
    }
}

/// Is `h` an involvement cue: a hit in the involvement lane whose category
/// names a relation (a figurative phrase's does not)?
fn is_cue(kb: &Knowledge, h: &Located) -> bool {
    h.lane == lane(Signal::ForeignInvolvement) && kb.relation[h.entry as usize].is_some()
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
