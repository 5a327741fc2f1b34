//! Times scoring one long sentence of state mentions and involvement cues
//! at growing sizes (bug 2 in README.md): `cargo run --release --example
//! sentence_scaling -- 100` in fuzz/.

use georisk::Scorer;
use std::time::Instant;
fn main() {
    let s = Scorer::default();
    let n0: usize = std::env::args().nth(1).map_or(100, |a| a.parse().unwrap());
    for unit in ["Rwanda troops Uganda troops ", "war ", "Rwanda Uganda ", "troops "] {
        for n in [n0, 2 * n0, 4 * n0] {
            let text = unit.repeat(n);
            let t = Instant::now();
            let r = s.score_text(&text);
            println!("{unit:?} x{n} ({} bytes): {:?} score {}", text.len(), t.elapsed(), r.score);
        }
    }
}
