//! Table-driven tests of the extraction mechanisms, one test per mechanism:
//! inflections, metonymy, titles, coordination, negation, passive, relative
//! dates, attribution, modality, events and agreements, English cues,
//! subject pronouns, people named by a given name.
//!
//! Each row is a sentence written for the test (not taken from an article),
//! with its publication date and language, and what a careful analyst reading
//! `GUIDELINES.md` expects: facts present, facts absent, entities present.
//! Rows the extractor does not get right yet live in the `*_KNOWN_GAPS`
//! tables, run by the ignored tests (`cargo test --test mechanisms --
//! --ignored`): they document where each mechanism is weak and turn into
//! ordinary rows once fixed.
//!
//! Patterns: `a|b` accepts any of the alternatives, `*` anything, `x*` any
//! id starting with `x`. Symmetric relations (allied_with, met_with) match in
//! either direction.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::sync::OnceLock;

use seeds::corpus::Document;
use seeds::extract::{Extraction, Extractor};
use seeds::ontology::Ontology;

/// One sentence (or short text) and what must be found in it.
struct Row {
    name: &'static str,
    lang: &'static str,
    date: &'static str,
    text: &'static str,
    expect: &'static [Exp],
}

const fn row(
    name: &'static str,
    lang: &'static str,
    date: &'static str,
    text: &'static str,
    expect: &'static [Exp],
) -> Row {
    Row {
        name,
        lang,
        date,
        text,
        expect,
    }
}

#[derive(Clone, Copy, Debug)]
struct FactPat {
    s: &'static str,
    r: &'static str,
    o: &'static str,
    modality: Option<&'static str>,
    by: Option<&'static str>,
    date: Option<&'static str>,
}

#[derive(Clone, Copy, Debug)]
struct EntPat {
    id: &'static str,
    core: Option<&'static str>,
    no_wikidata: bool,
    date: Option<&'static str>,
}

#[derive(Clone, Copy, Debug)]
enum Exp {
    /// A fact that must be there.
    Has(FactPat),
    /// No fact may match this (modality, attribution and date, when given,
    /// narrow what counts as a match).
    Lacks(FactPat),
    /// An entity that must be there.
    Ent(EntPat),
    /// No entity with this id.
    NoEnt(&'static str),
}

const fn pat(s: &'static str, r: &'static str, o: &'static str) -> FactPat {
    FactPat {
        s,
        r,
        o,
        modality: None,
        by: None,
        date: None,
    }
}

const fn has(s: &'static str, r: &'static str, o: &'static str) -> Exp {
    Exp::Has(pat(s, r, o))
}

const fn lacks(s: &'static str, r: &'static str, o: &'static str) -> Exp {
    Exp::Lacks(pat(s, r, o))
}

const fn ent(id: &'static str) -> Exp {
    Exp::Ent(EntPat {
        id,
        core: None,
        no_wikidata: false,
        date: None,
    })
}

const fn no_ent(id: &'static str) -> Exp {
    Exp::NoEnt(id)
}

impl Exp {
    /// Who the fact is attributed to.
    const fn by(self, who: &'static str) -> Exp {
        match self {
            Exp::Has(p) => Exp::Has(FactPat { by: Some(who), ..p }),
            Exp::Lacks(p) => Exp::Lacks(FactPat { by: Some(who), ..p }),
            e => e,
        }
    }

    /// `asserted`, `future` or `conditional` (alternatives with `|`).
    const fn modality(self, m: &'static str) -> Exp {
        match self {
            Exp::Has(p) => Exp::Has(FactPat {
                modality: Some(m),
                ..p
            }),
            Exp::Lacks(p) => Exp::Lacks(FactPat {
                modality: Some(m),
                ..p
            }),
            e => e,
        }
    }

    /// ISO prefix of the fact's or the entity's date.
    const fn date(self, d: &'static str) -> Exp {
        match self {
            Exp::Has(p) => Exp::Has(FactPat { date: Some(d), ..p }),
            Exp::Lacks(p) => Exp::Lacks(FactPat { date: Some(d), ..p }),
            Exp::Ent(e) => Exp::Ent(EntPat { date: Some(d), ..e }),
            e => e,
        }
    }

    /// Core class of the entity (`State`, `Person`...).
    const fn core(self, c: &'static str) -> Exp {
        match self {
            Exp::Ent(e) => Exp::Ent(EntPat { core: Some(c), ..e }),
            e => e,
        }
    }

    /// The entity is not from the gazetteer: no Wikidata id.
    const fn new_node(self) -> Exp {
        match self {
            Exp::Ent(e) => Exp::Ent(EntPat {
                no_wikidata: true,
                ..e
            }),
            e => e,
        }
    }
}

const SYMMETRIC: &[&str] = &["allied_with", "met_with"];

fn matches(pattern: &str, value: &str) -> bool {
    pattern.split('|').any(|p| {
        p == "*"
            || p == value
            || p.strip_suffix('*')
                .is_some_and(|prefix| !prefix.is_empty() && value.starts_with(prefix))
    })
}

fn date_matches(pattern: &str, value: Option<String>) -> bool {
    value.is_some_and(|v| pattern.split('|').any(|p| v.starts_with(p)))
}

fn fact_matches(p: &FactPat, f: &seeds::extract::Fact) -> bool {
    let direct = matches(p.s, &f.subject) && matches(p.o, &f.object);
    let reverse = SYMMETRIC.contains(&p.r) && matches(p.s, &f.object) && matches(p.o, &f.subject);
    matches(p.r, &f.relation)
        && (direct || reverse)
        && p.modality.is_none_or(|m| matches(m, f.modality.as_str()))
        && p.by
            .is_none_or(|b| f.attributed_to.as_deref().is_some_and(|a| matches(b, a)))
        && p.date
            .is_none_or(|d| date_matches(d, f.date.map(|x| x.to_string())))
}

fn describe(p: &FactPat) -> String {
    let mut s = format!("{} {} {}", p.s, p.r, p.o);
    if let Some(m) = p.modality {
        let _ = write!(s, " modality={m}");
    }
    if let Some(b) = p.by {
        let _ = write!(s, " by={b}");
    }
    if let Some(d) = p.date {
        let _ = write!(s, " date={d}*");
    }
    s
}

fn ontology() -> &'static Ontology {
    static ONTOLOGY: OnceLock<Ontology> = OnceLock::new();
    ONTOLOGY.get_or_init(|| Ontology::bundled().expect("bundled ontology loads"))
}

fn extract(name: &str, lang: &str, date: &str, text: &str) -> Extraction {
    let src = format!("---\ndate: {date}\nlang: {lang}\n---\n{text}\n");
    let doc = Document::from_text(&format!("{name}.txt"), &src).expect("document parses");
    Extractor::new(ontology()).extract(&doc)
}

/// The whole extraction, for a developer to see what happened.
fn dump(x: &Extraction) -> String {
    let mut out = String::from("    entities:");
    for e in &x.entities {
        let _ = write!(out, " {}:{}", e.id, e.core.as_str());
        if let Some(d) = e.date {
            let _ = write!(out, "@{d}");
        }
    }
    out.push_str("\n    facts:\n");
    if x.facts.is_empty() {
        out.push_str("      (none)\n");
    }
    for f in &x.facts {
        let _ = write!(
            out,
            "      {} {} {} [{}] {}",
            f.subject,
            f.relation,
            f.object,
            f.rule,
            f.modality.as_str()
        );
        if let Some(a) = &f.attributed_to {
            let _ = write!(out, " by={a}");
        }
        if let Some(d) = f.date {
            let _ = write!(out, " date={d}");
        }
        out.push('\n');
    }
    out
}

/// What is wrong with one row's extraction (empty when nothing is).
fn row_failures(r: &Row, x: &Extraction) -> Vec<String> {
    let mut missing = Vec::new();
    for e in r.expect {
        match e {
            Exp::Has(p) => {
                if !x.facts.iter().any(|f| fact_matches(p, f)) {
                    missing.push(format!("missing fact: {}", describe(p)));
                }
            }
            Exp::Lacks(p) => {
                for f in x.facts.iter().filter(|f| fact_matches(p, f)) {
                    missing.push(format!(
                        "unwanted fact: {} {} {} [{}] (pattern {})",
                        f.subject,
                        f.relation,
                        f.object,
                        f.rule,
                        describe(p)
                    ));
                }
            }
            Exp::Ent(p) => {
                let ok = x.entities.iter().any(|e| {
                    matches(p.id, &e.id)
                        && p.core.is_none_or(|c| matches(c, e.core.as_str()))
                        && (!p.no_wikidata || e.wikidata.is_none())
                        && p.date
                            .is_none_or(|d| date_matches(d, e.date.map(|x| x.to_string())))
                });
                if !ok {
                    missing.push(format!("missing entity: {p:?}"));
                }
            }
            Exp::NoEnt(id) => {
                if x.entities.iter().any(|e| matches(id, &e.id)) {
                    missing.push(format!("unwanted entity: {id}"));
                }
            }
        }
    }
    missing
}

/// Runs every row of a table and reports all failing rows at once.
fn check(table: &str, rows: &[Row]) {
    let mut names = BTreeSet::new();
    let mut report = String::new();
    for r in rows {
        assert!(
            names.insert(r.name),
            "{table}: duplicate row name {}",
            r.name
        );
        let x = extract(r.name, r.lang, r.date, r.text);
        let failures = row_failures(r, &x);
        if !failures.is_empty() {
            let _ = writeln!(
                report,
                "\n[{table}/{}] ({} {}) {}",
                r.name, r.lang, r.date, r.text
            );
            for f in failures {
                let _ = writeln!(report, "  {f}");
            }
            report.push_str(&dump(&x));
        }
    }
    assert!(report.is_empty(), "{table}: failing rows:{report}");
}

// ---------------------------------------------------------------------------
// 1. Inflections: demonyms in every gender and number, compounds, tenses,
//    nominalisations.

const INFLECTIONS: &[Row] = &[
    row(
        "fr_irregular_participle_agrees_with_its_noun",
        "fr",
        "2020-10-03",
        "Les forces azerbaïdjanaises, soutenues par la Turquie, ont avancé vers Hadrout.",
        &[has("turkey", "supported", "azerbaijan*")],
    ),
    row(
        "fr_demonyme_agent_du_nom",
        "fr",
        "2020-10-03",
        "Le Premier ministre Nikol Pachinian a dénoncé l'agression azerbaïdjano-turque, puis les frappes azerbaïdjanaises contre Choucha.",
        &[
            lacks("nikol_pashinyan", "attacked", "*"),
            has("azerbaijan", "attacked", "shusha"),
        ],
    ),
    row(
        "en_demonym_agent_before_noun",
        "en",
        "2020-10-03",
        "Officials in Yerevan described Azerbaijani strikes on Stepanakert.",
        &[has("azerbaijan", "attacked", "stepanakert")],
    ),
    row(
        "fr_conditionnel_irregulier_soutiendrait",
        "fr",
        "2016-04-05",
        "Ankara a promis que la Turquie soutiendrait l'Azerbaïdjan.",
        &[has("turkey", "supported", "azerbaijan").modality("conditional")],
    ),
    row(
        "fr_forces_armees_fem_pl",
        "fr",
        "2024-05-15",
        "Les forces armées arméniennes ont bombardé Aghdam.",
        &[
            has("armenia_armed_forces", "attacked", "aghdam"),
            has("armenia_armed_forces", "part_of", "armenia"),
        ],
    ),
    row(
        "fr_ministere_masc_sg",
        "fr",
        "2024-05-15",
        "Le ministère azerbaïdjanais de la Défense a accusé l'Arménie de provocations.",
        &[
            has("azerbaijan_mod", "accused", "armenia"),
            has("azerbaijan_mod", "part_of", "azerbaijan"),
        ],
    ),
    row(
        "fr_la_partie_russe",
        "fr",
        "2024-05-15",
        "La partie russe a critiqué l'Azerbaïdjan.",
        &[has("russia", "criticized", "azerbaijan")],
    ),
    row(
        "fr_troupes_fem_pl_passe_compose",
        "fr",
        "2024-05-15",
        "Les troupes russes ont quitté le Haut-Karabakh.",
        &[has(
            "russia|russia_armed_forces|russian_peacekeeping_contingent",
            "withdrew_from",
            "karabakh",
        )],
    ),
    row(
        "fr_armee_fem_sg_present",
        "fr",
        "2024-05-15",
        "L'armée azerbaïdjanaise contrôle désormais Latchine.",
        &[
            has("azerbaijan_armed_forces", "controls", "lachin"),
            has("azerbaijan_armed_forces", "part_of", "azerbaijan"),
        ],
    ),
    row(
        "fr_gardes_frontieres_compound_pl",
        "fr",
        "2024-05-15",
        "Les gardes-frontières russes ont quitté l'aéroport de Zvartnots.",
        &[
            has("fsb_border_service", "withdrew_from", "zvartnots_airport"),
            has("fsb_border_service", "part_of", "russia"),
        ],
    ),
    row(
        "fr_present",
        "fr",
        "2024-05-15",
        "L'Azerbaïdjan attaque l'Arménie.",
        &[has("azerbaijan", "attacked", "armenia")],
    ),
    row(
        "fr_imparfait",
        "fr",
        "2024-05-15",
        "En 2021, l'Azerbaïdjan attaquait régulièrement le Syunik.",
        &[has("azerbaijan", "attacked", "syunik").date("2021")],
    ),
    row(
        "fr_plus_que_parfait",
        "fr",
        "2024-05-15",
        "L'Azerbaïdjan avait attaqué l'Arménie en 2022.",
        &[has("azerbaijan", "attacked", "armenia").date("2022")],
    ),
    row(
        "fr_nominal_demande_d_aide",
        "fr",
        "2024-05-15",
        "La demande d'aide de l'Arménie à l'OTSC est restée sans réponse.",
        &[has("armenia", "requested_aid_from", "csto")],
    ),
    row(
        "fr_pronominal_se_sont_retirees",
        "fr",
        "2024-05-15",
        "Les troupes russes se sont retirées du Haut-Karabakh.",
        &[has(
            "russia|russia_armed_forces|russian_peacekeeping_contingent",
            "withdrew_from",
            "karabakh",
        )],
    ),
    row(
        "fr_soutenu_participe_irregulier",
        "fr",
        "2024-05-15",
        "La Turquie a soutenu l'Azerbaïdjan pendant la guerre.",
        &[has("turkey", "supported", "azerbaijan")],
    ),
    row(
        "fr_soutient_present_irregulier",
        "fr",
        "2024-05-15",
        "La France soutient l'Arménie.",
        &[has("france", "supported", "armenia")],
    ),
    row(
        "fr_compound_russo_turc",
        "fr",
        "2024-05-15",
        "Le sommet russo-turc s'est tenu à Sotchi.",
        &[ent("russia").core("State"), ent("turkey").core("State")],
    ),
    row(
        "fr_compound_alliance_russo_armenienne",
        "fr",
        "2024-05-15",
        "L'alliance russo-arménienne a été réaffirmée.",
        &[has("russia", "allied_with", "armenia")],
    ),
    row(
        "fr_nominal_retrait_de",
        "fr",
        "2024-05-15",
        "Le retrait de la Russie du Haut-Karabakh a commencé.",
        &[has(
            "russia|russia_armed_forces|russian_peacekeeping_contingent",
            "withdrew_from",
            "karabakh",
        )],
    ),
    row(
        "fr_nominal_demande_d_aide_de_direction",
        "fr",
        "2024-05-15",
        "Ni la Russie ni l'OTSC n'ont répondu à la demande d'aide de l'Arménie.",
        &[
            lacks("csto", "requested_aid_from", "armenia"),
            lacks("russia", "requested_aid_from", "armenia"),
        ],
    ),
    row(
        "fr_positions_demonyme_objet",
        "fr",
        "2024-05-15",
        "Les forces armées arméniennes ont bombardé des positions azerbaïdjanaises près de Tegh.",
        &[
            has(
                "armenia_armed_forces",
                "attacked",
                "azerbaijan|azerbaijan_armed_forces",
            ),
            lacks("armenia_armed_forces", "attacked", "tegh"),
        ],
    ),
    row(
        "fr_a_l_appel_de",
        "fr",
        "2024-05-15",
        "À l'appel de l'Arménie, la Russie a envoyé des troupes à Syunik.",
        &[
            has("armenia", "requested_aid_from", "russia"),
            has("russia", "deployed_to", "syunik"),
            lacks("armenia", "deployed_to", "syunik"),
        ],
    ),
    row(
        "en_at_the_request_of",
        "en",
        "2024-05-15",
        "At the request of Armenia, Russia sent troops to Syunik.",
        &[
            has("armenia", "requested_aid_from", "russia"),
            has("russia", "deployed_to", "syunik"),
            lacks("armenia", "deployed_to", "syunik"),
        ],
    ),
    row(
        "fr_pluriel_present_a_consonne_doublee",
        "fr",
        "2022-07-01",
        "Les soldats russes surveillent la frontière arméno-turque.",
        &[has("russia_armed_forces", "deployed_to", "armenia_turkey_border")],
    ),
    row(
        "fr_disposer_d_une_base",
        "fr",
        "2024-05-15",
        "La Russie dispose encore d'une base militaire à Vanadzor.",
        &[has("russia", "deployed_to", "vanadzor")],
    ),
    row(
        "en_has_a_military_base",
        "en",
        "2024-05-15",
        "Russia still has a military base in Vanadzor.",
        &[has("russia", "deployed_to", "vanadzor")],
    ),
    row(
        "fr_base_demonyme_de_lieu",
        "fr",
        "2024-05-15",
        "La base russe de Kapan a été renforcée cet hiver.",
        &[has("russia", "deployed_to", "kapan")],
    ),
    row(
        "en_demonym_base_at_place",
        "en",
        "2024-05-15",
        "The Russian base at Kapan was reinforced this winter.",
        &[has("russia", "deployed_to", "kapan")],
    ),
    row(
        "fr_verbe_irregulier_participe_passe",
        "fr",
        "2022-09-14",
        "Les forces azerbaïdjanaises ont ouvert le feu sur les forces arméniennes.",
        &[has("azerbaijan_armed_forces|azerbaijan", "attacked", "armenia_armed_forces|armenia")],
    ),
    row(
        "fr_verbe_irregulier_present_pluriel",
        "fr",
        "2022-09-14",
        "Les forces arméniennes ouvrent le feu sur les positions azerbaïdjanaises.",
        &[has("armenia_armed_forces|armenia", "attacked", "azerbaijan_armed_forces|azerbaijan")],
    ),
];

const INFLECTIONS_KNOWN_GAPS: &[Row] = &[row(
    "fr_compound_armeno_russe",
    "fr",
    "2024-05-15",
    "La coopération arméno-russe est en crise.",
    &[ent("armenia").core("State"), ent("russia").core("State")],
)];

#[test]
fn inflections() {
    check("INFLECTIONS", INFLECTIONS);
}

#[test]
#[ignore = "known gap: ethnic compounds"]
fn inflections_known_gaps() {
    check("INFLECTIONS_KNOWN_GAPS", INFLECTIONS_KNOWN_GAPS);
}

// ---------------------------------------------------------------------------
// 2. Metonymy: a capital or seat that says or acts is the state; after à/au/in
//    it is the place.

