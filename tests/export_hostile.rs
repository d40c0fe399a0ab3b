//! Hostile text through every exporter: markup characters, every C0 control,
//! U+FFFE/U+FFFF, emoji, right-to-left script and very long strings, as
//! labels, aliases, sentences and document ids. Each output is parsed back
//! (quick-xml, serde_json, an RFC 4180 reader, a DOT string reader) and must
//! give the text back, modulo the characters the syntax forbids.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use proptest::prelude::*;
use quick_xml::events::Event;
use quick_xml::Reader;

use seeds::export::{self, escape::is_xml_char, Format};
use seeds::graph::{CoreClass, Evidence, KnowledgeGraph, Modality, Node};
use seeds::ontology::Ontology;

fn ontology() -> &'static Ontology {
    static ONT: OnceLock<Ontology> = OnceLock::new();
    ONT.get_or_init(|| Ontology::bundled().expect("bundled ontology"))
}

fn hostile_char() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::sample::select(vec![
            '&', '<', '>', '"', '\'', '\\', ',', ' ', '\t', '\n', '\r'
        ]),
        (0u32..0x20).prop_map(|c| char::from_u32(c).unwrap()),
        prop::sample::select(vec!['\u{7f}', '\u{85}', '\u{FFFE}', '\u{FFFF}', '\u{202E}']),
        prop::sample::select(vec![
            '🏳', '️', '🌈', '👩', '\u{200D}', 'א', 'ש', 'ا', 'ل', 'Ա', 'ə'
        ]),
        prop::char::range('a', 'z'),
    ]
}

fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::collection::vec(hostile_char(), 0..40).prop_map(|v| v.into_iter().collect()),
        1 => prop::collection::vec(hostile_char(), 1..8)
            .prop_map(|v| v.into_iter().collect::<String>().repeat(2000)),
    ]
}

fn graph(label: &str, alias: &str, sentence: &str, doc: &str) -> KnowledgeGraph {
    let ev = |start| Evidence {
        doc: doc.to_string(),
        start,
        end: start + 1,
        sentence: sentence.to_string(),
        rule: "test".into(),
        attributed_to: None,
        date: None,
        confidence: 0.5,
    };
    let mut g = KnowledgeGraph::new();
    for (id, core, class) in [
        ("a", CoreClass::State, "State"),
        ("b", CoreClass::Event, "Clash"),
    ] {
        g.upsert_node(Node {
            id: id.into(),
            label: label.into(),
            labels: BTreeMap::new(),
            class: class.into(),
            core,
            wikidata: None,
            aliases: BTreeSet::from([alias.to_string()]),
            date: Some("2023-09".parse().unwrap()),
            provenance: vec![ev(0)],
        });
    }
    g.add_fact("a", "carried_out", "b", Modality::Asserted, ev(5));
    g
}

fn export(format: Format, g: &KnowledgeGraph) -> String {
    let mut out = Vec::new();
    export::write(format, g, ontology(), &mut out).unwrap();
    String::from_utf8(out).expect("exports are UTF-8")
}

/// What XML can carry of a string.
fn xml_expected(s: &str) -> String {
    s.chars()
        .map(|c| if is_xml_char(c) { c } else { '\u{FFFD}' })
        .collect()
}

/// Parses a whole XML document; returns, in order, the text of every
/// element (as of its end tag) and the value of every attribute named `attr`.
fn parse_xml(text: &str, attr: &[u8]) -> (Vec<String>, Vec<String>) {
    assert!(text.chars().all(is_xml_char), "a character XML 1.0 forbids");
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let (mut texts, mut attrs) = (Vec::new(), Vec::new());
    let mut buf = String::new();
    loop {
        let event = reader.read_event().expect("well-formed XML");
        if let Event::Start(_) = event {
            buf.clear();
        }
        match event {
            Event::Eof => break,
            Event::End(_) => texts.push(std::mem::take(&mut buf)),
            Event::Start(e) | Event::Empty(e) => {
                for a in e.attributes() {
                    let a = a.expect("well-formed attribute");
                    let v = a.unescape_value().expect("valid escapes").into_owned();
                    if a.key.as_ref() == attr {
                        attrs.push(v);
                    }
                }
            }
            Event::Text(t) => buf.push_str(&t.unescape().expect("valid escapes")),
            _ => {}
        }
    }
    (texts, attrs)
}

/// A minimal RFC 4180 reader: records of fields, quoted or bare, CRLF-ended.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
        } else {
            match c {
                '"' => {
                    assert!(field.is_empty(), "a quote inside a bare field");
                    quoted = true;
                }
                ',' => record.push(std::mem::take(&mut field)),
                '\r' => {
                    assert_eq!(chars.next(), Some('\n'), "a bare CR outside quotes");
                    record.push(std::mem::take(&mut field));
                    records.push(std::mem::take(&mut record));
                }
                '\n' => panic!("a bare LF outside quotes"),
                c => field.push(c),
            }
        }
    }
    assert!(!quoted, "an unterminated quoted field");
    assert!(
        field.is_empty() && record.is_empty(),
        "a record without CRLF"
    );
    records
}

