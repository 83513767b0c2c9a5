//! Offline domain intelligence: how much authority a registrable domain has (0–100 and a tier)
//! and which bad neighbourhoods a host belongs to (gambling, adult, phishing/malware/scam, link
//! and referrer spam, URL shorteners, free hosting / blog subdomains), from one compact binary
//! asset (`domain-intel.bin`) built from the lists in `data/domains/` and loaded once per page.
//!
//! # Authority
//! Link-based first: the Majestic Million top 15,000 gives referring subnets, mapped on a log
//! scale so that 500,000 subnets (google.com) is 100 and 3,000 (row 15,000) is 60:
//! `score = −2.6 + 18·log10(subnets)`. The Tranco top 100,000 (a popularity rank) extends the
//! coverage below that band: `score = 55 − 6·log10(rank)` (rank 1 → 55, 1,000 → 37,
//! 100,000 → 25). The tier is the best of the two ranks (top 1k / 10k / 100k). A domain in
//! neither list is [`Tier::Unranked`] with no score: "not in the top 100k", which is the normal
//! case for a link prospect, never zero.
//!
//! Structure: a sorted array of 32-bit fingerprints (the high half of the key hash, below)
//! with parallel score and tier bytes,
//! binary searched (6 bytes a domain, ~17 probes). A domain outside the set matches one of the
//! N ≈ 100k fingerprints with probability N/2³² ≈ 2.4·10⁻⁵; two listed domains sharing a
//! fingerprint keep the higher score (the generator reports how many).
//!
//! # Categories
//! One binary fuse filter over every listed name (`fuse.rs`) whose cells carry a 16-bit
//! fingerprint and an 8-bit category mask: 3 bytes × ~1.15 cells a name, one filter for all
//! categories, so a probe costs three pairs of reads whatever the number of categories.
//! False-positive bound: each probed name that is in no list comes out listed with probability
//! 2⁻¹⁶ ≈ 1.5·10⁻⁵ (we allow 5·10⁻⁵ in the measured test); [`DomainIntel::categories`] probes the
//! host and each parent up to the registrable domain (usually one or two names). The generator
//! also rejects any filter seed under which a ranked domain, its `www.` host or a host Majestic
//! lists would be a false positive, so the domains links go to most are never misjudged. Smaller
//! alternatives were rejected: 8-bit fingerprints (0.4 % a probe) would accuse one clean domain
//! in 250 of phishing; exact 32-bit fingerprints with a category byte would cost 5 bytes a name
//! and break the 2 MB budget.
//!
//! Lookup rules: a listed name taints itself and its subdomains, never its parents (URLhaus and
//! the phishing lists name single compromised hosts). Hosting platforms — PSL private-section
//! domains (`alice.github.io`, `x.blogspot.com`) and the UT1 blog / webhosting / dynamic-DNS
//! lists (`alice.wordpress.com`) — make the user's subdomain [`Category::Hosting`], while the
//! platform itself (`wordpress.com`, `www.wordpress.com`) is not, and the platform's own
//! entries never taint its users. The government and academic registries of the PSL private
//! section (`gov.ru`, `ac.ru`, `*.gov.uk`) are not hosting.
//!
//! # Hash
//! Keys are `fmix64(FNV-1a 64(lowercase ASCII name))`: FNV-1a (offset 0xcbf29ce484222325,
//! prime 0x100000001b3) over the bytes, then MurmurHash3's 64-bit finaliser. Both are fixed
//! in [`crate::hash`], so the asset and the lookup agree across versions of every crate.
//!
//! # File format (version 1, little-endian)
//! | offset | size | field |
//! |---|---|---|
//! | 0 | 8 | magic `BLBINTEL` |
//! | 8 | 2 | format version (1) |
//! | 10 | 2 | reserved, 0 |
//! | 12 | 4 | data date, `YYYYMMDD` of the newest source |
//! | 16 | 4 | N, ranked domains |
//! | 20 | 4 | K, categorised names |
//! | 24 | 8 | filter seed |
//! | 32 | 4 | filter segment length (power of two) |
//! | 36 | 4 | filter segment count × segment length |
//! | 40 | 4 | M, filter cells (0, or the previous field + 2 × segment length) |
//! | 44 | 4 | reserved, 0 |
//! | 48 | 4N | authority fingerprints, `u32`, strictly increasing |
//! | | N | scores, 0–100 |
//! | | N | tiers: 0 top 1k, 1 top 10k, 2 top 100k |
//! | | 2M | filter fingerprints, `u16` |
//! | | M | filter values: bit 0 gambling, 1 adult, 2 phishing, 3 spam, 4 shortener, 5 hosting platform, 6 ad or tracking network |
//!
//! [`DomainIntel::from_bytes`] checks every length, order and range and returns an
//! [`IntelError`] for anything else; no input makes it panic.
//!
//! Blind spots: the lists lag the web (dates in `domain-intel.json`); authority exists only for
//! the top 100k and Majestic covers only its top 15k by links; Tranco is popularity, not links;
//! the PSL private section also holds paid second-level registries (`uk.com`), judged as hosting;
//! a few UT1 "blog" entries are single blogs whose subdomains are then called hosting; there is
//! no parked-domain list (no source names parked domains); a whole top-100k domain listed as
//! phishing or spam is dropped as a list error (so a phishing site that popular is missed), and
//! the adult and gambling lists are used as published, less a few hand-checked exclusions.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::hash::{fmix64, fnv1a64};

