//! Direction of relations: who acts on whom.
//!
//! A table of short English and French news sentences, written for this test, each with the
//! directed relations that [`georisk::score_text`] must report in `RiskReport::relations` and
//! the ones it must not. The rubric: the source is the acting state, bloc or organisation (a
//! leader stands for their country; UN, AU, ECOWAS, EU and NATO act as one); the target is
//! the country acted on, or the armed group for `proxy`. Comparisons, countries merely listed
//! and a state acting inside its own territory are no relations. `alleged` marks a relation
//! reported as an accusation or claim (a source's own denial keeps it alleged); `negated`
//! marks one the text states does not happen.
//!
//! Each case is named after the one pattern it pins; French cases start with `fr_`.
//!
//! # Notation
//!
//! A spec is `SRC -type-> TGT`, where `type` is `military`, `proxy`, `resources`, `pressure`
//! or `*` (any type); `SRC -> TGT` is short for `SRC -*-> TGT`. `SRC` and `TGT` are ids from
//! `data/actors/*.lex` (`USA`, `EU`, `M23`, ...) or `*` (any).
//!
//! * `want`: a relation matching the spec must be found, with exactly the flags written
//!   after it: `"SWE -pressure-> ZAF"` is neither alleged nor negated,
//!   `"RWA -proxy-> M23 alleged"` is alleged and not negated, `"KEN -military-> SOM negated"`
//!   is negated and not alleged.
//! * `absent`: no relation matching the spec may be found unless it is negated: `"ZAF -> SWE"`
//!   forbids any type from ZAF to SWE, `"UKR -> *"` anything from UKR, `"* -> *"` any relation
//!   at all. Flags are not allowed here.

use georisk::Relation;

struct Case {
    name: &'static str,
    text: &'static str,
    /// Relations that must be found, with their flags.
    want: &'static [&'static str],
    /// Relations that must not be found (negated ones are allowed).
    absent: &'static [&'static str],
}