const METONYMY: &[Row] = &[
    row(
        "en_place_in_place_without_comma",
        "en",
        "2023-04-12",
        "Shots were fired near the village of Sotk in Gegharkunik province.",
        &[has("sotk", "part_of", "gegharkunik")],
    ),
    row(
        "fr_apposition_capitale_de",
        "fr",
        "2020-10-05",
        "Les frappes ont visé Stepanakert, la capitale du Haut-Karabakh, dans la nuit.",
        &[has("stepanakert", "part_of", "karabakh")],
    ),
    row(
        "en_dateline_names_the_state_of_a_bare_ministry",
        "en",
        "2020-11-09",
        "BAKU — Troops advanced on the city, according to the Ministry of Defence.",
        &[ent("azerbaijan_mod"), has("azerbaijan_mod", "part_of", "azerbaijan")],
    ),
    row(
        "en_two_city_dateline_names_no_state",
        "en",
        "2020-11-09",
        "YEREVAN/BAKU — Troops advanced on the city, according to the Ministry of Defence.",
        &[no_ent("azerbaijan_mod"), no_ent("armenia_mod")],
    ),
    row(
        "fr_bakou_a_prevenu",
        "fr",
        "2024-05-15",
        "Bakou a prévenu l'Arménie contre toute provocation.",
        &[ent("azerbaijan").core("State"), no_ent("baku")],
    ),
    row(
        "fr_le_kremlin_a_annonce",
        "fr",
        "2024-05-15",
        "Le Kremlin a annoncé le retrait des soldats de la paix russes.",
        &[ent("russia").core("State"), no_ent("kremlin")],
    ),
    row(
        "en_moscow_said",
        "en",
        "2024-05-15",
        "Moscow said it supported Armenia.",
        &[has("russia", "supported", "armenia"), no_ent("moscow")],
    ),
    row(
        "fr_erevan_accuse_bakou",
        "fr",
        "2024-05-15",
        "Erevan a accusé Bakou de violer le cessez-le-feu.",
        &[
            has("armenia", "accused", "azerbaijan"),
            no_ent("yerevan"),
            no_ent("baku"),
        ],
    ),
    row(
        "en_baku_accused_yerevan",
        "en",
        "2024-05-15",
        "Baku accused Yerevan of sabotaging the talks.",
        &[has("azerbaijan", "accused", "armenia")],
    ),
    row(
        "fr_ankara_critique_erevan",
        "fr",
        "2024-05-15",
        "Ankara a critiqué Erevan.",
        &[has("turkey", "criticized", "armenia")],
    ),
    row(
        "fr_a_erevan_lieu",
        "fr",
        "2024-05-15",
        "Le sommet s'est tenu à Erevan.",
        &[ent("yerevan").core("Place"), no_ent("armenia")],
    ),
    row(
        "en_washington_criticized_baku",
        "en",
        "2024-05-15",
        "Washington criticized Baku.",
        &[has("united_states", "criticized", "azerbaijan")],
    ),
    row(
        "fr_a_bakou_lieu_apres_rencontre",
        "fr",
        "2024-05-15",
        "Ilham Aliev a rencontré Vladimir Poutine à Bakou.",
        &[
            has("ilham_aliyev", "met_with", "vladimir_putin"),
            ent("baku").core("Place"),
            lacks("*", "met_with", "azerbaijan"),
        ],
    ),
    row(
        "fr_titres_puis_a_bakou",
        "fr",
        "2024-05-15",
        "Le président russe Vladimir Poutine a rencontré le président azerbaïdjanais Ilham Aliev à Bakou.",
        &[
            has("vladimir_putin", "met_with", "ilham_aliyev"),
            lacks("*", "met_with", "azerbaijan"),
        ],
    ),
    row(
        "fr_au_kremlin_lieu",
        "fr",
        "2024-05-15",
        "Nikol Pachinian a rencontré Vladimir Poutine au Kremlin.",
        &[
            has("nikol_pashinyan", "met_with", "vladimir_putin"),
            ent("kremlin").core("Place"),
            lacks("*", "met_with", "russia"),
        ],
    ),
    row(
        "en_in_yerevan_place",
        "en",
        "2024-05-15",
        "Ilham Aliyev met Nikol Pashinyan in Yerevan.",
        &[
            has("ilham_aliyev", "met_with", "nikol_pashinyan"),
            ent("yerevan").core("Place"),
            lacks("*", "met_with", "armenia"),
        ],
    ),
    row(
        "en_titles_then_in_moscow",
        "en",
        "2024-05-15",
        "Armenian Prime Minister Nikol Pashinyan met Russian President Vladimir Putin in Moscow.",
        &[
            has("nikol_pashinyan", "met_with", "vladimir_putin"),
            lacks("nikol_pashinyan", "met_with", "russia"),
        ],
    ),
    row(
        "fr_a_paris_lieu",
        "fr",
        "2024-05-15",
        "Ce mercredi, Nikol Pachinian a rencontré Emmanuel Macron à Paris.",
        &[
            has("nikol_pashinyan", "met_with", "emmanuel_macron").date("2024-05-15"),
            ent("paris").core("Place"),
            lacks("*", "met_with", "france"),
        ],
    ),
    row(
        "fr_capitale_bombardee_lieu",
        "fr",
        "2024-05-15",
        "L'armée azerbaïdjanaise a bombardé Stepanakert.",
        &[
            has("azerbaijan_armed_forces", "attacked", "stepanakert"),
            lacks("*", "attacked", "artsakh"),
        ],
    ),
    row(
        "fr_sommet_a_moscou_a_reuni",
        "fr",
        "2024-05-15",
        "Le sommet de mardi à Moscou a réuni Ilham Aliev et Nikol Pachinian.",
        &[
            has("ilham_aliyev", "met_with", "nikol_pashinyan"),
            lacks("russia", "met_with", "*"),
        ],
    ),
    row(
        "fr_siege_d_une_organisation_acteur",
        "fr",
        "2023-05-10",
        "Bruxelles a critiqué Bakou pour ses tirs. Les deux dirigeants se sont rencontrés à Bruxelles en mai.",
        &[
            has("european_union", "criticized", "azerbaijan"),
            ent("european_union").core("Organization"),
            ent("brussels").core("Place"),
            no_ent("belgium"),
        ],
    ),
    row(
        "en_seat_of_a_body_dateline_names_no_state",
        "en",
        "2023-05-10",
        "BRUSSELS — Troops advanced on the city, according to the Ministry of Defence. Brussels has criticized Baku.",
        &[
            has("european_union", "criticized", "azerbaijan"),
            no_ent("belgium"),
            no_ent("ministry_of_defence_belgium"),
        ],
    ),
    row(
        "fr_capitale_objet_d_un_verbe_sans_fait_est_le_lieu",
        "fr",
        "2023-06-10",
        "Le col reste fermé. Les camions ne ravitaillent plus Stepanakert.",
        &[ent("stepanakert").core("Place"), no_ent("artsakh")],
    ),
    row(
        "en_capital_opening_a_clause_stays_the_state",
        "en",
        "2023-06-10",
        "The convoy was stopped at the border. Whether Moscow responds is unclear.",
        &[ent("russia").core("State"), no_ent("moscow")],
    ),
];

#[test]
fn metonymy() {
    check("METONYMY", METONYMY);
}

// ---------------------------------------------------------------------------
// 3. Titles and appositions.

const TITLES: &[Row] = &[
    row(
        "fr_titre_seul_personne_que_le_texte_a_titree",
        "fr",
        "2024-05-15",
        "Le Premier ministre arménien Nikol Pachinian a rencontré Mikhaïl Michoustine à Moscou. Le Premier ministre a critiqué l'Azerbaïdjan.",
        &[
            has("nikol_pashinyan", "criticized", "azerbaijan"),
            lacks("mikhail_mishustin", "criticized", "*"),
        ],
    ),
    row(
        "fr_homologue_adj_nom_inconnu",
        "fr",
        "2016-04-06",
        "La rencontre a réuni Iouri Khatchatourov et son homologue azerbaïdjanais Chamil Velibekov.",
        &[
            ent("person_chamil_velibekov").core("Person"),
            has("person_chamil_velibekov", "official_of", "azerbaijan"),
            has("yuri_khachaturov", "met_with", "person_chamil_velibekov"),
        ],
    ),
    row(
        "fr_porte_parole_du_kremlin_apposition",
        "fr",
        "2024-05-15",
        "Le porte-parole du Kremlin, Dmitri Peskov, a critiqué Erevan.",
        &[
            has("dmitry_peskov", "official_of", "russia"),
            has("dmitry_peskov", "criticized", "armenia"),
        ],
    ),
    row(
        "fr_conseiller_du_president_apposition",
        "fr",
        "2024-05-15",
        "Hikmet Hajiev, conseiller du président azerbaïdjanais, a accusé l'Arménie de sabotage.",
        &[has(
            "hikmet_hajiyev|person_hikmet_hajiev",
            "official_of",
            "azerbaijan",
        )],
    ),
    row(
        "fr_inconnu_apres_titre",
        "fr",
        "2024-05-15",
        "Le vice-ministre azerbaïdjanais des Affaires étrangères, Yalchin Rafiyev, a rencontré l'ambassadeur de France.",
        &[
            ent("person_yalchin_rafiyev").core("Person").new_node(),
            has("person_yalchin_rafiyev", "official_of", "azerbaijan|azerbaijan_mfa"),
        ],
    ),
    row(
        "fr_commandant_inconnu_apposition",
        "fr",
        "2024-05-15",
        "Le nouveau commandant des gardes-frontières arméniens, Armen Tadevosyan, a rencontré des officiels.",
        &[
            ent("person_armen_tadevosyan").core("Person").new_node(),
            has("person_armen_tadevosyan", "official_of", "armenia_border_guard"),
        ],
    ),
    row(
        "fr_president_russe_seul_2024",
        "fr",
        "2024-05-15",
        "Le président russe a rencontré Nikol Pachinian.",
        &[
            has("vladimir_putin", "leader_of", "russia"),
            has("vladimir_putin", "met_with", "nikol_pashinyan"),
        ],
    ),
    row(
        "fr_premier_ministre_armenien_seul",
        "fr",
        "2024-05-15",
        "Le Premier ministre arménien a accusé la Russie de passivité.",
        &[has("nikol_pashinyan", "accused", "russia")],
    ),
    row(
        "fr_titres_devant_deux_noms",
        "fr",
        "2024-05-15",
        "Le président azerbaïdjanais Ilham Aliev a rencontré le Premier ministre arménien Nikol Pachinian.",
        &[
            has("ilham_aliyev", "leader_of", "azerbaijan"),
            has("nikol_pashinyan", "leader_of", "armenia"),
            has("ilham_aliyev", "met_with", "nikol_pashinyan"),
        ],
    ),
    row(
        "fr_ministre_sans_virgule",
        "fr",
        "2024-05-15",
        "Le ministre russe des Affaires étrangères Sergueï Lavrov a rencontré Ararat Mirzoïan.",
        &[
            has("sergey_lavrov", "official_of", "russia|russia_mfa"),
            has("sergey_lavrov", "met_with", "ararat_mirzoyan"),
        ],
    ),
    row(
        "fr_porte_parole_feminin_diplomatie",
        "fr",
        "2024-05-15",
        "La porte-parole de la diplomatie russe, Maria Zakharova, a critiqué l'Arménie.",
        &[
            has("maria_zakharova", "official_of", "russia|russia_mfa"),
            has("maria_zakharova", "criticized", "armenia"),
        ],
    ),
    row(
        "en_title_before_names",
        "en",
        "2024-05-15",
        "Armenian Prime Minister Nikol Pashinyan met Russian President Vladimir Putin in Moscow.",
        &[
            has("nikol_pashinyan", "leader_of", "armenia"),
            has("vladimir_putin", "leader_of", "russia"),
        ],
    ),
    row(
        "en_kremlin_spokesman",
        "en",
        "2024-05-15",
        "Kremlin spokesman Dmitry Peskov criticized Armenia.",
        &[
            has("dmitry_peskov", "official_of", "russia"),
            has("dmitry_peskov", "criticized", "armenia"),
        ],
    ),
    row(
        "en_counterpart",
        "en",
        "2024-05-15",
        "Azerbaijani Foreign Minister Jeyhun Bayramov met his Armenian counterpart Ararat Mirzoyan.",
        &[
            has("jeyhun_bayramov", "official_of", "azerbaijan|azerbaijan_mfa"),
            has("jeyhun_bayramov", "met_with", "ararat_mirzoyan"),
        ],
    ),
    row(
        "fr_apposition_organisation_pas_objet",
        "fr",
        "2024-05-15",
        "Le nouveau commandant des gardes-frontières arméniens, Armen Tadevosyan, a rencontré des officiels.",
        &[lacks("person_armen_tadevosyan", "met_with", "armenia_border_guard")],
    ),
    row(
        "fr_titre_pluriel_adjectifs_coordonnes",
        "fr",
        "2024-05-15",
        "Les présidents russe et azerbaïdjanais ont rencontré Nikol Pachinian.",
        &[
            has("vladimir_putin", "met_with", "nikol_pashinyan"),
            has("ilham_aliyev", "met_with", "nikol_pashinyan"),
        ],
    ),
    row(
        "fr_apposition_sujet_et_translitteration",
        "fr",
        "2024-05-15",
        "Hikmet Hajiev, conseiller du président azerbaïdjanais, a accusé l'Arménie de sabotage.",
        &[
            has("hikmet_hajiyev", "official_of", "azerbaijan"),
            has("hikmet_hajiyev", "accused", "armenia"),
            lacks("ilham_aliyev", "accused", "armenia"),
            lacks("*", "accused", "armenia").by("armenia"),
        ],
    ),
    row(
        "fr_soldats_commandes_par_un_general",
        "fr",
        "2021-03-02",
        "Les soldats de la paix russes, commandés par le général Rustam Muradov, patrouillent près de Latchine.",
        &[has(
            "rustam_muradov",
            "leader_of",
            "russian_peacekeeping_contingent",
        )],
    ),
    row(
        "en_peacekeepers_commanded_by_a_lieutenant_general",
        "en",
        "2021-03-02",
        "Russian peacekeepers commanded by Lieutenant General Rustam Muradov patrol the road near Lachin.",
        &[
            has(
                "rustam_muradov",
                "leader_of",
                "russian_peacekeeping_contingent",
            ),
            no_ent("person_general"),
        ],
    ),
    row(
        "en_chairs_the_working_group",
        "en",
        "2022-06-01",
        "Alexei Overchuk chairs the trilateral working group, which met again in Moscow.",
        &[has(
            "alexei_overchuk",
            "leader_of",
            "trilateral_working_group_transport",
        )],
    ),
    row(
        "fr_conseil_de_securite_collective",
        "fr",
        "2022-09-14",
        "Erevan a saisi le Conseil de sécurité collective de l'alliance.",
        &[
            ent("csto_collective_security_council"),
            no_ent("un_security_council"),
        ],
    ),
    row(
        "en_leader_alone_is_the_last_named_leader",
        "en",
        "2020-11-10",
        "Aliyev called Vladimir Putin and asked the Russian leader to pass his condolences.",
        &[has("vladimir_putin", "leader_of", "russia")],
    ),
    row(
        "fr_dirigeant_seul_est_le_dernier_nomme",
        "fr",
        "2023-10-10",
        "Nikol Pachinian a rencontré Emmanuel Macron. Le dirigeant arménien a jugé la paix proche.",
        &[has("nikol_pashinyan", "leader_of", "armenia")],
    ),
    row(
        "en_leader_alone_with_no_name_is_the_leading_office_holder",
        "en",
        "2024-02-02",
        "The Azerbaijani leader said the talks would resume, while the Armenian leader stayed silent.",
        &[
            has("ilham_aliyev", "leader_of", "azerbaijan"),
            has("nikol_pashinyan", "leader_of", "armenia"),
        ],
    ),
    row(
        "fr_dirigeant_seul_avant_2018_est_le_president",
        "fr",
        "2016-04-04",
        "Le dirigeant arménien a dénoncé une agression.",
        &[
            has("serzh_sargsyan", "leader_of", "armenia"),
            lacks("nikol_pashinyan", "leader_of", "armenia"),
        ],
    ),
    row(
        "en_president_alone_is_not_the_leading_prime_minister",
        "en",
        "2024-02-02",
        "The Armenian president signed the decree.",
        &[lacks("nikol_pashinyan", "leader_of", "armenia")],
    ),
    row(
        "fr_titre_pluriel_puis_deux_noms",
        "fr",
        "2022-03-20",
        "Les chefs de la diplomatie, Mevlüt Çavuşoğlu et Ararat Mirzoyan, ont parlé des frontières.",
        &[
            has("mevlut_cavusoglu", "official_of", "turkey"),
            has("ararat_mirzoyan", "official_of", "armenia"),
        ],
    ),
    row(
        "en_president_of_a_separatist_head_leads_what_he_heads",
        "en",
        "2021-02-20",
        "President Arayik Harutyunyan met the peacekeepers' commander.",
        &[has("arayik_harutyunyan", "leader_of", "artsakh")],
    ),
    row(
        "en_rank_after_a_title_is_no_part_of_the_name",
        "en",
        "2021-06-01",
        "Azerbaijani Defence Ministry spokesman Colonel Tural Mammadzadeh denied the report.",
        &[
            ent("person_tural_mammadzadeh").core("Person").new_node(),
            no_ent("person_colonel_tural_mammadzadeh"),
            has("person_tural_mammadzadeh", "official_of", "azerbaijan_mod"),
        ],
    ),
    row(
        "en_body_part_of_its_state_named_in_the_sentence",
        "en",
        "2023-05-01",
        "The State Department said the United States would send observers.",
        &[has("us_state_department", "part_of", "united_states")],
    ),
    row(
        "fr_body_part_of_its_state_by_capital_in_the_sentence",
        "fr",
        "2023-05-01",
        "À Washington, le département d'État a salué l'accord.",
        &[has("us_state_department", "part_of", "united_states")],
    ),
    row(
        "fr_body_named_with_its_larger_body",
        "fr",
        "2023-05-01",
        "Le Conseil de sécurité de l'ONU s'est réuni à huis clos.",
        &[
            has("un_security_council", "part_of", "united_nations"),
        ],
    ),
    row(
        "en_body_and_its_larger_body_in_one_sentence",
        "en",
        "2023-05-01",
        "The Minsk Group met in Vienna, where the OSCE has its seat. Brussels hosted the Collective Security Council.",
        &[
            has("osce_minsk_group", "part_of", "osce"),
            lacks("csto_collective_security_council", "part_of", "european_union|belgium"),
        ],
    ),
    row(
        "en_stationed_body_named_with_its_place",
        "en",
        "2023-05-01",
        "A convoy of the 102nd military base in Gyumri was hit.",
        &[has("russian_102nd_military_base", "deployed_to", "gyumri")],
    ),
    // A generic name of a state's army in a text that names a force the
    // state keeps stationed abroad stands for that force.
    row(
        "fr_generic_troops_are_the_stationed_force",
        "fr",
        "2023-10-01",
        "Les soldats de la paix russes sont arrivés au Karabakh en 2020. Mardi, les troupes russes ont quitté Stepanakert.",
        &[
            has("russian_peacekeeping_contingent", "withdrew_from", "stepanakert"),
            no_ent("russia_armed_forces"),
        ],
    ),
    row(
        "en_generic_troops_named_before_the_stationed_force",
        "en",
        "2023-10-01",
        "Azerbaijan shot down a Russian military helicopter. It was escorting a convoy of the 102nd military base in Gyumri.",
        &[
            has("azerbaijan", "attacked", "russian_102nd_military_base"),
            no_ent("russia_armed_forces"),
        ],
    ),
    row(
        "en_generic_troops_without_a_stationed_force",
        "en",
        "2023-10-01",
        "Russian troops left the Kherson region on Tuesday.",
        &[ent("russia_armed_forces")],
    ),
    row(
        "fr_stationed_body_named_with_its_place",
        "fr",
        "2023-05-01",
        "Les observateurs de l'UE en Arménie ont publié un rapport sur Jermuk.",
        &[
            has("euma", "deployed_to", "armenia"),
            lacks("euma", "deployed_to", "jermuk"),
        ],
    ),
    row(
        "en_stationed_body_without_its_place_is_deployed_nowhere",
        "en",
        "2023-05-01",
        "The EU monitors visited Baku.",
        &[lacks("euma", "deployed_to", "*")],
    ),
    row(
        "en_body_alone_says_nothing_of_its_state",
        "en",
        "2023-05-01",
        "The State Department welcomed the deal. Washington will send observers.",
        &[lacks("us_state_department", "part_of", "*")],
    ),
    row(
        "en_the_ministry_s_spokesman_is_the_last_ministry_s",
        "en",
        "2021-06-01",
        "Russia's Foreign Ministry summoned the envoy. The ministry's spokeswoman, Olga Verbitskaya, gave no details.",
        &[has("person_olga_verbitskaya", "official_of", "russia_mfa")],
    ),
    row(
        "fr_porte_parole_du_ministere_le_general",
        "fr",
        "2021-06-01",
        "Le ministère arménien de la Défense a démenti. Le porte-parole du ministère, le colonel Aram Petrossian, a parlé de rumeurs.",
        &[
            has("person_aram_petrossian", "official_of", "armenia_mod"),
            no_ent("person_colonel_aram_petrossian"),
        ],
    ),
    row(
        "en_title_after_a_title_and_comma_is_no_name",
        "en",
        "2023-05-10",
        "Speaking after a call with Nikol Pashinyan, the Prime Minister of Armenia, Russian President Vladimir Putin said the border must be respected.",
        &[
            has("nikol_pashinyan", "leader_of", "armenia"),
            has("vladimir_putin", "leader_of", "russia"),
            no_ent("person_russian_president"),
            lacks("person_*", "leader_of", "*"),
        ],
    ),
    row(
        "en_deputy_before_a_title_keeps_the_body",
        "en",
        "2024-03-01",
        "Pentagon deputy spokeswoman Sabrina Lane said the drills were planned. Russian Deputy Foreign Minister Mikhail Galuzin rejected the claim.",
        &[
            has("person_sabrina_lane", "official_of", "pentagon"),
            has("person_mikhail_galuzin|mikhail_galuzin", "official_of", "russia"),
            lacks("*", "leader_of", "*"),
        ],
    ),
    row(
        "fr_vice_ministre_is_no_minister",
        "fr",
        "2024-03-01",
        "Le vice-ministre arménien des Affaires étrangères, Vahan Kostanian, a reçu l'envoyé. La porte-parole adjointe du Pentagone, Sabrina Lane, a parlé.",
        &[
            has("person_vahan_kostani*|vahan_kostanyan", "official_of", "armenia"),
            lacks("ararat_mirzoyan", "*", "*"),
            has("person_sabrina_lane", "official_of", "pentagon"),
        ],
    ),
];