mod fuse;
#[cfg(not(target_arch = "wasm32"))]
mod generate;

use fuse::{Fuse, FuseLayout};
#[cfg(not(target_arch = "wasm32"))]
pub use generate::{build, BuildError, BuiltIntel};

/// First bytes of every asset.
pub const MAGIC: [u8; 8] = *b"BLBINTEL";
/// The format version this code reads and writes.
pub const FORMAT_VERSION: u16 = 1;
/// Name of the binary asset in `dist/data/`.
pub const ASSET_FILE: &str = "domain-intel.bin";
/// Name of its JSON companion (version, sources, licences, counts).
pub const MANIFEST_FILE: &str = "domain-intel.json";

const HEADER_LEN: usize = 48;
/// Stored value bit: the name is a hosting platform whose subdomains are its users' sites.
const PLATFORM: u8 = 1 << 5;
/// Stored value bits that are categories of the name itself (bit 5 is the platform mark).
const OWN_CATEGORIES: u8 = 0b101_1111;
/// Stored value bit: an ad or tracking network.
const AD: u8 = 1 << 6;

/// The stable 64-bit key of a domain name (see the module header); ASCII case-insensitive.
///
/// ```
/// use backlink_bot::intel::key_hash;
/// assert_eq!(key_hash("Example.COM"), key_hash("example.com"));
/// ```
pub fn key_hash(name: &str) -> u64 {
    fmix64(fnv1a64(name.bytes().map(|b| b.to_ascii_lowercase())))
}

fn authority_key(name: &str) -> u32 {
    (key_hash(name) >> 32) as u32
}

/// How far up the web's rankings a registrable domain is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tier {
    /// Rank 1–1,000 in Tranco or Majestic.
    Top1k,
    /// Rank 1,001–10,000.
    Top10k,
    /// Rank 10,001–100,000.
    Top100k,
    /// In neither list: not in the top 100k (the normal case for a prospect, not a bad sign).
    Unranked,
}

crate::ids::serde_by_id!(lists Tier);

impl Tier {
    /// Every tier, best first.
    pub const ALL: [Tier; 4] = [Tier::Top1k, Tier::Top10k, Tier::Top100k, Tier::Unranked];

    /// Stable kebab-case id (the serde name).
    pub const fn id(self) -> &'static str {
        match self {
            Tier::Top1k => "top1k",
            Tier::Top10k => "top10k",
            Tier::Top100k => "top100k",
            Tier::Unranked => "unranked",
        }
    }

    /// Human label.
    pub const fn label(self) -> &'static str {
        match self {
            Tier::Top1k => "top 1k",
            Tier::Top10k => "top 10k",
            Tier::Top100k => "top 100k",
            Tier::Unranked => "not in the top 100k",
        }
    }

    /// The tier of a 1-based rank.
    pub const fn from_rank(rank: u32) -> Tier {
        match rank {
            0 => Tier::Unranked,
            1..=1_000 => Tier::Top1k,
            1_001..=10_000 => Tier::Top10k,
            10_001..=100_000 => Tier::Top100k,
            _ => Tier::Unranked,
        }
    }

    const fn from_byte(byte: u8) -> Option<Tier> {
        match byte {
            0 => Some(Tier::Top1k),
            1 => Some(Tier::Top10k),
            2 => Some(Tier::Top100k),
            _ => None,
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    const fn to_byte(self) -> u8 {
        self as u8
    }
}

/// A registrable domain's authority: a 0–100 score where known and its tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Authority {
    /// 0–100; `None` when the domain is unranked (never zero for "unknown").
    pub score: Option<u8>,
    pub tier: Tier,
}

impl Authority {
    /// Not in the top 100k: no score.
    pub const UNRANKED: Authority = Authority { score: None, tier: Tier::Unranked };
}

