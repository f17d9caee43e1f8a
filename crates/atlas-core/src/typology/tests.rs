//! Tests of the typology on a fictional table with per-country groups, and properties that
//! hold for any facts.

use super::*;
use crate::fixtures::fine_table;
use crate::measures::DisclosureThreshold;
use crate::model::AreaTable;
use proptest::prelude::*;
use std::collections::HashMap;

/// Made-up geography: Randvoorstad borders Metropool; Grensdorp lies on the German border.
fn fictional_geography(table: &AreaTable) -> Geography {
    let id = |code: &str| table.find_str(code).unwrap();
    let neighbours = HashMap::from([(id("GM9901"), vec![id("GM9902")]), (id("GM9902"), vec![id("GM9901")])]);
    let border = HashMap::from([(id("GM9907"), ("DE".to_string(), 0.0))]);
    Geography { neighbours, border }
}

fn classified(thresholds: &Thresholds) -> HashMap<String, Classification> {
    let table = fine_table();
    let facts = gemeente_facts(&table, &fictional_geography(&table), DisclosureThreshold::default());
    classify(&facts, &default_rules(Detail::of(table.groups())), thresholds)
        .into_iter()
        .map(|c| (table.area(c.area).name.clone(), c))
        .collect()
}

#[test]
fn each_rule_fires_on_what_it_describes_when_the_table_has_the_detail() {
    let result = classified(&Thresholds::default());
    let expected = [
        ("Metropool", MunicipalityType::MajorityMinorityCity),
        ("Randvoorstad", MunicipalityType::Suburb),
        ("Provinciestad", MunicipalityType::LargeProvincialCity),
        ("Middenstad", MunicipalityType::SingleLargeMinority),
        ("Expatdorp", MunicipalityType::Expat),
        ("Kassendorp", MunicipalityType::Horticulture),
        ("Grensdorp", MunicipalityType::Border),
        ("Vissersdorp", MunicipalityType::Homogeneous),
        ("Gewoonstad", MunicipalityType::Average),
    ];
    for (name, kind) in expected {
        let c = &result[name];
        assert_eq!(c.kind, kind, "{name}: {}", c.reason());
        assert!(!c.is_approximate(), "{name} has the groups its rule needs");
    }
}

#[test]
fn exact_rules_read_the_country_groups() {
    let result = classified(&Thresholds::default());
    assert!(
        result["Kassendorp"].reason().contains("aandeel Poolse, Bulgaarse en Roemeense herkomst 7,4% ≥ 3,0%"),
        "{}",
        result["Kassendorp"].reason()
    );
    assert!(
        result["Grensdorp"].reason().contains("aandeel Duitse en Belgische herkomst"),
        "{}",
        result["Grensdorp"].reason()
    );
    let average = &result["Gewoonstad"];
    assert_eq!(average.decided_by, None);
    assert!(average.runner_up.is_some());
    assert!(average.reason().starts_with("geen regel past; het dichtst bij"), "{}", average.reason());
}

#[test]
fn the_same_rules_fall_back_to_proxies_on_seven_groups() {
    let detail = Detail { eastern_european: false, eastern_european_groups: 0, neighbour_country: false, expat: false };
    let rules = default_rules(detail);
    let approximate: Vec<MunicipalityType> =
        rules.iter().filter(|r| r.approximation.is_some()).map(|r| r.kind).collect();
    assert_eq!(approximate, vec![MunicipalityType::Border, MunicipalityType::Expat, MunicipalityType::Horticulture]);
    let exact = default_rules(Detail {
        eastern_european: true,
        eastern_european_groups: 3,
        neighbour_country: true,
        expat: true,
    });
    assert!(exact.iter().all(|r| r.approximation.is_none()));
}

#[test]
fn moving_a_threshold_reclassifies() {
    let mut thresholds = Thresholds::default();
    thresholds.set(ThresholdKey::HomogeneousMinDutch, 0.80);
    let result = classified(&thresholds);
    // Kassendorp is 85.1% Dutch background (40,000 of 47,000): homogeneous once the line is at 80%.
    assert_eq!(result["Kassendorp"].kind, MunicipalityType::Homogeneous);
    assert_eq!(result["Kassendorp"].runner_up, Some(MunicipalityType::Horticulture));
}

/// Random facts for property tests.
fn any_facts() -> impl Strategy<Value = Vec<GemeenteFacts>> {
    let one = (1_000.0..1_000_000.0f64, prop::collection::vec(0.0..1.0f64, 6), any::<bool>(), 0.0..20_000.0f64);
    prop::collection::vec(one, 1..30).prop_map(|rows| {
        let n = rows.len() as u32;
        rows.into_iter()
            .enumerate()
            .map(|(i, (residents, raw, on_border, distance))| {
                let total: f64 = raw.iter().sum::<f64>().max(1e-9);
                let p: Vec<f64> = raw.iter().map(|x| x / total).collect();
                let non_western = p[2] + p[3] + p[4];
                GemeenteFacts {
                    area: i as u32,
                    residents,
                    diversity_index: 1.0 - p.iter().map(|x| x * x).sum::<f64>(),
                    dutch: p[0],
                    western: p[1],
                    non_western,
                    classic: p[2] + p[3],
                    other_non_western: p[4],
                    largest_minority: Some((2, p[2].max(p[3]))),
                    second_minority: p[2].min(p[3]),
                    eastern_european: None,
                    neighbour_country: None,
                    expat: None,
                    border: on_border.then(|| ("DE".to_string(), distance)),
                    neighbours: vec![(i as u32 + 1) % n],
                }
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn every_gemeente_gets_the_type_of_the_first_rule_that_holds(facts in any_facts()) {
        let rules = default_rules(Detail { eastern_european: false, eastern_european_groups: 0, neighbour_country: false, expat: false });
        let result = classify(&facts, &rules, &Thresholds::default());
        prop_assert_eq!(result.len(), facts.len());
        for c in &result {
            match c.decided_by {
                Some(i) => {
                    prop_assert_eq!(c.kind, rules[i].kind);
                    prop_assert!(c.rules[i].passed);
                    prop_assert!(c.rules[..i].iter().all(|r| !r.passed));
                }
                None => {
                    prop_assert_eq!(c.kind, MunicipalityType::Average);
                    prop_assert!(c.rules.iter().all(|r| !r.passed));
                }
            }
        }
    }

    #[test]
    fn raising_the_homogeneous_threshold_never_adds_homogeneous_gemeenten(facts in any_facts(), low in 0.70..0.99f64, step in 0.0..0.2f64) {
        let rules = default_rules(Detail { eastern_european: false, eastern_european_groups: 0, neighbour_country: false, expat: false });
        let homogeneous = |line: f64| {
            let mut t = Thresholds::default();
            t.set(ThresholdKey::HomogeneousMinDutch, line);
            classify(&facts, &rules, &t).into_iter().filter(|c| c.kind == MunicipalityType::Homogeneous).map(|c| c.area).collect::<Vec<_>>()
        };
        let at_low = homogeneous(low);
        let at_high = homogeneous(low + step);
        prop_assert!(at_high.iter().all(|a| at_low.contains(a)), "{:?} not within {:?}", at_high, at_low);
    }
}
