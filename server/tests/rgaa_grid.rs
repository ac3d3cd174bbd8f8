//! The RGAA 4.1 evaluation grid (`docs/accessibility/rgaa-4.1-grid.md`) is whole, and the
//! accessibility statement gives the rate computed from it and lists exactly its
//! non-conforming criteria, in both languages.

use std::collections::BTreeMap;

fn read(path: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(path),
    )
    .unwrap()
}

/// `(criterion, status)` of each row of the grid.
fn rows() -> Vec<(String, String)> {
    read("docs/accessibility/rgaa-4.1-grid.md")
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split(" | ").collect();
            let number = cells.first()?.strip_prefix("| ")?;
            let (theme, _) = number.split_once('.')?;
            theme.parse::<u8>().ok()?;
            assert!(cells.len() >= 5, "{number}: five columns");
            assert!(
                !cells[4].trim_end_matches(" |").trim().is_empty(),
                "{number}: no evidence"
            );
            Some((number.to_owned(), cells[2].to_owned()))
        })
        .collect()
}

#[test]
fn the_grid_marks_each_of_the_106_criteria_once() {
    let rows = rows();
    assert_eq!(rows.len(), 106);
    let mut per_theme: BTreeMap<u8, usize> = BTreeMap::new();
    for (number, status) in &rows {
        assert!(
            ["C", "NC", "NA"].contains(&status.as_str()),
            "{number}: {status}"
        );
        *per_theme
            .entry(number.split('.').next().unwrap().parse().unwrap())
            .or_default() += 1;
    }
    // RGAA 4.1: 13 themes, with these numbers of criteria.
    let expected = [9, 2, 3, 13, 8, 2, 5, 10, 4, 14, 13, 11, 12];
    assert_eq!(per_theme.values().copied().collect::<Vec<_>>(), expected);
    let mut numbers: Vec<&String> = rows.iter().map(|(n, _)| n).collect();
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), 106);
}

#[test]
fn the_statement_gives_the_grids_rate_and_its_non_conforming_criteria() {
    let rows = rows();
    let count = |status: &str| rows.iter().filter(|(_, s)| s == status).count();
    let (c, nc, na) = (count("C"), count("NC"), count("NA"));
    let rate = (c as f64) * 100.0 / ((c + nc) as f64);
    let statement = read("src/pages/legal/accessibility.rs");
    let (fr, en) = statement.split_at(statement.find("fn en()").unwrap());
    let fr_rate = format!("{rate:.1}\u{202f}%").replace('.', ",");
    let en_rate = format!("{rate:.1}%");
    assert!(
        fr.contains(&fr_rate),
        "the French statement gives {fr_rate}"
    );
    assert!(
        en.contains(&en_rate),
        "the English statement gives {en_rate}"
    );
    assert!(fr.contains(&format!("{c} critères conformes, {nc} non conforme")));
    assert!(fr.contains(&format!("{na} non applicables")));
    assert!(en.contains(&format!(
        "{c} criteria met, {nc} not met and {na} not applicable"
    )));
    for (number, status) in &rows {
        let listed_fr = fr.contains(&format!("Critère {number} "));
        let listed_en = en.contains(&format!("Criterion {number} "));
        assert_eq!(
            listed_fr,
            status == "NC",
            "French statement, criterion {number}"
        );
        assert_eq!(
            listed_en,
            status == "NC",
            "English statement, criterion {number}"
        );
    }
}