/// Score from Majestic referring subnets: log scale, 3,000 → 60, 500,000 → 100.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn score_from_subnets(subnets: u32) -> u8 {
    let score = -2.6 + 18.0 * f64::from(subnets.max(1)).log10();
    score.round().clamp(0.0, 100.0) as u8
}

/// Score from a Tranco rank, below the Majestic band: 1 → 55, 1,000 → 37, 100,000 → 25.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn score_from_rank(rank: u32) -> u8 {
    let score = 55.0 - 6.0 * f64::from(rank.max(1)).log10();
    score.round().clamp(0.0, 100.0) as u8
}

/// A bad-neighbourhood category. Ids are stable (they appear in reports and stored settings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Gambling,
    Adult,
    /// Phishing, malware distribution and scams.
    Phishing,
    /// Link and referrer spam.
    Spam,
    /// URL shorteners and redirectors (they hide the real target).
    Shortener,
    /// A user's subdomain on a free hosting, blog or dynamic-DNS platform.
    Hosting,
    /// An ad server, ad network or tracking service (`ad.doubleclick.net`): a link there is an
    /// advertisement or a tracked redirect, never an editorial link. The company's own site
    /// (its bare or `www.` host: Chitika's research pages) is not one.
    Ad,
}

impl Category {
    /// Every category, in bit order.
    pub const ALL: [Category; 7] =
        [Category::Gambling, Category::Adult, Category::Phishing, Category::Spam, Category::Shortener, Category::Hosting, Category::Ad];

    /// Stable kebab-case id (the serde name).
    pub const fn id(self) -> &'static str {
        match self {
            Category::Gambling => "gambling",
            Category::Adult => "adult",
            Category::Phishing => "phishing",
            Category::Spam => "spam",
            Category::Shortener => "shortener",
            Category::Hosting => "hosting",
            Category::Ad => "ad",
        }
    }

    /// A neighbourhood a link builder avoids (gambling, adult, phishing, spam); shorteners,
    /// hosting platforms and ad networks are neighbourhoods of convenience, judged elsewhere
    /// (every newsroom links an ad server).
    pub const fn is_bad(self) -> bool {
        !matches!(self, Category::Shortener | Category::Hosting | Category::Ad)
    }

    /// Human label.
    pub const fn label(self) -> &'static str {
        match self {
            Category::Gambling => "gambling",
            Category::Adult => "adult content",
            Category::Phishing => "phishing, malware or scam",
            Category::Spam => "link or referrer spam",
            Category::Shortener => "URL shortener or redirector",
            Category::Hosting => "free hosting or blog subdomain",
            Category::Ad => "ad or tracking network",
        }
    }

    /// This category as a one-element set.
    pub const fn set(self) -> Categories {
        Categories(1 << self as u16)
    }
}

/// A set of [`Category`] values: a `Copy` bitset, iterated in [`Category::ALL`] order and
/// serialized as a list of ids (`["gambling", "hosting"]`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Categories(u16);

impl Categories {
    pub const NONE: Categories = Categories(0);
    pub const GAMBLING: Categories = Category::Gambling.set();
    pub const ADULT: Categories = Category::Adult.set();
    pub const PHISHING: Categories = Category::Phishing.set();
    pub const SPAM: Categories = Category::Spam.set();
    pub const SHORTENER: Categories = Category::Shortener.set();
    pub const HOSTING: Categories = Category::Hosting.set();
    pub const AD: Categories = Category::Ad.set();
    const MASK: u16 = (1 << Category::ALL.len()) - 1;

    /// The raw bits (bit i = `Category::ALL[i]`).
    pub const fn bits(self) -> u16 {
        self.0
    }

    /// The set of `bits`, unknown bits dropped.
    pub const fn from_bits_truncate(bits: u16) -> Categories {
        Categories(bits & Self::MASK)
    }

    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Number of categories in the set.
    pub const fn len(self) -> u32 {
        self.0.count_ones()
    }

    /// True when every category of `other` is in `self`.
    pub const fn contains(self, other: Categories) -> bool {
        self.0 & other.0 == other.0
    }

    pub const fn union(self, other: Categories) -> Categories {
        Categories(self.0 | other.0)
    }

    /// The categories in the set, in [`Category::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Category> {
        Category::ALL.into_iter().filter(move |c| self.contains(c.set()))
    }
}

impl std::ops::BitOr for Categories {
    type Output = Categories;
    fn bitor(self, other: Categories) -> Categories {
        self.union(other)
    }
}

impl std::ops::BitOrAssign for Categories {
    fn bitor_assign(&mut self, other: Categories) {
        *self = self.union(other);
    }
}

impl From<Category> for Categories {
    fn from(category: Category) -> Categories {
        category.set()
    }
}

