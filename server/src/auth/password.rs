use argon2::{
    password_hash::{Output, PasswordHash, SaltString},
    Algorithm, Argon2, Block, Params, PasswordHasher, Version,
};
use rand_core::{OsRng, RngCore};
use sha2::{Digest, Sha256};

use crate::error::ApiError;

/// Memory that password checks may take at once, server-wide. Each argon2 run takes
/// `m_cost` KiB (19 MiB with the default parameters), so a burst of sign-ins from any
/// number of addresses holds at most this much, not one hash per request.
pub const HASHING_MEMORY_BUDGET: usize = 80 * 1024 * 1024;
/// How long a sign-in waits for its turn before it is told to come back (503).
const HASHING_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// The server-wide bound on concurrent password checks. Each slot owns argon2's working
/// memory, allocated once and reused: checks never allocate their 19 MiB anew, so the
/// allocator cannot keep a copy per thread that ran one (which held over 1 GB after a
/// burst, when each check allocated its own on whichever blocking thread it landed).
pub struct HashingGate {
    permits: tokio::sync::Semaphore,
    memory: std::sync::Mutex<Vec<Vec<Block>>>,
    slots: usize,
}

impl Default for HashingGate {
    fn default() -> Self {
        HashingGate::new(HASHING_MEMORY_BUDGET)
    }
}

impl HashingGate {
    /// As many concurrent checks as `budget` bytes hold at argon2's memory cost (at least one).
    pub fn new(budget: usize) -> Self {
        let per_hash = Params::DEFAULT_M_COST as usize * 1024;
        let slots = (budget / per_hash).max(1);
        HashingGate {
            permits: tokio::sync::Semaphore::new(slots),
            memory: std::sync::Mutex::new(Vec::new()),
            slots,
        }
    }

    /// How many checks may run at once.
    pub fn slots(&self) -> usize {
        self.slots
    }

    /// Checks `password` against `hash` on the blocking pool once a slot is free; 503
    /// with `Retry-After` when none frees up within the wait.
    pub async fn verify(&self, password: String, hash: String) -> Result<bool, ApiError> {
        let _permit = tokio::time::timeout(HASHING_WAIT, self.permits.acquire())
            .await
            .map_err(|_| {
                tracing::warn!("sign-in refused: every password check slot is busy");
                ApiError::ServiceUnavailable(1)
            })?
            .map_err(|_| ApiError::ServiceUnavailable(1))?;
        // A permit holder always finds a buffer or may make one: there are never more
        // buffers than slots.
        let mut memory = self
            .memory
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .pop()
            .unwrap_or_default();
        let (verified, memory) = tokio::task::spawn_blocking(move || {
            let verified = verify_in(&password, &hash, &mut memory);
            (verified, memory)
        })
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
        self.memory
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(memory);
        Ok(verified)
    }
}

/// Whether `password` gives `hash` (PHC format), computed in `memory`, grown to the hash's memory cost if it is smaller.
fn verify_in(password: &str, hash: &str, memory: &mut Vec<Block>) -> bool {
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let Ok(params) = Params::try_from(&parsed) else {
        return false;
    };
    let Ok(algorithm) = Algorithm::try_from(parsed.algorithm) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from) {
        None => Version::default(),
        Some(Ok(version)) => version,
        Some(Err(_)) => return false,
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    if memory.len() < params.block_count() {
        memory.resize(params.block_count(), Block::default());
    }
    let mut out = vec![0u8; expected.len()];
    let hashed = Argon2::new(algorithm, version, params).hash_password_into_with_memory(
        password.as_bytes(),
        salt,
        &mut out,
        &mut memory[..],
    );
    // `Output`'s equality is constant-time.
    hashed.is_ok() && Output::new(&out).is_ok_and(|out| out == expected)
}

/// An argon2id hash in PHC format (salt and parameters included).
pub fn hash_password(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| format!("hashing the password: {e}"))
}

/// The argon2 crate's own check, which the gate's reused-memory check must agree with.
#[cfg(test)]
fn verify_password(password: &str, hash: &str) -> bool {
    use argon2::PasswordVerifier;
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Longer than any passphrase; argon2 never hashes megabytes.
pub const MAX_PASSWORD: usize = 1024;

/// Compared even when the account does not exist, so timing does not reveal e-mails.
pub const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Dy0JfbtWRyFbJ3Y1+LfTPzZ9MbY2y7MCk1vtYGc0ewQ";

/// 32 random bytes from the OS, hex-encoded: session and CSRF tokens.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

pub fn sha256_hex(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_against_their_hash() {
        let hash = hash_password("correct horse").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &hash));
        assert!(!verify_password("correct horse!", &hash));
        assert!(!verify_password("correct horse", "not a hash"));
        assert_ne!(hash, hash_password("correct horse").unwrap(), "salted");
    }

    #[test]
    fn checks_in_reused_memory_agree_with_the_plain_check() {
        let hash = hash_password("correct horse").unwrap();
        let mut memory = Vec::new();
        assert!(verify_in("correct horse", &hash, &mut memory));
        let grown = memory.len();
        assert_eq!(grown, Params::DEFAULT_M_COST as usize);
        assert!(!verify_in("correct horse!", &hash, &mut memory));
        assert!(verify_in("correct horse", &hash, &mut memory));
        assert_eq!(memory.len(), grown, "reused, not grown again");
        assert!(!verify_in("correct horse", "not a hash", &mut memory));
    }

    #[tokio::test]
    async fn the_gate_holds_as_many_slots_as_its_budget() {
        let per_hash = Params::DEFAULT_M_COST as usize * 1024;
        assert_eq!(HashingGate::new(4 * per_hash + 1).slots(), 4);
        assert_eq!(HashingGate::new(0).slots(), 1);
        let gate = HashingGate::default();
        let hash = hash_password("pw").unwrap();
        assert!(gate.verify("pw".into(), hash.clone()).await.unwrap());
        assert!(!gate.verify("wrong".into(), hash).await.unwrap());
    }

    #[test]
    fn tokens_are_long_and_unique() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(sha256_hex("abc").len(), 64);
    }
}
