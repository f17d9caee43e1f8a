//! Native benchmarks: parsing the shared table plus every area's measures, and the data build.
//! Run with `cargo run --release -p atlas-cli --example bench_native`; prints medians.

use atlas_cli::{build_data, data_files};
use atlas_core::formats::{read_kwb_csv, read_table};
use atlas_core::measures::{measure_area, DisclosureThreshold};
use std::time::{Duration, Instant};

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time<T>(runs: usize, mut work: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(work());
                start.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let dir = data_files::data_dir();
    let bytes = data_files::read(&dir, &data_files::TABLE).expect("shared data");
    let parse = time(21, || read_kwb_csv(&bytes, "kwb.csv").unwrap());
    let table = read_kwb_csv(&bytes, "kwb.csv").unwrap();
    let threshold = DisclosureThreshold::default();
    let measure =
        time(21, || (0..table.len() as u32).filter(|&id| measure_area(&table, id, threshold).is_ok()).count());
    let both = time(21, || {
        let table = read_kwb_csv(&bytes, "kwb.csv").unwrap();
        (0..table.len() as u32).filter(|&id| measure_area(&table, id, threshold).is_ok()).count()
    });
    let build = time(5, || build_data::build_from_dir(&dir).unwrap());
    println!("| what | median |");
    println!("|---|---|");
    println!("| parse KWB CSV ({} areas) | {:.1} ms |", table.len(), parse.as_secs_f64() * 1e3);
    println!("| all measures of {} areas | {:.1} ms |", table.len(), measure.as_secs_f64() * 1e3);
    println!("| parse + all measures | {:.1} ms |", both.as_secs_f64() * 1e3);
    println!("| build-data (read, join, simplify, encode) | {:.0} ms |", build.as_secs_f64() * 1e3);
    for megabytes in [1, 10, 100] {
        let long = fictional_long_table(megabytes << 20);
        let runs = if megabytes == 100 { 3 } else { 7 };
        let read = time(runs, || {
            let table = read_table(&long, "lang.csv").unwrap().table;
            (0..table.len() as u32).filter(|&id| measure_area(&table, id, threshold).is_ok()).count()
        });
        println!("| own long table of {megabytes} MB: read + all measures | {:.0} ms |", read.as_secs_f64() * 1e3);
    }
}

/// A fictional long table (`code;groep;aantal`) of about `bytes` bytes: buurten with made-up
/// codes and 18 countries each, counts from a fixed sequence.
fn fictional_long_table(bytes: usize) -> Vec<u8> {
    const GROUPS: [&str; 18] = [
        "Nederland",
        "Marokko",
        "Turkije",
        "Suriname",
        "Curaçao",
        "Polen",
        "Duitsland",
        "België",
        "Indonesië",
        "Syrië",
        "Eritrea",
        "India",
        "China",
        "Verenigd Koninkrijk",
        "Bulgarije",
        "Roemenië",
        "Spanje",
        "overig",
    ];
    let mut out = b"code;groep;aantal\n".to_vec();
    let mut n: u64 = 0;
    while out.len() < bytes {
        let code = format!("BU{:04}{:02}{:02}", 1 + n % 9000, (n / 9000) % 100, (n / 900_000) % 100);
        for (g, group) in GROUPS.iter().enumerate() {
            let count = (n * 7 + g as u64 * 13) % 500;
            out.extend_from_slice(format!("{code};{group};{count}\n").as_bytes());
        }
        n += 1;
    }
    out
}