const CASES: &[Case] = &[
    // --- English: subject, verb, object -----------------------------------------------------
    Case {
        name: "subject_imposes_sanctions_on_object",
        text: "Norway moved on Tuesday to impose sanctions on Myanmar's military leaders.",
        want: &["NOR -pressure-> MMR"],
        absent: &["MMR -> NOR"],
    },
    Case {
        name: "main_country_strikes_demonym_target",
        text: "US air strikes destroyed an Iranian oil platform in the Gulf on Monday, the Pentagon said.",
        want: &["USA -military-> IRN"],
        absent: &["IRN -> USA"],
    },
    Case {
        name: "troops_invade_country",
        text: "Russian troops invaded Ukraine in February and advanced towards Kyiv.",
        want: &["RUS -military-> UKR"],
        absent: &["UKR -> *"],
    },
    Case {
        name: "possessive_source_crosses_into",
        text: "Rwanda's troops crossed into DR Congo overnight, local officials said.",
        want: &["RWA -military-> COD"],
        absent: &["COD -> RWA"],
    },
    Case {
        name: "hyphenated_backed_armed_group",
        text: "The Rwandan-backed M23 rebels captured another town in North Kivu on Sunday.",
        want: &["RWA -proxy-> M23"],
        absent: &["COD -> *"],
    },
    Case {
        name: "hyphenated_led_coalition",
        text: "A US-led coalition launched air strikes on militia positions in Iraq.",
        want: &["USA -military-> IRQ"],
        absent: &["IRQ -> *"],
    },
    Case {
        name: "passive_with_agent_drones",
        text: "The Ukrainian city of Kharkiv was hit overnight by drones launched by Russia.",
        want: &["RUS -military-> UKR"],
        absent: &["UKR -> *"],
    },
    Case {
        name: "passive_sanctions_with_agent",
        text: "New sanctions were imposed on Iran by the United States on Friday.",
        want: &["USA -pressure-> IRN"],
        absent: &["IRN -> USA"],
    },
    Case {
        name: "passive_relative_backed_by_according_to_experts",
        text: "M23, which is backed by Rwanda according to UN experts, seized the mining town of Rubaya \
               in eastern DR Congo.",
        want: &["RWA -proxy-> M23 alleged"],
        absent: &["UN -> *", "COD -> *"],
    },
    Case {
        name: "place_of_event_names_target",
        text: "Israeli air strikes in Gaza killed at least 30 people overnight, health officials said.",
        want: &["ISR -military-> PSE"],
        absent: &["PSE -> *"],
    },
    Case {
        name: "demonym_modifier_names_target",
        text: "Israeli drone strikes hit a Lebanese village near the border on Wednesday.",
        want: &["ISR -military-> LBN"],
        absent: &["LBN -> *"],
    },
    // --- English: prepositions --------------------------------------------------------------
    Case {
        name: "strikes_against_targets_in_country",
        text: "Pakistan launched air strikes against militant hideouts in Afghanistan.",
        want: &["PAK -military-> AFG"],
        absent: &["AFG -> PAK"],
    },
    Case {
        name: "arms_sales_to_seller_is_source",
        text: "Washington approved new arms sales to Taiwan worth $2 billion.",
        want: &["USA -military-> TWN"],
        absent: &["TWN -> *"],
    },
    Case {
        name: "sanctions_over_target_conduct",
        text: "Canada imposed new sanctions on Monday over Iran's crackdown on protesters.",
        want: &["CAN -pressure-> IRN"],
        absent: &["IRN -> CAN"],
    },
    Case {
        name: "provided_target_with_weapons",
        text: "Denmark provided Ukraine with F-16 fighter jets last year.",
        want: &["DNK -military-> UKR"],
        absent: &["UKR -> DNK"],
    },
    Case {
        name: "suspended_aid_to_country",
        text: "The United States suspended aid to Ethiopia over the war in Tigray.",
        want: &["USA -pressure-> ETH"],
        absent: &["ETH -> *"],
    },
    Case {
        name: "mercenaries_sent_to_country",
        text: "Russia sent mercenaries to the Central African Republic to protect the president.",
        want: &["RUS -military-> CAF"],
        absent: &["CAF -> RUS"],
    },
    Case {
        name: "training_demonym_troops",
        text: "Turkey is training Somali troops at a base in Mogadishu.",
        want: &["TUR -military-> SOM"],
        absent: &["SOM -> *"],
    },
    Case {
        name: "fighting_alongside_state_army_is_military",
        text: "Russian mercenaries are fighting alongside the Malian army in the north.",
        want: &["RUS -military-> MLI"],
        absent: &["RUS -proxy-> *", "MLI -> *"],
    },
    // --- English: allegation, denial, negation, comparison ----------------------------------
    Case {
        name: "accusation_of_backing",
        text: "UN experts accuse Rwanda of backing the M23 rebels in eastern DR Congo.",
        want: &["RWA -proxy-> M23 alleged"],
        absent: &["UN -> M23"],
    },
    Case {
        name: "own_denial_stays_alleged",
        text: "Rwanda denies supporting the M23 rebels fighting in eastern DR Congo.",
        want: &["RWA -proxy-> M23 alleged"],
        absent: &["COD -> *"],
    },
    Case {
        name: "own_denial_of_mercenaries_stays_alleged",
        text: "Russia denies sending mercenaries to Mali.",
        want: &["RUS -military-> MLI alleged"],
        absent: &["MLI -> *"],
    },
    Case {
        name: "accused_of_arming_group",
        text: "Iran is accused of arming the Houthis in Yemen.",
        want: &["IRN -proxy-> HOUTHIS alleged"],
        absent: &["YEM -> *"],
    },
    Case {
        name: "denial_of_arming_group",
        text: "The United Arab Emirates denies arming the RSF in Sudan's civil war.",
        want: &["ARE -proxy-> RSF alleged"],
        absent: &["SDN -> *"],
    },
    Case {
        name: "accuser_is_not_a_source",
        text: "Israel accuses Iran of funding Hamas.",
        want: &["IRN -proxy-> HAMAS alleged"],
        absent: &["ISR -> HAMAS"],
    },
    Case {
        name: "reportedly_crossed_into",
        text: "Eritrean troops have reportedly crossed into Ethiopia's Tigray region.",
        want: &["ERI -military-> ETH alleged"],
        absent: &["ETH -> *"],
    },
    Case {
        name: "negation_has_not_sent_troops",
        text: "Egypt has not sent troops to Sudan and has no plans to do so.",
        want: &["EGY -military-> SDN negated"],
        absent: &["SDN -> *"],
    },
    Case {
        name: "negation_never_supplied_weapons",
        text: "Switzerland has never supplied weapons to Ukraine, citing its long-standing neutrality.",
        want: &["CHE -military-> UKR negated"],
        absent: &["UKR -> *"],
    },
    Case {
        name: "comparison_country_does_not_act",
        text: "Britain offered Moldova security guarantees similar to those discussed for Ukraine.",
        want: &["GBR -military-> MDA"],
        absent: &["UKR -> *", "MDA -> *"],
    },
    // --- English: own territory, listed countries, own assets -------------------------------
    Case {
        name: "own_territory_troops_deployed",
        text: "Congolese troops deployed in Goma on Friday, a DRC army spokesman said.",
        want: &[],
        absent: &["* -> *"],
    },
    Case {
        name: "own_territory_troops_against_militants",
        text: "Nigerian troops killed dozens of militants in Borno state this week.",
        want: &[],
        absent: &["* -> *"],
    },
    Case {
        name: "own_assets_are_not_involvement",
        text: "Zambian mines produced record copper output this year.",
        want: &[],
        absent: &["* -> *"],
    },
    Case {
        name: "countries_merely_listed",
        text: "Kenya, Uganda and Tanzania reported record coffee harvests this season.",
        want: &[],
        absent: &["* -> *"],
    },
    Case {
        name: "domestic_story_names_country_in_passing",
        text: "Argentina's central bank cut interest rates again, citing slowing inflation.",
        want: &[],
        absent: &["* -> *"],
    },
    // --- English: blocs and organisations ---------------------------------------------------
    Case {
        name: "bloc_eu_arms_embargo_is_pressure",
        text: "The European Union imposed an arms embargo on Belarus.",
        want: &["EU -pressure-> BLR"],
        absent: &["EU -military-> BLR", "BLR -> *"],
    },
    Case {
        name: "organisation_ecowas_sanctions",
        text: "ECOWAS imposed sanctions on Guinea after the military seized power in Conakry.",
        want: &["ECOWAS -pressure-> GIN"],
        absent: &["GIN -> *"],
    },
    Case {
        name: "organisation_au_suspends_and_threatens",
        text: "The African Union suspended Mali from all its activities and threatened sanctions \
               against the junta.",
        want: &["AU -pressure-> MLI"],
        absent: &["MLI -> *"],
    },
    Case {
        name: "security_council_acts_as_un",
        text: "The UN Security Council threatened sanctions against Sudan's warring parties.",
        want: &["UN -pressure-> SDN"],
        absent: &["SDN -> *"],
    },
    Case {
        name: "bloc_nato_deploys_troops_to",
        text: "NATO deployed additional troops to Lithuania amid tensions with Russia.",
        want: &["NATO -military-> LTU"],
        absent: &["LTU -> *", "RUS -> *"],
    },
    // --- English: resources, tariffs, mediation, demands ------------------------------------
    Case {
        name: "minerals_deal_with_country",
        text: "China signed a minerals deal with Zambia to secure copper and cobalt supplies.",
        want: &["CHN -resources-> ZMB"],
        absent: &["ZMB -> CHN"],
    },
    Case {
        name: "stakes_in_demonym_mines",
        text: "Chinese firms bought stakes in Congolese cobalt mines across the DRC's copper belt.",
        want: &["CHN -resources-> COD"],
        absent: &["COD -> *"],
    },
    Case {
        name: "joint_deal_gives_access_to_target_minerals",
        text: "The United States and Ukraine signed a minerals deal giving Washington access to \
               Ukraine's rare earths.",
        want: &["USA -resources-> UKR"],
        absent: &["UKR -> USA"],
    },
    Case {
        name: "tariffs_on_demonym_goods",
        text: "Washington imposed tariffs on Japanese electronics and cars.",
        want: &["USA -pressure-> JPN"],
        absent: &["JPN -> USA"],
    },
    Case {
        name: "mediation_between_two_countries",
        text: "Qatar mediated talks between DR Congo and Rwanda in Doha.",
        want: &["QAT -pressure-> COD", "QAT -pressure-> RWA"],
        absent: &["COD -> QAT", "RWA -> QAT"],
    },
    Case {
        name: "demand_urged_to_withdraw",
        text: "Washington urged Rwanda to withdraw its troops from eastern DR Congo.",
        want: &["USA -pressure-> RWA"],
        absent: &["RWA -> USA", "COD -> *"],
    },
    // --- English: leaders, two relations, proxies -------------------------------------------
    Case {
        name: "leader_orders_troops_into",
        text: "Putin ordered troops into Ukraine after months of build-up along the border.",
        want: &["RUS -military-> UKR"],
        absent: &["UKR -> *"],
    },
    Case {
        name: "leader_imposes_tariffs",
        text: "Trump imposed steep tariffs on Brazilian goods.",
        want: &["USA -pressure-> BRA"],
        absent: &["BRA -> USA"],
    },
    Case {
        name: "two_relations_both_directions",
        text:
            "Iran launched drones at Israel, and Israel responded with air strikes on Iranian air defences.",
        want: &["IRN -military-> ISR", "ISR -military-> IRN"],
        absent: &[],
    },
    Case {
        name: "two_relations_one_source",
        text: "Britain imposed new sanctions on Russia and pledged more weapons to Ukraine.",
        want: &["GBR -pressure-> RUS", "GBR -military-> UKR"],
        absent: &["RUS -> *", "UKR -> *"],
    },
    Case {
        name: "two_sources_one_target",
        text: "France and Britain offered security guarantees to Ukraine.",
        want: &["FRA -military-> UKR", "GBR -military-> UKR"],
        absent: &["UKR -> *", "FRA -> GBR", "GBR -> FRA"],
    },
    Case {
        name: "two_relations_sanctions_over_arms_sales",
        text: "Beijing sanctioned US defence firms over arms sales to Taiwan.",
        // Who sells the arms is implied, not said: only the sanction is pinned.
        want: &["CHN -pressure-> USA"],
        absent: &["TWN -> *"],
    },
    Case {
        name: "proxy_supplied_group_with",
        text: "Iran has supplied Hezbollah with drones and rockets for years.",
        want: &["IRN -proxy-> HEZBOLLAH"],
        absent: &[],
    },
    // --- English: wire copy, words that only look like cues ---------------------------------
    Case {
        name: "hard_wrapped_line_keeps_its_object",
        text: "Arms sales\nEgypt's foreign minister said in Cairo on Monday that the sale of American weapons to\n\
               Iran threatened Egypt, as the fighting in the Gulf went on.",
        want: &["USA -military-> IRN"],
        absent: &["USA -> EGY"],
    },
    Case {
        name: "default_target_yields_to_the_framed_reverse",
        text: "The United States will impose tariffs on Japanese chips in April. The duties take \
               effect after a hearing, but the trade minister and other officials have said neither \
               the hearing nor the U.S. and Japanese trade talks will delay the tariffs.",
        want: &["USA -pressure-> JPN"],
        absent: &["JPN -> USA"],
    },
    Case {
        name: "deal_struck_is_no_strike",
        text: "Venezuela and Chile struck a deal with their creditor banks after fighting in the \
               capital, the US Treasury said.",
        want: &[],
        absent: &["* -military-> *"],
    },
    Case {
        name: "tariff_cut_is_no_pressure",
        text: "Spain agreed to cut tariffs on Japanese cars as the war in the Gulf went on.",
        want: &[],
        absent: &["ESP -> JPN"],
    },
    // --- French -----------------------------------------------------------------------------
    Case {
        name: "fr_sanctions_contre_demonym",
        text: "Paris a imposé des sanctions contre plusieurs dirigeants de la junte malienne.",
        want: &["FRA -pressure-> MLI"],
        absent: &["MLI -> *"],
    },
    Case {
        name: "fr_soldats_au_pays",
        text: "Les États-Unis ont déployé plusieurs centaines de soldats au Niger.",
        want: &["USA -military-> NER"],
        absent: &["NER -> *"],
    },
    Case {
        name: "fr_frappes_sur_ville_demonym",
        text: "La Russie a mené des frappes aériennes sur la ville ukrainienne de Kharkiv.",
        want: &["RUS -military-> UKR"],
        absent: &["UKR -> *"],
    },
    Case {
        name: "fr_mercenaires_en_pays",
        text: "La Russie a déployé des mercenaires en Centrafrique.",
        want: &["RUS -military-> CAF"],
        absent: &["CAF -> *"],
    },
    Case {
        name: "fr_aide_militaire_aux_pays",
        text: "Washington a promis une aide militaire aux Philippines.",
        want: &["USA -military-> PHL"],
        absent: &["PHL -> *"],
    },
    Case {
        name: "fr_drones_a_armee_demonym",
        text: "La Turquie a livré des drones à l'armée nigérienne.",
        want: &["TUR -military-> NER"],
        absent: &["NER -> *"],
    },
    Case {
        name: "fr_accord_minier_avec",
        text: "La Chine a signé un accord minier avec la RDC.",
        want: &["CHN -resources-> COD"],
        absent: &["COD -> CHN"],
    },
    Case {
        name: "fr_entreprises_minieres_demonym_en_pays",
        text: "Des entreprises minières chinoises exploitent des mines de cobalt en RDC.",
        want: &["CHN -resources-> COD"],
        absent: &["COD -> *"],
    },
    Case {
        name: "fr_drones_contre_demonym",
        text: "L'Ukraine a lancé des drones contre des raffineries russes.",
        want: &["UKR -military-> RUS"],
        absent: &["RUS -> UKR"],
    },
    Case {
        name: "fr_possessive_du_source",
        text: "Les troupes du Rwanda ont franchi la frontière de la RDC.",
        want: &["RWA -military-> COD"],
        absent: &["COD -> RWA"],
    },
    Case {
        name: "fr_accuse_d_avoir_soutenu",
        text: "Le Rwanda est accusé par des experts de l'ONU d'avoir soutenu les rebelles du M23.",
        want: &["RWA -proxy-> M23 alleged"],
        absent: &["UN -> *"],
    },
    Case {
        name: "fr_leader_dement_soutien",
        text: "Paul Kagame dément tout soutien au M23.",
        want: &["RWA -proxy-> M23 alleged"],
        absent: &[],
    },
    Case {
        name: "fr_soutien_presume_au_groupe",
        text: "Le soutien présumé des Émirats arabes unis aux Forces de soutien rapide prolonge la \
               guerre au Soudan.",
        want: &["ARE -proxy-> RSF alleged"],
        absent: &["SDN -> *"],
    },
    Case {
        name: "fr_aurait_envoye_soldats",
        text: "Le Burundi aurait envoyé des soldats en RDC pour combattre le M23.",
        want: &["BDI -military-> COD alleged"],
        absent: &["BDI -> M23", "COD -> *"],
    },
    Case {
        name: "fr_negation_n_a_pas_envoye",
        text: "L'Algérie n'a pas envoyé de soldats au Mali.",
        want: &["DZA -military-> MLI negated"],
        absent: &["MLI -> *"],
    },
    Case {
        name: "fr_passif_finance_par",
        text: "Le Hezbollah, financé par l'Iran, a tiré des roquettes sur le nord d'Israël.",
        want: &["IRN -proxy-> HEZBOLLAH"],
        absent: &["IRN -> ISR", "ISR -> *"],
    },
    Case {
        name: "fr_passif_sanctions_par_organisation",
        text: "Le Mali a été frappé de sanctions par la CEDEAO en janvier.",
        want: &["ECOWAS -pressure-> MLI"],
        absent: &["MLI -> *"],
    },
    Case {
        name: "fr_comparaison_a_l_instar",
        text: "La Russie a signé un accord minier avec le Burkina Faso, à l'instar de celui conclu avec \
               le Mali.",
        want: &["RUS -resources-> BFA"],
        absent: &["MLI -> *", "BFA -> RUS"],
    },
    Case {
        name: "fr_propre_territoire",
        text: "L'armée malienne a déployé des soldats à Tombouctou.",
        want: &[],
        absent: &["* -> *"],
    },
    Case {
        name: "fr_pays_simplement_cites",
        text: "Le Sénégal, la Guinée et la Côte d'Ivoire ont enregistré de fortes pluies cette semaine.",
        want: &[],
        absent: &["* -> *"],
    },
    Case {
        name: "fr_nom_de_groupe_contenant_un_indice",
        text: "Les Forces de soutien rapide ont pris le contrôle d'El-Fasher, au Soudan.",
        want: &[],
        absent: &["* -> *"],
    },
    Case {
        name: "fr_leader_frappes_contre",
        text: "Vladimir Poutine a ordonné des frappes aériennes contre l'Ukraine.",
        want: &["RUS -military-> UKR"],
        absent: &["UKR -> *"],
    },
    Case {
        name: "fr_embargo_contre",
        text: "Les États-Unis maintiennent depuis 1962 un embargo contre Cuba.",
        want: &["USA -pressure-> CUB"],
        absent: &["CUB -> *"],
    },
    Case {
        name: "fr_sanctions_sur_demonym",
        text: "Washington a imposé des sanctions sur des responsables vénézuéliens.",
        want: &["USA -pressure-> VEN"],
        absent: &["VEN -> *"],
    },
    Case {
        name: "fr_mediateur_entre_deux_pays",
        text: "Le Qatar a joué le rôle de médiateur entre la RDC et le Rwanda.",
        want: &["QAT -pressure-> COD", "QAT -pressure-> RWA"],
        absent: &["COD -> QAT", "RWA -> QAT"],
    },
    Case {
        name: "fr_bloc_otan_troupes_en",
        text: "L'OTAN a déployé des troupes supplémentaires en Roumanie.",
        want: &["NATO -military-> ROU"],
        absent: &["ROU -> *"],
    },
    Case {
        name: "fr_bloc_suspend_aide_au",
        text: "L'Union européenne a suspendu son aide budgétaire au Niger après le coup d'État.",
        want: &["EU -pressure-> NER"],
        absent: &["NER -> *"],
    },
    Case {
        name: "fr_frappes_demonym_source",
        text: "Des frappes aériennes israéliennes ont visé le sud du Liban.",
        want: &["ISR -military-> LBN"],
        absent: &["LBN -> *"],
    },
    Case {
        name: "fr_echange_de_frappes_deux_sens",
        text: "Israël et l'Iran ont échangé des frappes aériennes pendant douze jours.",
        want: &["ISR -military-> IRN", "IRN -military-> ISR"],
        absent: &[],
    },
];

