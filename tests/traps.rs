//! False-positive traps of the text layer and the actor knowledge, as a
//! table of named cases run against the embedded knowledge base.

use georisk::{Field, Scorer};

struct Case {
    name: &'static str,
    text: &'static str,
    /// Actor ids that must be found.
    present: &'static [&'static str],
    /// Actor ids that must not be found.
    absent: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "niger not nigeria",
        text: "Talks in Nigeria on trade.",
        present: &["NGA"],
        absent: &["NER"],
    },
    Case { name: "mali not somalia", text: "Aid reached Somalia.", present: &["SOM"], absent: &["MLI"] },
    Case {
        name: "oman not woman",
        text: "A woman spoke to Romanian reporters.",
        present: &["ROU"],
        absent: &["OMN"],
    },
    Case { name: "india not indiana", text: "Storms in Indiana.", present: &[], absent: &["IND"] },
    Case {
        name: "a gatt round is not the country",
        text: "Ministers from Kenya met on the Uruguay Round of trade talks.",
        present: &["KEN", "GATT"],
        absent: &["URY"],
    },
    Case {
        name: "a title confirms a leader's weak name",
        text: "President Bush met reporters on Tuesday.",
        present: &["USA"],
        absent: &[],
    },
    Case {
        name: "a weak name alone is no one",
        text: "Bush met reporters on Tuesday.",
        present: &[],
        absent: &["USA"],
    },
    Case {
        name: "central african region",
        text: "Sudan said its troops held the north of the central African country.",
        present: &["SDN"],
        absent: &["CAF"],
    },
    Case {
        name: "central african republic",
        text: "Sudan closed its border with the Central African Republic.",
        present: &["SDN", "CAF"],
        absent: &[],
    },
    Case {
        name: "us pronoun",
        text: "Let us talk about the weather with them.",
        present: &[],
        absent: &["USA"],
    },
    Case { name: "US acronym", text: "The US said it would reply.", present: &["USA"], absent: &[] },
    Case { name: "uk pronoun-ish", text: "the uk-based band", present: &[], absent: &[] },
    Case { name: "UK acronym", text: "The UK and France agreed.", present: &["GBR", "FRA"], absent: &[] },
    Case { name: "possessive", text: "Rwanda's army moved.", present: &["RWA"], absent: &[] },
    Case { name: "curly possessive", text: "Rwanda’s army moved.", present: &["RWA"], absent: &[] },
    Case {
        name: "accents folded",
        text: "Les ÉTATS-UNIS et la Côte d’Ivoire.",
        present: &["USA", "CIV"],
        absent: &[],
    },
    Case { name: "accents missing", text: "Cote d'Ivoire exports cocoa.", present: &["CIV"], absent: &[] },
    Case {
        name: "longest congo",
        text: "The Democratic Republic of the Congo said.",
        present: &["COD"],
        absent: &["COG"],
    },
    Case {
        name: "congo with drc cues",
        text: "Fighting in Congo spread to Goma and Kinshasa.",
        present: &["COD"],
        absent: &["COG"],
    },
    Case {
        name: "congo with brazzaville cues",
        text: "Congo held elections, officials in Brazzaville said.",
        present: &["COG"],
        absent: &["COD"],
    },
    Case {
        name: "congo unresolved",
        text: "The Congo river is long.",
        present: &[],
        absent: &["COD", "COG"],
    },
    Case { name: "guinea pig", text: "A guinea pig escaped.", present: &[], absent: &["GIN"] },
    Case { name: "guinea-bissau", text: "Soldiers in Guinea-Bissau.", present: &["GNB"], absent: &["GIN"] },
    Case {
        name: "equatorial guinea",
        text: "Oil from Equatorial Guinea.",
        present: &["GNQ"],
        absent: &["GIN"],
    },
    Case {
        name: "papua new guinea",
        text: "Floods in Papua New Guinea.",
        present: &["PNG"],
        absent: &["GIN"],
    },
    Case { name: "turkey bird", text: "We ate turkey for dinner.", present: &[], absent: &["TUR"] },
    Case {
        name: "Turkey country",
        text: "Turkey closed its border with Syria.",
        present: &["TUR", "SYR"],
        absent: &[],
    },
    Case { name: "china porcelain", text: "She collects fine china.", present: &[], absent: &["CHN"] },
    Case {
        name: "georgia state",
        text: "Voters in Georgia and Atlanta went to the polls.",
        present: &[],
        absent: &["GEO"],
    },
    Case {
        name: "georgia country",
        text: "Georgia accused Russia of moving the border near Tbilisi.",
        present: &["GEO", "RUS"],
        absent: &[],
    },
    Case { name: "jordan person", text: "Michael Jordan won six titles.", present: &[], absent: &["JOR"] },
    Case {
        name: "jordan country",
        text: "Jordan and Israel reopened the crossing.",
        present: &["JOR", "ISR"],
        absent: &[],
    },
    Case { name: "chad person", text: "Chad scored twice for the team.", present: &[], absent: &["TCD"] },
    Case {
        name: "chad country",
        text: "Chad closed its border with Sudan.",
        present: &["TCD", "SDN"],
        absent: &[],
    },
    Case {
        name: "hyphen and space",
        text: "al Shabaab and al-Shabaab fighters",
        present: &["SHABAAB"],
        absent: &[],
    },
    Case {
        name: "leader stands for country",
        text: "Putin warned Zelensky as talks stalled.",
        present: &["RUS", "UKR"],
        absent: &[],
    },
    Case { name: "leader full name", text: "George W. Bush planted a bush.", present: &["USA"], absent: &[] },
    Case { name: "weak surname needs support", text: "Kate Bush sang.", present: &[], absent: &["USA"] },
    Case {
        name: "acronym groups",
        text: "ADF fighters killed villagers near Beni in North Kivu.",
        present: &["ADF"],
        absent: &[],
    },
];

