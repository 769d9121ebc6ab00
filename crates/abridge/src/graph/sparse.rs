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
    /// The edge weights, parallel to `neighbours`.
    weights: Vec<f64>,
}

impl SparseGraph {
    /// Builds the graph on `nodes` nodes from undirected edges `(a, b)`, each
    /// with weight 1; repeated edges add up. Self-loops (`a == b`) are
    /// ignored. Every id must be below `nodes`.
    pub fn from_edges(nodes: usize, edges: &[(u32, u32)]) -> SparseGraph {
        // Counting sort by row: a first pass sizes the rows, a second fills
        // them; both directions of each edge are stored.
        let mut degree = vec![0usize; nodes + 1];
        for &(a, b) in edges {
            if a != b {
                degree[a as usize + 1] += 1;
                degree[b as usize + 1] += 1;
            }
        }
        for i in 0..nodes {
            degree[i + 1] += degree[i];
        }
        let mut fill = degree.clone();
        let mut raw = vec![0u32; degree[nodes]];
        for &(a, b) in edges {
            if a != b {
                raw[fill[a as usize]] = b;
                fill[a as usize] += 1;
                raw[fill[b as usize]] = a;
                fill[b as usize] += 1;
            }
        }
        // Sort each row and merge repeats into one weighted edge.
        let mut offsets = Vec::with_capacity(nodes + 1);
        let mut neighbours = Vec::with_capacity(raw.len());
        let mut weights = Vec::with_capacity(raw.len());
        offsets.push(0);
        for i in 0..nodes {
            let row = &mut raw[degree[i]..degree[i + 1]];
            row.sort_unstable();
            for &j in row.iter() {
                if neighbours.len() > offsets[i] && neighbours.last() == Some(&j) {
                    *weights.last_mut().expect("parallel to neighbours") += 1.0;
                } else {
                    neighbours.push(j);
                    weights.push(1.0);
                }
            }
            offsets.push(neighbours.len());
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

    /// The number of stored (directed) entries: twice the number of edges.
    pub fn entries(&self) -> usize {
        self.neighbours.len()
    }

    /// The neighbours of node `i` (sorted) and the weights of those edges.
    pub fn row(&self, i: usize) -> (&[u32], &[f64]) {
        let range = self.offsets[i]..self.offsets[i + 1];
        (&self.neighbours[range.clone()], &self.weights[range])
    }

    /// The weight of the edge between `i` and `j` (0 when there is none).
    pub fn weight(&self, i: usize, j: usize) -> f64 {
        let (neighbours, weights) = self.row(i);
        u32::try_from(j)
            .ok()
            .and_then(|j| neighbours.binary_search(&j).ok())
            .map_or(0.0, |k| weights[k])
    }

    /// The weighted degree of every node.
    pub fn row_sums(&self) -> Vec<f64> {
        (0..self.nodes())
            .map(|i| self.row(i).1.iter().sum())
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
                .map(|(&j, &w)| w * x[j as usize])
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
        assert_eq!(g.row(0), (&[1, 2][..], &[2.0, 2.0][..]));
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
