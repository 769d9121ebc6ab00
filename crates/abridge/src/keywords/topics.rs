//! Topics: candidates clustered by the stems they share, and the distance
//! weights between candidate occurrences; what TopicRank and
//! MultipartiteRank build their graphs from.
//!
//! This file receives the shared [`Candidates`] (and the [`KeywordInput`]
//! their positions refer to) and returns a topic per candidate, the summed
//! inverse distances between occurrences, and a weighted graph PageRank can
//! run on. It must not know how either method scores or selects.
//!
//! - **Candidates**: the graph methods' noun-phrase runs through pke's
//!   candidate filter ([`topic_candidates`]), as both of pke's
//!   implementations select them.
//! - **Clustering** (Bougouin, Boudin & Daille 2013, section 3.2): each
//!   candidate is the set of its stems; two candidates are `1 − Jaccard`
//!   apart; hierarchical agglomerative clustering with average linkage joins
//!   clusters while they are at most [`THRESHOLD`] (0.74, the paper's) apart.
//!   Candidates that share no stem are 1 apart and average linkage can never
//!   bring them under 0.74 through others, so only candidates linked by a
//!   shared stem (a connected component) are clustered together, and only
//!   pairs that share a stem are compared. Within a component the
//!   nearest-neighbour chain finds the same clusters as the textbook
//!   algorithm in `k²` steps for `k` candidates.
//! - **Distances** between occurrences (section 3.3): `1 / gap`, `gap` the
//!   number of words from the end of the earlier occurrence to the start of
//!   the later one, plus one.
//!
//! Cost: a component of more than [`MAX_COMPONENT`] candidates (a book in
//! which one stem heads thousands of phrases) is left unclustered, each
//! candidate its own topic, so that memory stays bounded; and an occurrence
//! is paired with at most [`PAIR_BUDGET`]`/ n` of those that follow it when
//! there are `n` occurrences (all of them up to about 7,000 occurrences, a
//! 25,000-word paper), so that the work stays linear.

use super::KeywordInput;
use super::candidates::{Candidate, Candidates, CandidatesBuilder};
use super::singlerank::phrase_candidates;
use crate::rank::Graph;

/// Clusters at most this far apart (`1 − Jaccard`) are joined.
pub(super) const THRESHOLD: f64 = 0.74;

/// The largest group of candidates linked by shared stems that is clustered.
const MAX_COMPONENT: usize = 2_000;

/// At most about this many occurrence pairs are weighed per document.
const PAIR_BUDGET: usize = 25_000_000;

/// The candidates of TopicRank and MultipartiteRank: the graph methods'
/// noun-phrase runs (`singlerank.rs`) less those pke's candidate filter
/// (`candidate_filtering`, which both of its implementations call) leaves
/// out: a candidate whose first occurrence has a word of one character, or
/// a word with a character that is neither a letter, a digit nor a hyphen
/// ("e.g", "C++", "Hiperlan/2"), or fewer than 3 characters in all. Where
/// abridge's words differ from pke's spaCy tokens, the rule follows what
/// pke's tokens would give: a dash inside a word is allowed (spaCy splits
/// there), and a Chinese or Japanese word of one character is long enough.
pub(super) fn topic_candidates(input: &KeywordInput<'_>) -> Candidates {
    let all = phrase_candidates(input);
    let keep: Vec<bool> = all.list.iter().map(|c| is_valid(input, &all, &c)).collect();
    if keep.iter().all(|&k| k) {
        return all;
    }
    let mut owner = vec![0; all.occurrences.len()];
    for (c, candidate) in all.list.iter().enumerate() {
        for &o in candidate.occurrences {
            owner[o as usize] = c;
        }
    }
    let mut builder = CandidatesBuilder::new(input);
    for (occurrence, &c) in all.occurrences.iter().zip(&owner) {
        if keep[c] {
            builder.push(occurrence.sequence(), occurrence.tokens(), all.list.get(c).terms);
        }
    }
    builder.finish()
}