const TITLES_KNOWN_GAPS: &[Row] = &[
    row(
        "fr_ministre_de_l_economie_inconnu",
        "fr",
        "2024-05-15",
        "Le ministre arménien de l'Économie, Gevorg Papoyan, s'est rendu à Moscou.",
        &[
            ent("person_gevorg_papoyan").core("Person").new_node(),
            has("person_gevorg_papoyan", "official_of", "armenia*"),
        ],
    ),
    row(
        "fr_ministres_pluriel_se_sont_rencontres",
        "fr",
        "2024-05-15",
        "Les ministres arménien et azerbaïdjanais des Affaires étrangères se sont rencontrés à Almaty.",
        &[has("ararat_mirzoyan", "met_with", "jeyhun_bayramov")],
    ),    row(
        "fr_ministres_pluriel_complement_puis_adjectifs",
        "fr",
        "2024-05-15",
        "Les ministres des Affaires étrangères arménien et azerbaïdjanais se sont rencontrés à Almaty.",
        &[has("ararat_mirzoyan", "met_with", "jeyhun_bayramov")],
    ),
];

#[test]
fn titles() {
    check("TITLES", TITLES);
}

#[test]
#[ignore = "known gap: unlisted ministries, plural ministers named by no one"]
fn titles_known_gaps() {
    check("TITLES_KNOWN_GAPS", TITLES_KNOWN_GAPS);
}

// ---------------------------------------------------------------------------
// 4. Coordination, and a present participle sharing the subject of the
//    clause before it.

const COORDINATION: &[Row] = &[
    row(
        "en_a_person_meets_people",
        "en",
        "2024-08-20",
        "Azerbaijan hosted Vladimir Putin in Baku, where he met Ilham Aliyev.",
        &[
            lacks("azerbaijan", "met_with", "vladimir_putin"),
            lacks("vladimir_putin", "met_with", "azerbaijan"),
        ],
    ),
    row(
        "fr_objet_vague_puis_notamment",
        "fr",
        "2020-10-10",
        "Les forces arméniennes ont bombardé des villes azerbaïdjanaises, notamment Gandja et Barda.",
        &[
            has("armenia_armed_forces", "attacked", "ganja"),
            has("armenia_armed_forces", "attacked", "barda"),
            lacks("armenia_armed_forces", "attacked", "azerbaijan"),
        ],
    ),
    row(
        "en_denial_stops_at_conjunction",
        "en",
        "2020-10-10",
        "Armenia denies targeting civilians and in turn accuses Azerbaijan of shelling Stepanakert.",
        &[
            has("armenia", "accused", "azerbaijan"),
            has("azerbaijan", "attacked", "stepanakert").by("armenia"),
            lacks("armenia", "attacked", "*"),
        ],
    ),
    row(
        "en_their_leaders_are_the_heads_of_the_states_just_named",
        "en",
        "2024-03-12",
        "Armenia and Azerbaijan reopened a border crossing on Tuesday after their leaders met German Chancellor Olaf Scholz in Munich. Prime Minister Nikol Pashinyan and President Ilham Aliyev thanked him.",
        &[
            has("nikol_pashinyan", "met_with", "olaf_scholz"),
            has("ilham_aliyev", "met_with", "olaf_scholz"),
            lacks("armenia", "met_with", "*"),
        ],
    ),
    row(
        "fr_leurs_dirigeants_sont_les_chefs_des_etats_nommes",
        "fr",
        "2024-03-12",
        "Le président azerbaïdjanais Ilham Aliev et le Premier ministre arménien Nikol Pachinian étaient attendus. L'Azerbaïdjan et l'Arménie ont rouvert un poste-frontière mardi après que leurs dirigeants ont rencontré le chancelier allemand Olaf Scholz.",
        &[
            has("nikol_pashinyan", "met_with", "olaf_scholz"),
            has("ilham_aliyev", "met_with", "olaf_scholz"),
            lacks("azerbaijan", "met_with", "*"),
        ],
    ),
    row(
        "en_the_two_leaders_skips_ministers",
        "en",
        "2025-08-09",
        "Ilham Aliyev and Nikol Pashinyan met at the White House. Their foreign ministers, Jeyhun Bayramov and Ararat Mirzoyan, initialled a text. The two leaders then signed the Washington declaration.",
        &[
            has("ilham_aliyev", "party_to", "washington_declaration_2025"),
            has("nikol_pashinyan", "party_to", "washington_declaration_2025"),
            lacks("ararat_mirzoyan", "party_to", "washington_declaration_2025"),
        ],
    ),
    row(
        "fr_reunir_les_invites_se_rencontrent",
        "fr",
        "2022-10-07",
        "Emmanuel Macron et Charles Michel ont réuni Nikol Pachinian et Ilham Aliev à Prague.",
        &[
            has("emmanuel_macron", "met_with", "nikol_pashinyan"),
            has("charles_michel", "met_with", "ilham_aliyev"),
            has("nikol_pashinyan", "met_with", "ilham_aliyev"),
        ],
    ),
    row(
        "en_separate_calls_do_not_meet",
        "en",
        "2020-10-07",
        "Vladimir Putin called Ilham Aliyev and Nikol Pashinyan.",
        &[lacks("nikol_pashinyan", "met_with", "ilham_aliyev"), lacks("ilham_aliyev", "met_with", "nikol_pashinyan")],
    ),
    row(
        "fr_parties_connues_toutes_nommees",
        "fr",
        "2020-10-31",
        "Erevan a invoqué auprès de la Russie le traité d'amitié, de coopération et d'assistance mutuelle qui lie l'Arménie à Moscou.",
        &[
            has("armenia", "party_to", "armenia_russia_friendship_treaty"),
            has("russia", "party_to", "armenia_russia_friendship_treaty"),
        ],
    ),
    row(
        "fr_parties_connues_une_seule_nommee",
        "fr",
        "2020-10-31",
        "La Russie a rappelé le traité d'amitié, de coopération et d'assistance mutuelle.",
        &[lacks("russia", "party_to", "armenia_russia_friendship_treaty")],
    ),
    row(
        "fr_titulaires_entre_tirets_apres_complement",
        "fr",
        "2016-04-05",
        "Les coprésidents du groupe de Minsk de l'OSCE — la Russie, la France et les États-Unis — ont salué l'accord.",
        &[
            has("russia", "member_of", "osce_minsk_group"),
            has("france", "member_of", "osce_minsk_group"),
            has("united_states", "member_of", "osce_minsk_group"),
            lacks("russia", "member_of", "osce"),
        ],
    ),
    row(
        "fr_role_puis_titulaires_en_apposition",
        "fr",
        "2021-06-01",
        "Les coprésidents du groupe de Minsk, la Russie, la France et les États-Unis, ont appelé au calme.",
        &[
            has("russia", "member_of", "osce_minsk_group"),
            has("france", "member_of", "osce_minsk_group"),
            has("united_states", "member_of", "osce_minsk_group"),
        ],
    ),
    row(
        "fr_trois_signataires",
        "fr",
        "2024-05-15",
        "L'Arménie, l'Azerbaïdjan et la Russie ont signé la déclaration du 10 novembre 2020.",
        &[
            has("armenia", "party_to", "trilateral_statement_2020"),
            has("azerbaijan", "party_to", "trilateral_statement_2020"),
            has("russia", "party_to", "trilateral_statement_2020"),
        ],
    ),
    row(
        "en_six_members",
        "en",
        "2024-05-15",
        "Armenia, Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan are members of the CSTO.",
        &[
            has("armenia", "member_of", "csto"),
            has("russia", "member_of", "csto"),
            has("belarus", "member_of", "csto"),
            has("kazakhstan", "member_of", "csto"),
            has("kyrgyzstan", "member_of", "csto"),
            has("tajikistan", "member_of", "csto"),
        ],
    ),
    row(
        "fr_trois_sujets_critique",
        "fr",
        "2024-05-15",
        "La France, l'Allemagne et les États-Unis ont critiqué l'Azerbaïdjan.",
        &[
            has("france", "criticized", "azerbaijan"),
            has("germany", "criticized", "azerbaijan"),
            has("united_states", "criticized", "azerbaijan"),
        ],
    ),
    row(
        "fr_capitales_coordonnees",
        "fr",
        "2024-05-15",
        "Erevan et Bakou ont accusé Moscou de partialité.",
        &[
            has("armenia", "accused", "russia"),
            has("azerbaijan", "accused", "russia"),
        ],
    ),
    row(
        "fr_objets_coordonnes",
        "fr",
        "2024-05-15",
        "Vladimir Poutine a rencontré Ilham Aliev et Nikol Pachinian.",
        &[
            has("vladimir_putin", "met_with", "ilham_aliyev"),
            has("vladimir_putin", "met_with", "nikol_pashinyan"),
        ],
    ),
    row(
        "en_two_subjects",
        "en",
        "2024-05-15",
        "Armenia and Azerbaijan met with the European Union in Brussels.",
        &[
            has("armenia", "met_with", "european_union"),
            has("azerbaijan", "met_with", "european_union"),
        ],
    ),
    row(
        "fr_ainsi_que",
        "fr",
        "2024-05-15",
        "La Russie ainsi que le Kazakhstan sont membres de l'OTSC.",
        &[
            has("russia", "member_of", "csto"),
            has("kazakhstan", "member_of", "csto"),
        ],
    ),
    row(
        "fr_agents_coordonnes_passif",
        "fr",
        "2024-05-15",
        "La déclaration du 10 novembre 2020 a été signée par Ilham Aliev, Nikol Pachinian et Vladimir Poutine.",
        &[
            has("ilham_aliyev", "party_to", "trilateral_statement_2020"),
            has("nikol_pashinyan", "party_to", "trilateral_statement_2020"),
            has("vladimir_putin", "party_to", "trilateral_statement_2020"),
        ],
    ),
    row(
        "fr_participe_present_partage_le_sujet",
        "fr",
        "2024-05-15",
        "Les forces azerbaïdjanaises ont ouvert le feu sur les positions arméniennes, tuant des gardes-frontières russes.",
        &[
            has("azerbaijan_armed_forces", "attacked", "fsb_border_service"),
            lacks("armenia*", "attacked", "fsb_border_service"),
        ],
    ),
    row(
        "en_present_participle_shares_the_subject",
        "en",
        "2024-05-15",
        "Azerbaijani forces shelled Armenian positions near Tegh, wounding Russian border guards.",
        &[
            has("azerbaijan_armed_forces", "attacked", "armenia*"),
            has("azerbaijan_armed_forces", "attacked", "fsb_border_service"),
            lacks("armenia*", "attacked", "fsb_border_service"),
        ],
    ),
    row(
        "en_present_participle_without_object_adds_no_target",
        "en",
        "2024-05-15",
        "Armenia's Defence Ministry said Azerbaijani forces shelled Armenian positions near Tegh, killing two soldiers.",
        &[
            has("azerbaijan_armed_forces", "attacked", "armenia_armed_forces").by("armenia*"),
            lacks("azerbaijan*", "attacked", "armenia"),
            lacks("armenia*", "attacked", "*"),
        ],
    ),
    row(
        "fr_sujets_titres_dont_apposition_coordonnes",
        "fr",
        "2022-10-07",
        "Le président français Emmanuel Macron et le président du Conseil européen, Charles Michel, avaient réuni le Premier ministre arménien Nikol Pachinian et le président azerbaïdjanais Ilham Aliev.",
        &[
            has("emmanuel_macron", "met_with", "nikol_pashinyan"),
            has("emmanuel_macron", "met_with", "ilham_aliyev"),
            has("charles_michel", "met_with", "nikol_pashinyan"),
            has("charles_michel", "met_with", "ilham_aliyev"),
            has("emmanuel_macron", "leader_of", "france"),
            has("charles_michel", "leader_of", "european_council"),
            lacks("emmanuel_macron", "leader_of", "european_council"),
            lacks("european_council", "met_with", "*"),
        ],
    ),
    row(
        "en_titled_subjects_with_body_before_the_title",
        "en",
        "2022-10-07",
        "French President Emmanuel Macron and European Council President Charles Michel hosted Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev.",
        &[
            has("emmanuel_macron", "met_with", "nikol_pashinyan"),
            has("emmanuel_macron", "met_with", "ilham_aliyev"),
            has("charles_michel", "met_with", "ilham_aliyev"),
            has("charles_michel", "leader_of", "european_council"),
            lacks("european_council", "met_with", "*"),
        ],
    ),
    row(
        "en_titles_after_bodies_in_capitals",
        "en",
        "2024-05-15",
        "Kremlin spokesman Dmitry Peskov and Foreign Ministry spokeswoman Maria Zakharova criticized Armenia.",
        &[
            has("dmitry_peskov", "criticized", "armenia"),
            has("maria_zakharova", "criticized", "armenia"),
            lacks("russia", "criticized", "armenia"),
        ],
    ),
    row(
        "fr_appositions_apres_deux_noms_coordonnes",
        "fr",
        "2024-05-15",
        "Le porte-parole du Kremlin, Dmitri Peskov, et la porte-parole de la diplomatie russe, Maria Zakharova, ont critiqué l'Arménie.",
        &[
            has("dmitry_peskov", "criticized", "armenia"),
            has("maria_zakharova", "criticized", "armenia"),
            has("dmitry_peskov", "official_of", "russia"),
            lacks("russia", "criticized", "armenia"),
        ],
    ),
    row(
        "fr_objet_titre_avec_organisation_en_apposition",
        "fr",
        "2022-10-07",
        "Nikol Pachinian a rencontré le président du Conseil européen, Charles Michel, à Bruxelles.",
        &[
            has("nikol_pashinyan", "met_with", "charles_michel"),
            lacks("nikol_pashinyan", "met_with", "european_council"),
        ],
    ),
    row(
        "en_object_list_with_titled_people",
        "en",
        "2024-05-15",
        "Vladimir Putin received Armenian Prime Minister Nikol Pashinyan and European Council President Charles Michel.",
        &[
            has("vladimir_putin", "met_with", "nikol_pashinyan"),
            has("vladimir_putin", "met_with", "charles_michel"),
            lacks("vladimir_putin", "met_with", "european_council"),
        ],
    ),
    row(
        "en_apposition_then_conjunction",
        "en",
        "2024-05-15",
        "Charles Michel, President of the European Council, and Emmanuel Macron criticized Azerbaijan.",
        &[
            has("charles_michel", "criticized", "azerbaijan"),
            has("emmanuel_macron", "criticized", "azerbaijan"),
            lacks("european_council", "criticized", "*"),
        ],
    ),
    row(
        "fr_homologues_distribues_sur_deux_noms",
        "fr",
        "2019-04-15",
        "Sergueï Lavrov a réuni ses homologues arménien Zohrab Mnatsakanian et azerbaïdjanais Djeyhoun Baïramov.",
        &[
            has("sergey_lavrov", "met_with", "zohrab_mnatsakanyan"),
            has("sergey_lavrov", "met_with", "jeyhun_bayramov"),
            has("zohrab_mnatsakanyan", "official_of", "armenia"),
            has("jeyhun_bayramov", "official_of", "azerbaijan"),
            lacks("zohrab_mnatsakanyan", "official_of", "azerbaijan"),
        ],
    ),
    row(
        "en_counterparts_distributed_over_two_names",
        "en",
        "2020-10-09",
        "Russian Foreign Minister Sergei Lavrov and his Armenian and Azerbaijani counterparts, Zohrab Mnatsakanyan and Jeyhun Bayramov, met in Moscow.",
        &[
            has("zohrab_mnatsakanyan", "official_of", "armenia"),
            has("jeyhun_bayramov", "official_of", "azerbaijan"),
            lacks("zohrab_mnatsakanyan", "official_of", "azerbaijan"),
            has("sergey_lavrov", "met_with", "jeyhun_bayramov"),
            has("sergey_lavrov", "met_with", "zohrab_mnatsakanyan"),
        ],
    ),
    row(
        "fr_titre_pluriel_noms_dans_l_ordre",
        "fr",
        "2024-05-15",
        "Les présidents russe et azerbaïdjanais, Vladimir Poutine et Ilham Aliev, ont rencontré Nikol Pachinian.",
        &[
            has("vladimir_putin", "leader_of", "russia"),
            has("ilham_aliyev", "leader_of", "azerbaijan"),
            lacks("vladimir_putin", "leader_of", "azerbaijan"),
            lacks("ilham_aliyev", "leader_of", "russia"),
            has("vladimir_putin", "met_with", "nikol_pashinyan"),
            has("ilham_aliyev", "met_with", "nikol_pashinyan"),
        ],
    ),
    row(
        "fr_titre_avec_institution_et_homologue",
        "fr",
        "2024-05-15",
        "Le chef d'état-major arménien Onik Gasparian et son homologue azerbaïdjanais Kerim Veliev ont rencontré Vladimir Poutine.",
        &[
            has("onik_gasparyan", "met_with", "vladimir_putin"),
            has("karim_valiyev", "met_with", "vladimir_putin"),
            has("karim_valiyev", "official_of", "azerbaijan"),
        ],
    ),
    row(
        "fr_apposition_qui_nomme_le_bureau_d_un_autre",
        "fr",
        "2024-05-15",
        "Hikmet Hadjiev, conseiller du président Ilham Aliev, a accusé l'Arménie.",
        &[
            has("hikmet_hajiyev", "accused", "armenia"),
            lacks("ilham_aliyev", "accused", "*"),
        ],
    ),
    // A plural subject acting on itself holds the relation both ways.
    row(
        "fr_reciprocal_reflexive_clitic",
        "fr",
        "2022-09-13",
        "Erevan et Bakou se reprochent la reprise des combats.",
        &[
            has("armenia", "accused", "azerbaijan"),
            has("azerbaijan", "accused", "armenia"),
        ],
    ),
    row(
        "fr_reciprocal_mutuellement_no_object",
        "fr",
        "2022-09-13",
        "Les ministères de la Défense d'Erevan et de Bakou se sont mutuellement accusés d'avoir rompu le cessez-le-feu.",
        &[
            has("armenia*", "accused", "azerbaijan*"),
            has("azerbaijan*", "accused", "armenia*"),
        ],
    ),
    row(
        "en_reciprocal_each_other_no_object",
        "en",
        "2022-09-13",
        "Armenia and Azerbaijan blamed each other for the clashes.",
        &[
            has("armenia", "accused", "azerbaijan"),
            has("azerbaijan", "accused", "armenia"),
        ],
    ),
    // "the two sides" are the two states most named, not a mediator named last.
    row(
        "en_two_sides_skip_mediator_named_last",
        "en",
        "2022-09-13",
        "Azerbaijani forces shelled Armenian positions near Jermuk, Armenia said; Baku denied it. Moscow announced a truce. The two sides accused each other of breaking it.",
        &[
            has("armenia", "accused", "azerbaijan"),
            has("azerbaijan", "accused", "armenia"),
            lacks("russia", "accused", "*"),
            lacks("*", "accused", "russia"),
        ],
    ),
    row(
        "fr_deux_camps_skip_mediator_named_last",
        "fr",
        "2022-09-13",
        "Les forces azerbaïdjanaises ont bombardé des positions arméniennes, selon Erevan ; Bakou dément. Moscou a annoncé une trêve. Les deux camps se sont mutuellement accusés de l'avoir rompue.",
        &[
            has("armenia", "accused", "azerbaijan"),
            has("azerbaijan", "accused", "armenia"),
            lacks("russia", "accused", "*"),
            lacks("*", "accused", "russia"),
        ],
    ),
    row(
        "en_turn_to_capital_and_to_org",
        "en",
        "2024-05-15",
        "Armenia turned at once to Moscow and to the Collective Security Treaty Organization for help.",
        &[
            has("armenia", "requested_aid_from", "russia"),
            has("armenia", "requested_aid_from", "csto"),
        ],
    ),
    row(
        "en_turn_to_topic_no_request",
        "en",
        "2024-05-15",
        "Armenia turned to the economy after the war.",
        &[lacks("armenia", "requested_aid_from", "*")],
    ),
    row(
        "en_places_after_a_repeated_preposition",
        "en",
        "2021-01-11",
        "Russian peacekeepers are deployed along the line of contact and in the Lachin corridor.",
        &[
            has("russian_peacekeeping_contingent", "deployed_to", "line_of_contact"),
            has("russian_peacekeeping_contingent", "deployed_to", "lachin_corridor"),
        ],
    ),
    row(
        "fr_pres_de_apres_une_virgule_situe_le_lieu",
        "fr",
        "2022-09-14",
        "L'artillerie azerbaïdjanaise a visé Jermuk et Vardenis, près du lac Sevan.",
        &[
            has("azerbaijan_armed_forces", "attacked", "vardenis"),
            lacks("azerbaijan_armed_forces", "attacked", "lake_sevan"),
        ],
    ),
    row(
        "en_possessive_role_in_apposition_points_back",
        "en",
        "2021-01-01",
        "Moscow's pledges to Armenia, its ally in the CSTO, stop at the border.",
        &[
            has("armenia", "allied_with", "russia"),
            has("armenia", "member_of", "csto"),
            lacks("*", "allied_with", "csto"),
        ],
    ),
    row(
        "fr_possessive_role_in_apposition_au_sein_de",
        "fr",
        "2021-01-01",
        "Les promesses de la Russie envers l'Arménie, son alliée au sein de l'OTSC, restent vagues.",
        &[
            has("armenia", "allied_with", "russia"),
            has("armenia", "member_of", "csto"),
            lacks("*", "allied_with", "csto"),
        ],
    ),
    row(
        "fr_possessive_not_opening_an_apposition_names_no_owner",
        "fr",
        "2021-01-01",
        "La Turquie, alliée de l'Azerbaïdjan, et l'Union européenne, qui a déployé des observateurs côté arménien, renforcent leur présence dans le Caucase du Sud.",
        &[lacks("armenia", "deployed_to", "*")],
    ),
];

