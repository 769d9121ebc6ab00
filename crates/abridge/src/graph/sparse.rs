//! A symmetric sparse graph in compressed sparse row (CSR) form.
//!
//! Word co-occurrence graphs have tens of thousands of nodes on long inputs
//! but only a few dozen neighbours per node, so a dense matrix would be
//! almost all zeros (and 8 GB at 30,000 terms). Here row `i` lists the
//! neighbours of node `i` in increasing order with their weights, which gives
//! a deterministic order for every sum taken over a row.
//!
//! Memory, per stored entry (each edge is stored twice, once per end): a
//! neighbour id of 4 bytes and a count of one byte, the rare count of 255 or
//! more listed apart. Building the rows needs no list of edges and no
//! second table of row cursors (issue 11, item 5: on a document of a
//! million distinct words the word graph was the largest thing in memory).

/// A symmetric weighted graph stored as sorted adjacency rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SparseGraph {
    /// Row `i` is `neighbours[offsets[i]..offsets[i + 1]]`; `len = nodes + 1`.
    offsets: Vec<usize>,
    /// The neighbour ids of all rows, each row sorted increasingly.
    neighbours: Vec<u32>,
    /// The edge weights, parallel to `neighbours`: how many times the edge
    /// was given, in one byte, or [`HEAVY`] when that is 255 or more and the
    /// count is in `heavy`. Most edges of a long document are given once or
    /// a few times: a byte a weight, where a count of 32 bits took four and
    /// an `f64` eight. Read as `f64`, which holds every count exactly.
    weights: Vec<u8>,
    /// The entries whose weight is [`HEAVY`], by index into `neighbours`
    /// (increasing), with their counts.
    heavy: Vec<(usize, u32)>,
}

/// The weight byte of an edge given 255 times or more.
const HEAVY: u8 = u8::MAX;

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
        // Counting sort by row, both directions of each edge stored: a first
        // pass sizes the rows (`offsets[i + 1]` becomes the end of row `i`),
        // a second fills each row from its end, moving `offsets[i + 1]` down
        // to the row's start; one shift then puts every start at `offsets[i]`.
        // No second table of cursors is needed.
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
        let total = offsets[nodes];
        let mut neighbours = vec![0u32; total];
        edges(&mut |a, b| {
            if a != b {
                let (a, b) = (a as usize, b as usize);
                offsets[a + 1] -= 1;
                neighbours[offsets[a + 1]] = b as u32;
                offsets[b + 1] -= 1;
                neighbours[offsets[b + 1]] = a as u32;
            }
        });
        offsets.copy_within(1.., 0);
        offsets[nodes] = total;
        // Sort each row and merge repeats into one weighted edge, in place:
        // the merged rows are written from the front, never past what is
        // still to be read. The weights are at most one per entry: reserved
        // so, they never regrow, and only the part written is touched.
        let mut weights: Vec<u8> = Vec::with_capacity(total);
        let mut heavy = Vec::new();
        let mut write = 0;
        for i in 0..nodes {
            let (start, end) = (offsets[i], offsets[i + 1]);
            neighbours[start..end].sort_unstable();
            offsets[i] = write;
            let mut k = start;
            while k < end {
                let j = neighbours[k];
                let run = neighbours[k..end].iter().take_while(|&&n| n == j).count();
                neighbours[write] = j;
                match u8::try_from(run) {
                    Ok(count) if count < HEAVY => weights.push(count),
                    _ => {
                        weights.push(HEAVY);
                        heavy.push((write, u32::try_from(run).unwrap_or(u32::MAX)));
                    }
                }
                write += 1;
                k += run;
            }
        }
        offsets[nodes] = write;
        neighbours.truncate(write);
        neighbours.shrink_to_fit();
        weights.shrink_to_fit();
        SparseGraph {
            offsets,
            neighbours,
            weights,
            heavy,
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

    /// The neighbours of node `i`, in increasing order, each with the
    /// weight of its edge.
    pub fn row(&self, i: usize) -> impl Iterator<Item = (u32, f64)> + '_ {
        let start = self.offsets[i];
        let end = self.offsets[i + 1];
        self.neighbours[start..end]
            .iter()
            .zip(&self.weights[start..end])
            .enumerate()
            .map(move |(k, (&j, &w))| {
                let weight = if w == HEAVY {
                    self.heavy_weight(start + k)
                } else {
                    f64::from(w)
                };
                (j, weight)
            })
    }

    /// The weight of entry `k`, whose byte is [`HEAVY`].
    fn heavy_weight(&self, k: usize) -> f64 {
        let at = self
            .heavy
            .binary_search_by_key(&k, |&(entry, _)| entry)
            .expect("every entry of weight HEAVY is listed in `heavy`");
        f64::from(self.heavy[at].1)
    }

    /// The weight of the edge between `i` and `j` (0 when there is none).
    pub fn weight(&self, i: usize, j: usize) -> f64 {
        self.row(i)
            .find(|&(n, _)| n as usize == j)
            .map_or(0.0, |(_, w)| w)
    }

    /// The weighted degree of every node.
    pub fn row_sums(&self) -> Vec<f64> {
        (0..self.nodes())
            .map(|i| self.row(i).map(|(_, w)| w).sum())
            .collect()
    }

    /// `out = Wᵀ x`, which is `W x` since the graph is symmetric: each entry
    /// is one row's weights dotted with `x`, summed in neighbour order.
    pub fn spread(&self, x: &[f64], out: &mut [f64]) {
        for (i, out_i) in out.iter_mut().enumerate() {
            *out_i = self.row(i).map(|(j, w)| w * x[j as usize]).sum();
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
        assert_eq!(g.row(0).collect::<Vec<_>>(), [(1, 2.0), (2, 2.0)]);
        assert_eq!(g.weight(2, 0), 2.0);
        assert_eq!(g.weight(1, 2), 0.0);
        // The self-loop (3, 3) was dropped.
        assert_eq!(g.row(3).count(), 0);
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
    fn counts_past_a_byte_keep_their_value() {
        // Edge 0-1 given 254 times (a byte), 0-2 255 times and 1-2 300
        // times (listed apart).
        let mut edges = vec![(0, 1); 254];
        edges.extend(vec![(2, 0); 255]);
        edges.extend(vec![(1, 2); 300]);
        let g = SparseGraph::from_edges(3, &edges);
        assert_eq!(g.weight(0, 1), 254.0);
        assert_eq!(g.weight(2, 0), 255.0);
        assert_eq!(g.weight(2, 1), 300.0);
        assert_eq!(g.row_sums(), vec![509.0, 554.0, 555.0]);
        let mut out = vec![0.0; 3];
        g.spread(&[1.0, 10.0, 100.0], &mut out);
        assert_eq!(out, vec![2540.0 + 25500.0, 254.0 + 30000.0, 255.0 + 3000.0]);
    }

    #[test]
    fn no_nodes_gives_an_empty_graph() {
        let g = SparseGraph::from_edges(0, &[]);
        assert_eq!(g.nodes(), 0);
        assert!(g.row_sums().is_empty());
    }
}
