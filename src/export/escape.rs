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

/// Displays a string as the inside of a double-quoted Graphviz DOT ID:
/// `"` and `\` escaped with a backslash (so `\N`, `\l` and friends in
/// the data stay literal), line breaks as `\n` (a Graphviz centred line
/// break), tabs as spaces, other control characters replaced by U+FFFD.
pub struct Dot<'a>(pub &'a str);

impl fmt::Display for Dot<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut chars = self.0.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' | '\r' => f.write_str("\\n")?,
                '\t' => f.write_str(" ")?,
                c if c.is_control() => f.write_str("\u{FFFD}")?,
                c => fmt::Write::write_char(f, c)?,
            }
        }
        Ok(())
    }
}

/// Displays a string as one RFC 4180 field: quoted, with `"` doubled, when it
/// holds a comma, a quote, a line break or edge spaces; bare otherwise.
/// Control characters other than tab and line breaks (a NUL stops many
/// readers) are replaced by U+FFFD.
pub struct Csv<'a>(pub &'a str);

impl fmt::Display for Csv<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let quote = s.contains([',', '"', '\n', '\r'])
            || s.starts_with([' ', '\t'])
            || s.ends_with([' ', '\t']);
        if quote {
            f.write_str("\"")?;
        }
        for c in s.chars() {
            match c {
                '"' => f.write_str("\"\"")?,
                '\t' | '\n' | '\r' => fmt::Write::write_char(f, c)?,
                c if c.is_control() => f.write_str("\u{FFFD}")?,
                c => fmt::Write::write_char(f, c)?,
            }
        }
        if quote {
            f.write_str("\"")?;
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

    #[test]
    fn dot_escapes_quotes_backslashes_and_breaks() {
        assert_eq!(Dot(r#"a"b\N"#).to_string(), r#"a\"b\\N"#);
        assert_eq!(Dot("l1\r\nl2\nl3").to_string(), r"l1\nl2\nl3");
        assert_eq!(Dot("x\u{0}\u{7f}y").to_string(), "x\u{FFFD}\u{FFFD}y");
        // A trailing backslash must not swallow the closing quote.
        assert_eq!(Dot("end\\").to_string(), r"end\\");
    }

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(Csv("plain").to_string(), "plain");
        assert_eq!(Csv("a,b").to_string(), "\"a,b\"");
        assert_eq!(Csv("say \"hi\"").to_string(), "\"say \"\"hi\"\"\"");
        assert_eq!(Csv("l1\nl2").to_string(), "\"l1\nl2\"");
        assert_eq!(Csv(" pad").to_string(), "\" pad\"");
        assert_eq!(Csv("nul\u{0}").to_string(), "nul\u{FFFD}");
    }
}
