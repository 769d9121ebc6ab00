//! A symmetric sparse graph in compressed sparse row (CSR) form.
//!
//! Word co-occurrence graphs have tens of thousands of nodes on long inputs
//! but only a few dozen neighbours per node, so a dense matrix would be
//! almost all zeros (and 8 GB at 30,000 terms). Here row `i` lists the
//! neighbours of node `i` above `i` in increasing order with their weights:
//! each edge is stored once, at its lower end, and the sums over a node's
//! neighbours are taken in increasing neighbour order all the same (those
//! below it first, as the rows before its own are read), which gives them a
//! deterministic order, the one of a full row.
//!
//! Memory, per edge: a neighbour id of 4 bytes and a count of one byte, the
//! rare count of 255 or more listed apart. Building the rows needs no list
//! of edges and no second table of row cursors (issue 11, item 5: on a
//! document of a million distinct words the word graph was the largest
//! thing in memory, with each edge stored at both ends and counts of 4
//! bytes).

/// A symmetric weighted graph stored as sorted adjacency rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SparseGraph {
    /// Row `i` is `neighbours[offsets[i]..offsets[i + 1]]`; `len = nodes + 1`.
    /// Four bytes an offset ([`Ends`]).
    offsets: Ends,
    /// The neighbour ids of all rows, each row sorted increasingly; row `i`
    /// holds the neighbours above `i` only.
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

use crate::text::intern::Ends;

/// The weight byte of an edge given 255 times or more.
const HEAVY: u8 = u8::MAX;

