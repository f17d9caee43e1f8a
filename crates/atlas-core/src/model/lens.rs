//! Lenses: how finely origin is seen, and how a table's groups fold into a lens's groups.

use super::{AreaTable, Count, Family, Group};

/// How finely origin is seen: the report's old lens vs the new one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lens {
    /// Dutch background, western, non-western.
    WesternSplit,
    /// Dutch, western, each classic group (Turkey, Morocco, Suriname, Antilles), other non-western.
    Classic,
    /// Every group of the table as it declares them.
    All,
}

impl Lens {
    pub const ALL: [Lens; 3] = [Lens::WesternSplit, Lens::Classic, Lens::All];

    /// The key used in URLs and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Lens::WesternSplit => "westers",
            Lens::Classic => "klassiek",
            Lens::All => "alle",
        }
    }

    /// Parses a key as written by [`Lens::key`].
    pub fn from_key(key: &str) -> Option<Lens> {
        Lens::ALL.into_iter().find(|lens| lens.key() == key)
    }

    /// The Dutch name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Lens::WesternSplit => "westers / niet-westers",
            Lens::Classic => "klassieke groepen",
            Lens::All => "alle groepen van de tabel",
        }
    }
}

/// How a table's groups fold into a lens's groups.
#[derive(Clone, Debug, PartialEq)]
pub struct LensFold {
    /// The lens's groups.
    pub groups: Vec<Group>,
    /// For every source group, the index of the lens group it falls in.
    pub target: Vec<usize>,
}

/// The key and label of the group that takes groups of neither western nor non-western origin
/// (a catch-all "overig" of all origins); it appears only when a table has such a group.
pub const UNSPLIT_KEY: &str = "overig-onbekend";
pub const UNSPLIT_LABEL: &str = "Overig (westers of niet-westers onbekend)";

/// How `groups` fold into `lens`'s groups, by their family tags.
pub fn lens_fold(groups: &[Group], lens: Lens) -> LensFold {
    use Family::*;
    if lens == Lens::All {
        return LensFold { groups: groups.to_vec(), target: (0..groups.len()).collect() };
    }
    let mut lens_groups = vec![
        Group::new("nederland", "Nederlandse achtergrond", &[Dutch]),
        Group::new("westers", "Westers", &[Western]),
    ];
    let mut classic_slot = vec![None; groups.len()];
    if lens == Lens::Classic {
        for (i, group) in groups.iter().enumerate() {
            if group.is(Classic) && !group.is(Dutch) && !group.is(Western) {
                classic_slot[i] = Some(lens_groups.len());
                lens_groups.push(group.clone());
            }
        }
    }
    let non_western = lens_groups.len();
    lens_groups.push(match lens {
        Lens::Classic => Group::new("overig-niet-westers", "Overig niet-westers", &[NonWestern, Residual]),
        _ => Group::new("niet-westers", "Niet-westers", &[NonWestern]),
    });
    let mut unsplit = None;
    let target = groups
        .iter()
        .enumerate()
        .map(|(i, group)| {
            if group.is(Dutch) {
                0
            } else if group.is(Western) {
                1
            } else if let Some(slot) = classic_slot[i] {
                slot
            } else if group.is(NonWestern) {
                non_western
            } else {
                *unsplit.get_or_insert_with(|| {
                    lens_groups.push(Group::new(UNSPLIT_KEY, UNSPLIT_LABEL, &[Residual]));
                    lens_groups.len() - 1
                })
            }
        })
        .collect();
    LensFold { groups: lens_groups, target }
}

impl LensFold {
    /// One area's counts in the lens's groups: sums of the source groups; a sum with an unknown
    /// part is unknown; sums saturate at `u32::MAX`.
    pub fn fold(&self, counts: &[Count]) -> Vec<Count> {
        let mut folded: Vec<Count> = vec![Some(0); self.groups.len()];
        for (count, &target) in counts.iter().zip(&self.target) {
            folded[target] = match (folded[target], count) {
                (Some(sum), Some(n)) => Some(sum.saturating_add(*n)),
                _ => None,
            };
        }
        folded
    }
}

