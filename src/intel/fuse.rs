//! A 3-wise binary fuse filter that also *retrieves* a byte per key: each cell holds a 16-bit
//! fingerprint and an 8-bit value, and a key's answer is the XOR of its three cells. For a key of
//! the set the fingerprint XOR equals the key's fingerprint and the value XOR is its value; for
//! any other key the fingerprint matches by chance with probability 2⁻¹⁶.
//!
//! Algorithm: Graf & Lemire, "Binary Fuse Filters: Fast and Smaller Than Xor Filters" (ACM JEA
//! 2022), with the segment sizing of their reference code (FastFilter/xorfilter, as ported to
//! Rust by the `xorf` crate, MIT); the values ride along in the peeling, as in Dietzfelbinger &
//! Walzer's retrieval structures. Construction is native-only (the generator); the query is a
//! few multiplications and three pairs of reads.

use crate::hash::fmix64;

/// Cells a segment may hold at most (the reference code's cap).
pub(crate) const MAX_SEGMENT_LENGTH: u32 = 1 << 18;

/// A built or loaded filter. Invariants (checked by [`FuseLayout::validate`] on load):
/// `segment_length` is a power of two ≤ [`MAX_SEGMENT_LENGTH`], `segment_count_length` is a
/// positive multiple of it, and both arrays hold `segment_count_length + 2·segment_length`
/// cells — so the three positions of any hash are in bounds. An empty set has no cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fuse {
    pub(crate) layout: FuseLayout,
    pub(crate) fingerprints: Vec<u16>,
    pub(crate) values: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FuseLayout {
    pub(crate) seed: u64,
    pub(crate) segment_length: u32,
    pub(crate) segment_count_length: u32,
}

impl FuseLayout {
    /// Number of cells this layout addresses, or `None` when the layout is not one the query can
    /// use safely (a corrupt asset).
    pub(crate) fn validate(&self) -> Option<usize> {
        let len = self.segment_length;
        let ok = len.is_power_of_two()
            && len <= MAX_SEGMENT_LENGTH
            && self.segment_count_length >= len
            && self.segment_count_length % len == 0;
        if !ok {
            return None;
        }
        // Also keeps `positions` (u32 arithmetic) from overflowing.
        self.segment_count_length.checked_add(2 * len).map(|cells| cells as usize)
    }

    #[inline]
    fn positions(&self, hash: u64) -> [usize; 3] {
        let mask = self.segment_length - 1;
        let h0 = ((u128::from(hash) * u128::from(self.segment_count_length)) >> 64) as u32;
        let h1 = (h0 + self.segment_length) ^ ((hash >> 18) as u32 & mask);
        let h2 = (h0 + 2 * self.segment_length) ^ (hash as u32 & mask);
        [h0 as usize, h1 as usize, h2 as usize]
    }
}

#[inline]
fn mix(key: u64, seed: u64) -> u64 {
    fmix64(key.wrapping_add(seed))
}

#[inline]
fn fingerprint(hash: u64) -> u16 {
    (hash ^ (hash >> 32)) as u16
}