/// Whether `candidate` passes pke's filter, judged on its first occurrence.
fn is_valid(input: &KeywordInput<'_>, candidates: &Candidates, candidate: &Candidate<'_>) -> bool {
    let first = &candidates.occurrences[candidate.occurrences[0] as usize];
    let words = &input.sequences[first.sequence()][first.tokens()];
    let mut letters = 0;
    for word in words {
        let form = word.span().slice(input.text);
        // One ideograph or syllable is a whole word: the size rules are
        // for alphabets.
        let size = if form.chars().any(is_ideograph) {
            usize::MAX / 4
        } else {
            form.chars().count()
        };
        let alphanumeric = form.chars().any(|c| !is_dash(c))
            && form.chars().all(|c| is_dash(c) || c.is_alphanumeric());
        if size < 2 || !alphanumeric {
            return false;
        }
        letters += size;
    }
    letters >= 3
}

/// A hyphen or dash: pke's one valid punctuation mark is the hyphen, and its
/// tokenizer splits a word at a dash, which abridge's keeps inside the word
/// ("space–time").
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// A character of the scripts written without letters (from the CJK
/// radicals at U+2E80 through Hangul), where one character is a word.
fn is_ideograph(c: char) -> bool {
    ('\u{2E80}'..='\u{D7AF}').contains(&c) || ('\u{F900}'..='\u{FAFF}').contains(&c) || c >= '\u{20000}'
}

/// The topic of each candidate, topics numbered from 0 in order of their
/// first candidate.
pub(super) fn cluster(candidates: &Candidates) -> Vec<usize> {
    let list = &candidates.list;
    let stems: Vec<Vec<u32>> = list
        .iter()
        .map(|c| {
            let mut s = c.terms.to_vec();
            s.sort_unstable();
            s.dedup();
            s
        })
        .collect();
    // Union-find over candidates, joined through each stem's first holder.
    let mut parent: Vec<usize> = (0..list.len()).collect();
    let mut holder: rustc_hash::FxHashMap<u32, usize> = Default::default();
    for (c, s) in stems.iter().enumerate() {
        for &stem in s {
            let first = *holder.entry(stem).or_insert(c);
            union(&mut parent, first, c);
        }
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); list.len()];
    for c in 0..list.len() {
        let root = find(&mut parent, c);
        members[root].push(c);
    }
    // Each candidate's cluster, named by a member.
    let mut cluster_of: Vec<usize> = (0..list.len()).collect();
    for group in members.iter().filter(|g| g.len() > 1 && g.len() <= MAX_COMPONENT) {
        for (local, merged_into) in average_linkage(group, &stems).into_iter().enumerate() {
            cluster_of[group[local]] = group[merged_into];
        }
    }
    // Number the clusters in order of first candidate.
    let mut number = vec![usize::MAX; list.len()];
    let mut next = 0;
    cluster_of
        .iter()
        .map(|&c| {
            if number[c] == usize::MAX {
                number[c] = next;
                next += 1;
            }
            number[c]
        })
        .collect()
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    // The smaller index is the root, so roots do not depend on order.
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// `1 − |a ∩ b| / |a ∪ b|` of two sorted stem sets.
pub(super) fn jaccard_distance(a: &[u32], b: &[u32]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - shared;
    if union == 0 {
        return 1.0;
    }
    1.0 - shared as f64 / union as f64
}

