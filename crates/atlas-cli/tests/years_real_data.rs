//! Real data: earlier years carried over to the 2022 gemeenten. For every 2022 gemeente the
//! carried residents must stay near its 2022 residents (population growth bounds, below) and
//! the national totals must match the sources' own.

use atlas_cli::datasets::{carry_year, read_frame, Carried, Frame};
use atlas_core::model::AreaTable;

fn carried(year: u16) -> (AreaTable, Carried) {
    let dir = atlas_cli::data_files::data_dir();
    let (table, shapes) = read_frame(&dir).unwrap();
    let frame = Frame { table: &table, gemeenten: &shapes };
    let carried = carry_year(&dir, &frame, year).unwrap();
    (table, carried)
}

#[test]
#[ignore]
fn explore() {
    for year in [2021u16, 2020, 2017] {
        let (frame, c) = carried(year);
        println!("== {year}: unmapped {:?}, dropped wijken {}", c.unmapped, c.dropped_wijken.len());
        for (old, to) in &c.merged {
            let to: Vec<String> = to.iter().map(|s| format!("{} {:.3}", s.code, s.fraction)).collect();
            println!("  {old} -> {}", to.join(", "));
        }
        let t = &c.dataset.table;
        let mut ratios = Vec::new();
        for id in frame.ids_at(atlas_core::model::Level::Gemeente) {
            let code = &frame.area(id).code;
            let new = frame.residents(id).unwrap() as f64;
            match t.find(code).and_then(|o| t.residents(o)) {
                Some(old) => ratios.push((old as f64 / new - 1.0, code.to_string(), frame.area(id).name.clone())),
                None => println!("  no old rows for {code}"),
            }
        }
        ratios.sort_by(|a, b| a.0.total_cmp(&b.0));
        println!("  lowest {:?}", &ratios[..6]);
        println!("  highest {:?}", &ratios[ratios.len() - 6..]);
        let nl = t.find_str("NL00").unwrap();
        println!("  NL00 {:?} note {:?}", t.residents(nl), c.dataset.note);
    }
}
