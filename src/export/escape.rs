//! Escaping helpers shared by the exporters. Every string that reaches an
//! XML, DOT or CSV file goes through one of these wrappers.

use std::fmt;

/// Characters XML 1.0 forbids even when escaped: control characters other
/// than tab, line feed and carriage return, lone surrogates (impossible in a
/// Rust `str`), U+FFFE and U+FFFF.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\u{9}' | '\u{A}' | '\u{D}' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

/// Displays a string as XML character data or attribute value: `& < > " '`
/// escaped, characters XML 1.0 forbids replaced by U+FFFD.
pub struct Xml<'a>(pub &'a str);

impl fmt::Display for Xml<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            match c {
                '&' => f.write_str("&amp;")?,
                '<' => f.write_str("&lt;")?,
                '>' => f.write_str("&gt;")?,
                '"' => f.write_str("&quot;")?,
                '\'' => f.write_str("&apos;")?,
                // Kept literal in attributes they would be normalised to spaces.
                '\n' => f.write_str("&#10;")?,
                '\r' => f.write_str("&#13;")?,
                '\t' => f.write_str("&#9;")?,
                c if is_xml_char(c) => fmt::Write::write_char(f, c)?,
                _ => f.write_str("\u{FFFD}")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_markup_and_drops_forbidden_controls() {
        assert_eq!(Xml("a<b>&\"c'").to_string(), "a&lt;b&gt;&amp;&quot;c&apos;");
        assert_eq!(Xml("x\u{1}y").to_string(), "x\u{FFFD}y");
        assert_eq!(Xml("l\nm").to_string(), "l&#10;m");
    }
}
