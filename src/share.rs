//! Social networks' "share this page" endpoints: one list for the whole core. The link signal
//! `destination` costs a link to one points (it is a button, not an editorial link to anyone),
//! and `prospect::contacts` does not take one for the page's social profile.
//!
//! Source: ours, from the networks' documented share URLs. Blind spots: networks add endpoints;
//! a share link built by a script (`onclick`) is seen only by its `href`.

/// (site, path prefix) of share / intent endpoints. The site matches the host or a subdomain of
/// it; the prefix is lowercase ASCII and matches a whole path segment (what follows it is the
/// end, `/`, `.` or `?`: `/sharer.php`, `/intent/tweet`, but not `/homer`).
const SHARE_ENDPOINTS: &[(&str, &str)] = &[
    ("twitter.com", "/intent"),
    ("twitter.com", "/share"),
    ("twitter.com", "/home"),
    ("x.com", "/intent"),
    ("x.com", "/share"),
    ("x.com", "/home"),
    ("facebook.com", "/sharer"),
    ("facebook.com", "/share"),
    ("facebook.com", "/dialog/share"),
    ("facebook.com", "/dialog/feed"),
    ("linkedin.com", "/sharing"),
    ("linkedin.com", "/sharearticle"),
    ("linkedin.com", "/share"),
    ("pinterest.com", "/pin/create"),
    ("reddit.com", "/submit"),
    ("whatsapp.com", "/send"),
    ("t.me", "/share"),
    ("tumblr.com", "/widgets/share"),
    ("bsky.app", "/intent"),
    ("threads.net", "/intent"),
    ("mastodon.social", "/share"),
];

/// True when `host` (a host or registrable domain, lowercase) and `path` (the URL path, from its
/// first `/`) are a share endpoint.
pub fn is_share_endpoint(host: &str, path: &str) -> bool {
    let path = path.to_ascii_lowercase();
    SHARE_ENDPOINTS.iter().any(|&(site, prefix)| {
        let on_site = host == site || host.strip_suffix(site).is_some_and(|sub| sub.ends_with('.'));
        on_site && path.strip_prefix(prefix).is_some_and(|after| after.is_empty() || after.starts_with(['/', '.', '?']))
    })
}

#[cfg(test)]
mod tests {
    use super::is_share_endpoint;

    #[test]
    fn share_endpoints_and_not_profiles() {
        assert!(is_share_endpoint("www.facebook.com", "/sharer/sharer.php"));
        assert!(is_share_endpoint("facebook.com", "/sharer.php"));
        assert!(is_share_endpoint("twitter.com", "/intent/tweet"));
        assert!(is_share_endpoint("x.com", "/home"));
        assert!(is_share_endpoint("www.linkedin.com", "/shareArticle"));
        assert!(is_share_endpoint("pinterest.com", "/pin/create/button/"));
        assert!(is_share_endpoint("t.me", "/share/url"));
        assert!(!is_share_endpoint("twitter.com", "/homer_simpson"), "a profile that starts like an endpoint");
        assert!(!is_share_endpoint("twitter.com", "/mayagrows"));
        assert!(!is_share_endpoint("notfacebook.com", "/sharer.php"), "another site");
        assert!(!is_share_endpoint("example.com", "/share"), "not a social network");
    }
}