impl Fuse {
    pub(crate) fn empty() -> Fuse {
        Fuse {
            layout: FuseLayout { seed: 0, segment_length: 1, segment_count_length: 1 },
            fingerprints: Vec::new(),
            values: Vec::new(),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn cells(&self) -> usize {
        self.fingerprints.len()
    }

    /// The value stored for `key`, `None` when the key is (almost surely) not in the set.
    #[inline]
    pub(crate) fn get(&self, key: u64) -> Option<u8> {
        if self.fingerprints.is_empty() {
            return None;
        }
        let hash = mix(key, self.layout.seed);
        let [a, b, c] = self.layout.positions(hash);
        // In bounds by the load-time layout check; `get` keeps a corrupt asset from panicking
        // even if that check were ever wrong.
        let (fa, fb, fc) = (self.fingerprints.get(a)?, self.fingerprints.get(b)?, self.fingerprints.get(c)?);
        if fingerprint(hash) ^ fa ^ fb ^ fc != 0 {
            return None;
        }
        Some(self.values.get(a)? ^ self.values.get(b)? ^ self.values.get(c)?)
    }
}

// Build time only, over our own lists: every index is a position `positions` gives, which is below
// `cells` for the layout `layout_for` made.
#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::indexing_slicing)]
mod construct {
    use super::*;

    fn splitmix64(state: &mut u64) -> u64 {
        *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = *state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    const MAX_ATTEMPTS: u32 = 2_000;

    /// The reference sizing: segment length grows with the set, about 1.13–1.2 cells per key.
    fn layout_for(size: usize) -> (u32, u32) {
        const ARITY: u32 = 3;
        let size = size as u32;
        let segment_length = if size == 0 {
            4
        } else {
            (1u32 << ((f64::from(size).ln() / 3.33f64.ln() + 2.25).floor() as u32)).min(MAX_SEGMENT_LENGTH)
        };
        let capacity = if size > 1 {
            let factor = f64::max(1.125, 0.875 + 0.25 * 1_000_000f64.ln() / f64::from(size).ln());
            (f64::from(size) * factor).round() as u32
        } else {
            0
        };
        let init_segment_count = capacity.div_ceil(segment_length);
        let segment_count = if init_segment_count < ARITY { 1 } else { init_segment_count - (ARITY - 1) };
        (segment_length, segment_count * segment_length)
    }

    impl Fuse {
        /// Builds the filter for `entries` (key, value); keys must be distinct. No key of `avoid`
        /// may come out as a false positive: a seed that gives one is rejected (each does with
        /// probability ≈ |avoid|·2⁻¹⁶, so a few hundred thousand names cost a few dozen tries).
        /// Deterministic: the seeds come from a fixed splitmix64 stream, so the same entries in
        /// the same order give the same bytes.
        pub(crate) fn build(entries: &[(u64, u8)], avoid: &[u64]) -> Result<Fuse, &'static str> {
            if entries.is_empty() {
                return Ok(Fuse::empty());
            }
            let (segment_length, segment_count_length) = layout_for(entries.len());
            let cells = segment_count_length as usize + 2 * segment_length as usize;
            let mut rng = 1u64;
            for _attempt in 0..MAX_ATTEMPTS {
                let layout = FuseLayout { seed: splitmix64(&mut rng), segment_length, segment_count_length };
                // Per cell: (number of keys << 2) | XOR of the key's slot (0, 1, 2) there, and
                // the XOR of the keys' hashes and values.
                let mut count = vec![0u32; cells];
                let mut hashes = vec![0u64; cells];
                let mut values = vec![0u8; cells];
                for &(key, value) in entries {
                    let hash = mix(key, layout.seed);
                    for (slot, i) in layout.positions(hash).into_iter().enumerate() {
                        count[i] = (count[i] + 4) ^ slot as u32;
                        hashes[i] ^= hash;
                        values[i] ^= value;
                    }
                }
                let mut queue: Vec<usize> = (0..cells).filter(|&i| count[i] >> 2 == 1).collect();
                let mut stack: Vec<(u64, usize, u8)> = Vec::with_capacity(entries.len());
                while let Some(i) = queue.pop() {
                    if count[i] >> 2 != 1 {
                        continue;
                    }
                    let (hash, slot, value) = (hashes[i], (count[i] & 3) as usize, values[i]);
                    stack.push((hash, slot, value));
                    for (other, j) in layout.positions(hash).into_iter().enumerate() {
                        count[j] = (count[j] - 4) ^ other as u32;
                        hashes[j] ^= hash;
                        values[j] ^= value;
                        if other != slot && count[j] >> 2 == 1 {
                            queue.push(j);
                        }
                    }
                }
                if stack.len() != entries.len() {
                    continue; // a cycle in the hypergraph: try the next seed
                }
                let mut fuse = Fuse { layout, fingerprints: vec![0; cells], values: vec![0; cells] };
                for &(hash, slot, value) in stack.iter().rev() {
                    let p = layout.positions(hash);
                    let (o1, o2) = (p[(slot + 1) % 3], p[(slot + 2) % 3]);
                    fuse.fingerprints[p[slot]] = fingerprint(hash) ^ fuse.fingerprints[o1] ^ fuse.fingerprints[o2];
                    fuse.values[p[slot]] = value ^ fuse.values[o1] ^ fuse.values[o2];
                }
                if avoid.iter().any(|&key| fuse.get(key).is_some()) {
                    continue;
                }
                return Ok(fuse);
            }
            Err("the binary fuse filter did not build (duplicate keys, or too many names to avoid)")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retrieves_every_value_and_rejects_others() {
        let entries: Vec<(u64, u8)> = (0..50_000u64).map(|i| (fmix64(i), (i % 251) as u8)).collect();
        let fuse = Fuse::build(&entries, &[]).unwrap();
        assert!(fuse.layout.validate() == Some(fuse.cells()));
        for &(key, value) in &entries {
            assert_eq!(fuse.get(key), Some(value));
        }
        let false_positives = (50_000..250_000u64).filter(|&i| fuse.get(fmix64(i)).is_some()).count();
        // Expected 200,000 / 65,536 ≈ 3.
        assert!(false_positives < 20, "{false_positives} false positives");
        let bits_per_key = fuse.cells() as f64 * 24.0 / entries.len() as f64;
        // 24 bits a cell, ~1.2 cells a key at this size (1.15 at 250k keys).
        assert!(bits_per_key < 30.0, "{bits_per_key} bits per key");
    }

    #[test]
    fn avoided_keys_are_never_false_positives() {
        let entries: Vec<(u64, u8)> = (0..20_000u64).map(|i| (fmix64(i), 1)).collect();
        let avoid: Vec<u64> = (20_000..120_000u64).map(fmix64).collect();
        let fuse = Fuse::build(&entries, &avoid).unwrap();
        assert!(avoid.iter().all(|&k| fuse.get(k).is_none()));
        assert!(entries.iter().all(|&(k, v)| fuse.get(k) == Some(v)));
    }

    #[test]
    fn tiny_and_empty_sets() {
        assert_eq!(Fuse::build(&[], &[]).unwrap().get(7), None);
        for n in 1..40u64 {
            let entries: Vec<(u64, u8)> = (0..n).map(|i| (fmix64(i + 1000), i as u8)).collect();
            let fuse = Fuse::build(&entries, &[]).unwrap();
            assert_eq!(fuse.layout.validate(), Some(fuse.cells()), "n = {n}");
            for &(key, value) in &entries {
                assert_eq!(fuse.get(key), Some(value), "n = {n}");
            }
        }
    }

    #[test]
    fn construction_is_deterministic() {
        let entries: Vec<(u64, u8)> = (0..5_000u64).map(|i| (fmix64(i), 1)).collect();
        assert_eq!(Fuse::build(&entries, &[]).unwrap(), Fuse::build(&entries, &[]).unwrap());
    }

    #[test]
    fn bad_layouts_are_rejected() {
        let bad = |segment_length, segment_count_length| FuseLayout { seed: 0, segment_length, segment_count_length }.validate();
        assert_eq!(bad(0, 0), None);
        assert_eq!(bad(3, 9), None);
        assert_eq!(bad(4, 6), None);
        assert_eq!(bad(1 << 19, 1 << 19), None);
        assert_eq!(bad(4, 0), None);
        assert_eq!(bad(4, 8), Some(16));
    }
}
