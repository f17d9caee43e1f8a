//! Classifying gemeenten: every rule evaluated with its figures, the first that holds decides.

use super::{Criterion, Fact, GemeenteFacts, MunicipalityType, Rule, Test, Thresholds, Unit};
use crate::model::AreaId;
use crate::notation::{decimal, percent, thousands};
use std::collections::HashSet;

/// One criterion applied to one gemeente.
#[derive(Clone, Debug, PartialEq)]
pub struct CriterionResult {
    pub criterion: Criterion,
    pub value: f64,
    pub threshold: Option<f64>,
    pub passed: bool,
}

/// One rule applied to one gemeente.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleResult {
    pub kind: MunicipalityType,
    pub criteria: Vec<CriterionResult>,
    pub passed: bool,
    pub approximation: Option<&'static str>,
}

/// A gemeente's type, the rule that decided it and the runner-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Classification {
    pub area: AreaId,
    pub kind: MunicipalityType,
    /// Every rule in order of precedence, evaluated.
    pub rules: Vec<RuleResult>,
    /// Position in `rules` of the deciding rule (none for the average municipality).
    pub decided_by: Option<usize>,
    /// The next rule that also holds, else the rule that came closest.
    pub runner_up: Option<MunicipalityType>,
}

/// Classifies every gemeente. Majority-minority cities are found first, since the suburb rule
/// asks whether a gemeente borders one.
pub fn classify(facts: &[GemeenteFacts], rules: &[Rule], thresholds: &Thresholds) -> Vec<Classification> {
    let none = HashSet::new();
    let majority_minority: HashSet<AreaId> =
        match rules.iter().find(|r| r.kind == MunicipalityType::MajorityMinorityCity) {
            Some(rule) => {
                facts.iter().filter(|f| evaluate_rule(rule, f, &none, thresholds).passed).map(|f| f.area).collect()
            }
            None => none.clone(),
        };
    facts.iter().map(|f| classify_one(f, rules, thresholds, &majority_minority)).collect()
}

fn classify_one(f: &GemeenteFacts, rules: &[Rule], thresholds: &Thresholds, mmc: &HashSet<AreaId>) -> Classification {
    let results: Vec<RuleResult> = rules.iter().map(|r| evaluate_rule(r, f, mmc, thresholds)).collect();
    let decided_by = results.iter().position(|r| r.passed);
    let kind = decided_by.map_or(MunicipalityType::Average, |i| results[i].kind);
    let next_passing = decided_by.and_then(|i| results[i + 1..].iter().find(|r| r.passed));
    let runner_up = next_passing.or_else(|| closest_failing(&results, decided_by)).map(|r| r.kind);
    Classification { area: f.area, kind, rules: results, decided_by, runner_up }
}

/// The failing rule with the fewest failed criteria, then the smallest relative shortfall.
fn closest_failing(results: &[RuleResult], decided_by: Option<usize>) -> Option<&RuleResult> {
    results
        .iter()
        .enumerate()
        .filter(|(i, r)| !r.passed && Some(*i) != decided_by)
        .map(|(_, r)| r)
        .min_by(|a, b| a.shortfall().partial_cmp(&b.shortfall()).unwrap_or(std::cmp::Ordering::Equal))
}

fn evaluate_rule(rule: &Rule, f: &GemeenteFacts, mmc: &HashSet<AreaId>, thresholds: &Thresholds) -> RuleResult {
    let criteria: Vec<CriterionResult> = rule
        .criteria
        .iter()
        .map(|&criterion| {
            let value = criterion.fact.value(f, mmc);
            let threshold = criterion.test.threshold().map(|k| thresholds.get(k));
            let passed = match (criterion.test, threshold) {
                (Test::Below(_), Some(t)) => value < t,
                (Test::AtMost(_), Some(t)) => value <= t,
                (Test::AtLeast(_), Some(t)) => value >= t,
                (Test::Above(_), Some(t)) => value > t,
                _ => value > 0.0,
            };
            CriterionResult { criterion, value, threshold, passed }
        })
        .collect();
    let passed = criteria.iter().all(|c| c.passed);
    RuleResult { kind: rule.kind, criteria, passed, approximation: rule.approximation }
}

impl RuleResult {
    /// (failed criteria, summed relative distance to their thresholds).
    fn shortfall(&self) -> (usize, f64) {
        let failed: Vec<&CriterionResult> = self.criteria.iter().filter(|c| !c.passed).collect();
        let distance = failed
            .iter()
            .map(|c| match c.threshold {
                Some(t) if t != 0.0 && c.value.is_finite() => ((c.value - t) / t).abs(),
                _ => 1.0,
            })
            .sum();
        (failed.len(), distance)
    }
}

impl CriterionResult {
    /// The criterion with the gemeente's figure, e.g. "aandeel Nederlandse achtergrond 42,8% < 50%".
    pub fn describe(&self) -> String {
        let fact = self.criterion.fact;
        let Some((sign, decimals)) = self.comparison() else {
            return if self.passed { fact.label().to_string() } else { fact.negated_label().to_string() };
        };
        let unit = self.criterion.test.threshold().map_or(Unit::Number, |k| k.spec().unit);
        let threshold = self.threshold.unwrap_or_default();
        let (value, threshold) =
            (format_value(self.value, unit, fact, decimals), format_value(threshold, unit, fact, decimals));
        format!("{} {value} {sign} {threshold}", fact.label())
    }