#[test]
fn coordination() {
    check("COORDINATION", COORDINATION);
}

// ---------------------------------------------------------------------------
// 5. Negation.

const NEGATION: &[Row] = &[
    row(
        "fr_n_a_envoye_personne",
        "fr",
        "2023-11-24",
        "Erevan n'a envoyé personne au sommet de l'OTSC à Minsk.",
        &[lacks("armenia", "deployed_to", "*")],
    ),
    row(
        "fr_n_ont_pas_attaque",
        "fr",
        "2024-05-15",
        "Les forces azerbaïdjanaises n'ont pas attaqué l'Arménie.",
        &[lacks("*", "attacked", "armenia")],
    ),
    row(
        "en_did_not_attack",
        "en",
        "2024-05-15",
        "Azerbaijan did not attack Armenia.",
        &[lacks("azerbaijan", "attacked", "armenia")],
    ),
    row(
        "fr_ni_ni_n_ont",
        "fr",
        "2024-05-15",
        "Ni Moscou ni l'OTSC n'ont soutenu l'Arménie.",
        &[lacks("*", "supported", "armenia")],
    ),
    row(
        "en_neither_nor",
        "en",
        "2024-05-15",
        "Neither Russia nor the CSTO helped Armenia.",
        &[lacks("*", "supported", "armenia")],
    ),
    row(
        "en_never",
        "en",
        "2024-05-15",
        "Russia never supported Armenia.",
        &[lacks("russia", "supported", "armenia")],
    ),
    row(
        "fr_n_a_jamais_quitte",
        "fr",
        "2024-05-15",
        "L'Arménie n'a jamais quitté l'OTSC.",
        &[lacks("armenia", "withdrew_from", "csto")],
    ),
    row(
        "fr_a_dementi",
        "fr",
        "2024-05-15",
        "Bakou a démenti avoir attaqué l'Arménie.",
        &[lacks("azerbaijan", "attacked", "armenia").modality("asserted")],
    ),
    row(
        "en_denied",
        "en",
        "2024-05-15",
        "Baku denied attacking Armenia.",
        &[lacks("azerbaijan", "attacked", "armenia").modality("asserted")],
    ),
    row(
        "en_negation_stops_at_but",
        "en",
        "2024-05-15",
        "Azerbaijan did not attack Sotk but shelled Tegh.",
        &[
            has("azerbaijan", "attacked", "tegh"),
            lacks("azerbaijan", "attacked", "sotk"),
        ],
    ),
    row(
        "fr_negation_ne_deborde_pas_mais",
        "fr",
        "2024-05-15",
        "L'Azerbaïdjan n'a pas attaqué Sotk mais a bombardé Tegh.",
        &[
            has("azerbaijan", "attacked", "tegh"),
            lacks("azerbaijan", "attacked", "sotk"),
        ],
    ),
];

#[test]
fn negation() {
    check("NEGATION", NEGATION);
}

// ---------------------------------------------------------------------------
// 6. Passive voice.

const PASSIVE: &[Row] = &[
    row(
        "en_co_chaired_by_hyphenated_participle",
        "en",
        "2021-06-01",
        "The talks stalled in the Minsk Group, co-chaired by France, Russia and the United States.",
        &[
            has("france", "member_of", "osce_minsk_group"),
            has("russia", "member_of", "osce_minsk_group"),
            has("united_states", "member_of", "osce_minsk_group"),
        ],
    ),
    row(
        "fr_participe_apres_complement_du_nom",
        "fr",
        "2021-06-01",
        "Le groupe de Minsk de l'OSCE, coprésidé par la France et les États-Unis, n'a rien obtenu.",
        &[
            has("france", "member_of", "osce_minsk_group"),
            has("united_states", "member_of", "osce_minsk_group"),
            lacks("france", "member_of", "osce"),
        ],
    ),
    row(
        "en_brokered_by",
        "en",
        "2024-05-15",
        "The ceasefire of 10 November 2020 was brokered by Russia.",
        &[has("russia", "mediated", "trilateral_statement_2020")],
    ),
    row(
        "fr_negocie_par",
        "fr",
        "2024-05-15",
        "Le cessez-le-feu du 10 novembre 2020 a été négocié par la Russie.",
        &[has("russia", "mediated", "trilateral_statement_2020")],
    ),
    row(
        "fr_bombarde_par_lieu",
        "fr",
        "2024-05-15",
        "Le village de Sotk a été bombardé par les forces azerbaïdjanaises.",
        &[has("azerbaijan_armed_forces", "attacked", "sotk")],
    ),
    row(
        "fr_bombardes_par_l_armee",
        "fr",
        "2024-05-15",
        "Les villages arméniens ont été bombardés par l'armée azerbaïdjanaise.",
        &[
            has("azerbaijan_armed_forces", "attacked", "armenia"),
            lacks("armenia", "attacked", "*"),
        ],
    ),
    row(
        "en_accused_by",
        "en",
        "2024-05-15",
        "Armenia was accused by Azerbaijan of provocations.",
        &[
            has("azerbaijan", "accused", "armenia"),
            lacks("armenia", "accused", "azerbaijan"),
        ],
    ),
    row(
        "fr_signee_par",
        "fr",
        "2024-05-15",
        "La déclaration du 10 novembre 2020 a été signée par la Russie.",
        &[has("russia", "party_to", "trilateral_statement_2020")],
    ),
    row(
        "fr_soutenue_par",
        "fr",
        "2024-05-15",
        "L'Arménie est soutenue par la France.",
        &[
            has("france", "supported", "armenia"),
            lacks("armenia", "supported", "france"),
        ],
    ),
    row(
        "en_taken_over_by",
        "en",
        "2024-05-15",
        "Lachin was taken over by Azerbaijani forces.",
        &[has("azerbaijan_armed_forces", "controls", "lachin")],
    ),
    row(
        "fr_reprise_par",
        "fr",
        "2024-05-15",
        "Latchine a été reprise par l'armée azerbaïdjanaise.",
        &[has("azerbaijan_armed_forces", "controls", "lachin")],
    ),
    row(
        "en_shelled_by_capital",
        "en",
        "2024-05-15",
        "Stepanakert was shelled by Azerbaijani forces.",
        &[
            has("azerbaijan_armed_forces", "attacked", "stepanakert"),
            lacks("*", "attacked", "artsakh"),
        ],
    ),
    row(
        "fr_guests_received_meet_each_other",
        "fr",
        "2024-05-15",
        "Mardi, Nikol Pachinian et Ilham Aliev ont été reçus au Kremlin par Vladimir Poutine.",
        &[
            has("vladimir_putin", "met_with", "nikol_pashinyan"),
            has("vladimir_putin", "met_with", "ilham_aliyev"),
            has("nikol_pashinyan", "met_with", "ilham_aliyev"),
        ],
    ),
    row(
        "en_guests_received_meet_each_other",
        "en",
        "2024-05-15",
        "On Tuesday Nikol Pashinyan and Ilham Aliyev were received in Paris by Emmanuel Macron.",
        &[
            has("emmanuel_macron", "met_with", "nikol_pashinyan"),
            has("nikol_pashinyan", "met_with", "ilham_aliyev"),
        ],
    ),
];

#[test]
fn passive() {
    check("PASSIVE", PASSIVE);
}

// ---------------------------------------------------------------------------
// 6b. Clause arguments: relative pronouns standing for a complement, a
// state's land, appositions, nouns and their objects.

