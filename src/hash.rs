//! The core's one non-cryptographic hash: 64-bit FNV-1a, and MurmurHash3's 64-bit finaliser to
//! spread its bits.
//!
//! Both are fixed forever: record ids shown and exported ([`crate::crm::record_id`]) and
//! the keys of the built domain-data asset ([`crate::intel::key_hash`]) are made of them, so a
//! change would orphan stored ids and mismatch every shipped asset. Std's `DefaultHasher` is not
//! an option: it is allowed to change between Rust releases.

/// FNV-1a's 64-bit offset basis.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a's 64-bit prime.
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// 64-bit FNV-1a of a byte sequence (an iterator, so callers can fold case while hashing
/// without copying).
///
/// ```
/// use backlink_bot::hash::fnv1a64;
/// assert_eq!(fnv1a64(*b"a"), 0xaf63_dc4c_8601_ec8c);
/// ```
pub fn fnv1a64(bytes: impl IntoIterator<Item = u8>) -> u64 {
    bytes.into_iter().fold(FNV_OFFSET, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME))
}

/// MurmurHash3's 64-bit finaliser: a bijection that spreads every input bit.
pub fn fmix64(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^ (k >> 33)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_never_change() {
        // Computed before the two copies (record ids, domain-data keys) were merged into this one.
        assert_eq!(fnv1a64([]), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(*b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(*b"foobar"), 0x8594_4171_f739_67e8);
        assert_eq!(fnv1a64("https://example.com/page".bytes()), 0x1641_34ce_8257_cb8f);
        assert_eq!(fmix64(fnv1a64("example.com".bytes())), 0x9591_d642_1994_d599);
        assert_eq!(fmix64(fnv1a64("wikipedia.org".bytes())), 0xcf1c_dec2_9716_149d);
        assert_eq!(fmix64(0), 0);
    }
}