impl FromIterator<Category> for Categories {
    fn from_iter<I: IntoIterator<Item = Category>>(iter: I) -> Categories {
        iter.into_iter().fold(Categories::NONE, |set, c| set | c.set())
    }
}

impl fmt::Debug for Categories {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter().map(Category::id)).finish()
    }
}

impl Serialize for Categories {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Categories {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Categories, D::Error> {
        Ok(Vec::<Category>::deserialize(deserializer)?.into_iter().collect())
    }
}

/// Why an asset could not be loaded. Messages are fixed strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntelError {
    /// The bytes do not start with [`MAGIC`].
    BadMagic,
    /// A format version this code cannot read.
    UnsupportedVersion(u16),
    /// Shorter than its header says.
    Truncated,
    /// Longer than its header says.
    TrailingBytes,
    /// Lengths fit but a value is out of range (the named part).
    Corrupt(&'static str),
}

impl fmt::Display for IntelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IntelError::BadMagic => f.write_str("not a domain-intelligence asset (bad magic bytes)"),
            IntelError::UnsupportedVersion(v) => {
                write!(f, "domain-intelligence format version {v} is not supported (this build reads {FORMAT_VERSION})")
            }
            IntelError::Truncated => f.write_str("the domain-intelligence asset is truncated"),
            IntelError::TrailingBytes => f.write_str("the domain-intelligence asset has trailing bytes"),
            IntelError::Corrupt(what) => write!(f, "the domain-intelligence asset is corrupt: {what}"),
        }
    }
}

impl std::error::Error for IntelError {}

/// The loaded asset: parse once with [`DomainIntel::from_bytes`], then look up without
/// allocating.
///
/// ```no_run
/// use backlink_bot::intel::{DomainIntel, Tier};
/// let bytes = std::fs::read("dist/data/domain-intel.bin").unwrap();
/// let intel = DomainIntel::from_bytes(&bytes).unwrap();
/// assert_eq!(intel.authority("google.com").tier, Tier::Top1k);
/// assert!(intel.categories("alice.wordpress.com", "wordpress.com").contains(backlink_bot::intel::Categories::HOSTING));
/// ```
#[derive(Debug, Clone)]
pub struct DomainIntel {
    data_date: u32,
    authority_keys: Vec<u32>,
    authority_scores: Vec<u8>,
    authority_tiers: Vec<Tier>,
    categorised_names: u32,
    filter: Fuse,
}

struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], IntelError> {
        let (head, rest) = self.bytes.split_at_checked(n).ok_or(IntelError::Truncated)?;
        self.bytes = rest;
        Ok(head)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], IntelError> {
        self.take(N)?.try_into().map_err(|_| IntelError::Truncated)
    }

    fn u16(&mut self) -> Result<u16, IntelError> {
        Ok(u16::from_le_bytes(self.array()?))
    }

    fn u32(&mut self) -> Result<u32, IntelError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    fn u64(&mut self) -> Result<u64, IntelError> {
        Ok(u64::from(self.u32()?) | u64::from(self.u32()?) << 32)
    }
}

impl DomainIntel {
    /// Parses and checks an asset. Every length, order and range is verified, so the lookups
    /// can trust the tables; anything wrong is an [`IntelError`], never a panic.
    pub fn from_bytes(bytes: &[u8]) -> Result<DomainIntel, IntelError> {
        let mut r = Reader { bytes };
        if r.take(MAGIC.len()).map_err(|_| IntelError::BadMagic)? != MAGIC {
            return Err(IntelError::BadMagic);
        }
        let version = r.u16()?;
        if version != FORMAT_VERSION {
            return Err(IntelError::UnsupportedVersion(version));
        }
        if r.u16()? != 0 {
            return Err(IntelError::Corrupt("reserved header field"));
        }
        let data_date = r.u32()?;
        let ranked = r.u32()? as usize;
        let categorised_names = r.u32()?;
        let layout = FuseLayout { seed: r.u64()?, segment_length: r.u32()?, segment_count_length: r.u32()? };
        let cells = r.u32()? as usize;
        if r.u32()? != 0 {
            return Err(IntelError::Corrupt("reserved header field"));
        }
        debug_assert_eq!(bytes.len() - r.bytes.len(), HEADER_LEN);
        // Lengths first, so a truncated file says so rather than "corrupt".
        let body = ranked.checked_mul(6).and_then(|a| cells.checked_mul(3).and_then(|c| a.checked_add(c)));
        match body {
            Some(len) if len > r.bytes.len() => return Err(IntelError::Truncated),
            Some(len) if len < r.bytes.len() => return Err(IntelError::TrailingBytes),
            Some(_) => {}
            None => return Err(IntelError::Truncated),
        }
        let filter_ok = if cells == 0 { categorised_names == 0 } else { layout.validate() == Some(cells) };
        if !filter_ok {
            return Err(IntelError::Corrupt("filter layout"));
        }

        let authority_keys: Vec<u32> =
            r.take(4 * ranked)?.chunks_exact(4).map(|b| u32::from_le_bytes(b.try_into().unwrap_or_default())).collect();
        if authority_keys.windows(2).any(|w| matches!(w, [a, b] if a >= b)) {
            return Err(IntelError::Corrupt("authority keys out of order"));
        }
        let authority_scores = r.take(ranked)?.to_vec();
        if authority_scores.iter().any(|&s| s > 100) {
            return Err(IntelError::Corrupt("authority score above 100"));
        }
        let authority_tiers =
            r.take(ranked)?.iter().map(|&b| Tier::from_byte(b)).collect::<Option<Vec<Tier>>>().ok_or(IntelError::Corrupt("authority tier"))?;
        let fingerprints = r.take(2 * cells)?.chunks_exact(2).map(|b| u16::from_le_bytes(b.try_into().unwrap_or_default())).collect();
        let values = r.take(cells)?.to_vec();
        let filter = if cells == 0 { Fuse::empty() } else { Fuse { layout, fingerprints, values } };
        Ok(DomainIntel { data_date, authority_keys, authority_scores, authority_tiers, categorised_names, filter })
    }