const CLAUSE_ARGUMENTS: &[Row] = &[
    row(
        "fr_dont_est_membre_apres_apposition",
        "fr",
        "2022-09-14",
        "Erevan a saisi l'OTSC, l'alliance dirigée par Moscou dont l'Arménie est membre.",
        &[
            has("armenia", "member_of", "csto"),
            has("armenia", "requested_aid_from", "csto"),
        ],
    ),
    row(
        "fr_dont_fait_partie_verbe",
        "fr",
        "2022-09-14",
        "L'Organisation du traité de sécurité collective, dont le Kazakhstan fait partie, s'est tue.",
        &[has("kazakhstan", "member_of", "csto")],
    ),
    row(
        "en_of_which_is_a_member",
        "en",
        "2022-09-14",
        "The CSTO, of which Armenia is a member, sent only a fact-finding mission.",
        &[has("armenia", "member_of", "csto")],
    ),
    row(
        "fr_objet_direct_avant_preposition_et_dont_sans_copule",
        "fr",
        "2020-11-10",
        "Les forces azerbaïdjanaises conservent Chouchi, deuxième ville du Karabakh, dont le président avait annoncé la prise dimanche.",
        &[
            has("azerbaijan_armed_forces", "controls", "shusha"),
            lacks("*", "controls", "karabakh"),
        ],
    ),
    row(
        "en_in_which_is_not_a_complement",
        "en",
        "2021-11-26",
        "The leaders adopted a statement in which Armenia and Azerbaijan undertook to set up a commission.",
        // The subjects of the relative clause are the statement's parties,
        // and nothing else.
        &[
            has("armenia", "party_to", "sochi_statement_2021"),
            has("azerbaijan", "party_to", "sochi_statement_2021"),
            lacks(
                "armenia|azerbaijan",
                "accused|attacked|carried_out|criticized|mediated|met_with|requested_aid_from|supported|targeted",
                "*",
            ),
        ],
    ),
    row(
        "fr_active_perfect_not_passive_despite_par",
        "fr",
        "2022-09-14",
        "L'Arménie a saisi l'OTSC, l'alliance militaire dirigée par la Russie.",
        &[has("armenia", "requested_aid_from", "csto")],
    ),
    row(
        "fr_territoire_demonyme_occupe",
        "fr",
        "2022-10-07",
        "Selon Erevan, les forces azerbaïdjanaises occupent toujours une partie du territoire arménien.",
        &[has("azerbaijan_armed_forces", "controls", "armenia").by("armenia")],
    ),
    row(
        "fr_territoire_de_l_etat_occupe",
        "fr",
        "2022-10-07",
        "L'armée azerbaïdjanaise occupe une partie du territoire de l'Arménie.",
        &[has("azerbaijan_armed_forces", "controls", "armenia")],
    ),
    row(
        "en_demonym_territory_occupied",
        "en",
        "2022-10-07",
        "Azerbaijani troops occupy about 200 square kilometres of Armenian territory.",
        &[has("azerbaijan_armed_forces", "controls", "armenia")],
    ),
    row(
        "fr_territoire_lieu_de_deploiement_ne_dit_rien_de_plus",
        "fr",
        "2021-06-01",
        "Les soldats de la paix russes stationnés sur le territoire de l'Azerbaïdjan patrouillent.",
        &[lacks("*", "deployed_to", "azerbaijan")],
    ),
    row(
        "fr_territoire_puis_exemples_nommes",
        "fr",
        "2022-09-13",
        "Les drones azerbaïdjanais ont visé plusieurs localités situées en territoire arménien, dont la ville de Goris et Jermuk.",
        &[has("azerbaijan*", "attacked", "goris"), has("azerbaijan*", "attacked", "jermuk")],
    ),
    row(
        "fr_territoire_n_est_pas_un_lieu_dans_un_autre",
        "fr",
        "2024-12-29",
        "L'avion a été touché au-dessus du territoire russe, près de Grozny.",
        &[lacks("russia", "part_of", "*")],
    ),
    row(
        "fr_lecture_nom_gagne_apres_determinant",
        "fr",
        "2020-10-11",
        "Le ministère azerbaïdjanais de la Défense affirme que la ville a été visée et signale des tirs de roquettes sur Mingatchevir.",
        &[lacks("azerbaijan_mod", "attacked", "*")],
    ),
    row(
        "fr_mettre_en_cause",
        "fr",
        "2020-10-11",
        "Bakou a aussitôt mis en cause l'Arménie.",
        &[has("azerbaijan", "accused", "armenia")],
    ),
    row(
        "fr_apposition_n_est_pas_un_locuteur_inverse",
        "fr",
        "2020-10-11",
        "Hikmet Hadjiev, un conseiller du président, a accusé l'Arménie.",
        &[has("hikmet_hajiyev", "accused", "armenia")],
    ),
    row(
        "fr_apposition_qui_continue_apres_le_nom",
        "fr",
        "2020-10-11",
        "Hikmet Hadjiev, conseiller du président Ilham Aliev pour la politique étrangère, a accusé les forces arméniennes d'avoir tiré.",
        &[
            has("hikmet_hajiyev", "accused", "armenia_armed_forces"),
            lacks("ilham_aliyev", "accused", "*"),
        ],
    ),
    row(
        "fr_objet_d_un_nom_apres_sa_preposition",
        "fr",
        "2020-10-11",
        "L'armée arménienne a mené une frappe jugée irrespectueuse envers la Russie.",
        &[lacks("*", "attacked", "russia")],
    ),
    row(
        "fr_obligations_d_allie_envers",
        "fr",
        "2020-10-31",
        "La Russie a rappelé ses obligations d'allié envers l'Arménie.",
        &[has("russia", "allied_with", "armenia")],
    ),
    row(
        "fr_declaration_commune_en_sept_points",
        "fr",
        "2025-08-11",
        "Le 8 août, Ilham Aliev et Nikol Pachinian ont signé une déclaration commune en sept points à la Maison-Blanche.",
        &[
            has("ilham_aliyev", "party_to", "washington_declaration_2025"),
            has("nikol_pashinyan", "party_to", "washington_declaration_2025"),
        ],
    ),
    row(
        "fr_acte_d_un_autre_n_est_pas_celui_du_sujet",
        "fr",
        "2021-05-14",
        "À Paris, Emmanuel Macron a exigé le retrait immédiat des troupes azerbaïdjanaises.",
        &[lacks("emmanuel_macron", "withdrew_from", "*")],
    ),
    row(
        "fr_alliee_au_sein_d_une_organisation",
        "fr",
        "2020-10-11",
        "La Russie, alliée de l'Arménie au sein de l'OTSC, s'efforce d'obtenir une trêve.",
        &[
            has("russia", "allied_with", "armenia"),
            has("russia", "member_of", "csto"),
            has("armenia", "member_of", "csto"),
        ],
    ),
    row(
        "en_ally_in_an_organisation",
        "en",
        "2024-08-20",
        "The trip was watched in Yerevan, since Armenia is Russia's formal ally in the CSTO.",
        &[
            has("armenia", "allied_with", "russia"),
            has("armenia", "member_of", "csto"),
            has("russia", "member_of", "csto"),
        ],
    ),
    row(
        "fr_participe_apres_et_partage_l_auxiliaire",
        "fr",
        "2023-05-26",
        "Pachinian a reproché au président azerbaïdjanais d'employer ce terme, et accusé Bakou de bloquer le corridor de Latchine.",
        &[has("nikol_pashinyan", "accused", "azerbaijan")],
    ),
    row(
        "fr_se_retrouver_reciproque",
        "fr",
        "2023-05-26",
        "Ilham Aliev et Nikol Pachinian se sont retrouvés à Bruxelles.",
        &[has("ilham_aliyev", "met_with", "nikol_pashinyan")],
    ),
    row(
        "fr_negocier_entre_ministres",
        "fr",
        "2023-05-26",
        "Ararat Mirzoïan et Djeyhoun Baïramov ont négocié début mai près de Washington.",
        &[has("ararat_mirzoyan", "met_with", "jeyhun_bayramov")],
    ),
    row(
        "en_host_brings_guests_together",
        "en",
        "2022-10-31",
        "Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in Sochi.",
        &[
            has("vladimir_putin", "met_with", "ilham_aliyev"),
            has("vladimir_putin", "met_with", "nikol_pashinyan"),
            has("ilham_aliyev", "met_with", "nikol_pashinyan"),
        ],
    ),
    row(
        "en_past_verb_after_apposition",
        "en",
        "2020-10-11",
        "Hikmet Hajiyev, an aide to President Ilham Aliyev, accused Armenia of shelling Ganja.",
        &[
            has("hikmet_hajiyev", "accused", "armenia"),
            has("armenia", "attacked", "ganja").by("hikmet_hajiyev"),
            lacks("ilham_aliyev", "accused", "*"),
        ],
    ),
    row(
        "fr_role_envers_un_accord",
        "fr",
        "2024-05-15",
        "La Russie, marraine de la déclaration du 10 novembre 2020, a appelé au calme.",
        &[has("russia", "mediated", "trilateral_statement_2020")],
    ),
    row(
        "fr_signataire_de",
        "fr",
        "2024-05-15",
        "L'Arménie, signataire de la déclaration du 10 novembre 2020, demande son application.",
        &[has("armenia", "party_to", "trilateral_statement_2020")],
    ),
    row(
        "en_signatory_of",
        "en",
        "2024-05-15",
        "Armenia, a signatory of the declaration of 10 November 2020, wants it applied.",
        &[has("armenia", "party_to", "trilateral_statement_2020")],
    ),
    row(
        "en_joint_statement_speakers",
        "en",
        "2022-11-01",
        "In a joint statement issued on Monday, Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan said they would refrain from force.",
        &[
            has("ilham_aliyev", "party_to", "sochi_statement_2022"),
            has("nikol_pashinyan", "party_to", "sochi_statement_2022"),
        ],
    ),
    row(
        "fr_declaration_commune_locuteurs",
        "fr",
        "2022-11-01",
        "Dans une déclaration commune publiée lundi, l'Arménie et l'Azerbaïdjan ont affirmé leur attachement à la paix.",
        &[
            has("armenia", "party_to", "sochi_statement_2022"),
            has("azerbaijan", "party_to", "sochi_statement_2022"),
        ],
    ),
    row(
        "en_statement_single_speaker",
        "en",
        "2022-11-01",
        "In a joint statement issued on Monday, the Armenian foreign ministry said the talks had been useful.",
        &[lacks("*", "party_to", "sochi_statement_2022")],
    ),
    // Urging others to act is no request for aid; asking them to help is.
    row(
        "en_call_on_is_no_request_for_aid",
        "en",
        "2022-09-13",
        "Lavrov called on Armenia and Azerbaijan to show restraint.",
        &[lacks("*", "requested_aid_from", "*")],
    ),
    row(
        "fr_appeler_a_is_no_request_for_aid",
        "fr",
        "2022-09-13",
        "La Turquie a appelé l'Arménie à retirer ses troupes.",
        &[lacks("*", "requested_aid_from", "*")],
    ),
    row(
        "en_asked_object_to_help",
        "en",
        "2022-09-13",
        "Yerevan said it had asked Moscow to help secure the border.",
        &[has("armenia", "requested_aid_from", "russia")],
    ),
    row(
        "fr_demander_a_object_d_intervenir",
        "fr",
        "2022-09-13",
        "Erevan a demandé à Moscou d'intervenir pour protéger sa frontière.",
        &[has("armenia", "requested_aid_from", "russia")],
    ),
    row(
        "fr_dont_les_organe_de_l_etat_qui_precede",
        "fr",
        "2022-07-01",
        "La Russie, dont les gardes-frontières patrouillent le long de la frontière arméno-turque, observe.",
        &[
            has("fsb_border_service", "part_of", "russia"),
            has("fsb_border_service", "deployed_to", "armenia_turkey_border"),
        ],
    ),
    row(
        "en_whose_body_belongs_to_the_state_before",
        "en",
        "2022-07-01",
        "Russia, whose border guards patrol the Armenian-Turkish border, is watching.",
        &[has("fsb_border_service", "deployed_to", "armenia_turkey_border")],
    ),
    row(
        "fr_village_inconnu_devient_un_lieu",
        "fr",
        "2024-02-13",
        "Les soldats azerbaïdjanais ont bombardé le village de Nerkin Zar, dans la communauté de Kapan. Nerkin Zar a été évacué.",
        &[
            ent("place_nerkin_zar").core("Place"),
            has("place_nerkin_zar", "part_of", "kapan"),
            has("azerbaijan_armed_forces", "attacked", "place_nerkin_zar"),
        ],
    ),
    row(
        "en_unknown_village_becomes_a_place",
        "en",
        "2024-02-13",
        "Azerbaijani troops shelled the village of Verin Zar in Syunik province.",
        &[
            ent("place_verin_zar").core("Place"),
            has("place_verin_zar", "part_of", "syunik"),
        ],
    ),
    row(
        "en_main_town_of_a_possessed_province",
        "en",
        "2022-10-21",
        "Iran opened a consulate in Kapan, the main town of Armenia's southern Syunik province.",
        &[has("kapan", "part_of", "syunik"), has("syunik", "part_of", "armenia")],
    ),
    row(
        "fr_apposition_sans_article_et_aparte",
        "fr",
        "2020-10-11",
        "Un missile a frappé Gandja, deuxième ville d'Azerbaïdjan, dans la nuit. Les unités ont avancé près du lac Sev (Sev Lich), dans la province du Syunik.",
        &[has("ganja", "part_of", "azerbaijan"), has("black_lake", "part_of", "syunik")],
    ),
    row(
        "fr_en_territoire_adjectif",
        "fr",
        "2020-10-11",
        "Les tirs sont partis du district de Berd, en territoire arménien, selon Bakou.",
        &[has("berd", "part_of", "armenia")],
    ),
    row(
        "en_possessor_of_place_noun_apposition",
        "en",
        "2020-10-11",
        "Ganja, Azerbaijan's second largest city, was hit. The shells came from Berd, in Armenian territory.",
        &[has("ganja", "part_of", "azerbaijan"), has("berd", "part_of", "armenia")],
    ),
    row(
        "en_its_exclave",
        "en",
        "2023-05-02",
        "The road would connect mainland Azerbaijan with its exclave of Nakhchivan. Baku also wants a link to its Nakhchivan exclave.",
        &[has("nakhchivan", "part_of", "azerbaijan")],
    ),
    row(
        "en_its_positions_in_a_district_are_no_claim",
        "en",
        "2023-05-02",
        "Baku accused Armenian units of firing on its positions in the Lachin district.",
        &[lacks("lachin*", "part_of", "azerbaijan")],
    ),
    row(
        "fr_verbe_apres_et_garde_le_sujet",
        "fr",
        "2022-09-15",
        "Erevan saisit l'OTSC et se tourne vers Moscou.",
        &[
            has("armenia", "requested_aid_from", "csto"),
            has("armenia", "requested_aid_from", "russia"),
            lacks("csto", "requested_aid_from", "*"),
        ],
    ),
    row(
        "en_verb_after_and_keeps_the_subject",
        "en",
        "2022-09-15",
        "Yerevan appealed to the CSTO and then turned to Moscow.",
        &[has("armenia", "requested_aid_from", "russia"), lacks("csto", "requested_aid_from", "*")],
    ),
    row(
        "fr_pronom_d_insistance_apres_l_auxiliaire",
        "fr",
        "2020-07-14",
        "Nikol Pachinian a, lui, accusé l'Azerbaïdjan de provocations. Erdogan a lui aussi accusé l'Arménie.",
        &[
            has("nikol_pashinyan", "accused", "azerbaijan"),
            has("recep_tayyip_erdogan", "accused", "armenia"),
        ],
    ),
    row(
        "en_adjectives_before_a_cue_make_it_a_noun",
        "en",
        "2022-09-18",
        "The speaker condemned the illegal and deadly attacks by Azerbaijan on Armenian territory.",
        &[has("azerbaijan", "attacked", "armenia"), lacks("*", "attacked", "azerbaijan")],
    ),
    row(
        "fr_adjectif_antepose_fait_un_nom",
        "fr",
        "2023-04-02",
        "Selon Erevan, les violents bombardements azerbaïdjanais contre Sotk ont repris.",
        &[has("azerbaijan*", "attacked", "sotk")],
    ),
    row(
        "en_subordinate_act_takes_no_main_subject",
        "en",
        "2022-09-18",
        "When the shelling of Jermuk and Goris began, Yerevan turned to Moscow.",
        &[lacks("armenia", "attacked", "*"), has("armenia", "requested_aid_from", "russia")],
    ),
    row(
        "fr_relative_objet_que",
        "fr",
        "2020-11-10",
        "L'Arménie devra rendre les districts d'Agdam, de Kelbadjar et de Latchine, qu'elle contrôlait depuis la guerre.",
        &[
            has("armenia", "controls", "aghdam*"),
            has("armenia", "controls", "kalbajar*"),
            has("armenia", "controls", "lachin*"),
        ],
    ),
    row(
        "en_object_relative_which",
        "en",
        "2020-11-10",
        "Armenia must return the districts of Aghdam and Kalbajar, which it controlled since the war.",
        &[has("armenia", "controls", "aghdam*"), has("armenia", "controls", "kalbajar*")],
    ),
    row(
        "fr_que_apres_un_destinataire_n_est_pas_relatif",
        "fr",
        "2020-11-10",
        "Bakou a dit à Moscou que l'Arménie attaquait.",
        &[lacks("armenia", "attacked", "russia")],
    ),
    row(
        "en_apposition_in_a_possessed_province",
        "en",
        "2020-11-10",
        "The helicopter was hit near the village of Yeraskh, in Armenia's Ararat province, a few kilometres from the border.",
        &[has("yeraskh", "part_of", "ararat*"), has("ararat*", "part_of", "armenia")],
    ),
    row(
        "en_participle_agent_is_no_subject",
        "en",
        "2020-11-20",
        "Russian peacekeepers commanded by Lieutenant General Rustam Muradov are deployed in Karabakh.",
        &[
            has("russian_peacekeeping*", "deployed_to", "karabakh"),
            lacks("rustam_muradov", "deployed_to", "*"),
        ],
    ),
    row(
        "fr_agent_du_participe_n_est_pas_sujet",
        "fr",
        "2020-11-20",
        "Les soldats de la paix russes commandés par le général Rustam Mouradov patrouillent dans le corridor de Latchine.",
        &[
            has("russian_peacekeeping*", "deployed_to", "lachin_corridor"),
            lacks("rustam_muradov", "deployed_to", "*"),
        ],
    ),
    row(
        "en_apposition_road_to_is_no_containment",
        "en",
        "2022-10-21",
        "The Lachin corridor, the only road to Armenia, was cut.",
        &[lacks("lachin_corridor", "part_of", "armenia")],
    ),
    row(
        "fr_hosting_a_mission_is_no_meeting",
        "fr",
        "2024-05-15",
        "Erevan a accepté d'accueillir une mission civile de l'Union européenne à la frontière.",
        &[lacks("armenia", "met_with", "european_union")],
    ),
    row(
        "en_hosting_a_consulate_is_no_meeting",
        "en",
        "2024-05-15",
        "Tehran said it was ready to host an Armenian consulate in Tabriz.",
        &[lacks("iran", "met_with", "armenia")],
    ),
    row(
        "fr_visit_to_a_state_meets_the_state",
        "fr",
        "2024-05-15",
        "La visite d'État de Vladimir Poutine en Arménie a été suivie de près à Bakou.",
        &[has("vladimir_putin", "met_with", "armenia")],
    ),
    row(
        "en_possessor_visits_a_state",
        "en",
        "2024-05-15",
        "Vladimir Putin's visit to Armenia was followed closely in Baku.",
        &[has("vladimir_putin", "met_with", "armenia")],
    ),
    row(
        "fr_par_laquelle_sujets_parties",
        "fr",
        "2024-05-15",
        "La déclaration du 10 novembre 2020, par laquelle l'Arménie et l'Azerbaïdjan ont cessé les combats, reste fragile.",
        &[
            has("armenia", "party_to", "trilateral_statement_2020"),
            has("azerbaijan", "party_to", "trilateral_statement_2020"),
        ],
    ),
    row(
        "en_under_which_subject_party",
        "en",
        "2024-05-15",
        "The declaration of 10 November 2020, under which Armenia agreed to return Aghdam, is still in force.",
        &[has("armenia", "party_to", "trilateral_statement_2020")],
    ),
    row(
        "en_in_which_two_speakers_parties",
        "en",
        "2024-05-15",
        "Critics still quote the declaration of 10 November 2020, in which Baku and Yerevan said the war was over.",
        &[
            has("armenia", "party_to", "trilateral_statement_2020"),
            has("azerbaijan", "party_to", "trilateral_statement_2020"),
        ],
    ),
    row(
        "en_leading_meeting_phrase_simple_past",
        "en",
        "2024-05-15",
        "Speaking at a meeting with Nikol Pashinyan in Sochi, Vladimir Putin praised the truce.",
        &[has("vladimir_putin", "met_with", "nikol_pashinyan")],
    ),
    row(
        "fr_leading_meeting_phrase_present",
        "fr",
        "2024-05-15",
        "S'exprimant lors d'une rencontre avec Nikol Pachinian à Sotchi, Vladimir Poutine salue la trêve.",
        &[has("vladimir_putin", "met_with", "nikol_pashinyan")],
    ),
    row(
        "en_verb_and_preposition_apart_by_a_coordinated_object",
        "en",
        "2020-10-20",
        "Baku says Armenian forces fired rockets and heavy artillery shells at Tartar overnight.",
        &[has("armenia_armed_forces", "attacked", "tartar")],
    ),
    row(
        "en_a_name_does_not_bridge_a_long_gap",
        "en",
        "2020-10-20",
        "Armenian forces fired at dawn near Hadrut while Russian monitors looked at Tartar.",
        &[lacks("armenia_armed_forces", "attacked", "tartar")],
    ),
    row(
        "fr_prendre_le_parti_et_solidarite",
        "fr",
        "2021-07-20",
        "L'Iran a pris le parti de l'Arménie. Par solidarité avec Bakou, le Pakistan ne reconnaît pas l'Arménie.",
        &[
            has("iran", "supported", "armenia"),
            has("pakistan", "supported", "azerbaijan"),
        ],
    ),
    row(
        "en_sided_with_and_stands_with",
        "en",
        "2021-07-20",
        "Ankara sided with Baku at once. Paris stands with Yerevan, its minister said.",
        &[
            has("turkey", "supported", "azerbaijan"),
            has("france", "supported", "armenia"),
        ],
    ),
    row(
        "fr_villages_de_x_et_de_y",
        "fr",
        "2022-08-26",
        "L'armée azerbaïdjanaise a bombardé les villages de Vakhan et de Sarnakunk.",
        &[
            has("azerbaijan_armed_forces", "attacked", "place_vakhan"),
            has("azerbaijan_armed_forces", "attacked", "place_sarnakunk"),
        ],
    ),
    row(
        "en_a_singular_settlement_noun_names_one_place",
        "en",
        "2022-08-26",
        "Azerbaijani forces shelled the village of Vakhan and Sarnakunk Valley.",
        &[no_ent("place_sarnakunk"), no_ent("place_sarnakunk_valley")],
    ),
    row(
        "fr_un_nom_avant_la_virgule_d_une_tournure_en_tete",
        "fr",
        "2022-08-26",
        "Sur ordre du président Ilham Aliev, la police a pris le contrôle de Latchine.",
        &[lacks("ilham_aliyev", "controls", "lachin")],
    ),
    row(
        "fr_apposition_fermee_garde_le_sujet",
        "fr",
        "2022-08-26",
        "Ilham Aliev, le dirigeant du pays, a accusé Erevan.",
        &[has("ilham_aliyev", "accused", "armenia")],
    ),
    row(
        "fr_village_au_nom_de_prenom",
        "fr",
        "2021-07-20",
        "Les forces azerbaïdjanaises ont bombardé le village de Vardan, près de la frontière.",
        &[ent("place_vardan").core("Place").new_node(), has("azerbaijan_armed_forces", "attacked", "place_vardan")],
    ),
    row(
        "fr_accuser_x_de_apres_une_apposition",
        "fr",
        "2021-07-20",
        "Le porte-parole du ministère arménien de la Défense, Aram Torossian, a accusé l'armée azerbaïdjanaise de viser des villes, dont Ijevan, près de la frontière.",
        &[
            lacks("person_aram_torossian", "attacked", "*"),
            has("azerbaijan_armed_forces", "attacked", "ijevan"),
        ],
    ),
    row(
        "fr_reflexive_voir_coordinated",
        "fr",
        "2024-05-15",
        "Sergueï Lavrov et Jeyhun Bayramov se sont vus jeudi à Moscou.",
        &[has("sergey_lavrov", "met_with", "jeyhun_bayramov")],
    ),
    row(
        "fr_voir_not_reflexive_no_meeting",
        "fr",
        "2024-05-15",
        "Sergueï Lavrov et Jeyhun Bayramov ont vu la trêve s'effondrer.",
        &[lacks("*", "met_with", "*")],
    ),
    row(
        "fr_reflexive_voir_then_infinitive",
        "fr",
        "2024-05-15",
        "Sergueï Lavrov et Jeyhun Bayramov se sont vu refuser un visa.",
        &[lacks("*", "met_with", "*")],
    ),
    row(
        "fr_entretenus_plural_apposition",
        "fr",
        "2024-05-15",
        "Les deux ministres, Sergueï Lavrov et Jeyhun Bayramov, se sont entretenus en avril en marge d'un forum, et les échanges entre Bakou et Moscou ont repris.",
        &[
            has("sergey_lavrov", "met_with", "jeyhun_bayramov"),
            lacks("*", "met_with", "russia"),
        ],
    ),
    row(
        "fr_group_meets_person_after_a",
        "fr",
        "2024-05-15",
        "Ilham Aliev et Nikol Pachinian se sont retrouvés mardi face à Emmanuel Macron.",
        &[
            has("ilham_aliyev", "met_with", "emmanuel_macron"),
            has("nikol_pashinyan", "met_with", "emmanuel_macron"),
        ],
    ),
    row(
        "en_after_talks_subject_before",
        "en",
        "2024-05-15",
        "Sergei Lavrov opened a new consulate two days after talks in Baku with his Azerbaijani counterpart, Jeyhun Bayramov.",
        &[has("sergey_lavrov", "met_with", "jeyhun_bayramov")],
    ),
    row(
        "en_after_talks_fronted",
        "en",
        "2024-05-15",
        "Speaking on Friday after talks with Nikol Pashinyan, the Prime Minister of Armenia, French President Emmanuel Macron praised the truce.",
        &[has("emmanuel_macron", "met_with", "nikol_pashinyan")],
    ),
    row(
        "fr_apres_entretien_fronted",
        "fr",
        "2024-05-15",
        "Après un entretien avec Nikol Pachinian, Emmanuel Macron a salué la trêve.",
        &[has("emmanuel_macron", "met_with", "nikol_pashinyan")],
    ),
    // A state after a locative preposition says where the actor before it
    // is; the actor is the subject.
    row(
        "fr_subject_located_by_place",
        "fr",
        "2024-03-01",
        "Les observateurs de l'UE en Arménie ont patrouillé mardi près de Jermuk.",
        &[has("euma", "deployed_to", "jermuk"), lacks("armenia", "deployed_to", "jermuk")],
    ),
    // An apposition after the first object does not end the list when a
    // conjunction follows it.
    row(
        "fr_list_goes_on_after_apposition",
        "fr",
        "2022-09-13",
        "Erevan a saisi l'OTSC, le bloc militaire piloté par Moscou, ainsi que l'ONU.",
        &[
            has("armenia", "requested_aid_from", "csto"),
            has("armenia", "requested_aid_from", "united_nations"),
        ],
    ),
    row(
        "en_list_goes_on_after_apposition",
        "en",
        "2022-09-13",
        "Yerevan turned to the CSTO, the military bloc of six former Soviet republics, as well as the United Nations.",
        &[
            has("armenia", "requested_aid_from", "csto"),
            has("armenia", "requested_aid_from", "united_nations"),
        ],
    ),
    // A name inside a compound adjective is no argument.
    row(
        "en_name_in_compound_adjective",
        "en",
        "2023-01-01",
        "Russia offered to send observers of the CSTO, the Moscow-led military alliance, a proposal Yerevan has ignored.",
        &[
            lacks("*", "deployed_to", "moscow"),
            lacks("*", "deployed_to", "yerevan"),
        ],
    ),
    // A name right before an auxiliary is the subject of its own clause.
    row(
        "en_subject_of_relative_clause_is_no_object",
        "en",
        "2023-01-01",
        "The EU launched a mission to monitor the border, in a region that Moscow has long regarded as its own.",
        &[lacks("european_union", "deployed_to", "moscow")],
    ),
    // A noun of another relation between a verb and a name takes the name
    // as its own complement.
    row(
        "fr_under_auspices_is_no_meeting_party",
        "fr",
        "2022-08-29",
        "Aliev et Pachinian doivent se retrouver mercredi à Bruxelles, sous l'égide du président du Conseil européen, Charles Michel.",
        &[
            has("ilham_aliyev", "met_with", "nikol_pashinyan"),
            lacks("nikol_pashinyan", "met_with", "charles_michel"),
            lacks("ilham_aliyev", "met_with", "charles_michel"),
        ],
    ),
    row(
        "en_control_of_is_no_object_of_condemn",
        "en",
        "2023-04-24",
        "Armenia's Foreign Ministry condemned the move as a violation of the statement that placed the corridor under the control of Russian peacekeepers.",
        &[lacks("armenia_mfa", "criticized", "russian_peacekeeping_contingent")],
    ),
    // A relation between sides never links a person or body to its own
    // state.
    row(
        "fr_no_support_of_own_state",
        "fr",
        "2022-09-14",
        "Nikol Pachinian s'appuie sur l'alliance entre l'Arménie et la Russie.",
        &[lacks("nikol_pashinyan", "supported", "armenia")],
    ),
    row(
        "en_no_accusation_of_own_state",
        "en",
        "2022-09-14",
        "Armenia's Defence Ministry accused Armenia and Azerbaijan of violating the truce.",
        &[
            lacks("armenia_mod", "accused", "armenia"),
            has("armenia_mod", "accused", "azerbaijan"),
        ],
    ),
    // A role noun after a verb names no role of the verb's subject.
    row(
        "en_role_noun_object_of_a_verb",
        "en",
        "2023-04-24",
        "The Security Council of Artsakh appealed to the signatories of the 2020 statement, first of all Russia, to act.",
        &[
            has("artsakh_security_council", "requested_aid_from", "russia"),
            lacks("artsakh_security_council", "party_to", "*"),
        ],
    ),
    // A date in an event's name dates that event, not the other facts of
    // the sentence.
    row(
        "en_date_of_event_name_dates_no_other_fact",
        "en",
        "2023-04-24",
        "The Security Council of Artsakh appealed to the signatories of the 2020 statement, first of all Russia, to act.",
        &[lacks("artsakh_security_council", "requested_aid_from", "russia").date("2020")],
    ),
    row(
        "fr_date_of_event_name_dates_no_other_fact",
        "fr",
        "2023-04-20",
        "Mardi, l'Arménie a accusé l'Azerbaïdjan de violer la déclaration du 9 novembre 2020.",
        &[has("armenia", "accused", "azerbaijan").date("2023-04-18")],
    ),
    // A force as direct object is what moves; the place after the
    // preposition is what is left.
    row(
        "en_withdrew_force_from_place",
        "en",
        "2024-04-20",
        "Russia withdrew its peacekeepers from Karabakh in April.",
        &[
            has("russia", "withdrew_from", "karabakh"),
            lacks("russia", "withdrew_from", "russian_peacekeeping_contingent"),
        ],
    ),
    row(
        "fr_retire_force_de_lieu",
        "fr",
        "2024-04-20",
        "La Russie a retiré ses soldats de la paix du Karabakh en avril.",
        &[
            has("russia", "withdrew_from", "karabakh"),
            lacks("russia", "withdrew_from", "russian_peacekeeping_contingent"),
        ],
    ),
    // A possessive before a state body names the state before it, over an
    // international organisation named in between.
    row(
        "fr_possessive_owner_of_body",
        "fr",
        "2023-05-20",
        "La Russie garde un atout dont l'Union européenne ne dispose pas : ses soldats de la paix déployés au Karabakh.",
        &[has("russian_peacekeeping_contingent", "part_of", "russia")],
    ),
    row(
        "en_possessive_owner_of_body",
        "en",
        "2023-05-20",
        "Russia keeps its peacekeepers in Karabakh.",
        &[has("russian_peacekeeping_contingent", "part_of", "russia")],
    ),
    row(
        "en_subject_located_by_place",
        "en",
        "2024-03-01",
        "Russian border guards in Armenia patrolled near Jermuk on Tuesday.",
        &[
            has("fsb_border_directorate_armenia", "deployed_to", "jermuk"),
            lacks("armenia", "deployed_to", "jermuk"),
        ],
    ),
];

