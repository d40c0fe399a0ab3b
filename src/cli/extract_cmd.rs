//! `seeds extract FILE`: what seeds finds in one text, with the evidence.

use std::io::{self, Read, Write};
use std::path::Path;

use anyhow::Result;

use seeds::corpus::{self, Document};
use seeds::extract::{extract, Extraction};

use super::{load_ontology, ExtractArgs, InputError};

pub(crate) fn run(args: ExtractArgs) -> Result<()> {
    let ontology = load_ontology(args.ontology.as_deref())?;
    let doc = if args.file == Path::new("-") {
        let mut bytes = Vec::new();
        io::stdin().read_to_end(&mut bytes)?;
        let text = String::from_utf8(bytes).map_err(|e| {
            InputError(format!(
                "<stdin>: not valid UTF-8 at byte {}; expected UTF-8 text",
                e.utf8_error().valid_up_to()
            ))
        })?;
        Document::from_text("<stdin>", &text)?
    } else {
        corpus::load_file(&args.file)?
    };
    let ex = extract(&doc, &ontology);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out, &ex)?;
        writeln!(out)?;
    } else {
        report(&doc, &ex, &mut out)?;
    }
    out.flush()?;
    Ok(())
}

fn report(doc: &Document, ex: &Extraction, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "{} ({}, {}): {} sentences, {} entities, {} facts",
        doc.id,
        doc.lang,
        doc.date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "no date".into()),
        ex.sentences.len(),
        ex.entities.len(),
        ex.facts.len()
    )?;
    writeln!(out, "\nEntities")?;
    for e in &ex.entities {
        let wd = e.wikidata.as_deref().unwrap_or("-");
        let date = e.date.map(|d| format!(" {d}")).unwrap_or_default();
        writeln!(
            out,
            "  {:<12} {} [{}] {}{}",
            e.core.as_str(),
            e.label,
            e.id,
            wd,
            date
        )?;
        for m in &e.mentions {
            writeln!(
                out,
                "      {}..{} {:?} ({})",
                m.start, m.end, m.text, m.rule
            )?;
        }
    }
    writeln!(out, "\nFacts")?;
    let label = |id: &str| {
        ex.entities
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.label.clone())
            .unwrap_or_else(|| id.to_string())
    };
    for f in &ex.facts {
        let mut extra = Vec::new();
        if let Some(d) = f.date {
            extra.push(format!("date {d}"));
        }
        if let Some(a) = &f.attributed_to {
            extra.push(format!("claimed by {}", label(a)));
        }
        if f.modality != seeds::graph::Modality::Asserted {
            extra.push(f.modality.as_str().to_string());
        }
        extra.push(format!("confidence {:.2}", f.confidence));
        writeln!(
            out,
            "  {} --{}--> {}  [{}]",
            label(&f.subject),
            f.relation,
            label(&f.object),
            extra.join(", ")
        )?;
        writeln!(out, "      {}..{} by {}", f.start, f.end, f.rule)?;
        if let Some(s) = ex.sentences.get(f.sentence) {
            writeln!(out, "      \u{201c}{}\u{201d}", s.text.trim())?;
        }
    }
    Ok(())
}