    /// Date of the newest source in the asset, as `YYYYMMDD`.
    pub fn data_date(&self) -> u32 {
        self.data_date
    }

    /// Number of registrable domains with an authority score.
    pub fn ranked_domains(&self) -> usize {
        self.authority_keys.len()
    }

    /// Number of names in the category lists (hosting platforms included).
    pub fn categorised_names(&self) -> usize {
        self.categorised_names as usize
    }

    /// Authority of a registrable domain (lowercase ASCII, punycode for IDNs, as
    /// [`crate::registrable_domain`] gives it; a trailing dot is ignored). Pass the registrable
    /// domain, not a host: `en.wikipedia.org` is unranked, `wikipedia.org` is top 1k.
    /// Does not allocate.
    pub fn authority(&self, registrable_domain: &str) -> Authority {
        let key = authority_key(trim_dot(registrable_domain));
        match self.authority_keys.binary_search(&key) {
            Ok(i) => match (self.authority_scores.get(i), self.authority_tiers.get(i)) {
                (Some(&score), Some(&tier)) => Authority { score: Some(score), tier },
                _ => Authority::UNRANKED,
            },
            Err(_) => Authority::UNRANKED,
        }
    }

    /// The bad-neighbourhood categories of `host`, whose registrable domain is
    /// `registrable_domain` (both lowercase ASCII; trailing dots ignored). Does not allocate.
    ///
    /// The host and each parent name up to the registrable domain are looked up; a listed name
    /// taints its subdomains but never its parents. On a hosting platform (a PSL private-section
    /// domain, or a name in the UT1 blog / webhosting / dynamic-DNS lists) the user's subdomain
    /// is [`Category::Hosting`] plus whatever its own names are listed for, and the platform's
    /// own listings do not apply to it; the platform itself (`wordpress.com`,
    /// `www.wordpress.com`) is not hosting. When `registrable_domain` is not a suffix of `host`
    /// both are judged on their own.
    pub fn categories(&self, host: &str, registrable_domain: &str) -> Categories {
        let host = trim_dot(host);
        let site = trim_dot(registrable_domain);
        if !is_same_or_subdomain(host, site) {
            let stored = self.stored(host) | self.stored(site);
            return Categories::from_bits_truncate(u16::from(stored & OWN_CATEGORIES));
        }
        let mut found = Categories::NONE;
        let mut name = host;
        loop {
            let mut stored = self.stored(name);
            // An ad company's own site (doubleclick.net, www.chitika.com) is a site like any
            // other; its other hosts serve the ads.
            if name.len() == site.len() && (host == site || is_www_of(host, site)) {
                stored &= !AD;
            }
            if name.len() < host.len() && stored & PLATFORM != 0 && !is_www_of(host, name) {
                found |= Categories::HOSTING;
                break;
            }
            found |= Categories::from_bits_truncate(u16::from(stored & OWN_CATEGORIES));
            if name.len() <= site.len() {
                break;
            }
            match name.split_once('.') {
                Some((_, parent)) if parent.len() >= site.len() => name = parent,
                _ => break,
            }
        }
        if !found.contains(Categories::HOSTING) && crate::domain::private_suffix(site).is_some_and(is_user_platform) {
            found |= Categories::HOSTING;
        }
        found
    }

