//! Every file of the malformed-input corpus (`tests/malformed`, fictional) through its reader:
//! no panic, an error (never a table), the message it must give and the line it must name,
//! and never an enormous cell echoed back.

use atlas_core::formats::{read_geojson, read_table, read_topojson, FormatError};
use std::path::PathBuf;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/malformed")
}

fn read(reader: &str, bytes: &[u8], file: &str) -> Result<(), FormatError> {
    match reader {
        "table" => read_table(bytes, file).map(|_| ()),
        "geojson" => read_geojson(bytes, file, "statcode", "statnaam").map(|_| ()),
        "topojson" => read_topojson(bytes, file, "gebieden", "statcode", "statnaam").map(|_| ()),
        other => panic!("unknown reader {other} in expected.tsv"),
    }
}

/// What is wrong with the outcome of one file, if anything.
fn problem(
    file: &str,
    outcome: std::thread::Result<Result<(), FormatError>>,
    must_say: &str,
    must_line: &str,
) -> Option<String> {
    let error = match outcome {
        Err(_) => return Some("the reader panicked".into()),
        Ok(Ok(())) => return Some("it was read as valid".into()),
        Ok(Err(error)) => error,
    };
    let text = error.to_string();
    let line = error.position.line.map(|l| l.to_string());
    if !text.contains(must_say) {
        Some(format!("the message does not say {must_say:?}: {text}"))
    } else if !must_line.is_empty() && line.as_deref() != Some(must_line) {
        Some(format!("the message names line {line:?}, not {must_line}: {text}"))
    } else if !text.starts_with(file) {
        Some(format!("the message does not start with the file name: {text}"))
    } else if text.len() > 700 {
        Some(format!("the message is {} characters long", text.len()))
    } else {
        None
    }
}

#[test]
fn every_malformed_file_gets_its_message() {
    let expected = std::fs::read_to_string(corpus().join("expected.tsv")).expect("tests/malformed/expected.tsv");
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in expected.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        let (file, reader, must_say) = (fields[0], fields[1], fields[2]);
        let must_line = fields.get(3).copied().unwrap_or_default();
        let bytes = std::fs::read(corpus().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let outcome = std::panic::catch_unwind(|| read(reader, &bytes, file));
        if let Some(problem) = problem(file, outcome, must_say, must_line) {
            failures.push(format!("{file}: {problem}"));
        }
        checked += 1;
    }
    assert!(checked >= 40, "the corpus has only {checked} files");
    assert!(failures.is_empty(), "{} of {checked} files:\n{}", failures.len(), failures.join("\n"));
}

/// Words that give a Dutch message away in the English one.
const DUTCH_WORDS: [&str; 7] = [" regel ", " kolom ", " gebied ", " het ", " een ", " niet ", " van "];

#[test]
fn every_malformed_file_gets_its_message_in_english_too() {
    let expected = std::fs::read_to_string(corpus().join("expected.tsv")).expect("tests/malformed/expected.tsv");
    let listed: Vec<&str> = expected
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').next().unwrap_or_default())
        .collect();
    // Every file of the corpus is listed with its reader.
    let mut files: Vec<String> = std::fs::read_dir(corpus())
        .expect("tests/malformed")
        .map(|entry| entry.expect("a corpus entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name != "expected.tsv" && name != "README.md")
        .collect();
    files.sort();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(files, sorted, "tests/malformed and expected.tsv list different files");
    let mut failures = Vec::new();
    for line in expected.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        let (file, reader) = (fields[0], fields[1]);
        let bytes = std::fs::read(corpus().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let Err(error) = read(reader, &bytes, file) else {
            failures.push(format!("{file}: it was read as valid"));
            continue;
        };
        let (dutch, english) = (error.to_string(), error.english());
        let words: Vec<&str> = DUTCH_WORDS.iter().copied().filter(|w| english.contains(w)).collect();
        if error.message_en.trim().is_empty() {
            failures.push(format!("{file}: no English message: {english}"));
        } else if english == dutch {
            failures.push(format!("{file}: the English is the Dutch: {english}"));
        } else if !words.is_empty() {
            failures.push(format!("{file}: Dutch words {words:?} in the English: {english}"));
        } else if !english.starts_with(file) {
            failures.push(format!("{file}: the English does not start with the file name: {english}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} files:\n{}", failures.len(), listed.len(), failures.join("\n"));
}
