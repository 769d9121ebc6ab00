//! Write the JSON report of each fixture to standard output, one per line,
//! as `abridge --format json` does.
//!
//! Run with `cargo run --example json_report`.

use abridge::output::{Entry, json};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut stdout = std::io::stdout().lock();
    for name in ["library-hours.txt", "solar-farm.txt"] {
        let text = std::fs::read_to_string(format!("{dir}/{name}"))?;
        let report = abridge::summarize(&text)?;
        let entry = Entry::new(name, &report);
        json::write_entry(&mut stdout, &entry)?;
    }
    Ok(())
}