#[test]
fn clause_arguments() {
    check("CLAUSE_ARGUMENTS", CLAUSE_ARGUMENTS);
}

// ---------------------------------------------------------------------------
// 7. Relative dates, resolved against the publication date.

const RELATIVE_DATES: &[Row] = &[
    row(
        "fr_evenement_de_lundi",
        "fr",
        "2025-03-12",
        "Les affrontements de lundi près de Tegh ont fait deux morts.",
        &[
            ent("*").core("Event").date("2025-03-10"),
            has("*", "took_place_in", "tegh"),
        ],
    ),
    row(
        "fr_mardi",
        "fr",
        "2024-05-15",
        "L'Azerbaïdjan a attaqué l'Arménie mardi.",
        &[has("azerbaijan", "attacked", "armenia").date("2024-05-14")],
    ),
    row(
        "en_on_tuesday",
        "en",
        "2024-05-15",
        "Azerbaijan attacked Armenia on Tuesday.",
        &[has("azerbaijan", "attacked", "armenia").date("2024-05-14")],
    ),
    row(
        "fr_ce_mercredi_jour_meme",
        "fr",
        "2024-05-15",
        "Ce mercredi, Nikol Pachinian a rencontré Emmanuel Macron.",
        &[has("nikol_pashinyan", "met_with", "emmanuel_macron").date("2024-05-15")],
    ),
    row(
        "fr_lundi_dernier",
        "fr",
        "2024-05-15",
        "L'Arménie a accusé l'Azerbaïdjan d'avoir attaqué Sotk lundi dernier.",
        &[has("azerbaijan", "attacked", "sotk").date("2024-05-13")],
    ),
    row(
        "en_last_friday",
        "en",
        "2024-05-15",
        "Russia and Armenia met in Moscow last Friday.",
        &[has("armenia", "met_with", "russia").date("2024-05-10")],
    ),
    row(
        "fr_il_y_a_trois_ans",
        "fr",
        "2024-05-15",
        "Il y a trois ans, l'Azerbaïdjan a attaqué l'Arménie.",
        &[has("azerbaijan", "attacked", "armenia").date("2021")],
    ),
    row(
        "en_three_years_ago",
        "en",
        "2024-05-15",
        "Three years ago, Azerbaijan attacked Armenia.",
        &[has("azerbaijan", "attacked", "armenia").date("2021")],
    ),
    row(
        "fr_il_y_a_deux_mois",
        "fr",
        "2024-05-15",
        "L'Arménie a quitté l'OTSC il y a deux mois.",
        &[has("armenia", "withdrew_from", "csto").date("2024-03")],
    ),
    row(
        "fr_le_12_mars_sans_annee",
        "fr",
        "2024-05-15",
        "Vladimir Poutine a rencontré Ilham Aliev le 12 mars.",
        &[has("vladimir_putin", "met_with", "ilham_aliyev").date("2024-03-12")],
    ),
    row(
        "fr_un_an_plus_tard_ancre_dans_le_texte",
        "fr",
        "2026-01-10",
        "L'Azerbaïdjan a pris le contrôle de Latchine en septembre 2023. Un an plus tard, l'Arménie a gelé sa participation à l'OTSC.",
        &[
            has("azerbaijan", "controls", "lachin").date("2023-09"),
            has("armenia", "withdrew_from", "csto").date("2024"),
        ],
    ),
];

#[test]
fn relative_dates() {
    check("RELATIVE_DATES", RELATIVE_DATES);
}

// ---------------------------------------------------------------------------
// 8. Attribution.

const ATTRIBUTION: &[Row] = &[
    row(
        "fr_attaque_sans_objet_contre_le_camp_qui_rapporte",
        "fr",
        "2022-09-13",
        "Le ministère arménien de la Défense rapporte que les forces armées azerbaïdjanaises mènent des bombardements sur trois axes.",
        &[has("azerbaijan_armed_forces", "attacked", "armenia").by("armenia_mod")],
    ),
    row(
        "fr_attaque_sans_objet_rapportee_par_son_propre_camp",
        "fr",
        "2022-09-13",
        "Le ministère azerbaïdjanais de la Défense rapporte que les forces armées azerbaïdjanaises mènent des bombardements sur trois axes.",
        &[lacks("azerbaijan_armed_forces", "attacked", "*")],
    ),
    row(
        "fr_incise_avant_le_verbe_de_parole",
        "fr",
        "2016-04-05",
        "Le président turc avait, lui, assuré que la Turquie soutient l'Azerbaïdjan.",
        &[has("turkey", "supported", "azerbaijan").by("recep_tayyip_erdogan")],
    ),
    row(
        "fr_a_declare_que",
        "fr",
        "2024-05-15",
        "Nikol Pachinian a déclaré que l'Azerbaïdjan avait attaqué l'Arménie.",
        &[has("azerbaijan", "attacked", "armenia").by("nikol_pashinyan")],
    ),
    row(
        "fr_a_affirme_inverse",
        "fr",
        "2024-05-15",
        "L'Azerbaïdjan a attaqué l'Arménie, a affirmé Nikol Pachinian.",
        &[
            has("azerbaijan", "attacked", "armenia").by("nikol_pashinyan"),
            lacks("*", "attacked", "nikol_pashinyan"),
        ],
    ),
    row(
        "fr_selon_en_fin",
        "fr",
        "2024-05-15",
        "L'Azerbaïdjan a attaqué l'Arménie, selon Erevan.",
        &[has("azerbaijan", "attacked", "armenia").by("armenia")],
    ),
    row(
        "fr_ministere_a_affirme_que",
        "fr",
        "2024-05-15",
        "Le ministère azerbaïdjanais de la Défense a affirmé que l'armée arménienne avait bombardé Lachin.",
        &[has("armenia_armed_forces", "attacked", "lachin").by("azerbaijan_mod")],
    ),
    row(
        "en_said_that",
        "en",
        "2024-05-15",
        "Maria Zakharova said that Armenia had withdrawn from the CSTO.",
        &[has("armenia", "withdrew_from", "csto").by("maria_zakharova")],
    ),
    row(
        "fr_accuse_d_avoir",
        "fr",
        "2024-05-15",
        "L'Azerbaïdjan a accusé l'Arménie d'avoir bombardé Lachin.",
        &[
            has("azerbaijan", "accused", "armenia"),
            has("armenia", "attacked", "lachin").by("azerbaijan"),
        ],
    ),
    row(
        "en_russia_accused_ukraine",
        "en",
        "2024-05-15",
        "Russia accused Ukraine of attacking the Kursk region.",
        &[has("russia", "accused", "ukraine")],
    ),
    row(
        "fr_selon_ministere_en_tete",
        "fr",
        "2024-05-15",
        "Selon le ministère arménien de la Défense, les forces azerbaïdjanaises ont bombardé Sotk.",
        &[has("azerbaijan_armed_forces", "attacked", "sotk").by("armenia_mod")],
    ),
    row(
        "fr_selon_capitale_en_tete",
        "fr",
        "2024-05-15",
        "Selon Bakou, l'Arménie a attaqué l'Azerbaïdjan.",
        &[has("armenia", "attacked", "azerbaijan").by("azerbaijan")],
    ),
    row(
        "fr_d_apres_capitale_en_tete",
        "fr",
        "2024-05-15",
        "D'après Erevan, l'armée azerbaïdjanaise contrôle toujours Parukh.",
        &[has("azerbaijan_armed_forces", "controls", "parukh").by("armenia")],
    ),
    row(
        "en_according_to_baku",
        "en",
        "2024-05-15",
        "According to Baku, Armenia attacked Azerbaijan.",
        &[
            has("armenia", "attacked", "azerbaijan").by("azerbaijan"),
            no_ent("baku"),
        ],
    ),
    row(
        "en_according_to_ministry",
        "en",
        "2024-05-15",
        "According to the Armenian Defence Ministry, Azerbaijani forces shelled Sotk.",
        &[has("azerbaijan_armed_forces", "attacked", "sotk").by("armenia_mod")],
    ),
    row(
        "fr_a_affirme_objet_demonyme",
        "fr",
        "2024-05-15",
        "L'Azerbaïdjan a attaqué des positions arméniennes, a affirmé Nikol Pachinian.",
        &[
            has("azerbaijan", "attacked", "armenia|armenia_armed_forces").by("nikol_pashinyan"),
            lacks("*", "attacked", "nikol_pashinyan"),
        ],
    ),
    row(
        "en_accused_of_gerund",
        "en",
        "2024-05-15",
        "Azerbaijan accused Armenia of shelling Tegh.",
        &[
            has("azerbaijan", "accused", "armenia"),
            has("armenia", "attacked", "tegh").by("azerbaijan"),
        ],
    ),
    row(
        "en_postposed_said",
        "en",
        "2024-05-15",
        "Azerbaijan attacked Armenia, Nikol Pashinyan said.",
        &[
            has("azerbaijan", "attacked", "armenia").by("nikol_pashinyan"),
            lacks("*", "attacked", "nikol_pashinyan"),
        ],
    ),
    row(
        "en_postposed_ministry_said",
        "en",
        "2024-05-15",
        "Azerbaijan shelled Tegh, the Armenian defence ministry said.",
        &[has("azerbaijan", "attacked", "tegh").by("armenia_mod")],
    ),
    row(
        "fr_postpose_a_declare",
        "fr",
        "2024-05-15",
        "L'Azerbaïdjan a bombardé Tegh, a déclaré Nikol Pachinian.",
        &[
            has("azerbaijan", "attacked", "tegh").by("nikol_pashinyan"),
            lacks("*", "*", "nikol_pashinyan"),
        ],
    ),
    row(
        "en_state_in_a_title_is_no_verb_of_saying",
        "en",
        "2020-10-24",
        "US Secretary of State Mike Pompeo met Azerbaijani Foreign Minister Jeyhun Bayramov. Secretary of State Mike Pompeo met Zohrab Mnatsakanyan.",
        &[
            has("mike_pompeo", "met_with", "jeyhun_bayramov"),
            lacks("mike_pompeo", "met_with", "jeyhun_bayramov").by("united_states"),
            has("mike_pompeo", "met_with", "zohrab_mnatsakanyan"),
        ],
    ),
    row(
        "en_possessive_state_body_speaks",
        "en",
        "2022-09-13",
        "Azerbaijan's Defence Ministry said Armenian units shelled Lachin.",
        &[
            has("azerbaijan_mod", "part_of", "azerbaijan"),
            has("armenia_armed_forces", "attacked", "lachin").by("azerbaijan_mod"),
        ],
    ),
    row(
        "en_untitled_apposition_keeps_the_person_as_speaker",
        "en",
        "2021-11-20",
        "Armen Grigoryan, secretary of Armenia's Security Council, said Azerbaijani troops attacked Armenia.",
        &[has("azerbaijan_armed_forces", "attacked", "armenia").by("armen_grigoryan")],
    ),
    row(
        "fr_apposition_with_hyphenated_title_keeps_the_person",
        "fr",
        "2021-11-20",
        "Leyla Abdullayeva, porte-parole du ministère azerbaïdjanais des Affaires étrangères, a déclaré que les troupes arméniennes avaient bombardé Terter.",
        &[has("armenia_armed_forces", "attacked", "*").by("leyla_abdullayeva")],
    ),
    row(
        "en_speaker_claims_its_own_act_with_an_infinitive",
        "en",
        "2016-04-03",
        "The Azerbaijani army claimed to have taken control of Talish.",
        &[has("azerbaijan_armed_forces", "controls", "talish").by("azerbaijan_armed_forces")],
    ),
    row(
        "fr_locuteur_affirme_avoir_agi_lui_meme",
        "fr",
        "2016-04-03",
        "L'Arménie affirme avoir repris le contrôle de Tegh.",
        &[has("armenia", "controls", "tegh").by("armenia")],
    ),
    row(
        "en_claimed_response_to_a_sides_provocations_accuses_it",
        "en",
        "2022-09-14",
        "Baku says its troops were only responding to Armenian provocations near Jermuk.",
        &[has("azerbaijan", "accused", "armenia")],
    ),
    row(
        "en_claimed_response_to_an_attack_by_a_side_accuses_it",
        "en",
        "2021-11-17",
        "Azerbaijan said its units had retaliated against an attack by Armenian forces.",
        &[has("azerbaijan", "accused", "armenia|armenia_armed_forces")],
    ),
    row(
        "fr_riposte_revendiquee_a_des_provocations_accuse",
        "fr",
        "2022-09-14",
        "Le ministère azerbaïdjanais de la Défense affirme avoir riposté à des provocations arméniennes.",
        &[has("azerbaijan_mod", "accused", "armenia")],
    ),
    row(
        "fr_reponse_revendiquee_a_une_attaque_des_forces_accuse",
        "fr",
        "2021-11-17",
        "Erevan assure avoir répondu à une attaque des forces azerbaïdjanaises.",
        &[has("armenia", "accused", "azerbaijan|azerbaijan_armed_forces")],
    ),
    row(
        "en_of_two_claims_the_later_speaker_says_what_follows_it",
        "en",
        "2023-05-10",
        "Armenia accused Azerbaijani forces of shelling Armenian positions, while Baku said its troops had only repelled an attack by Armenian forces.",
        &[
            has("azerbaijan_armed_forces", "attacked", "armenia_armed_forces").by("armenia"),
            has("armenia_armed_forces", "attacked", "azerbaijan*").by("azerbaijan"),
        ],
    ),
    row(
        "fr_participe_de_parole_coordonne_garde_le_sujet",
        "fr",
        "2023-05-10",
        "Le ministère russe des Affaires étrangères a condamné les violences et assuré que la Russie soutiendrait l'Arménie.",
        &[has("russia", "supported", "armenia").by("russia_mfa")],
    ),
    row(
        "fr_gerondif_de_parole_garde_le_locuteur",
        "fr",
        "2023-05-10",
        "Le porte-parole Dmitri Peskov a déclaré que Moscou suivait la situation, tout en rappelant que l'Arménie reste un allié de la Russie.",
        &[has("armenia", "allied_with", "russia").by("dmitry_peskov")],
    ),
    row(
        "en_participle_of_saying_after_a_comma_opens_its_own_clause",
        "en",
        "2023-05-10",
        "Azerbaijan's Foreign Ministry said Baku would establish control at the checkpoint, claiming that Armenia was sending weapons into Karabakh.",
        &[
            has("armenia", "deployed_to", "karabakh").by("azerbaijan_mfa"),
            lacks("azerbaijan", "controls", "karabakh"),
        ],
    ),
    row(
        "en_an_unnamed_speaker_leaves_the_actor_after_said_free",
        "en",
        "2022-09-14",
        "Officials said Azerbaijani troops shelled Jermuk overnight.",
        &[has("azerbaijan_armed_forces", "attacked", "jermuk")],
    ),
];