fn csv_expected(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            c if c.is_control() => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// Reads the double-quoted strings of one DOT line, undoing `\"`, `\\`, `\n`.
fn dot_strings(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut s = String::new();
        loop {
            match chars.next().expect("an unterminated DOT string") {
                '"' => break,
                '\\' => match chars.next().expect("a dangling backslash") {
                    'n' => s.push('\n'),
                    c => s.push(c),
                },
                c => s.push(c),
            }
        }
        out.push(s);
    }
    out
}

fn dot_expected(s: &str) -> String {
    s.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\r' | '\n' => '\n',
            '\t' => ' ',
            c if c.is_control() => '\u{FFFD}',
            c => c,
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn hostile_text_survives_every_exporter(
        label in hostile(), alias in hostile(), sentence in hostile(), doc in hostile()
    ) {
        let g = graph(&label, &alias, &sentence, &doc);

        // GraphML: the label, alias and evidence come back as element text.
        let (texts, _) = parse_xml(&export(Format::GraphMl, &g), b"id");
        prop_assert!(texts.contains(&xml_expected(&label)));
        prop_assert!(texts.contains(&xml_expected(&alias)));
        prop_assert!(texts.contains(&xml_expected(&doc)));
        if !sentence.trim().is_empty() {
            prop_assert!(texts.contains(&xml_expected(sentence.trim())));
        }

        // GEXF: the label is an attribute, aliases and evidence attvalues.
        let gexf = export(Format::Gexf, &g);
        let (_, labels) = parse_xml(&gexf, b"label");
        prop_assert!(labels.contains(&xml_expected(&label)));
        let (_, values) = parse_xml(&gexf, b"value");
        prop_assert!(values.contains(&xml_expected(&alias)));
        prop_assert!(values.contains(&xml_expected(&doc)));

        // graphology JSON carries every character.
        let v: serde_json::Value = serde_json::from_str(&export(Format::Graphology, &g)).unwrap();
        prop_assert_eq!(v["nodes"][0]["attributes"]["label"].as_str(), Some(label.as_str()));
        prop_assert_eq!(v["nodes"][0]["attributes"]["aliases"].as_str(), Some(alias.as_str()));
        prop_assert_eq!(v["edges"][0]["attributes"]["documents"].as_str(), Some(doc.as_str()));
        let v: serde_json::Value = serde_json::from_str(&export(Format::Json, &g)).unwrap();
        prop_assert_eq!(v["nodes"][0]["label"].as_str(), Some(label.as_str()));

        // DOT: one statement a line, strings round-trip.
        let dot = export(Format::Dot, &g);
        let node_line = dot.lines().find(|l| l.starts_with("  \"a\" [")).unwrap();
        prop_assert_eq!(&dot_strings(node_line)[1], &dot_expected(&label));
        prop_assert_eq!(dot.lines().filter(|l| l.contains(" -> ")).count(), 1);

        // CSV: both tables round-trip through an RFC 4180 reader.
        let dir = tempfile::tempdir().unwrap();
        let files = export::write_to_path(Format::Csv, &g, ontology(), &dir.path().join("g.csv")).unwrap();
        let nodes = parse_csv(&std::fs::read_to_string(&files[0]).unwrap());
        prop_assert_eq!(nodes.len(), 3);
        prop_assert!(nodes.iter().all(|r| r.len() == 8));
        prop_assert_eq!(&nodes[1][1], &csv_expected(&label));
        let edges = parse_csv(&std::fs::read_to_string(&files[1]).unwrap());
        prop_assert_eq!(edges.len(), 2);
        prop_assert!(edges.iter().all(|r| r.len() == 10));
        prop_assert_eq!(&edges[1][9], &csv_expected(&doc));
    }
}

#[test]
fn csv_to_a_stream_is_refused_with_a_reason() {
    let g = graph("x", "x", "x", "d");
    let err = export::write(Format::Csv, &g, ontology(), &mut Vec::new()).unwrap_err();
    assert!(err.to_string().contains("two files"), "{err}");
}

#[test]
fn every_owned_format_is_byte_identical_across_runs() {
    let g = graph("Ա & <b>", "🏳️‍🌈", "s", "d");
    for f in [
        Format::GraphMl,
        Format::Gexf,
        Format::Graphology,
        Format::Dot,
    ] {
        assert_eq!(export(f, &g), export(f, &g), "{f}");
    }
}