/// Each weight byte as `f64` (the same value as `f64::from`): one load in
/// [`SparseGraph::spread`]'s inner loop where the conversion took two
/// instructions more.
static AS_F64: [f64; 256] = {
    let mut table = [0.0; 256];
    let mut w = 0;
    while w < 256 {
        table[w] = w as f64;
        w += 1;
    }
    table
};

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
        // Counting sort by row, each edge in the row of its lower end: a first
        // pass sizes the rows (`offsets[i + 1]` becomes the end of row `i`),
        // a second fills each row from its end, moving `offsets[i + 1]` down
        // to the row's start; one shift then puts every start at `offsets[i]`.
        // No second table of cursors is needed.
        let mut offsets = vec![0usize; nodes + 1];
        edges(&mut |a, b| {
            if a != b {
                offsets[a.min(b) as usize + 1] += 1;
            }
        });
        for i in 0..nodes {
            offsets[i + 1] += offsets[i];
        }
        let total = offsets[nodes];
        let mut neighbours = vec![0u32; total];
        edges(&mut |a, b| {
            if a != b {
                let row = a.min(b) as usize + 1;
                offsets[row] -= 1;
                neighbours[offsets[row]] = a.max(b);
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
        let offsets = {
            let mut narrow = Ends::with_capacity(offsets.len());
            for &offset in &offsets {
                narrow.push(offset);
            }
            narrow
        };
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

    /// The number of edges (each stored once).
    pub fn entries(&self) -> usize {
        self.neighbours.len()
    }

    /// The neighbours of node `i` above `i`, in increasing order, each with
    /// the weight of its edge.
    pub fn row(&self, i: usize) -> impl Iterator<Item = (u32, f64)> + '_ {
        let (start, neighbours, weights) = self.parts(i);
        neighbours
            .iter()
            .zip(weights)
            .enumerate()
            .map(move |(k, (&j, &w))| (j, self.weight_at(start + k, w)))
    }

    /// Row `i` as stored: where it starts, its neighbours and their weight
    /// bytes.
    #[inline]
    fn parts(&self, i: usize) -> (usize, &[u32], &[u8]) {
        let (start, end) = (self.offsets.get(i), self.offsets.get(i + 1));
        (start, &self.neighbours[start..end], &self.weights[start..end])
    }

    /// The weight of entry `k`, whose byte is `w`.
    #[inline]
    fn weight_at(&self, k: usize, w: u8) -> f64 {
        if w == HEAVY {
            self.heavy_weight(k)
        } else {
            f64::from(w)
        }
    }

    /// The weight of entry `k`, whose byte is [`HEAVY`].
    #[cold]
    #[inline(never)]
    fn heavy_weight(&self, k: usize) -> f64 {
        let at = self
            .heavy
            .binary_search_by_key(&k, |&(entry, _)| entry)
            .expect("every entry of weight HEAVY is listed in `heavy`");
        f64::from(self.heavy[at].1)
    }

    /// The weight of the edge between `i` and `j` (0 when there is none).
    pub fn weight(&self, i: usize, j: usize) -> f64 {
        self.row(i.min(j))
            .find(|&(n, _)| n as usize == i.max(j))
            .map_or(0.0, |(_, w)| w)
    }

    /// The weighted degree of every node, summed in increasing neighbour
    /// order.
    pub fn row_sums(&self) -> Vec<f64> {
        // `-0.0`, where `Iterator::sum` of floats starts.
        let mut sums = vec![-0.0; self.nodes()];
        let mut start = 0;
        for i in 0..self.nodes() {
            let end = self.offsets.get(i + 1);
            let (neighbours, weights) = (&self.neighbours[start..end], &self.weights[start..end]);
            let mut sum = sums[i];
            for (k, (&j, &w)) in neighbours.iter().zip(weights).enumerate() {
                let w = self.weight_at(start + k, w);
                sum += w;
                sums[j as usize] += w;
            }
            sums[i] = sum;
            start = end;
        }
        sums
    }

    /// `out = Wᵀ x`, which is `W x` since the graph is symmetric: entry `i`
    /// is the weights of `i`'s edges dotted with `x`, summed in increasing
    /// neighbour order: those below `i` as their rows are read, then `i`'s
    /// own row.
    pub fn spread(&self, x: &[f64], out: &mut [f64]) {
        out.fill(-0.0);
        if self.heavy.is_empty()
            && let Some(ends) = self.offsets.narrow()
        {
            self.spread_light(ends, x, out);
            return;
        }
        // One offset read per row: each row starts where the last ended.
        let mut start = 0;
        for i in 0..self.nodes() {
            let end = self.offsets.get(i + 1);
            let (neighbours, weights) = (&self.neighbours[start..end], &self.weights[start..end]);
            let (x_i, mut sum) = (x[i], out[i]);
            for (k, (&j, &w)) in neighbours.iter().zip(weights).enumerate() {
                let (j, w) = (j as usize, self.weight_at(start + k, w));
                sum += w * x[j];
                out[j] += w * x_i;
            }
            out[i] = sum;
            start = end;
        }
    }

    /// [`Self::spread`] of a graph without a count of 255 or more (nearly
    /// every graph) whose row ends are `ends`, all below 4 Gi: the same sums
    /// in the same order. Both vectors cut to the number of nodes, one check
    /// of a neighbour's id serves both, and each weight is read as `f64`
    /// from a table: 13 instructions an edge where the general loop takes 16.
    fn spread_light(&self, ends: &[u32], x: &[f64], out: &mut [f64]) {
        let n = self.nodes();
        let (x, out) = (&x[..n], &mut out[..n]);
        let mut start = 0;
        for (i, &end) in ends[1..].iter().enumerate() {
            let end = end as usize;
            let (neighbours, weights) = (&self.neighbours[start..end], &self.weights[start..end]);
            let (x_i, mut sum) = (x[i], out[i]);
            for (&j, &w) in neighbours.iter().zip(weights) {
                let (j, w) = (j as usize, AS_F64[usize::from(w)]);
                sum += w * x[j];
                out[j] += w * x_i;
            }
            out[i] = sum;
            start = end;
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
        assert_eq!(g.entries(), 2);
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
    fn sums_are_those_of_full_rows_to_the_bit() {
        // Edges from a small generator, and a vector of uneven values: each
        // sum must equal the one over the node's full row, in increasing
        // neighbour order, bit for bit (rounding depends on the order).
        let n = 40u32;
        let mut state = 7u32;
        let mut next = || {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (state >> 8) % n
        };
        let edges: Vec<(u32, u32)> = (0..300).map(|_| (next(), next())).collect();
        let g = SparseGraph::from_edges(n as usize, &edges);
        let x: Vec<f64> = (0..n).map(|i| 1.0 / (f64::from(i) + 3.0)).collect();
        let full_row = |i: usize| -> Vec<(usize, f64)> {
            (0..n as usize)
                .map(|j| (j, g.weight(i, j)))
                .filter(|&(_, w)| w > 0.0)
                .collect()
        };
        let mut out = vec![0.0; n as usize];
        g.spread(&x, &mut out);
        let sums = g.row_sums();
        for i in 0..n as usize {
            let spread: f64 = full_row(i).iter().map(|&(j, w)| w * x[j]).sum();
            let degree: f64 = full_row(i).iter().map(|&(_, w)| w).sum();
            assert_eq!(out[i].to_bits(), spread.to_bits(), "node {i}");
            assert_eq!(sums[i].to_bits(), degree.to_bits(), "node {i}");
        }
    }

    #[test]
    fn no_nodes_gives_an_empty_graph() {
        let g = SparseGraph::from_edges(0, &[]);
        assert_eq!(g.nodes(), 0);
        assert!(g.row_sums().is_empty());
    }
}
