//! A symmetric sparse graph in compressed sparse row (CSR) form.
//!
//! Word co-occurrence graphs have tens of thousands of nodes on long inputs
//! but only a few dozen neighbours per node, so a dense matrix would be
//! almost all zeros (and 8 GB at 30,000 terms). Here row `i` lists the
//! neighbours of node `i` in increasing order with their weights, which gives
//! a deterministic order for every sum taken over a row.

/// A symmetric weighted graph stored as sorted adjacency rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SparseGraph {
    /// Row `i` is `neighbours[offsets[i]..offsets[i + 1]]`; `len = nodes + 1`.
    offsets: Vec<usize>,
    /// The neighbour ids of all rows, each row sorted increasingly.
    neighbours: Vec<u32>,
    /// The edge weights, parallel to `neighbours`: how many times the edge
    /// was given. Kept as counts (4 bytes, where an `f64` takes 8) and read
    /// as `f64`, which holds every count exactly.
    weights: Vec<u32>,
}

impl SparseGraph {
    /// Builds the graph on `nodes` nodes from undirected edges `(a, b)`, each
    /// with weight 1; repeated edges add up. Self-loops (`a == b`) are
    /// ignored. Every id must be below `nodes`.
    pub fn from_edges(nodes: usize, edges: &[(u32, u32)]) -> SparseGraph {
        SparseGraph::from_edge_source(nodes, |add| {
            for &(a, b) in edges {
                add(a, b);
            }
        })
    }

    /// [`SparseGraph::from_edges`] with the edges given by `edges`, which
    /// calls its argument once per edge and is called twice, so that the
    /// edges need never be held in memory: on a long document of distinct
    /// words that list was the largest single allocation.
    pub fn from_edge_source(nodes: usize, edges: impl Fn(&mut dyn FnMut(u32, u32))) -> SparseGraph {
        // Counting sort by row: a first pass sizes the rows, a second fills
        // them; both directions of each edge are stored.
        let mut offsets = vec![0usize; nodes + 1];
        edges(&mut |a, b| {
            if a != b {
                offsets[a as usize + 1] += 1;
                offsets[b as usize + 1] += 1;
            }
        });
        for i in 0..nodes {
            offsets[i + 1] += offsets[i];
        }
        let mut neighbours = vec![0u32; offsets[nodes]];
        {
            let mut fill = offsets[..nodes].to_vec();
            edges(&mut |a, b| {
                if a != b {
                    neighbours[fill[a as usize]] = b;
                    fill[a as usize] += 1;
                    neighbours[fill[b as usize]] = a;
                    fill[b as usize] += 1;
                }
            });
        }
        // Sort each row and merge repeats into one weighted edge, in place:
        // the merged rows are written from the front, never past what is
        // still to be read.
        let mut weights: Vec<u32> = Vec::new();
        let mut write = 0;
        let mut start = 0;
        for i in 0..nodes {
            let end = offsets[i + 1];
            neighbours[start..end].sort_unstable();
            let row_start = write;
            for k in start..end {
                let j = neighbours[k];
                if write > row_start && neighbours[write - 1] == j {
                    *weights.last_mut().expect("parallel to neighbours") += 1;
                } else {
                    neighbours[write] = j;
                    weights.push(1);
                    write += 1;
                }
            }
            offsets[i + 1] = write;
            start = end;
        }
        neighbours.truncate(write);
        neighbours.shrink_to_fit();
        weights.shrink_to_fit();
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

    /// The number of stored (directed) entries: twice the number of edges.
    pub fn entries(&self) -> usize {
        self.neighbours.len()
    }

    /// The neighbours of node `i` (sorted) and the weights of those edges.
    pub fn row(&self, i: usize) -> (&[u32], &[u32]) {
        let range = self.offsets[i]..self.offsets[i + 1];
        (&self.neighbours[range.clone()], &self.weights[range])
    }

    /// The weight of the edge between `i` and `j` (0 when there is none).
    pub fn weight(&self, i: usize, j: usize) -> f64 {
        let (neighbours, weights) = self.row(i);
        u32::try_from(j)
            .ok()
            .and_then(|j| neighbours.binary_search(&j).ok())
            .map_or(0.0, |k| f64::from(weights[k]))
    }

    /// The weighted degree of every node.
    pub fn row_sums(&self) -> Vec<f64> {
        (0..self.nodes())
            .map(|i| self.row(i).1.iter().map(|&w| f64::from(w)).sum())
            .collect()
    }

    /// `out = Wᵀ x`, which is `W x` since the graph is symmetric: each entry
    /// is one row's weights dotted with `x`, summed in neighbour order.
    pub fn spread(&self, x: &[f64], out: &mut [f64]) {
        for (i, out_i) in out.iter_mut().enumerate() {
            let (neighbours, weights) = self.row(i);
            *out_i = neighbours
                .iter()
                .zip(weights)
                .map(|(&j, &w)| f64::from(w) * x[j as usize])
                .sum();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_edges_add_up_and_rows_are_sorted() {
        let g = SparseGraph::from_edges(4, &[(2, 0), (0, 1), (0, 2), (3, 3), (1, 0)]);
        assert_eq!(g.nodes(), 4);
        assert_eq!(g.row(0), (&[1, 2][..], &[2, 2][..]));
        assert_eq!(g.weight(2, 0), 2.0);
        assert_eq!(g.weight(1, 2), 0.0);
        // The self-loop (3, 3) was dropped.
        assert_eq!(g.row(3).0.len(), 0);
        assert_eq!(g.entries(), 4);
        assert_eq!(g.row_sums(), vec![4.0, 2.0, 2.0, 0.0]);
    }

    #[test]
    fn spread_is_the_matrix_product() {
        // Path 0 - 1 - 2 with weights 1 and 3.
        let g = SparseGraph::from_edges(3, &[(0, 1), (1, 2), (2, 1), (1, 2)]);
        let mut out = vec![0.0; 3];
        g.spread(&[1.0, 10.0, 100.0], &mut out);
        assert_eq!(out, vec![10.0, 1.0 + 300.0, 30.0]);
    }

    #[test]
    fn no_nodes_gives_an_empty_graph() {
        let g = SparseGraph::from_edges(0, &[]);
        assert_eq!(g.nodes(), 0);
        assert!(g.row_sums().is_empty());
    }
}