    /// The stored value bits of one name, 0 when it is in no list.
    fn stored(&self, name: &str) -> u8 {
        self.filter.get(key_hash(name)).unwrap_or(0)
    }
}

/// PSL private-section suffixes where anyone gets a subdomain, as opposed to the government and
/// academic registries the section also holds (`gov.ru`, `service.gov.uk`, `edu.krd`).
fn is_user_platform(suffix: &str) -> bool {
    !matches!(suffix.split('.').next(), Some("gov" | "edu" | "ac" | "mil"))
        && !suffix.ends_with(".gov.uk")
}

fn trim_dot(name: &str) -> &str {
    name.strip_suffix('.').unwrap_or(name)
}

/// `host` is `site` or ends with `.site` (ASCII case-insensitive).
fn is_same_or_subdomain(host: &str, site: &str) -> bool {
    let (h, s) = (host.as_bytes(), site.as_bytes());
    if h.len() == s.len() {
        return h.eq_ignore_ascii_case(s);
    }
    let Some(dot) = h.len().checked_sub(s.len() + 1) else { return false };
    h.get(dot) == Some(&b'.') && h.get(dot + 1..).is_some_and(|tail| tail.eq_ignore_ascii_case(s))
}

/// `host` is `www.` + `name`: the platform's own site, not a user's.
fn is_www_of(host: &str, name: &str) -> bool {
    host.len() == name.len() + 4 && host.as_bytes().get(..4).is_some_and(|www| www.eq_ignore_ascii_case(b"www."))
}

/// One ranked domain for [`encode`].
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RankedEntry {
    pub(crate) key: u32,
    pub(crate) score: u8,
    pub(crate) tier: Tier,
}

/// Sizes of the asset's parts in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SectionSizes {
    pub header: u32,
    pub authority: u32,
    pub categories: u32,
    pub total: u32,
}

/// Writes the format described in the module header. `ranked` must be sorted by key with
/// distinct keys; `filter` is built over `categorised` distinct names.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn encode(data_date: u32, ranked: &[RankedEntry], categorised: u32, filter: &Fuse) -> (Vec<u8>, SectionSizes) {
    debug_assert!(ranked.windows(2).all(|w| matches!(w, [a, b] if a.key < b.key)));
    let cells = filter.cells();
    let mut out = Vec::with_capacity(HEADER_LEN + 6 * ranked.len() + 3 * cells);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&data_date.to_le_bytes());
    out.extend_from_slice(&(ranked.len() as u32).to_le_bytes());
    out.extend_from_slice(&categorised.to_le_bytes());
    let layout = if cells == 0 { FuseLayout { seed: 0, segment_length: 0, segment_count_length: 0 } } else { filter.layout };
    out.extend_from_slice(&layout.seed.to_le_bytes());
    out.extend_from_slice(&layout.segment_length.to_le_bytes());
    out.extend_from_slice(&layout.segment_count_length.to_le_bytes());
    out.extend_from_slice(&(cells as u32).to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    debug_assert_eq!(out.len(), HEADER_LEN);
    out.extend(ranked.iter().flat_map(|e| e.key.to_le_bytes()));
    out.extend(ranked.iter().map(|e| e.score));
    out.extend(ranked.iter().map(|e| e.tier.to_byte()));
    out.extend(filter.fingerprints.iter().flat_map(|f| f.to_le_bytes()));
    out.extend_from_slice(&filter.values);
    let sizes = SectionSizes {
        header: HEADER_LEN as u32,
        authority: 6 * ranked.len() as u32,
        categories: 3 * cells as u32,
        total: out.len() as u32,
    };
    (out, sizes)
}