#[test]
fn attribution() {
    check("ATTRIBUTION", ATTRIBUTION);
}

// ---------------------------------------------------------------------------
// 9. Modality.

const MODALITY: &[Row] = &[
    row(
        "fr_va_quitter",
        "fr",
        "2024-05-15",
        "L'Arménie va quitter l'OTSC.",
        &[
            has("armenia", "withdrew_from", "csto").modality("future"),
            lacks("armenia", "withdrew_from", "csto").modality("asserted"),
        ],
    ),
    row(
        "fr_futur_simple",
        "fr",
        "2024-05-15",
        "L'Arménie quittera l'OTSC.",
        &[has("armenia", "withdrew_from", "csto").modality("future")],
    ),
    row(
        "en_will_withdraw",
        "en",
        "2024-05-15",
        "Armenia will withdraw from the CSTO.",
        &[has("armenia", "withdrew_from", "csto").modality("future")],
    ),
    row(
        "en_plans_to_leave",
        "en",
        "2024-05-15",
        "Armenia plans to leave the CSTO.",
        &[has("armenia", "withdrew_from", "csto").modality("future|conditional")],
    ),
    row(
        "fr_envisage_de",
        "fr",
        "2024-05-15",
        "L'Arménie envisage de quitter l'OTSC.",
        &[has("armenia", "withdrew_from", "csto").modality("future|conditional")],
    ),
    row(
        "en_is_going_to",
        "en",
        "2024-05-15",
        "Russia is going to deploy troops to Syunik.",
        &[has("russia", "deployed_to", "syunik").modality("future")],
    ),
    row(
        "fr_pourrait_attaquer",
        "fr",
        "2024-05-15",
        "L'Azerbaïdjan pourrait attaquer l'Arménie.",
        &[
            has("azerbaijan", "attacked", "armenia").modality("conditional"),
            lacks("azerbaijan", "attacked", "armenia").modality("asserted"),
        ],
    ),
    row(
        "fr_pourrait_soutenir",
        "fr",
        "2024-05-15",
        "La Russie pourrait soutenir l'Arménie.",
        &[has("russia", "supported", "armenia").modality("conditional")],
    ),
    row(
        "en_could_attack",
        "en",
        "2024-05-15",
        "Azerbaijan could attack Armenia.",
        &[has("azerbaijan", "attacked", "armenia").modality("conditional")],
    ),
    row(
        "en_might_attack",
        "en",
        "2024-05-15",
        "Azerbaijan might attack Armenia.",
        &[has("azerbaijan", "attacked", "armenia").modality("conditional")],
    ),
    row(
        "fr_si_subordonnee",
        "fr",
        "2024-05-15",
        "Si l'Arménie quitte l'OTSC, la Russie attaquera l'Arménie.",
        &[
            has("armenia", "withdrew_from", "csto").modality("conditional"),
            has("russia", "attacked", "armenia").modality("future|conditional"),
        ],
    ),
    row(
        "fr_menace_de",
        "fr",
        "2024-05-15",
        "L'Azerbaïdjan menace d'attaquer l'Arménie.",
        &[has("azerbaijan", "attacked", "armenia").modality("future|conditional")],
    ),
    row(
        "en_threatened_to",
        "en",
        "2024-05-15",
        "Azerbaijan threatened to attack Armenia.",
        &[
            has("azerbaijan", "attacked", "armenia").modality("future|conditional"),
            lacks("azerbaijan", "attacked", "armenia").modality("asserted"),
        ],
    ),
    row(
        "fr_si_subordonnee_sujet",
        "fr",
        "2024-05-15",
        "Si l'Arménie quitte l'OTSC, la Russie attaquera l'Arménie.",
        &[lacks("csto", "attacked", "*")],
    ),
];

#[test]
fn modality() {
    check("MODALITY", MODALITY);
}

// ---------------------------------------------------------------------------
// 10. Events and agreements: gazetteer entries recognised by description and
//     date, new dated events, the same event merged across documents.

const EVENTS: &[Row] = &[
    row(
        "en_a_place_in_the_description_rules_out_an_event_held_elsewhere",
        "en",
        "2022-10-31",
        "On October 6, Aliyev and Pashinyan met in Prague with Emmanuel Macron. Ahead of the Sochi meeting, Pashinyan said he was ready to sign a document.",
        &[
            ent("sochi_summit_2022"),
            has("sochi_summit_2022", "took_place_in", "sochi"),
            lacks("prague_summit_2022", "*", "*"),
        ],
    ),
    row(
        "fr_un_lieu_avant_l_accord_ne_le_situe_pas_au_dela_d_une_preposition",
        "fr",
        "2021-06-01",
        "Les soldats russes déployés au Haut-Karabakh en vertu de l'accord de cessez-le-feu de novembre 2020 patrouillent le corridor.",
        &[
            ent("trilateral_statement_2020"),
            lacks("trilateral_statement_2020", "took_place_in", "karabakh"),
        ],
    ),
    row(
        "fr_un_lieu_avant_l_accord_le_situe_a_travers_les_determinants",
        "fr",
        "2020-11-10",
        "Les trois dirigeants ont signé au Kremlin la déclaration du 10 novembre 2020.",
        &[has("trilateral_statement_2020", "took_place_in", "*")],
    ),
    row(
        "fr_date_approximative_trouve_l_evenement",
        "fr",
        "2024-03-01",
        "Vers octobre 2023, une offensive a visé le Haut-Karabakh.",
        &[ent("azerbaijani_offensive_2023"), no_ent("event_offensive_2023_10")],
    ),
    row(
        "fr_date_exacte_d_un_autre_mois_cree_l_evenement",
        "fr",
        "2024-03-01",
        "En octobre 2023, une offensive a visé le Haut-Karabakh.",
        &[no_ent("azerbaijani_offensive_2023")],
    ),
    row(
        "en_checkpoint_is_part_of_not_the_blockade",
        "en",
        "2023-04-24",
        "Azerbaijan on Sunday installed a checkpoint on the Lachin corridor, tightening a blockade that has lasted for months.",
        &[
            has("azerbaijan", "carried_out", "hakari_checkpoint_installation"),
            ent("lachin_blockade").core("Event"),
        ],
    ),
    row(
        "fr_personne_dans_le_nom_de_l_evenement",
        "fr",
        "2024-08-21",
        "La visite d'État de Vladimir Poutine en Azerbaïdjan a duré deux jours.",
        &[
            has(
                "vladimir_putin",
                "carried_out",
                "putin_visit_azerbaijan_2024",
            ),
            has("putin_visit_azerbaijan_2024", "took_place_in", "azerbaijan"),
        ],
    ),
    row(
        "fr_lieu_connu_de_l_evenement",
        "fr",
        "2021-11-27",
        "Le sommet de Sotchi du 26 novembre 2021 a été bref.",
        &[has("sochi_summit_2021", "took_place_in", "sochi")],
    ),
    row(
        "fr_evenement_cree_avec_sa_description",
        "fr",
        "2024-05-15",
        "Erevan n'a envoyé personne au sommet de l'OTSC à Bichkek, en octobre 2029.",
        &[
            ent("event_summit_2029_10").date("2029-10"),
            has("event_summit_2029_10", "took_place_in", "bishkek"),
        ],
    ),
    row(
        "fr_jours_apres_ne_date_pas_l_evenement",
        "fr",
        "2029-03-12",
        "Trois jours après la rencontre de Genève, le ministre a parlé dimanche.",
        &[
            no_ent("event_talks_2029_03_14"),
            no_ent("event_talks_2029_03_11"),
        ],
    ),
    row(
        "fr_offensive_de_septembre_2023",
        "fr",
        "2024-05-15",
        "L'offensive de septembre 2023 a provoqué l'exode des Arméniens du Karabakh.",
        &[ent("azerbaijani_offensive_2023").core("Event")],
    ),
    row(
        "fr_a_mene_l_offensive",
        "fr",
        "2024-05-15",
        "L'Azerbaïdjan a mené l'offensive de septembre 2023.",
        &[has(
            "azerbaijan",
            "carried_out",
            "azerbaijani_offensive_2023",
        )],
    ),
    row(
        "en_september_2023_offensive",
        "en",
        "2024-05-15",
        "The September 2023 offensive ended the Republic of Artsakh.",
        &[ent("azerbaijani_offensive_2023").core("Event")],
    ),
    row(
        "en_launched_the_2023_offensive",
        "en",
        "2024-05-15",
        "Azerbaijan launched the 2023 offensive against Karabakh.",
        &[has(
            "azerbaijan",
            "carried_out",
            "azerbaijani_offensive_2023",
        )],
    ),
    row(
        "fr_declaration_signee_le",
        "fr",
        "2024-05-15",
        "La déclaration signée le 10 novembre 2020 a mis fin à la guerre.",
        &[ent("trilateral_statement_2020")
            .core("Agreement")
            .date("2020-11-10")],
    ),
    row(
        "fr_guerre_de_2020",
        "fr",
        "2024-05-15",
        "La guerre de 2020 a duré 44 jours.",
        &[ent("second_karabakh_war").core("Event")],
    ),
    row(
        "fr_evenement_nouveau_date",
        "fr",
        "2025-03-10",
        "L'armée azerbaïdjanaise a mené les affrontements du 3 mars 2025 près de Tegh.",
        &[
            ent("*").core("Event").new_node().date("2025-03-03"),
            has("azerbaijan_armed_forces", "carried_out", "*").date("2025-03-03"),
            has("*", "took_place_in", "tegh"),
        ],
    ),
    row(
        "en_new_dated_event",
        "en",
        "2025-03-10",
        "The clashes of 3 March 2025 near Tegh killed two soldiers.",
        &[
            ent("*").core("Event").new_node().date("2025-03-03"),
            has("*", "took_place_in", "tegh"),
        ],
    ),
    row(
        "fr_une_offensive_en_septembre_2023",
        "fr",
        "2024-05-15",
        "L'Azerbaïdjan a lancé une offensive contre le Haut-Karabakh en septembre 2023.",
        &[
            has("azerbaijan", "carried_out", "azerbaijani_offensive_2023"),
            has("azerbaijani_offensive_2023", "targeted", "karabakh"),
        ],
    ),
    row(
        "en_offensive_against_target",
        "en",
        "2024-05-15",
        "Azerbaijan launched the 2023 offensive against Karabakh.",
        &[has("azerbaijani_offensive_2023", "targeted", "karabakh")],
    ),
    row(
        "fr_operation_nommee_entre_guillemets",
        "fr",
        "2025-03-10",
        "L'armée azerbaïdjanaise a revendiqué une « opération de représailles » près de Tegh.",
        &[
            ent("event_offensive_operation_de_represailles").date("2025-03-10"),
            has(
                "azerbaijan_armed_forces",
                "carried_out",
                "event_offensive_operation_de_represailles",
            ),
        ],
    ),
    row(
        "en_operation_named_in_quotes",
        "en",
        "2025-03-10",
        "The Azerbaijani army claimed responsibility for a \"retaliation operation\" near Tegh.",
        &[
            ent("event_offensive_retaliation_operation").date("2025-03-10"),
            has(
                "azerbaijan_armed_forces",
                "carried_out",
                "event_offensive_retaliation_operation",
            ),
        ],
    ),
    row(
        "fr_remise_d_un_district",
        "fr",
        "2021-01-10",
        "L'Arménie a effectué le 25 novembre 2020 la remise du district de Kelbadjar.",
        &[
            ent("*").core("Event").new_node().date("2020-11-25"),
            has("armenia", "carried_out", "*"),
        ],
    ),
    row(
        "en_handover_of_a_district",
        "en",
        "2021-01-10",
        "Armenia carried out the handover of the Kalbajar district on 25 November 2020.",
        &[
            ent("*").core("Event").new_node().date("2020-11-25"),
            has("armenia", "carried_out", "*"),
        ],
    ),
    row(
        "fr_frappe_datee",
        "fr",
        "2021-01-10",
        "La frappe du 11 octobre 2020 a fait dix morts à Gandja.",
        &[ent("*").core("Event").new_node().date("2020-10-11")],
    ),
    row(
        "en_dated_missile_strike",
        "en",
        "2021-01-10",
        "On 11 October 2020, a missile strike killed ten people in Ganja.",
        &[ent("*").core("Event").new_node().date("2020-10-11")],
    ),
    row(
        "fr_exercices_entames",
        "fr",
        "2025-03-10",
        "L'armée azerbaïdjanaise a entamé les exercices du 3 mars 2025 près de Tegh.",
        &[has("azerbaijan_armed_forces", "carried_out", "*").date("2025-03-03")],
    ),
    row(
        "en_exercises_started",
        "en",
        "2025-03-10",
        "Azerbaijani troops started the exercises of 3 March 2025 near Tegh.",
        &[has("azerbaijan_armed_forces", "carried_out", "*").date("2025-03-03")],
    ),
    row(
        "fr_se_derouler_autour_de_pas_loin_de",
        "fr",
        "2020-07-14",
        "Les affrontements de juillet 2020 se déroulent loin du Haut-Karabakh, autour du district azerbaïdjanais de Tovouz et de la province arménienne de Tavouch.",
        &[
            has("*", "took_place_in", "tovuz"),
            has("*", "took_place_in", "tavush"),
            lacks("*", "took_place_in", "nagorno_karabakh|armenia"),
        ],
    ),
    row(
        "fr_eclater_entre_deux_etats_ne_dit_pas_ou",
        "fr",
        "2024-01-10",
        "Les combats les plus meurtriers depuis la guerre de 2020 ont éclaté sur la frontière qui sépare l'Arménie de l'Azerbaïdjan. Vers la fin de 2023, une guerre éclatait entre l'Arménie et l'Azerbaïdjan.",
        &[lacks("*", "took_place_in", "armenia|azerbaijan")],
    ),
    row(
        "en_clashes_broke_out_in",
        "en",
        "2020-07-14",
        "Clashes broke out in Tovuz on Sunday, far from Karabakh.",
        &[has("*", "took_place_in", "tovuz"), lacks("*", "took_place_in", "nagorno_karabakh")],
    ),
];

const EVENTS_KNOWN_GAPS: &[Row] = &[row(
    "fr_pres_de_lieu_evenement",
    "fr",
    "2025-03-10",
    "Les affrontements du 3 mars 2025 ont fait deux morts près de Tegh.",
    &[has("*", "took_place_in", "tegh")],
)];

#[test]
fn events() {
    check("EVENTS", EVENTS);
}

#[test]
#[ignore = "known gap: 'près de' far from the event"]
fn events_known_gaps() {
    check("EVENTS_KNOWN_GAPS", EVENTS_KNOWN_GAPS);
}