/// The relation types a spec may name (besides `*`).
const KINDS: [&str; 4] = ["military", "proxy", "resources", "pressure"];

/// One parsed spec string.
#[derive(Debug)]
struct Spec<'a> {
    source: &'a str,
    /// A type name or `*`.
    kind: &'a str,
    target: &'a str,
    alleged: bool,
    negated: bool,
}

impl<'a> Spec<'a> {
    /// Parses `SRC -type-> TGT [alleged] [negated]` (or `SRC -> TGT`); flags only when
    /// `flags_allowed`. Panics with the spec on any error.
    fn parse(spec: &'a str, flags_allowed: bool) -> Self {
        let mut words = spec.split_whitespace();
        let (Some(source), Some(arrow), Some(target)) = (words.next(), words.next(), words.next()) else {
            malformed(spec, "expected `SRC -type-> TGT` or `SRC -> TGT`")
        };
        let kind = if arrow == "->" {
            "*"
        } else {
            match arrow.strip_prefix('-').and_then(|a| a.strip_suffix("->")) {
                Some(kind) if kind == "*" || KINDS.contains(&kind) => kind,
                _ => malformed(spec, "the arrow must be `->` or `-TYPE->` with TYPE one of the kinds or `*`"),
            }
        };
        for id in [source, target] {
            let valid =
                id == "*" || id.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
            if !valid {
                malformed(spec, "ids are upper-case as in data/actors (USA, EU, M23) or `*`");
            }
        }
        let (mut alleged, mut negated) = (false, false);
        for flag in words {
            let seen = match flag {
                "alleged" if flags_allowed => std::mem::replace(&mut alleged, true),
                "negated" if flags_allowed => std::mem::replace(&mut negated, true),
                "alleged" | "negated" => malformed(spec, "flags are only allowed in `want`"),
                _ => malformed(spec, "unknown flag (expected `alleged` or `negated`)"),
            };
            if seen {
                malformed(spec, "repeated flag");
            }
        }
        Spec { source, kind, target, alleged, negated }
    }