/// Builds an asset in memory from ranked domains and categorised names (value bits as stored).
/// No name of `avoid` (the well-known domains and their `www.` hosts) may be a false positive of
/// the category filter.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn assemble(
    data_date: u32,
    ranked: &[(String, u8, Tier)],
    categorised: &[(String, u8)],
    avoid: &[String],
) -> Result<(Vec<u8>, SectionSizes, u32), String> {
    let mut entries: Vec<RankedEntry> =
        ranked.iter().map(|(name, score, tier)| RankedEntry { key: authority_key(name), score: *score, tier: *tier }).collect();
    // Best first within a key, so a fingerprint collision keeps the higher score.
    entries.sort_by(|a, b| a.key.cmp(&b.key).then(b.score.cmp(&a.score)).then(a.tier.cmp(&b.tier)));
    let before = entries.len();
    entries.dedup_by_key(|e| e.key);
    let collisions = (before - entries.len()) as u32;

    let mut keys: Vec<(u64, u8)> = categorised.iter().map(|(name, bits)| (key_hash(name), *bits)).collect();
    keys.sort_unstable();
    keys.dedup_by(|later, kept| {
        if later.0 == kept.0 {
            kept.1 |= later.1;
            true
        } else {
            false
        }
    });
    let mut avoid: Vec<u64> = avoid.iter().map(|name| key_hash(name)).collect();
    avoid.sort_unstable();
    avoid.dedup();
    avoid.retain(|k| keys.binary_search_by_key(k, |&(key, _)| key).is_err());
    let filter = Fuse::build(&keys, &avoid).map_err(str::to_owned)?;
    let (bytes, sizes) = encode(data_date, &entries, keys.len() as u32, &filter);
    Ok((bytes, sizes, collisions))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_hashes_are_stable() {
        // Computed before FNV-1a moved to `crate::hash`: the shipped asset's keys depend on them.
        assert_eq!(key_hash("example.com"), 0x9591_d642_1994_d599);
        assert_eq!(key_hash("Example.COM"), 0x9591_d642_1994_d599);
        assert_eq!(key_hash("wikipedia.org"), 0xcf1c_dec2_9716_149d);
        assert_eq!(key_hash("xn--bcher-kva.de"), 0xd648_1014_a9b5_66c8);
    }

    const GAMBLING: u8 = 1;
    const ADULT: u8 = 2;
    const PHISHING: u8 = 4;

    fn sample() -> DomainIntel {
        let ranked = vec![
            ("google.com".to_string(), 100, Tier::Top1k),
            ("wordpress.com".to_string(), 90, Tier::Top1k),
            ("example.org".to_string(), 30, Tier::Top100k),
        ];
        let names = vec![
            ("casino.example".to_string(), GAMBLING),
            ("evil-casino.blogspot.com".to_string(), GAMBLING),
            ("bad.wordpress.com".to_string(), PHISHING),
            ("wordpress.com".to_string(), PLATFORM),
            ("free.example".to_string(), PLATFORM | ADULT),
            ("phish.example.org".to_string(), PHISHING),
            ("adserver.example".to_string(), AD),
            ("ads.shop.example".to_string(), AD),
        ];
        let (bytes, _, _) = assemble(20260820, &ranked, &names, &[]).unwrap();
        DomainIntel::from_bytes(&bytes).unwrap()
    }

    #[test]
    fn authority_by_registrable_domain() {
        let intel = sample();
        assert_eq!(intel.authority("google.com"), Authority { score: Some(100), tier: Tier::Top1k });
        assert_eq!(intel.authority("Google.COM."), Authority { score: Some(100), tier: Tier::Top1k });
        assert_eq!(intel.authority("nowhere-at-all.example"), Authority::UNRANKED);
        assert_eq!(intel.data_date(), 20260820);
    }

    #[test]
    fn a_listed_name_taints_itself_and_its_subdomains_not_its_parents() {
        let intel = sample();
        assert_eq!(intel.categories("casino.example", "casino.example"), Categories::GAMBLING);
        assert_eq!(intel.categories("www.casino.example", "casino.example"), Categories::GAMBLING);
        assert_eq!(intel.categories("phish.example.org", "example.org"), Categories::PHISHING);
        assert_eq!(intel.categories("example.org", "example.org"), Categories::NONE);
        assert_eq!(intel.categories("www.example.org", "example.org"), Categories::NONE);
    }

    #[test]
    fn hosting_platforms_judge_the_users_subdomain() {
        let intel = sample();
        assert_eq!(intel.categories("alice.wordpress.com", "wordpress.com"), Categories::HOSTING);
        assert_eq!(intel.categories("bad.wordpress.com", "wordpress.com"), Categories::HOSTING | Categories::PHISHING);
        assert_eq!(intel.categories("x.bad.wordpress.com", "wordpress.com"), Categories::HOSTING | Categories::PHISHING);
        assert_eq!(intel.categories("wordpress.com", "wordpress.com"), Categories::NONE);
        assert_eq!(intel.categories("www.wordpress.com", "wordpress.com"), Categories::NONE);
        // The platform's own listing (adult here) describes the platform, not its users.
        assert_eq!(intel.categories("free.example", "free.example"), Categories::ADULT);
        assert_eq!(intel.categories("user.free.example", "free.example"), Categories::HOSTING);
        // PSL private section: the user's site is its own registrable domain.
        assert_eq!(intel.categories("evil-casino.blogspot.com", "evil-casino.blogspot.com"), Categories::GAMBLING | Categories::HOSTING);
        assert_eq!(intel.categories("alice.github.io", "alice.github.io"), Categories::HOSTING);
        assert_eq!(intel.categories("blogspot.com", "blogspot.com"), Categories::NONE);
    }

    #[test]
    fn an_ad_networks_hosts_serve_ads_its_own_site_is_a_site() {
        let intel = sample();
        assert_eq!(intel.categories("ad.adserver.example", "adserver.example"), Categories::AD);
        assert_eq!(intel.categories("x.pubads.adserver.example", "adserver.example"), Categories::AD);
        assert_eq!(intel.categories("adserver.example", "adserver.example"), Categories::NONE, "the company's research pages");
        assert_eq!(intel.categories("www.adserver.example", "adserver.example"), Categories::NONE);
        // A listed host on another company's domain is an ad host, the shop is not.
        assert_eq!(intel.categories("ads.shop.example", "shop.example"), Categories::AD);
        assert_eq!(intel.categories("www.shop.example", "shop.example"), Categories::NONE);
        assert!(!Category::Ad.is_bad(), "every newsroom links an ad server");
    }

    #[test]
    fn mismatched_arguments_judge_both_names() {
        let intel = sample();
        assert_eq!(intel.categories("casino.example", "example.org"), Categories::GAMBLING);
        assert_eq!(intel.categories("", ""), Categories::NONE);
    }

    #[test]
    fn ids_labels_and_serde_agree() {
        for c in Category::ALL {
            assert_eq!(serde_json::to_value(c).unwrap(), serde_json::Value::from(c.id()));
            assert!(!c.label().is_empty());
        }
        for t in Tier::ALL {
            assert_eq!(serde_json::to_value(t).unwrap(), serde_json::Value::from(t.id()));
        }
        let set = Categories::GAMBLING | Categories::HOSTING;
        assert_eq!(serde_json::to_string(&set).unwrap(), r#"["gambling","hosting"]"#);
        assert_eq!(serde_json::from_str::<Categories>(r#"["hosting","gambling"]"#).unwrap(), set);
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![Category::Gambling, Category::Hosting]);
        assert_eq!(format!("{set:?}"), r#"{"gambling", "hosting"}"#);
        assert_eq!(serde_json::to_string(&Authority::UNRANKED).unwrap(), r#"{"score":null,"tier":"unranked"}"#);
    }

    #[test]
    fn score_calibration() {
        assert_eq!(score_from_subnets(501_331), 100);
        assert!((95..=100).contains(&score_from_subnets(250_000)));
        assert!((58..=62).contains(&score_from_subnets(3_041)));
        assert_eq!(score_from_subnets(0), 0);
        assert_eq!(score_from_rank(1), 55);
        assert_eq!(score_from_rank(1_000), 37);
        assert_eq!(score_from_rank(100_000), 25);
        assert_eq!(Tier::from_rank(1_000), Tier::Top1k);
        assert_eq!(Tier::from_rank(1_001), Tier::Top10k);
        assert_eq!(Tier::from_rank(100_001), Tier::Unranked);
    }

    #[test]
    fn every_prefix_and_every_byte_flip_of_an_asset_is_handled() {
        let ranked = vec![("a.com".to_string(), 50, Tier::Top10k), ("b.com".to_string(), 40, Tier::Top100k)];
        let names = vec![("c.com".to_string(), GAMBLING), ("d.com".to_string(), PLATFORM)];
        let (bytes, _, _) = assemble(1, &ranked, &names, &[]).unwrap();
        for len in 0..bytes.len() {
            assert!(DomainIntel::from_bytes(&bytes[..len]).is_err(), "prefix of {len} bytes accepted");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(DomainIntel::from_bytes(&longer).unwrap_err(), IntelError::TrailingBytes);
        for i in 0..bytes.len() {
            for bit in 0..8 {
                let mut flipped = bytes.clone();
                flipped[i] ^= 1 << bit;
                if let Ok(intel) = DomainIntel::from_bytes(&flipped) {
                    // Whatever loads must answer without panicking.
                    let _ = intel.authority("a.com");
                    let _ = intel.categories("x.d.com", "d.com");
                }
            }
        }
        let mut bad = bytes.clone();
        bad[0] = b'X';
        assert_eq!(DomainIntel::from_bytes(&bad).unwrap_err(), IntelError::BadMagic);
        let mut bad = bytes.clone();
        bad[8] = 9;
        assert_eq!(DomainIntel::from_bytes(&bad).unwrap_err(), IntelError::UnsupportedVersion(9));
    }

    #[test]
    fn empty_asset_loads_and_knows_nothing() {
        let (bytes, sizes, _) = assemble(0, &[], &[], &[]).unwrap();
        assert_eq!(sizes.total as usize, HEADER_LEN);
        let intel = DomainIntel::from_bytes(&bytes).unwrap();
        assert_eq!(intel.authority("google.com"), Authority::UNRANKED);
        assert_eq!(intel.categories("x.example", "x.example"), Categories::NONE);
    }
}