/// Average-linkage clusters of the candidates `group` (indices into
/// `stems`), cut at [`THRESHOLD`]: for each member (by its place in
/// `group`), the place of the member that names its cluster.
fn average_linkage(group: &[usize], stems: &[Vec<u32>]) -> Vec<usize> {
    let k = group.len();
    let mut distance = vec![1.0f64; k * k];
    // Only pairs that share a stem are compared.
    let mut by_stem: rustc_hash::FxHashMap<u32, Vec<usize>> = Default::default();
    for (local, &c) in group.iter().enumerate() {
        for &stem in &stems[c] {
            by_stem.entry(stem).or_default().push(local);
        }
    }
    let mut seen = vec![false; k * k];
    let mut holders: Vec<(&u32, &Vec<usize>)> = by_stem.iter().collect();
    holders.sort_unstable_by_key(|(stem, _)| **stem);
    for (_, holders) in holders {
        for (x, &a) in holders.iter().enumerate() {
            for &b in &holders[x + 1..] {
                if !seen[a * k + b] {
                    seen[a * k + b] = true;
                    let d = jaccard_distance(&stems[group[a]], &stems[group[b]]);
                    distance[a * k + b] = d;
                    distance[b * k + a] = d;
                }
            }
        }
    }
    // Nearest-neighbour chain over the clusters still open.
    let mut open = vec![true; k];
    let mut size = vec![1usize; k];
    let mut name: Vec<usize> = (0..k).collect();
    let mut chain: Vec<usize> = Vec::new();
    let mut next_start = 0;
    loop {
        if chain.is_empty() {
            while next_start < k && !open[next_start] {
                next_start += 1;
            }
            if next_start == k {
                break;
            }
            chain.push(next_start);
        }
        let a = chain[chain.len() - 1];
        let previous = chain.len().checked_sub(2).map(|i| chain[i]);
        let mut best = previous;
        let mut best_d = previous.map_or(f64::INFINITY, |p| distance[a * k + p]);
        for b in 0..k {
            if b != a && open[b] && distance[a * k + b] < best_d {
                best = Some(b);
                best_d = distance[a * k + b];
            }
        }
        match best {
            Some(b) if best_d <= THRESHOLD => {
                if Some(b) == previous {
                    chain.truncate(chain.len() - 2);
                    // Merge the larger index into the smaller one.
                    let (keep, gone) = (a.min(b), a.max(b));
                    let (nk, ng) = (size[keep] as f64, size[gone] as f64);
                    for c in 0..k {
                        if open[c] && c != keep && c != gone {
                            let d = (nk * distance[keep * k + c] + ng * distance[gone * k + c])
                                / (nk + ng);
                            distance[keep * k + c] = d;
                            distance[c * k + keep] = d;
                        }
                    }
                    size[keep] += size[gone];
                    open[gone] = false;
                    name[gone] = keep;
                } else {
                    chain.push(b);
                }
            }
            _ => {
                // Nothing within the threshold: this cluster is final, since
                // averages of distances above it stay above it.
                open[a] = false;
                chain.pop();
            }
        }
    }
    (0..k)
        .map(|mut x| {
            while name[x] != x {
                x = name[x];
            }
            x
        })
        .collect()
}

/// Calls `add(a, b, 1 / gap)` for pairs of occurrences of candidates `a`
/// and `b` (the earlier occurrence's candidate first), in document order;
/// `gap` counts the words from the end of the earlier occurrence to the start
/// of the later one, plus one.
pub(super) fn occurrence_pairs(
    input: &KeywordInput<'_>,
    candidates: &Candidates,
    mut add: impl FnMut(usize, usize, f64),
) {
    let placed: Vec<(usize, usize)> = candidates
        .occurrences
        .iter()
        .map(|o| (o.position(input), o.tokens().len()))
        .collect();
    let n = placed.len();
    let reach = if n.saturating_mul(n) / 2 <= PAIR_BUDGET {
        n
    } else {
        (PAIR_BUDGET / n).max(1)
    };
    for (i, &(start, length)) in placed.iter().enumerate() {
        for (j, &(later, _)) in placed.iter().enumerate().skip(i + 1).take(reach) {
            let gap = (later - start).saturating_sub(length - 1).max(1);
            add(candidates.candidate_of(i), candidates.candidate_of(j), 1.0 / gap as f64);
        }
    }
}

/// A directed weighted graph as adjacency rows, each sorted by target.
pub(super) struct WeightedGraph {
    rows: Vec<Vec<(u32, f64)>>,
}

impl WeightedGraph {
    /// The graph on `nodes` nodes with the edges `(from, to, weight)`,
    /// given sorted by `(from, to)` and each once.
    pub(super) fn new(nodes: usize, edges: impl IntoIterator<Item = (usize, usize, f64)>) -> Self {
        let mut rows = vec![Vec::new(); nodes];
        for (from, to, weight) in edges {
            rows[from].push((to as u32, weight));
        }
        WeightedGraph { rows }
    }
}

impl Graph for WeightedGraph {
    fn nodes(&self) -> usize {
        self.rows.len()
    }

    fn row_sums(&self) -> Vec<f64> {
        self.rows.iter().map(|r| r.iter().map(|e| e.1).sum()).collect()
    }

