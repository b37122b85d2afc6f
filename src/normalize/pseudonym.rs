//! Candidate pseudonyms: a keyed hash of the name, so the same person gets the same key in
//! every run with the same secret, and nobody without the secret can test a guessed name.

use super::text::match_key;

/// `cand_` and 12 hex digits of BLAKE3 keyed with `key` over the name's match key (case,
/// spacing and punctuation do not change the pseudonym). `None` for no name or an
/// anonymous placeholder (`Anonymous Interview Candidate in Austin, TX`): those are not
/// one person, so they get no shared key.
pub fn candidate_key(key: &[u8; 32], name: &str) -> Option<String> {
    let k = match_key(name);
    if k.is_empty() || is_anonymous(&k) {
        return None;
    }
    let hash = blake3::keyed_hash(key, k.as_bytes());
    Some(format!("cand_{}", &hash.to_hex()[..12]))
}

fn is_anonymous(key: &str) -> bool {
    [
        "anonymous",
        "anon",
        "n a",
        "na",
        "unknown",
        "candidate",
        "anonymous employee",
        "anonymous interview candidate",
    ]
    .iter()
    .any(|a| key == *a || key.starts_with(&format!("{a} ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    const K1: [u8; 32] = [1; 32];
    const K2: [u8; 32] = [2; 32];

    #[test]
    fn same_name_same_key_under_one_secret() {
        let a = candidate_key(&K1, "Emily Zhang").unwrap();
        assert_eq!(candidate_key(&K1, "  emily   ZHANG ").as_ref(), Some(&a));
        assert!(a.starts_with("cand_") && a.len() == 17);
        assert!(!a.to_lowercase().contains("emily"));
    }

    #[test]
    fn other_secret_other_key() {
        assert_ne!(candidate_key(&K1, "Emily Zhang"), candidate_key(&K2, "Emily Zhang"));
    }

    #[test]
    fn anonymous_and_empty_get_none() {
        assert_eq!(candidate_key(&K1, ""), None);
        assert_eq!(candidate_key(&K1, "Anonymous Interview Candidate in Austin, TX"), None);
        assert_eq!(candidate_key(&K1, "Anonymous"), None);
    }
}