/// The table seen through a lens: same areas, same ids, folded groups.
pub fn apply_lens(table: &AreaTable, lens: Lens) -> AreaTable {
    let fold = lens_fold(table.groups(), lens);
    table.with_groups(fold.groups.clone(), |counts| fold.fold(counts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::AreaCode;
    use Family::*;

    /// A fictional table's groups, as an 18-group-like file declares them.
    fn fine_groups() -> Vec<Group> {
        vec![
            Group::new("nl", "Nederlands", &[Dutch]),
            Group::new("overig", "Overig", &[Residual]),
            Group::new("de", "Duitsland", &[Western, NeighbourCountry]),
            Group::new("tr", "Turkije", &[NonWestern, Classic]),
            Group::new("sy", "Syrië", &[NonWestern]),
            Group::new("ma", "Marokko", &[NonWestern, Classic]),
            Group::new("pl", "Polen", &[Western, EasternEuropean]),
        ]
    }

    fn keys(fold: &LensFold) -> Vec<&str> {
        fold.groups.iter().map(|g| g.key.as_str()).collect()
    }

    #[test]
    fn keys_round_trip_and_labels_are_dutch() {
        for lens in Lens::ALL {
            assert_eq!(Lens::from_key(lens.key()), Some(lens));
        }
        assert_eq!(Lens::from_key("west"), None);
        assert_eq!(Lens::WesternSplit.label(), "westers / niet-westers");
    }

    #[test]
    fn western_split_has_three_groups_and_an_unsplit_one_when_needed() {
        let fold = lens_fold(&fine_groups(), Lens::WesternSplit);
        assert_eq!(keys(&fold), ["nederland", "westers", "niet-westers", UNSPLIT_KEY]);
        assert_eq!(fold.groups[3].label, UNSPLIT_LABEL);
        assert_eq!(fold.target, [0, 3, 1, 2, 2, 2, 1]);
        let seven = crate::formats::kwb_groups();
        let fold = lens_fold(&seven, Lens::WesternSplit);
        assert_eq!(keys(&fold), ["nederland", "westers", "niet-westers"]);
        assert_eq!(fold.target, [0, 1, 2, 2, 2, 2, 2]);
    }

    #[test]
    fn classic_keeps_each_classic_group_with_its_key_and_label() {
        let fold = lens_fold(&fine_groups(), Lens::Classic);
        assert_eq!(keys(&fold), ["nederland", "westers", "tr", "ma", "overig-niet-westers", UNSPLIT_KEY]);
        assert_eq!(fold.groups[2].label, "Turkije");
        assert_eq!(fold.target, [0, 5, 1, 2, 4, 3, 1]);
        // The seven KWB groups are already the classic lens: same number, same counts.
        let seven = crate::formats::kwb_groups();
        let fold = lens_fold(&seven, Lens::Classic);
        assert_eq!(fold.target, [0, 1, 2, 3, 4, 5, 6]);
        assert_eq!(fold.groups[2..6], seven[2..6]);
    }

    #[test]
    fn all_is_the_identity() {
        let fold = lens_fold(&fine_groups(), Lens::All);
        assert_eq!(fold.groups, fine_groups());
        assert_eq!(fold.target, [0, 1, 2, 3, 4, 5, 6]);
    }

    #[test]
    fn folding_sums_and_keeps_unknown_unknown() {
        let fold = lens_fold(&fine_groups(), Lens::WesternSplit);
        let counts = [Some(100), Some(7), Some(5), Some(3), Some(2), Some(1), Some(4)];
        // nl 100; western 5 + 4; non-western 3 + 2 + 1; overig 7.
        assert_eq!(fold.fold(&counts), [Some(100), Some(9), Some(6), Some(7)]);
        let counts = [Some(100), Some(7), Some(5), None, Some(2), Some(1), Some(4)];
        assert_eq!(fold.fold(&counts), [Some(100), Some(9), None, Some(7)]);
        let huge = [Some(1), Some(0), Some(u32::MAX), Some(0), Some(0), Some(0), Some(1)];
        assert_eq!(fold.fold(&huge)[1], Some(u32::MAX));
    }

    #[test]
    fn applying_a_lens_keeps_areas_ids_and_missing_rows() {
        let code = |t: &str| AreaCode::parse(t).unwrap();
        let mut table = AreaTable::new(fine_groups());
        table
            .push(
                code("GM9999"),
                "Fictiestad".into(),
                Some(20),
                vec![Some(10), Some(1), Some(2), Some(3), Some(1), Some(2), Some(1)],
            )
            .unwrap();
        table
            .push(
                code("GM9998"),
                "Nepdorp".into(),
                Some(10),
                vec![Some(10), Some(0), Some(0), Some(0), Some(0), Some(0), Some(0)],
            )
            .unwrap();
        table.link_parents();
        let mut frame = AreaTable::new(vec![]);
        frame.push(code("GM9997"), "Elders".into(), None, vec![]).unwrap();
        frame.push(code("GM9999"), "Fictiestad".into(), None, vec![]).unwrap();
        let aligned = table.aligned_to(&frame);
        let seen = apply_lens(&aligned, Lens::Classic);
        assert_eq!(seen.len(), 2);
        assert_eq!(seen.area(1).code.as_str(), "GM9999");
        assert!(!seen.has_row(0) && seen.has_row(1));
        assert_eq!(seen.residents(1), Some(20));
        // nl 10; western 2 + 1; tr 3; ma 2; other non-western 1; overig 1.
        assert_eq!(seen.counts(1), &[Some(10), Some(3), Some(3), Some(2), Some(1), Some(1)]);
        assert_eq!(seen.counts(0), &[None; 6]);
        assert_eq!(apply_lens(&table, Lens::All), table);
    }
}
