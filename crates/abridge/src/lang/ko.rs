//! Korean: stopwords-iso's list, Unicode words (Korean spaces its words), no
//! Snowball stemmer, and its particles taken off ([`particle_len`]).
//!
//! Korean writes its case and topic particles (조사) onto the noun they mark:
//! 예산안을, 예산안은 and 예산안이 are one noun, 예산안 (the budget bill), with
//! the object, topic and subject particle. Read as written, each form was a word
//! of its own, and the keywords were `예산안을, 예산안은, 정부는, 국회에`. A word
//! that ends in a particle is now read without it: its stem and the token's
//! span stop before the particle, so counts add up and a keyword is written
//! as the noun (`예산안`, `정부`, `국회`).
//!
//! Without a dictionary a particle cannot always be told from a noun's own
//! last syllable, so only the particles that rarely end a noun are taken:
//! 은 는 을 를 에 and the longer ones (에서, 에게, 으로, 까지, 부터, 처럼, ...);
//! the one-syllable 이 가 의 도 로 와 과 만 also end many nouns (국가, 회의,
//! 제도, 결과) and are left on. What is left must be two characters or more,
//! and 은 는 을 stay after a verb or adjective stem (하, 되, 있, 없, 같, 않,
//! 많: 진행하는, 있는 are verb forms, not a noun and a particle).

use super::Spec;

/// What Korean has of its own: its particles come off.
pub(super) const SPEC: Spec = Spec {
    particles: Some(particle_len),
    ..Spec::plain()
};

/// Particles taken off a word's end, longest first so that 에서는 goes
/// whole before 는 is tried.
const PARTICLES: &[&str] = &[
    "에서는", "에서도", "으로는", "으로도", "으로써", "으로서", "에게는", "에게서", "에게도", "께서는",
    "까지는", "까지도", "부터는", "이라는", "이라고", "에서", "에게", "으로", "께서", "까지", "부터",
    "에는", "에도", "라는", "처럼", "마다", "조차", "밖에", "한테", "과는", "와는", "은", "는", "을",
    "를", "에",
];

/// The syllables that end a verb or adjective stem before the endings
/// 은 는 을, which then make it a verb form (하는, 되는, 있는, 같은).
const VERB_STEM_ENDS: &str = "하되있없같않많";

/// The length in bytes of the particle at the end of the Korean word
/// `word`, or 0 when it ends in none that can be taken off.
pub(super) fn particle_len(word: &str) -> usize {
    let Some(particle) = PARTICLES.iter().find(|p| word.ends_with(**p)) else {
        return 0;
    };
    let stem = &word[..word.len() - particle.len()];
    let mut chars = stem.chars().rev();
    let Some(last) = chars.next() else {
        return 0;
    };
    let verb_form = matches!(*particle, "은" | "는" | "을") && VERB_STEM_ENDS.contains(last);
    if chars.next().is_none() || verb_form || !last.is_alphanumeric() {
        return 0;
    }
    particle.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem(word: &str) -> &str {
        &word[..word.len() - particle_len(word)]
    }

    #[test]
    fn particles_come_off_nouns() {
        assert_eq!(stem("예산안을"), "예산안");
        assert_eq!(stem("예산안은"), "예산안");
        assert_eq!(stem("정부는"), "정부");
        assert_eq!(stem("국회에"), "국회");
        assert_eq!(stem("서울에서는"), "서울");
        assert_eq!(stem("학생들에게"), "학생들");
        assert_eq!(stem("AI를"), "AI");
    }

    #[test]
    fn nouns_verb_forms_and_short_stems_keep_their_last_syllable() {
        // Particles that end many nouns are left on: nation, meeting,
        // system, result; and a one-syllable stem is no noun and particle.
        for word in ["국가", "회의", "제도", "결과", "정부가", "하는", "마을", "은", "책을"] {
            assert_eq!(stem(word), word, "{word}");
        }
        // After a verb or adjective stem, 는 은 을 are verb endings.
        for word in ["진행하는", "발표되는", "관계없는", "똑같은"] {
            assert_eq!(stem(word), word, "{word}");
        }
        assert_eq!(particle_len(""), 0);
    }
}
