//! Minting IRIs from ids and file names.
//!
//! Graph ids are `[a-z0-9_]+` and pass through unchanged, but a hand-built
//! graph, a user's ontology or a file name can hold anything. [`Segment`]
//! percent-encodes every byte outside the unreserved set of RFC 3986, so any
//! string becomes one valid IRI path segment, and two different strings never
//! become the same segment (the encoding is injective).

use std::fmt;

/// Displays a string as one IRI path segment: ASCII letters, digits, `-`,
/// `.`, `_` and `~` kept, every other byte written `%XX`.
pub struct Segment<'a>(pub &'a str);

impl fmt::Display for Segment<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in self.0.bytes() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                fmt::Write::write_char(f, char::from(b))?;
            } else {
                write!(f, "%{b:02X}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn graph_ids_pass_through() {
        assert_eq!(Segment("armenia_2").to_string(), "armenia_2");
        assert_eq!(
            Segment("000_a0c22b9e541abe87.txt").to_string(),
            "000_a0c22b9e541abe87.txt"
        );
    }

    #[test]
    fn hostile_characters_are_encoded() {
        assert_eq!(Segment("a b/c#d").to_string(), "a%20b%2Fc%23d");
        assert_eq!(Segment("é>").to_string(), "%C3%A9%3E");
    }

    proptest! {
        #[test]
        fn any_string_makes_a_valid_iri(s in ".*") {
            let iri = format!("https://example.org/id/{}", Segment(&s));
            prop_assert!(oxrdf::NamedNode::new(iri).is_ok());
        }

        #[test]
        fn different_strings_stay_different(a in ".{0,8}", b in ".{0,8}") {
            prop_assume!(a != b);
            prop_assert_ne!(Segment(&a).to_string(), Segment(&b).to_string());
        }
    }
}
