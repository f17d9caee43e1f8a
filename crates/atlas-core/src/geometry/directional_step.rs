//! Which area an arrow key moves to: the neighbour lying most nearly that way, else the nearest
//! area that way (an island, or an area whose neighbours all lie elsewhere).
//!
//! Positions are projected points (y grows northwards). A candidate counts as lying "that way"
//! when it is ahead along the direction and no farther off to the side than twice as far as
//! ahead (within about 63° of the arrow). Among those, the one with the smallest distance
//! weighted by how far it is off the line wins, so a neighbour straight ahead beats a nearer
//! one at the cone's edge.

/// An arrow key's direction on the map (up is north).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl Direction {
    fn unit(self) -> [f64; 2] {
        match self {
            Direction::Left => [-1.0, 0.0],
            Direction::Right => [1.0, 0.0],
            Direction::Up => [0.0, 1.0],
            Direction::Down => [0.0, -1.0],
        }
    }
}

/// How far off the line a candidate may lie, relative to how far ahead it is.
const CONE: f64 = 2.0;

/// From the area at position `from`, the position of the area to move to in `direction`:
/// first among `neighbours[from]`, then among all `points`. `None` when nothing lies that way.
pub fn directional_step(
    from: usize,
    direction: Direction,
    points: &[[f64; 2]],
    neighbours: &[Vec<usize>],
) -> Option<usize> {
    let origin = *points.get(from)?;
    let score = |to: usize| step_score(origin, points[to], direction);
    let best = |candidates: &mut dyn Iterator<Item = usize>| {
        candidates
            .filter(|&to| to != from)
            .filter_map(|to| score(to).map(|s| (s, to)))
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
            .map(|(_, to)| to)
    };
    let adjacent = neighbours.get(from).map(Vec::as_slice).unwrap_or_default();
    best(&mut adjacent.iter().copied().filter(|&to| to < points.len())).or_else(|| best(&mut (0..points.len())))
}

/// The cost of stepping from `origin` to `target`, or `None` when it does not lie that way.
fn step_score(origin: [f64; 2], target: [f64; 2], direction: Direction) -> Option<f64> {
    let [ux, uy] = direction.unit();
    let (dx, dy) = (target[0] - origin[0], target[1] - origin[1]);
    let ahead = dx * ux + dy * uy;
    let aside = (dx * uy - dy * ux).abs();
    (ahead > 0.0 && aside <= CONE * ahead).then(|| dx.hypot(dy) * (1.0 + aside / ahead))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 3 × 3 grid of areas, numbered row by row from the north-west, each bordering the
    /// areas left, right, above and below it.
    fn grid() -> (Vec<[f64; 2]>, Vec<Vec<usize>>) {
        let points: Vec<[f64; 2]> = (0..9).map(|i| [f64::from(i % 3) * 10.0, -f64::from(i / 3) * 10.0]).collect();
        let neighbours = (0..9usize)
            .map(|i| {
                let (row, col) = (i / 3, i % 3);
                let mut list = Vec::new();
                if col > 0 {
                    list.push(i - 1);
                }
                if col < 2 {
                    list.push(i + 1);
                }
                if row > 0 {
                    list.push(i - 3);
                }
                if row < 2 {
                    list.push(i + 3);
                }
                list
            })
            .collect();
        (points, neighbours)
    }

    #[test]
    fn arrows_move_to_the_neighbour_that_way() {
        let (points, neighbours) = grid();
        let step = |from, direction| directional_step(from, direction, &points, &neighbours);
        assert_eq!(step(4, Direction::Left), Some(3));
        assert_eq!(step(4, Direction::Right), Some(5));
        assert_eq!(step(4, Direction::Up), Some(1), "up is north: the row above");
        assert_eq!(step(4, Direction::Down), Some(7));
    }

    #[test]
    fn at_the_edge_nothing_lies_that_way() {
        let (points, neighbours) = grid();
        assert_eq!(directional_step(0, Direction::Left, &points, &neighbours), None);
        assert_eq!(directional_step(0, Direction::Up, &points, &neighbours), None);
        assert_eq!(directional_step(8, Direction::Down, &points, &neighbours), None);
    }

    #[test]
    fn a_neighbour_straight_ahead_beats_a_nearer_one_off_the_line() {
        let points = [[0.0, 0.0], [10.0, 0.0], [4.0, 6.0]];
        let neighbours = vec![vec![1, 2], vec![0], vec![0]];
        assert_eq!(directional_step(0, Direction::Right, &points, &neighbours), Some(1));
        assert_eq!(directional_step(0, Direction::Up, &points, &neighbours), Some(2));
    }

    #[test]
    fn without_a_neighbour_that_way_the_nearest_area_that_way_is_taken() {
        // An island (2) east of the mainland (0, 1), bordering nothing.
        let points = [[0.0, 0.0], [0.0, 10.0], [30.0, 2.0], [60.0, 0.0]];
        let neighbours = vec![vec![1], vec![0], vec![], vec![]];
        assert_eq!(directional_step(0, Direction::Right, &points, &neighbours), Some(2));
        assert_eq!(directional_step(2, Direction::Right, &points, &neighbours), Some(3));
        assert_eq!(directional_step(2, Direction::Left, &points, &neighbours), Some(0));
    }

    #[test]
    fn areas_far_off_the_line_are_not_that_way() {
        // Almost straight north of 0 lies 1: pressing Right must not jump there.
        let points = [[0.0, 0.0], [1.0, 50.0]];
        let neighbours = vec![vec![1], vec![0]];
        assert_eq!(directional_step(0, Direction::Right, &points, &neighbours), None);
        assert_eq!(directional_step(0, Direction::Up, &points, &neighbours), Some(1));
    }

    #[test]
    fn out_of_range_positions_are_ignored() {
        let points = [[0.0, 0.0], [10.0, 0.0]];
        assert_eq!(directional_step(5, Direction::Right, &points, &[]), None);
        assert_eq!(directional_step(0, Direction::Right, &points, &[vec![7]]), Some(1));
    }
}
