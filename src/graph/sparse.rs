//! A sparse, symmetric weighted graph in compressed rows.
//!
//! A dense `n × n` matrix costs `8 n²` bytes whatever the number of edges:
//! 3.2 GB for a co-occurrence graph of 20,000 distinct words, and far more
//! for a document of random tokens. Word co-occurrence graphs have about
//! `window` edges per word occurrence, so they are stored here by rows of
//! `(neighbour, weight)` pairs, and cost memory and time in proportion to
//! their edges.

/// An undirected graph with non-negative edge weights and no self-loops.
/// Each edge is stored in both of its rows; each row is sorted by neighbour.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SparseGraph {
    /// Row `i` is `neighbours[offsets[i]..offsets[i + 1]]`.
    offsets: Vec<usize>,
    neighbours: Vec<u32>,
    weights: Vec<f64>,
}

impl SparseGraph {
    /// Builds the graph of `nodes` nodes from `edges`, each `(a, b, weight)`
    /// listed once with `a < b < nodes`, sorted by `(a, b)` without repeats.
    pub fn from_sorted_edges(nodes: usize, edges: &[(u32, u32, f64)]) -> SparseGraph {
        let mut degree = vec![0usize; nodes];
        for &(a, b, _) in edges {
            debug_assert!(a < b && (b as usize) < nodes, "edge {a}-{b}");
            degree[a as usize] += 1;
            degree[b as usize] += 1;
        }
        let mut offsets = Vec::with_capacity(nodes + 1);
        offsets.push(0);
        for d in &degree {
            offsets.push(offsets[offsets.len() - 1] + d);
        }
        let mut cursor = offsets[..nodes].to_vec();
        let mut neighbours = vec![0u32; 2 * edges.len()];
        let mut weights = vec![0.0; 2 * edges.len()];
        // With edges sorted by (a, b), row x receives its smaller neighbours
        // (from edges (a, x)) before its larger ones (from edges (x, c)), each
        // group in increasing order: every row comes out sorted.
        for &(a, b, w) in edges {
            for (from, to) in [(a, b), (b, a)] {
                let at = cursor[from as usize];
                neighbours[at] = to;
                weights[at] = w;
                cursor[from as usize] += 1;
            }
        }
        SparseGraph {
            offsets,
            neighbours,
            weights,
        }
    }

    /// The number of nodes.
    pub fn nodes(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// The number of (undirected) edges.
    pub fn edges(&self) -> usize {
        self.neighbours.len() / 2
    }

    /// The neighbours of node `i` and the weights of the edges to them, in
    /// increasing order of neighbour.
    pub fn row(&self, i: usize) -> (&[u32], &[f64]) {
        let range = self.offsets[i]..self.offsets[i + 1];
        (&self.neighbours[range.clone()], &self.weights[range])
    }

    /// The weight of the edge between `a` and `b` (0 when there is none).
    pub fn weight(&self, a: usize, b: usize) -> f64 {
        let (neighbours, weights) = self.row(a);
        u32::try_from(b)
            .ok()
            .and_then(|b| neighbours.binary_search(&b).ok())
            .map_or(0.0, |at| weights[at])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_hold_both_directions_sorted() {
        let g = SparseGraph::from_sorted_edges(4, &[(0, 2, 1.0), (0, 3, 2.0), (1, 2, 5.0)]);
        assert_eq!(g.nodes(), 4);
        assert_eq!(g.edges(), 3);
        assert_eq!(g.row(2), (&[0, 1][..], &[1.0, 5.0][..]));
        assert_eq!(g.row(0), (&[2, 3][..], &[1.0, 2.0][..]));
        assert_eq!(g.weight(3, 0), 2.0);
        assert_eq!(g.weight(1, 3), 0.0);
    }

    #[test]
    fn an_empty_graph_has_no_rows() {
        let g = SparseGraph::from_sorted_edges(0, &[]);
        assert_eq!((g.nodes(), g.edges()), (0, 0));
        let lonely = SparseGraph::from_sorted_edges(2, &[]);
        assert_eq!(lonely.row(1), (&[][..], &[][..]));
    }
}