    /// Source, type and target match (flags aside).
    fn matches(&self, relation: &Relation) -> bool {
        fits(self.source, &relation.source)
            && fits(self.kind, relation.kind.as_str())
            && fits(self.target, &relation.target)
    }

    /// Could one relation match both specs (flags aside)?
    fn overlaps(&self, other: &Spec<'_>) -> bool {
        let both = |a: &str, b: &str| a == "*" || b == "*" || a == b;
        both(self.source, other.source) && both(self.kind, other.kind) && both(self.target, other.target)
    }
}

fn malformed(spec: &str, why: &str) -> ! {
    panic!("malformed relation spec {spec:?}: {why}")
}

fn fits(pattern: &str, value: &str) -> bool {
    pattern == "*" || pattern == value
}

/// A relation in spec notation, flags included.
fn show(relation: &Relation) -> String {
    format!(
        "{} -{}-> {}{}{}",
        relation.source,
        relation.kind.as_str(),
        relation.target,
        if relation.alleged { " alleged" } else { "" },
        if relation.negated { " negated" } else { "" },
    )
}

fn show_all<'r>(relations: impl IntoIterator<Item = &'r Relation>) -> String {
    let shown: Vec<String> = relations.into_iter().map(show).collect();
    if shown.is_empty() {
        "(none)".to_owned()
    } else {
        shown.join(", ")
    }
}