    fn spread(&self, x: &[f64], out: &mut [f64]) {
        out.fill(0.0);
        for (row, &xi) in self.rows.iter().zip(x) {
            for &(j, w) in row {
                out[j as usize] += xi * w;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::KeywordOptions;
    use crate::keywords::tests::Document;

    #[test]
    fn pke_filter_leaves_out_words_with_stops_and_colons() {
        // "PEDOT:PSS films" holds a colon and "www.example.org servers" full
        // stops: both left out, with their occurrences; "wind farms" stays,
        // its second occurrence included.
        let text = "Wind farms. PEDOT:PSS films. The www.example.org servers. Wind farms.";
        let doc = Document::new(text, KeywordOptions::default());
        let input = doc.input();
        let forms = |c: &Candidates| {
            let first = |i: usize| &c.occurrences[c.list.get(i).occurrences[0] as usize];
            (0..c.list.len())
                .map(|i| first(i).span(&input).slice(text).to_string())
                .collect::<Vec<_>>()
        };
        let all = phrase_candidates(&input);
        let all_forms = forms(&all);
        assert_eq!(all_forms, ["Wind farms", "PEDOT:PSS films", "www.example.org servers"]);
        let kept = topic_candidates(&input);
        assert_eq!(forms(&kept), ["Wind farms"]);
        assert_eq!(kept.list.get(0).count(), 2);
        assert_eq!(kept.occurrences.len(), 2);
    }

    #[test]
    fn one_ideograph_is_a_word_and_one_letter_is_not() {
        assert!(is_ideograph('中'));
        assert!(!is_ideograph('γ'));
        assert!(is_dash('–') && is_dash('-') && !is_dash('.'));
    }

    #[test]
    fn jaccard_distances_are_one_minus_shared_over_union() {
        assert_eq!(jaccard_distance(&[1, 2], &[1, 2, 3]), 1.0 - 2.0 / 3.0);
        assert_eq!(jaccard_distance(&[1], &[2]), 1.0);
        assert_eq!(jaccard_distance(&[1, 2], &[2, 3]), 1.0 - 1.0 / 3.0);
    }

    #[test]
    fn candidates_cluster_by_shared_stems_under_average_linkage() {
        // Candidates: "ID cards" {id, card}, "ID card scheme" {id, card,
        // scheme}, "wind farms" {wind, farm}, "scheme" {scheme}.
        // d(ID cards, ID card scheme) = 1/3: joined first. The cluster is
        // then (d(ID cards, scheme) = 1 + d(ID card scheme, scheme) = 2/3)/2
        // = 5/6 from "scheme": over 0.74, so "scheme" stays alone. "wind
        // farms" shares nothing.
        let text = "ID cards. ID card scheme. Wind farms. Scheme.";
        let doc = Document::new(text, KeywordOptions::default());
        let candidates = Candidates::collect(&doc.input());
        assert_eq!(candidates.list.len(), 4);
        assert_eq!(cluster(&candidates), [0, 0, 1, 2]);
        // "card scheme" {card, scheme} next to "ID card scheme" (1/3) and
        // "scheme" (1/2): all within reach, one topic with "ID cards".
        let text = "ID cards. ID card scheme. Card scheme. Scheme.";
        let doc = Document::new(text, KeywordOptions::default());
        let candidates = Candidates::collect(&doc.input());
        assert_eq!(candidates.list.len(), 4);
        // d: IC–ICS 1/3, ICS–CS 1/3, CS–S 1/2, IC–CS 2/3, ICS–S 2/3, IC–S 1.
        // After IC+ICS: to CS (2/3 + 1/3)/2 = 1/2, joined; the three to S:
        // (1 + 2/3 + 1/2)/3 = 13/18 < 0.74: one topic.
        assert_eq!(cluster(&candidates), [0, 0, 0, 0]);
    }

    #[test]
    fn occurrence_pairs_weigh_inverse_gaps() {
        // Tokens: solar(0) panels(1) . wind(2) . solar(3) panels(4).
        let doc = Document::new("Solar panels. Wind. Solar panels.", KeywordOptions::default());
        let input = doc.input();
        let candidates = Candidates::collect(&input);
        let mut pairs = Vec::new();
        occurrence_pairs(&input, &candidates, |a, b, w| pairs.push((a, b, w)));
        // Gaps: 2 − 0 − 1 = 1, 3 − 0 − 1 = 2, 3 − 2 = 1.
        assert_eq!(pairs, [(0, 1, 1.0), (0, 0, 0.5), (1, 0, 1.0)]);
    }
}
