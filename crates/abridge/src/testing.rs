//! Generated text for the project's own tests and benchmarks: varied,
//! repeatable documents of any length, with no fixture to keep.
//!
//! Compiled for the unit tests and with the `internals` feature only; it
//! uses no other room.

/// How a generated document looks.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    /// The generator's seed: the same seed gives the same text.
    pub seed: u64,
    /// Each sentence has `6 + r` words, `r` drawn below this.
    pub length_spread: usize,
    /// A blank line (a new paragraph) after every this many sentences;
    /// `None` keeps one paragraph.
    pub paragraph: Option<usize>,
}

/// `sentences` sentences of words drawn from `words` by a linear
/// congruential generator (Knuth's MMIX constants), each capitalised and
/// ended by a full stop.
pub fn generated_text(words: &[&str], sentences: usize, shape: Shape) -> String {
    let mut state = shape.seed;
    let mut next = |m: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % m.max(1)
    };
    let mut text = String::new();
    for s in 0..sentences {
        let length = 6 + next(shape.length_spread);
        for k in 0..length {
            let Some(word) = words.get(next(words.len())) else {
                break;
            };
            if k == 0 {
                let mut chars = word.chars();
                if let Some(first) = chars.next() {
                    text.extend(first.to_uppercase());
                    text.push_str(chars.as_str());
                }
            } else {
                text.push(' ');
                text.push_str(word);
            }
        }
        let paragraph_ends = shape.paragraph.is_some_and(|p| s % p == p - 1);
        text.push_str(if paragraph_ends { ".\n\n" } else { ". " });
    }
    text
}

/// A xorshift64 generator (Marsaglia 2003): the repeatable draws of the tests
/// that compare a fast path with the plain one on generated inputs.
#[derive(Clone, Debug)]
pub struct Draws(u64);

impl Draws {
    /// Draws from `seed`, which must not be 0 (xorshift stays at 0).
    pub fn new(seed: u64) -> Draws {
        assert_ne!(seed, 0, "a xorshift seed of 0 draws only 0");
        Draws(seed)
    }

    /// The next 64 bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// The next draw below `n` (`n` at least 1).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_text_and_paragraphs_break_where_asked() {
        let shape = Shape {
            seed: 7,
            length_spread: 3,
            paragraph: Some(2),
        };
        let words = ["river", "bridge", "council"];
        let a = generated_text(&words, 4, shape);
        assert_eq!(a, generated_text(&words, 4, shape));
        assert_eq!(a.matches(".\n\n").count(), 2);
        assert_eq!(a.matches(". ").count(), 2);
        assert!(a.starts_with(|c: char| c.is_uppercase()));
        assert_ne!(a, generated_text(&words, 4, Shape { seed: 8, ..shape }));
    }
}