/// Two documents naming the same event; they must give it the same id (and
/// that id, when the gazetteer knows the event).
struct Pair {
    name: &'static str,
    a: (&'static str, &'static str, &'static str),
    b: (&'static str, &'static str, &'static str),
    id: Option<&'static str>,
}

const SAME_EVENT: &[Pair] = &[
    Pair {
        name: "relative_and_absolute_date",
        a: (
            "fr",
            "2025-03-05",
            "Les affrontements de lundi près de Tegh ont fait deux morts.",
        ),
        b: (
            "fr",
            "2025-03-10",
            "Les affrontements du 3 mars 2025 près de Tegh ont fait deux morts.",
        ),
        id: None,
    },
    Pair {
        name: "clashes_fr_en_with_place",
        a: (
            "fr",
            "2025-03-10",
            "Les affrontements du 3 mars 2025 ont fait deux morts près de Tegh.",
        ),
        b: (
            "en",
            "2025-03-11",
            "The clashes of 3 March 2025 near Tegh killed two soldiers.",
        ),
        id: None,
    },
    Pair {
        name: "combats_affrontements",
        a: (
            "fr",
            "2025-03-10",
            "Les combats du 3 mars 2025 près de Tegh ont fait deux morts.",
        ),
        b: (
            "fr",
            "2025-04-02",
            "Un mois après les affrontements du 3 mars 2025, la frontière reste tendue.",
        ),
        id: None,
    },
    Pair {
        name: "offensive_2023_fr_en",
        a: (
            "fr",
            "2024-05-15",
            "L'offensive de septembre 2023 a provoqué un exode.",
        ),
        b: (
            "en",
            "2024-09-19",
            "The September 2023 offensive ended the Republic of Artsakh.",
        ),
        id: Some("azerbaijani_offensive_2023"),
    },
];

const SAME_EVENT_KNOWN_GAPS: &[Pair] = &[Pair {
    name: "clashes_en_without_place",
    a: (
        "fr",
        "2025-03-10",
        "Les affrontements du 3 mars 2025 ont fait deux morts.",
    ),
    b: (
        "en",
        "2025-03-11",
        "The clashes of 3 March 2025 killed two soldiers.",
    ),
    id: None,
}];

fn event_ids(x: &Extraction) -> BTreeSet<String> {
    x.entities
        .iter()
        .filter(|e| e.core.as_str() == "Event")
        .map(|e| e.id.clone())
        .collect()
}

fn check_pairs(table: &str, pairs: &[Pair]) {
    let mut report = String::new();
    for p in pairs {
        let xa = extract(&format!("{}_a", p.name), p.a.0, p.a.1, p.a.2);
        let xb = extract(&format!("{}_b", p.name), p.b.0, p.b.1, p.b.2);
        let (ia, ib) = (event_ids(&xa), event_ids(&xb));
        let shared: BTreeSet<&String> = ia.intersection(&ib).collect();
        let ok = match p.id {
            Some(id) => shared.iter().any(|s| *s == id),
            None => !shared.is_empty(),
        };
        if !ok {
            let _ = writeln!(
                report,
                "\n[{table}/{}] events {ia:?} vs {ib:?}, expected a shared id{}",
                p.name,
                p.id.map(|i| format!(" {i}")).unwrap_or_default()
            );
            let _ = writeln!(report, "  a: {}\n{}", p.a.2, dump(&xa));
            let _ = writeln!(report, "  b: {}\n{}", p.b.2, dump(&xb));
        }
    }
    assert!(report.is_empty(), "{table}: failing pairs:{report}");
}

#[test]
fn same_event_in_two_documents_merges() {
    check_pairs("SAME_EVENT", SAME_EVENT);
}

#[test]
#[ignore = "known gap: an event named by a relative date gets no node to merge"]
fn same_event_in_two_documents_merges_known_gaps() {
    check_pairs("SAME_EVENT_KNOWN_GAPS", SAME_EVENT_KNOWN_GAPS);
}

// ---------------------------------------------------------------------------
// 11. English articles through the same pipeline.

const ENGLISH: &[Row] = &[
    row(
        "en_phoned_is_a_call_and_called_names_nothing",
        "en",
        "2024-05-15",
        "Baku called the raid a provocation by Armenian units. Vladimir Putin phoned Nikol Pashinyan, who calls the town Stepanakert.",
        &[
            has("vladimir_putin", "met_with", "nikol_pashinyan"),
            lacks("azerbaijan", "met_with", "*"),
            lacks("armenia", "met_with", "*"),
            lacks("nikol_pashinyan", "met_with", "artsakh"),
        ],
    ),
    row(
        "en_sat_down_with",
        "en",
        "2024-05-15",
        "On Thursday Sergey Lavrov sat down with Ararat Mirzoyan in Moscow.",
        &[has("sergey_lavrov", "met_with", "ararat_mirzoyan")],
    ),
    row(
        "en_met_with",
        "en",
        "2024-05-15",
        "Nikol Pashinyan met with Ilham Aliyev in Granada.",
        &[
            has("nikol_pashinyan", "met_with", "ilham_aliyev"),
            ent("granada").core("Place"),
        ],
    ),
    row(
        "en_withdrew_from",
        "en",
        "2024-05-15",
        "Russian border guards withdrew from Zvartnots airport.",
        &[has(
            "fsb_border_service",
            "withdrew_from",
            "zvartnots_airport",
        )],
    ),
    row(
        "en_froze_participation",
        "en",
        "2024-05-15",
        "Armenia froze its participation in the CSTO.",
        &[has("armenia", "withdrew_from", "csto")],
    ),
    row(
        "en_controls",
        "en",
        "2024-05-15",
        "Azerbaijan now controls the Lachin corridor.",
        &[has("azerbaijan", "controls", "lachin_corridor")],
    ),
    row(
        "en_took_control",
        "en",
        "2024-05-15",
        "Azerbaijan took control of Shusha in November 2020.",
        &[has("azerbaijan", "controls", "shusha").date("2020-11")],
    ),
    row(
        "en_requested_aid_from",
        "en",
        "2024-05-15",
        "Armenia requested aid from the CSTO.",
        &[has("armenia", "requested_aid_from", "csto")],
    ),
    row(
        "en_turned_to_for_assistance",
        "en",
        "2024-05-15",
        "Armenia turned to the CSTO for assistance.",
        &[has("armenia", "requested_aid_from", "csto")],
    ),
    row(
        "en_supported",
        "en",
        "2024-05-15",
        "France supported Armenia.",
        &[has("france", "supported", "armenia")],
    ),
    row(
        "en_backed",
        "en",
        "2024-05-15",
        "Turkey backed Azerbaijan during the war.",
        &[has("turkey", "supported", "azerbaijan")],
    ),
    row(
        "en_mediated",
        "en",
        "2024-05-15",
        "Russia mediated the ceasefire of 10 November 2020.",
        &[has("russia", "mediated", "trilateral_statement_2020")],
    ),
    row(
        "en_deployed_to",
        "en",
        "2024-05-15",
        "Russia deployed peacekeepers to Karabakh.",
        &[has(
            "russia|russian_peacekeeping_contingent",
            "deployed_to",
            "karabakh",
        )],
    ),
    row(
        "en_attacked_positions",
        "en",
        "2024-05-15",
        "Azerbaijani forces attacked Armenian positions near Sotk.",
        &[
            has(
                "azerbaijan_armed_forces",
                "attacked",
                "armenia|armenia_armed_forces",
            ),
            lacks("armenia", "deployed_to", "*"),
        ],
    ),
    row(
        "en_asked_for_help",
        "en",
        "2024-05-15",
        "Armenia asked Russia for help.",
        &[has("armenia", "requested_aid_from", "russia")],
    ),
    row(
        "en_mediated_talks_between",
        "en",
        "2024-05-15",
        "The European Union mediated talks between Armenia and Azerbaijan.",
        &[
            has("armenia", "met_with", "azerbaijan"),
            lacks("european_union", "met_with", "*"),
        ],
    ),
];

#[test]
fn english() {
    check("ENGLISH", ENGLISH);
}

// ---------------------------------------------------------------------------
// 12. Subject pronouns: "Il", "She", "qu'elle", "saying it" stand for the
//     subject of an earlier clause or of the previous sentence when exactly
//     one fits their class and gender; otherwise for nothing.

const PRONOUNS: &[Row] = &[
    row(
        "fr_il_sujet_de_la_phrase_precedente",
        "fr",
        "2024-05-15",
        "Nikol Pachinian a réagi mardi. Il a accusé l'Azerbaïdjan d'avoir bombardé Jermuk.",
        &[
            has("nikol_pashinyan", "accused", "azerbaijan"),
            has("azerbaijan", "attacked", "jermuk").by("nikol_pashinyan"),
        ],
    ),
    row(
        "en_he_speaker_of_the_next_sentence",
        "en",
        "2024-05-15",
        "Ilham Aliyev spoke on Monday. He said Armenia had shelled Tegh.",
        &[has("armenia", "attacked", "tegh").by("ilham_aliyev")],
    ),
    row(
        "en_she_subject_of_a_cue",
        "en",
        "2024-05-15",
        "Maria Zakharova criticised Paris on Thursday. She accused France of arming Armenia.",
        &[has("maria_zakharova", "accused", "france")],
    ),
    row(
        "fr_elle_dans_une_completive_accorde_au_feminin",
        "fr",
        "2024-05-15",
        "Le ministère russe des Affaires étrangères a réaffirmé l'attachement de la Russie à l'alliance et assuré qu'elle fournirait à Erevan toute l'aide nécessaire.",
        &[
            has("russia", "supported", "armenia"),
            lacks("russia_mfa", "supported", "*"),
        ],
    ),
    row(
        "en_it_after_said_is_the_speaking_state",
        "en",
        "2024-05-15",
        "Russia said it supported Armenia.",
        &[has("russia", "supported", "armenia").by("russia")],
    ),
    row(
        "fr_il_apres_qu_est_le_locuteur",
        "fr",
        "2024-05-15",
        "Ilham Aliev a affirmé qu'il soutenait la Turquie.",
        &[has("ilham_aliyev", "supported", "turkey").by("ilham_aliyev")],
    ),
    row(
        "fr_pronoms_en_chaine",
        "fr",
        "2024-05-15",
        "Nikol Pachinian a réagi mardi. Il a pris la parole devant les députés. Il a critiqué la Russie.",
        &[has("nikol_pashinyan", "criticized", "russia")],
    ),
    row(
        "fr_il_apres_un_locuteur_postpose",
        "fr",
        "2024-05-15",
        "L'Azerbaïdjan a bombardé Tegh, a déclaré Nikol Pachinian. Il a accusé Bakou de mentir.",
        &[
            has("nikol_pashinyan", "accused", "azerbaijan"),
            lacks("azerbaijan", "accused", "*"),
        ],
    ),
    row(
        "fr_elle_apres_un_sujet_feminin",
        "fr",
        "2024-05-15",
        "La Russie a réagi mardi. Elle a critiqué l'Arménie.",
        &[has("russia", "criticized", "armenia")],
    ),
    row(
        "fr_il_apres_le_kremlin",
        "fr",
        "2024-05-15",
        "Le Kremlin a réagi mardi. Il a critiqué l'Arménie.",
        &[has("russia", "criticized", "armenia")],
    ),
    row(
        "fr_il_apres_un_nom_en_apposition_a_un_titre",
        "fr",
        "2024-05-15",
        "Le porte-parole du Kremlin, Dmitri Peskov, a réagi mardi. Il a critiqué l'Arménie.",
        &[has("dmitry_peskov", "criticized", "armenia")],
    ),
    row(
        "en_he_after_a_title_qualified_by_a_name",
        "en",
        "2024-05-15",
        "Kremlin spokesman Dmitry Peskov spoke on Monday. He criticised Azerbaijan.",
        &[has("dmitry_peskov", "criticized", "azerbaijan")],
    ),
    row(
        "en_it_subject_of_the_previous_sentence",
        "en",
        "2024-05-15",
        "Russia reacted on Monday. It accused Ukraine of provocations.",
        &[has("russia", "accused", "ukraine")],
    ),
    row(
        "en_saying_it_under_a_denial",
        "en",
        "2024-05-15",
        "Azerbaijan denied the report, saying it had not fired on Tegh.",
        &[lacks("azerbaijan", "attacked", "tegh")],
    ),
    row(
        "fr_il_sans_antecedent",
        "fr",
        "2024-05-15",
        "Il a accusé l'Azerbaïdjan de provocations.",
        &[lacks("*", "accused", "azerbaijan")],
    ),
    row(
        "fr_il_apres_une_incise_sans_antecedent",
        "fr",
        "2024-05-15",
        "Après sa rencontre avec Vladimir Poutine, il a accusé l'Azerbaïdjan de provocations.",
        &[lacks("*", "accused", "azerbaijan")],
    ),
    row(
        "fr_antecedent_deux_phrases_avant",
        "fr",
        "2024-05-15",
        "Nikol Pachinian a réagi mardi. La situation reste tendue. Il a accusé l'Azerbaïdjan.",
        &[lacks("*", "accused", "azerbaijan")],
    ),
    row(
        "en_he_after_a_state",
        "en",
        "2024-05-15",
        "Azerbaijan shelled Tegh on Monday. He accused Armenia of provocations.",
        &[lacks("*", "accused", "armenia")],
    ),
    row(
        "en_it_after_a_person",
        "en",
        "2024-05-15",
        "Nikol Pashinyan spoke on Monday. It accused Azerbaijan of provocations.",
        &[lacks("*", "accused", "azerbaijan")],
    ),
    row(
        "fr_il_apres_un_sujet_feminin",
        "fr",
        "2024-05-15",
        "La Russie a réagi mardi. Il a critiqué l'Arménie.",
        &[lacks("*", "criticized", "armenia")],
    ),
    row(
        "fr_il_apres_une_porte_parole",
        "fr",
        "2024-05-15",
        "La porte-parole Maria Zakharova a réagi mardi. Il a critiqué l'Arménie.",
        &[lacks("*", "criticized", "armenia")],
    ),
    row(
        "en_it_after_a_body_named_inside_a_noun",
        "en",
        "2024-05-15",
        "The EU mission arrived on Monday. It criticised Azerbaijan.",
        &[lacks("*", "criticized", "azerbaijan")],
    ),
    row(
        "fr_il_apres_une_phrase_qui_cite_sa_source",
        "fr",
        "2024-05-15",
        "Selon Bakou, l'Arménie a bombardé Choucha. Il a accusé Erevan de provocations.",
        &[lacks("*", "accused", "armenia")],
    ),
    row(
        "fr_il_apres_une_capitale_au_genre_incertain",
        "fr",
        "2024-05-15",
        "Moscou a démenti mardi. Il a accusé l'Ukraine de provocations.",
        &[lacks("*", "accused", "ukraine")],
    ),
    row(
        "fr_deux_personnes_avant_le_pronom",
        "fr",
        "2024-05-15",
        "Nikol Pachinian a déclaré que Vladimir Poutine avait appelé et qu'il critiquait la Turquie.",
        &[lacks("*", "criticized", "turkey")],
    ),
    row(
        "fr_il_y_a",
        "fr",
        "2024-05-15",
        "Nikol Pachinian a réagi mardi. Il y a eu une attaque contre Jermuk.",
        &[lacks("nikol_pashinyan", "attacked", "*")],
    ),
    row(
        "fr_il_faut",
        "fr",
        "2024-05-15",
        "Nikol Pachinian a réagi mardi. Il faut soutenir l'Ukraine.",
        &[lacks("nikol_pashinyan", "supported", "*")],
    ),
    row(
        "fr_il_est_probable",
        "fr",
        "2024-05-15",
        "Le ministère arménien de la Défense a réagi mardi. Il n'est pas probable que la Russie soutienne l'Azerbaïdjan.",
        &[lacks("armenia_mod", "supported", "*")],
    ),
    row(
        "en_it_is",
        "en",
        "2024-05-15",
        "Russia reacted on Monday. It is time to support Armenia.",
        &[lacks("russia", "supported", "*")],
    ),
    row(
        "en_it_was_cleft",
        "en",
        "2024-05-15",
        "Azerbaijan reacted on Monday. It was Armenia that shelled Tegh.",
        &[lacks("azerbaijan", "attacked", "*")],
    ),
    row(
        "en_it_seems",
        "en",
        "2024-05-15",
        "Russia spoke on Monday. It seems to back Azerbaijan.",
        &[lacks("russia", "supported", "*")],
    ),
    row(
        "fr_selon_elle_est_la_source",
        "fr",
        "2020-10-11",
        "La porte-parole du ministère arménien de la Défense, Chouchan Stepanian, dément. Selon elle, l'armée azerbaïdjanaise continue de bombarder Stepanakert.",
        &[has("azerbaijan_armed_forces", "attacked", "stepanakert").by("shushan_stepanyan")],
    ),
    row(
        "en_according_to_him_is_the_source",
        "en",
        "2020-10-11",
        "Hikmet Hajiyev spoke to reporters in Ganja. According to him, Armenian forces shelled Tartar.",
        &[has("armenia_armed_forces", "attacked", "tartar").by("hikmet_hajiyev")],
    ),
    row(
        "fr_selon_lui_sans_antecedent",
        "fr",
        "2020-10-11",
        "Selon lui, l'armée azerbaïdjanaise a bombardé Stepanakert.",
        &[has("azerbaijan_armed_forces", "attacked", "stepanakert"), lacks("*", "attacked", "stepanakert").by("*")],
    ),
    row(
        "fr_le_ministere_renvoie_au_dernier_ministere",
        "fr",
        "2023-04-12",
        "Le ministère azerbaïdjanais des Affaires étrangères a convoqué l'ambassadeur. Le ministère a accusé la France d'ingérence.",
        &[has("azerbaijan_mfa", "accused", "france")],
    ),
    row(
        "en_the_alliance_refers_back_to_the_organisation",
        "en",
        "2022-09-14",
        "Yerevan appealed to the Collective Security Treaty Organization. The alliance then condemned Azerbaijan.",
        &[has("csto", "criticized", "azerbaijan")],
    ),
    row(
        "fr_le_ministere_suivi_d_un_adjectif_n_est_pas_un_renvoi",
        "fr",
        "2023-04-12",
        "Le ministère azerbaïdjanais de la Défense a démenti. Le ministère russe a accusé l'Arménie.",
        &[lacks("azerbaijan_mod", "accused", "armenia")],
    ),
    row(
        "fr_le_ministere_de_names_its_own_body",
        "fr",
        "2023-04-12",
        "Le ministère arménien de la Défense a démenti. Le ministère de l'Intérieur a accusé Bakou.",
        &[lacks("armenia_mod", "accused", "azerbaijan")],
    ),
];

#[test]
fn pronouns() {
    check("PRONOUNS", PRONOUNS);
}

// ---------------------------------------------------------------------------
// 13. People named without a title: a given name of `given_names.toml` and
//     the words after it make an unknown person; the surname alone refers
//     back; places and bodies named after someone, sentence-initial common
//     words and known entities stay what they are; the gazetteer wins, but
//     a known surname after another person's given name is someone else.

const GIVEN_NAMES: &[Row] = &[
    row(
        "en_bare_unknown_person",
        "en",
        "2024-05-15",
        "Armenian serviceman Davit Sargsyan was wounded near Sotk.",
        &[ent("person_davit_sargsyan").core("Person").new_node()],
    ),
    row(
        "fr_bare_unknown_person_after_common_noun",
        "fr",
        "2024-05-15",
        "L'opposant Avetik Chalabian a été arrêté à Erevan.",
        &[
            ent("person_avetik_chalabian").core("Person").new_node(),
            no_ent("person_avetik_chalabian_a*"),
        ],
    ),
    row(
        "fr_sentence_initial_unknown_person",
        "fr",
        "2024-05-15",
        "Vahagn Melikian a critiqué la Russie.",
        &[has("person_vahagn_melikian", "criticized", "russia")],
    ),
    row(
        "en_surname_refers_back",
        "en",
        "2024-05-15",
        "Davit Sargsyan spoke in Yerevan on Monday. Sargsyan accused Russia of inaction.",
        &[
            has("person_davit_sargsyan", "accused", "russia"),
            no_ent("person_sargsyan"),
        ],
    ),
    row(
        "fr_surname_refers_back_after_honorific",
        "fr",
        "2024-05-15",
        "Avetik Chalabian a pris la parole. Selon M. Chalabian, l'Azerbaïdjan a bombardé Sotk.",
        &[has("azerbaijan", "attacked", "sotk").by("person_avetik_chalabian")],
    ),
    row(
        "en_apposition_soldier_killed",
        "en",
        "2024-05-15",
        "Azerbaijani forces opened fire on Armenian positions near Sotk, killing a soldier, Artyom Poghosyan.",
        &[
            ent("person_artyom_poghosyan").core("Person").new_node(),
            has("azerbaijan*", "attacked", "person_artyom_poghosyan"),
            lacks("armenia*", "attacked", "person_artyom_poghosyan"),
        ],
    ),
    row(
        "fr_apposition_soldat_tue",
        "fr",
        "2024-05-15",
        "Un soldat, Artiom Poghossian, a été tué près de Sotk.",
        &[ent("person_artiom_poghossian").core("Person").new_node()],
    ),
    row(
        "en_date_ends_the_name",
        "en",
        "2024-05-15",
        "The ministry named the victim as Davit Sargsyan Tuesday.",
        &[
            ent("person_davit_sargsyan"),
            no_ent("person_davit_sargsyan_tuesday"),
        ],
    ),
    row(
        "en_headline_keeps_one_word_after_the_given_name",
        "en",
        "2024-05-15",
        "Vahagn Melikyan Meets Envoy In Moscow",
        &[
            ent("person_vahagn_melikyan"),
            no_ent("person_vahagn_melikyan_meets"),
        ],
    ),
    row(
        "fr_street_named_after_someone",
        "fr",
        "2024-05-15",
        "La circulation a été coupée rue Vazgen Sargsian à Erevan.",
        &[no_ent("person_vazgen*"), no_ent("person_sargsian")],
    ),
    row(
        "en_street_and_valley_named_with_a_given_name",
        "en",
        "2024-05-15",
        "Davit Sargsyan spoke on Monday. Traffic on Vazgen Sargsyan Street and across the Ararat Valley was blocked.",
        &[
            ent("person_davit_sargsyan"),
            no_ent("person_vazgen*"),
            no_ent("person_ararat*"),
        ],
    ),
    row(
        "en_body_named_after_someone",
        "en",
        "2024-05-15",
        "The Vahagn Melikyan Foundation funded a school in Goris.",
        &[no_ent("person_vahagn*")],
    ),
    row(
        "en_airport_named_after_someone",
        "en",
        "2024-05-15",
        "Flights resumed at Heydar Aliyev International Airport on Monday.",
        &[
            ent("heydar_aliyev_airport").core("Place"),
            no_ent("person_heydar*"),
        ],
    ),
    row(
        "fr_sentence_initial_common_word",
        "fr",
        "2024-05-15",
        "Pierre Angulaire : la Russie et l'Arménie relancent le dialogue. La pierre angulaire de cet accord reste la sécurité.",
        &[no_ent("person_pierre*")],
    ),
    row(
        "en_known_state_after_a_given_name",
        "en",
        "2024-05-15",
        "The envoy told Ivan Russia would not intervene.",
        &[ent("russia").core("State"), no_ent("person_ivan*")],
    ),
    row(
        "fr_gazetteer_person_wins",
        "fr",
        "2024-05-15",
        "Selon Hikmet Hadjiev, l'Arménie a bombardé Chouchi.",
        &[ent("hikmet_hajiyev"), no_ent("person_hikmet*")],
    ),
    row(
        "en_another_person_with_a_known_surname",
        "en",
        "2024-05-15",
        "Ramiz Aliyev criticized Russia on Monday.",
        &[
            has("person_ramiz_aliyev", "criticized", "russia"),
            no_ent("ilham_aliyev"),
        ],
    ),
    row(
        "en_known_surname_with_a_variant_of_the_given_name",
        "en",
        "2024-05-15",
        "Nicol Pashinyan criticized Russia.",
        &[
            has("nikol_pashinyan", "criticized", "russia"),
            no_ent("person_nicol*"),
        ],
    ),
    row(
        "en_gazetteer_people_win",
        "en",
        "2024-05-15",
        "Elchin Amirbayov met Armen Grigoryan in Brussels.",
        &[
            has("elchin_amirbayov", "met_with", "armen_grigoryan"),
            no_ent("person_elchin*"),
            no_ent("person_armen*"),
        ],
    ),
];

#[test]
fn given_names() {
    check("GIVEN_NAMES", GIVEN_NAMES);
}