#[test]
fn table_is_well_formed() {
    let mut names: Vec<&str> = CASES.iter().map(|c| c.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), CASES.len(), "case names are unique");
    let french = CASES.iter().filter(|c| c.name.starts_with("fr_")).count();
    assert!(CASES.len() >= 48 && french >= 12, "{} cases, {french} French", CASES.len());
    for case in CASES {
        assert!(!case.want.is_empty() || !case.absent.is_empty(), "{}: the case checks nothing", case.name);
        let absent: Vec<Spec<'_>> = case.absent.iter().map(|s| Spec::parse(s, false)).collect();
        for raw in case.want {
            let want = Spec::parse(raw, true);
            let clash = absent.iter().zip(case.absent).find(|(a, _)| !want.negated && want.overlaps(a));
            assert!(
                clash.is_none(),
                "{}: want {raw:?} contradicts absent {:?}",
                case.name,
                clash.map(|c| c.1)
            );
        }
    }
}

#[test]
fn direction_table() {
    let mut failures = Vec::new();
    for case in CASES {
        let report = georisk::score_text(case.text);
        let relations = &report.relations;
        let mut problems = Vec::new();
        for raw in case.want {
            let spec = Spec::parse(raw, true);
            let matching: Vec<&Relation> = relations.iter().filter(|r| spec.matches(r)).collect();
            if matching.is_empty() {
                problems.push(format!("missing     {raw}"));
            } else if !matching.iter().any(|r| r.alleged == spec.alleged && r.negated == spec.negated) {
                problems.push(format!("wrong flags {raw} (found {})", show_all(matching)));
            }
        }
        for raw in case.absent {
            let spec = Spec::parse(raw, false);
            let unexpected: Vec<&Relation> =
                relations.iter().filter(|r| !r.negated && spec.matches(r)).collect();
            if !unexpected.is_empty() {
                problems.push(format!("unexpected  {raw}: {}", show_all(unexpected)));
            }
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{}\n    text:  {}\n    {}\n    found: {}",
                case.name,
                case.text,
                problems.join("\n    "),
                show_all(relations)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} direction cases failed:\n\n{}\n",
        failures.len(),
        CASES.len(),
        failures.join("\n\n")
    );
}
