//! The answer key of a gemeente's worksheet: its index, its most and least diverse wijk, its
//! largest group besides the Dutch background, and how many wijken are more diverse than the
//! gemeente as a whole.

use super::story::places_ranked;
use crate::measures::{measure_area, DisclosureThreshold};
use crate::model::{AreaId, AreaTable, Level};

/// The answers, computed from the table on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct WorksheetAnswers {
    pub gemeente: AreaId,
    pub index: f64,
    /// The gemeente's wijken with an index, most diverse first.
    pub wijken: Vec<(AreaId, f64)>,
    /// The largest group besides the Dutch background: group and share.
    pub largest_minority: Option<(usize, f64)>,
    /// How many wijken have a higher index than the gemeente, in whole percent as pupils see
    /// them (74,3% against 74,2% is no difference on screen).
    pub above: usize,
}

impl WorksheetAnswers {
    pub fn most_diverse(&self) -> Option<(AreaId, f64)> {
        self.wijken.first().copied()
    }

    pub fn least_diverse(&self) -> Option<(AreaId, f64)> {
        self.wijken.last().copied()
    }
}

/// The answer key for `gemeente` (None when it has no index).
pub fn worksheet_answers(
    table: &AreaTable,
    gemeente: AreaId,
    threshold: DisclosureThreshold,
) -> Option<WorksheetAnswers> {
    let measures = measure_area(table, gemeente, threshold).ok()?;
    let wijken = places_ranked(table, Level::Wijk, Some(gemeente), threshold);
    let whole = |index: f64| (index * 100.0).round();
    let above = wijken.iter().filter(|(_, index)| whole(*index) > whole(measures.diversity_index)).count();
    Some(WorksheetAnswers {
        gemeente,
        index: measures.diversity_index,
        wijken,
        largest_minority: measures.largest_minority,
        above,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::fictional_bundle;

    #[test]
    fn fictiestad_s_answers_by_hand() {
        let table = fictional_bundle().table;
        let gm = table.find_str("GM9999").unwrap();
        let answers = worksheet_answers(&table, gm, DisclosureThreshold::default()).unwrap();
        // Centrum (600): 400 Dutch, 50 western, 40/10/30/40/30 → 1 − Σp²; Haven (400): 300, 50, 10/0/10/20/10.
        let index = |counts: &[f64]| {
            let total: f64 = counts.iter().sum();
            1.0 - counts.iter().map(|c| (c / total).powi(2)).sum::<f64>()
        };
        let centrum = index(&[400.0, 50.0, 40.0, 10.0, 30.0, 40.0, 30.0]);
        let haven = index(&[300.0, 50.0, 10.0, 0.0, 10.0, 20.0, 10.0]);
        let fictie = index(&[700.0, 100.0, 50.0, 10.0, 40.0, 60.0, 40.0]);
        assert!((answers.index - fictie).abs() < 1e-12);
        let (most, least) = (answers.most_diverse().unwrap(), answers.least_diverse().unwrap());
        assert_eq!(table.area(most.0).code.as_str(), "WK999901");
        assert!((most.1 - centrum).abs() < 1e-12 && (least.1 - haven).abs() < 1e-12);
        let whole = |v: f64| (v * 100.0).round();
        assert_eq!(
            answers.above,
            usize::from(whole(centrum) > whole(fictie)) + usize::from(whole(haven) > whole(fictie))
        );
        let (group, share) = answers.largest_minority.unwrap();
        assert_eq!((table.groups()[group].key.as_str(), share), (table.groups()[1].key.as_str(), 0.1), "westers, 10%");
    }
}
