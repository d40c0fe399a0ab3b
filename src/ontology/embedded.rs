//! The repository's `ontology/` folder, compiled into the binary so that
//! seeds works from any directory. A test checks that this list and the
//! folder agree.

pub(super) const FILES: &[(&str, &str)] = &[
    ("schema.toml", include_str!("../../ontology/schema.toml")),
    (
        "institutions.toml",
        include_str!("../../ontology/institutions.toml"),
    ),
    ("roles.toml", include_str!("../../ontology/roles.toml")),
    ("cues.toml", include_str!("../../ontology/cues.toml")),
    ("lexicon.toml", include_str!("../../ontology/lexicon.toml")),
    (
        "given_names.toml",
        include_str!("../../ontology/given_names.toml"),
    ),
    ("dates.toml", include_str!("../../ontology/dates.toml")),
    (
        "gazetteer/states.toml",
        include_str!("../../ontology/gazetteer/states.toml"),
    ),
    (
        "gazetteer/organizations.toml",
        include_str!("../../ontology/gazetteer/organizations.toml"),
    ),
    (
        "gazetteer/people.toml",
        include_str!("../../ontology/gazetteer/people.toml"),
    ),
    (
        "gazetteer/places.toml",
        include_str!("../../ontology/gazetteer/places.toml"),
    ),
    (
        "gazetteer/agreements.toml",
        include_str!("../../ontology/gazetteer/agreements.toml"),
    ),
    (
        "gazetteer/events.toml",
        include_str!("../../ontology/gazetteer/events.toml"),
    ),
    (
        "gazetteer/media.toml",
        include_str!("../../ontology/gazetteer/media.toml"),
    ),
];

#[cfg(test)]
mod tests {
    use super::FILES;

    #[test]
    fn every_ontology_file_is_embedded() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology");
        let mut on_disk = Vec::new();
        for dir in ["", "gazetteer"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "toml") {
                    let name = path
                        .strip_prefix(&root)
                        .unwrap()
                        .to_string_lossy()
                        .replace('\\', "/");
                    on_disk.push(name);
                }
            }
        }
        on_disk.sort();
        let mut embedded: Vec<String> = FILES.iter().map(|(n, _)| n.to_string()).collect();
        embedded.sort();
        assert_eq!(
            on_disk, embedded,
            "add new ontology files to src/ontology/embedded.rs"
        );
    }
}
