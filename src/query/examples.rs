//! Worked example queries, shown by `seeds graph query --examples`. Each is
//! run against the bundled ontology by a test, so none rots.

/// One example: a name to ask for it, what it answers, the query.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    pub name: &'static str,
    pub question: &'static str,
    pub query: &'static str,
}

pub const EXAMPLES: &[Example] = &[
    Example {
        name: "members",
        question: "Which states are members of which organisations?",
        query: r#"SELECT ?state ?organization WHERE {
  ?s a seeds:State ; seeds:member_of ?o .
  ?s rdfs:label ?state . FILTER(lang(?state) = "en")
  ?o rdfs:label ?organization . FILTER(lang(?organization) = "en")
}
ORDER BY ?organization ?state"#,
    },
    Example {
        name: "attacks",
        question: "Who attacked whom, according to whom, in how many articles?",
        query: r#"SELECT ?attacker ?target ?claimant ?articles WHERE {
  ?f a seeds:Statement ; seeds:predicate seeds:attacked ;
     seeds:subject ?a ; seeds:object ?t ; seeds:weight ?articles .
  OPTIONAL { ?f seeds:attributedTo ?c . ?c rdfs:label ?claimant . FILTER(lang(?claimant) = "en") }
  ?a rdfs:label ?attacker . FILTER(lang(?attacker) = "en")
  ?t rdfs:label ?target . FILTER(lang(?target) = "en")
}
ORDER BY DESC(?articles) ?attacker ?target"#,
    },
    Example {
        name: "sources",
        question: "Which articles say that somebody attacked somebody, and with which sentence?",
        query: r#"SELECT ?article ?s ?o ?sentence WHERE {
  GRAPH ?article { ?s seeds:attacked ?o }
  ?f seeds:subject ?s ; seeds:predicate seeds:attacked ; seeds:object ?o ;
     seeds:evidence ?e .
  ?e seeds:document ?article ; seeds:sentence ?sentence .
}
ORDER BY ?article ?s ?o"#,
    },
    Example {
        name: "timeline",
        question: "Events and agreements in date order",
        query: r#"SELECT ?when ?thing ?class WHERE {
  ?x rdfs:label ?thing . FILTER(lang(?thing) = "en")
  { ?x a seeds:Event } UNION { ?x a seeds:Agreement }
  ?x a ?class . FILTER(?class NOT IN (seeds:Event, seeds:Agreement))
  OPTIONAL { ?x seeds:date ?d }
  OPTIONAL { ?x seeds:startDate ?sd }
  BIND(COALESCE(?d, ?sd) AS ?when)
  FILTER(BOUND(?when))
}
ORDER BY STR(?when) ?thing"#,
    },
    Example {
        name: "claims",
        question: "Facts reported as somebody's claim, with the claimant",
        query: r#"SELECT ?claimant ?s ?relation ?o WHERE {
  ?f seeds:attributedTo ?c ; seeds:subject ?s ; seeds:predicate ?relation ; seeds:object ?o .
  ?c rdfs:label ?claimant . FILTER(lang(?claimant) = "en")
}
ORDER BY ?claimant ?s ?relation ?o"#,
    },
    Example {
        name: "classes",
        question: "The classes of the ontology, with their French labels and parent",
        query: r#"SELECT ?class ?fr ?parent WHERE {
  ?class a owl:Class ; rdfs:label ?fr . FILTER(isIRI(?class) && lang(?fr) = "fr")
  OPTIONAL { ?class rdfs:subClassOf ?parent }
}
ORDER BY ?parent ?class"#,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::KnowledgeGraph;
    use crate::ontology::Ontology;
    use crate::query::{Limits, QueryEngine};

    #[test]
    fn every_example_parses_and_runs() {
        let ont = Ontology::bundled().unwrap();
        let engine = QueryEngine::new(&KnowledgeGraph::new(), &ont).unwrap();
        for ex in EXAMPLES {
            if let Err(e) = engine.run(ex.query, &Limits::default()) {
                panic!("example `{}`: {e}", ex.name);
            }
        }
    }
}
