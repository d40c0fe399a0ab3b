//! How the graph looks, in one place for every visual format (GraphML, GEXF,
//! graphology, DOT): a colour per core class, a size from the evidence, a
//! deterministic starting layout, and the short texts shown on hover.
//!
//! Numbers are rounded here so that each format prints the same value and
//! the output is byte-identical from run to run.

use crate::date::DateSpan;
use crate::graph::{CoreClass, Edge, Evidence, KnowledgeGraph, Node};

/// A colour, 8 bits a channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb {
    /// `#rrggbb`, lowercase.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

/// The colour of a core class. Colour-blind-safe (Okabe–Ito), so the six
/// classes stay apart for every reader of a Gephi screenshot.
pub fn color(core: CoreClass) -> Rgb {
    let (r, g, b) = match core {
        CoreClass::State => (0, 114, 178),        // blue
        CoreClass::Organization => (230, 159, 0), // orange
        CoreClass::Person => (204, 121, 167),     // reddish purple
        CoreClass::Place => (0, 158, 115),        // bluish green
        CoreClass::Agreement => (86, 180, 233),   // sky blue
        CoreClass::Event => (213, 94, 0),         // vermillion
    };
    Rgb { r, g, b }
}

/// The colour of edges: neutral grey, so node classes carry the colour.
pub const EDGE_COLOR: Rgb = Rgb {
    r: 153,
    g: 153,
    b: 153,
};

/// Rounds to three decimals: enough for sizes and positions, and short.
pub fn round3(x: f64) -> f64 {
    let r = (x * 1000.0).round() / 1000.0;
    // No `-0` in a file.
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// Node size: grows with the number of mentions, slowly, so that the two
/// states every article names do not dwarf the rest: 10 + 4·ln(1 + mentions).
pub fn node_size(node: &Node) -> f64 {
    round3(10.0 + 4.0 * (1.0 + node.provenance.len() as f64).ln())
}

/// Edge thickness: 1 + ln(distinct supporting documents).
pub fn edge_thickness(edge: &Edge) -> f64 {
    round3(1.0 + (edge.weight().max(1) as f64).ln())
}

/// Starting positions for tools that need one (Gephi Lite, GEXF viewers):
/// each core class gets a sector of a circle, its nodes spread over the
/// sector in id order on three rings. Returned in `graph.nodes()` order.
pub fn positions(graph: &KnowledgeGraph) -> Vec<(f64, f64)> {
    let mut per_class = [0usize; 6];
    for n in graph.nodes() {
        per_class[class_index(n.core)] += 1;
    }
    let mut seen = [0usize; 6];
    graph
        .nodes()
        .map(|n| {
            let c = class_index(n.core);
            let i = seen[c];
            seen[c] += 1;
            let sector = std::f64::consts::TAU / 6.0;
            // Leave a gap between sectors so classes read as groups.
            let angle = sector * (c as f64 + 0.1 + 0.8 * (i as f64 + 0.5) / per_class[c] as f64);
            let radius = 100.0 + 25.0 * (i % 3) as f64;
            (round3(radius * angle.cos()), round3(radius * angle.sin()))
        })
        .collect()
}

fn class_index(core: CoreClass) -> usize {
    CoreClass::ALL.iter().position(|&c| c == core).unwrap_or(0)
}

/// The first sentence of the evidence, for hovering.
pub fn first_sentence(evidence: &[Evidence]) -> Option<&str> {
    evidence
        .iter()
        .map(|e| e.sentence.trim())
        .find(|s| !s.is_empty())
}

/// Aliases as one string, ` | `-separated.
pub fn aliases(node: &Node) -> String {
    node.aliases
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" | ")
}

/// An edge's supporting document ids, sorted, ` | `-separated.
pub fn documents(edge: &Edge) -> String {
    edge.documents().into_iter().collect::<Vec<_>>().join(" | ")
}

/// A date span as the full days it covers, `YYYY-MM-DD` (first day of the
/// start, last day of the end), for formats whose time axis wants days.
pub fn day_bounds(span: DateSpan) -> (String, String) {
    let day = |(y, m, d): (i32, u8, u8)| {
        if y < 0 {
            format!("-{:04}-{m:02}-{d:02}", -y)
        } else {
            format!("{y:04}-{m:02}-{d:02}")
        }
    };
    (day(span.start.first_day()), day(span.last().last_day()))
}

/// The date of an edge as a span, when its evidence gives a parseable one.
pub fn edge_span(edge: &Edge) -> Option<DateSpan> {
    edge.date().and_then(|d| d.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_widen_to_whole_days() {
        let span: DateSpan = "2023-09".parse().unwrap();
        assert_eq!(day_bounds(span), ("2023-09-01".into(), "2023-09-30".into()));
        let span: DateSpan = "2024".parse().unwrap();
        assert_eq!(day_bounds(span), ("2024-01-01".into(), "2024-12-31".into()));
        let span: DateSpan = "2020-09-27/2020-11".parse().unwrap();
        assert_eq!(day_bounds(span), ("2020-09-27".into(), "2020-11-30".into()));
    }

    #[test]
    fn colours_are_distinct_per_class() {
        let mut hexes: Vec<String> = CoreClass::ALL.iter().map(|&c| color(c).hex()).collect();
        hexes.sort();
        hexes.dedup();
        assert_eq!(hexes.len(), 6);
        assert_eq!(color(CoreClass::State).hex(), "#0072b2");
    }
}