    /// For a criterion with a threshold: the sign that holds between the figure and the
    /// threshold ("<", "≤", "≥" or ">"), and the decimals that tell the two apart when written
    /// (so "45,0% ≥ 45,0%" never reads "45% < 45%"). `None` for a yes/no fact.
    pub fn comparison(&self) -> Option<(&'static str, usize)> {
        let key = self.criterion.test.threshold()?;
        let sign = match (self.criterion.test, self.passed) {
            (Test::Below(_), true) | (Test::AtLeast(_), false) => "<",
            (Test::AtMost(_), true) | (Test::Above(_), false) => "≤",
            (Test::AtLeast(_), true) | (Test::Below(_), false) => "≥",
            _ => ">",
        };
        let decimals =
            decimals_apart(self.value, self.threshold.unwrap_or_default(), key.spec().unit, self.criterion.fact);
        Some((sign, decimals))
    }
}

impl Classification {
    /// Why the gemeente has its type, in Dutch, with its figures against the thresholds.
    pub fn reason(&self) -> String {
        match self.decided_by {
            Some(i) => {
                let rule = &self.rules[i];
                let mut text = rule.criteria.iter().map(CriterionResult::describe).collect::<Vec<_>>().join("; ");
                if let Some(note) = rule.approximation {
                    text.push_str(&format!(" (benadering: {note})"));
                }
                text
            }
            None => {
                let closest = self.runner_up.and_then(|kind| self.rules.iter().find(|r| r.kind == kind));
                match closest {
                    Some(rule) => {
                        let failed: Vec<String> =
                            rule.criteria.iter().filter(|c| !c.passed).map(CriterionResult::describe).collect();
                        format!("geen regel past; het dichtst bij {}: {}", rule.kind.label(), failed.join("; "))
                    }
                    None => "geen regel past".to_string(),
                }
            }
        }
    }

    /// Whether the deciding rule is an approximation.
    pub fn is_approximate(&self) -> bool {
        self.decided_by.is_some_and(|i| self.rules[i].approximation.is_some())
    }
}

/// A figure and its threshold in Dutch notation, with as many decimals as it takes for two
/// different numbers to look different (so a shown "<" is never contradicted by rounding).
/// The decimals a value and its threshold are written with: the unit's usual number, more
/// while the two would read the same although they differ.
fn decimals_apart(value: f64, threshold: f64, unit: Unit, fact: Fact) -> usize {
    let base = match unit {
        Unit::Share => 1,
        Unit::Number => 2,
        Unit::Residents | Unit::Metres => 0,
    };
    (base..=base + 4)
        .find(|&d| value == threshold || format_value(value, unit, fact, d) != format_value(threshold, unit, fact, d))
        .unwrap_or(base + 4)
}

/// A value in Dutch notation for its unit, with `decimals` after the comma.
fn format_value(value: f64, unit: Unit, fact: Fact, decimals: usize) -> String {
    if !value.is_finite() {
        return if fact == Fact::BorderDistance { "meer dan 10 km".into() } else { "∞".into() };
    }
    match unit {
        Unit::Share => percent(value, decimals),
        Unit::Residents if decimals == 0 => thousands(value.round() as u64),
        Unit::Metres if decimals == 0 => format!("{} m", thousands(value.round() as u64)),
        Unit::Metres => format!("{} m", decimal(value, decimals)),
        Unit::Residents | Unit::Number => decimal(value, decimals),
    }
}

#[cfg(test)]
mod describe_tests {
    use super::*;
    use crate::typology::ThresholdKey;

    fn result(fact: Fact, test: Test, value: f64, threshold: Option<f64>, passed: bool) -> CriterionResult {
        CriterionResult { criterion: Criterion { fact, test }, value, threshold, passed }
    }

    #[test]
    fn a_shown_comparison_is_never_contradicted_by_rounding() {
        // Nijmegen-like: an index just under the line must not read "45,0% < 45,0%".
        let below = Test::Below(ThresholdKey::SuburbMinIndex);
        let text = result(Fact::DiversityIndex, below, 0.44996, Some(0.45), true).describe();
        assert_eq!(text, "diversiteitsindex 44,996% < 45,000%");
        let text = result(Fact::DiversityIndex, below, 0.4452, Some(0.45), true).describe();
        assert_eq!(text, "diversiteitsindex 44,5% < 45,0%", "one decimal is enough here");
        let equal = result(Fact::DiversityIndex, Test::AtLeast(ThresholdKey::SuburbMinIndex), 0.45, Some(0.45), true);
        assert_eq!(equal.describe(), "diversiteitsindex 45,0% ≥ 45,0%");
    }

    #[test]
    fn a_failed_yes_no_fact_reads_as_a_plain_negative() {
        let failed = result(Fact::NextToMajorityMinorityCity, Test::IsTrue, 0.0, None, false);
        assert_eq!(failed.describe(), "grenst niet aan een meerderheid-minderhedenstad");
        let passed = result(Fact::NextToMajorityMinorityCity, Test::IsTrue, 1.0, None, true);
        assert_eq!(passed.describe(), "grenst aan een meerderheid-minderhedenstad");
    }
}
