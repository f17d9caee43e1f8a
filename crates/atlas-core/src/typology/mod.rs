//! The WRR typology of municipalities as explicit rules.
//!
//! Facts per gemeente (shares of group families, the diversity index, and geography computed
//! from the boundaries) are tested against named thresholds by ordered rules; the first rule
//! whose criteria all hold gives the type, with the figures that decided it and the runner-up.
//! Evaluation is a pure function of (facts, rules, thresholds), so moving a threshold only
//! re-runs [`classify`].

mod evaluate;
mod facts;
mod geography;
mod kind;
mod rules;
mod thresholds;

#[cfg(test)]
mod tests;

pub use evaluate::{classify, Classification, CriterionResult, RuleResult};
pub use facts::{gemeente_facts, Detail, GemeenteFacts};
pub use geography::Geography;
pub use kind::MunicipalityType;
pub use rules::{default_rules, Criterion, Fact, Rule, Test};
pub use thresholds::{ThresholdKey, ThresholdSpec, Thresholds, Unit};