#[test]
fn trap_table() {
    let mut names: Vec<&str> = CASES.iter().map(|c| c.name).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), CASES.len(), "case names are unique");
    let scorer = Scorer::default();
    let mut failures = Vec::new();
    for case in CASES {
        let report = scorer.score(&georisk::Article::from_body(case.text));
        let found: Vec<&str> = report.actors.iter().map(|a| a.id.as_str()).collect();
        for id in case.present {
            if !found.contains(id) {
                failures.push(format!("{}: {id} missing in {found:?}", case.name));
            }
        }
        for id in case.absent {
            if found.contains(id) {
                failures.push(format!("{}: {id} found in {found:?}", case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn successor_names_stand_for_the_state_of_their_day() {
    let scorer = Scorer::default();
    let cases = [
        ("before the dissolution", Some("1987-03-02"), "SUN", "RUS"),
        ("its last day", Some("1991-12-25"), "SUN", "RUS"),
        ("after it", Some("1991-12-26"), "RUS", "SUN"),
        ("a wire date", Some("2-MAR-1987 08:47:06.03"), "SUN", "RUS"),
        ("undated", None, "RUS", "SUN"),
        ("a date that does not parse", Some("spring"), "RUS", "SUN"),
    ];
    for (name, published, want, not) in cases {
        let mut article = georisk::Article::builder().body("Moscow rejected the offer, a Kremlin aide said.");
        if let Some(date) = published {
            article = article.published(date);
        }
        let report = scorer.score(&article.build());
        let found: Vec<&str> = report.actors.iter().map(|a| a.id.as_str()).collect();
        assert!(found.contains(&want) && !found.contains(&not), "{name}: {found:?}");
    }
}

#[test]
fn conflict_word_traps() {
    let cases: &[(&str, &str, bool)] = &[
        ("software", "New software release for developers.", false),
        ("war", "The war in the east escalated.", true),
        ("trade war", "The trade war hit exporters.", false),
        ("price war", "A price war among airlines.", false),
        ("heart attack", "He died of a heart attack.", false),
    ];
    let scorer = Scorer::default();
    for (name, text, fires) in cases {
        let r = scorer.score(&georisk::Article::from_body(text));
        let positive = r
            .evidence
            .iter()
            .any(|e| e.signal == "conflict" && e.category != "figurative" && e.category != "deescalation");
        assert_eq!(positive, *fires, "{name}: {:?}", r.evidence);
    }
}

#[test]
fn evidence_knows_its_field() {
    let text = "Conflicts\nAFRICA, DRC, M23, COLTAN\nJane Doe\nRebels seize mine\nSummary: fighting near Goma.\nBody: coltan mines fell.\nOriginal Source: example.org\n";
    let r = Scorer::default().score_text(text);
    let fields: Vec<Field> = r.evidence.iter().map(|e| e.field).collect();
    assert!(fields.contains(&Field::Title) && fields.contains(&Field::Body), "{fields:?}");
    let tag =
        r.actors.iter().flat_map(|a| &a.evidence).find(|e| e.field == Field::Tags).expect("a tag mention");
    assert_eq!(&text[tag.start..tag.end], tag.text);
    assert!(tag.item.is_some());
}
