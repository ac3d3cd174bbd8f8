//! Sign-in rate limiting. Attempts are counted per account and per client address over a
//! sliding window; past a limit the answer is 429 with the wait in seconds.
//!
//! - **Reserved before the password is checked.** [`LoginLimiter::reserve`] counts the
//!   attempt under the lock, so N parallel guesses get at most the limit's worth of
//!   password checks: checking then recording would let every guess in flight through.
//!   A reservation stays counted as a failure unless the sign-in succeeds. While it is in
//!   flight it is *pending*: a limit reached only because of pending attempts (fifty
//!   colleagues behind one address signing in at once) asks to wait one second, not the
//!   whole window.
//! - **Bounded memory.** Keys are 16-byte keyed hashes (an e-mail of any length costs the
//!   same), empty and expired keys are swept, and the map holds at most [`MAX_KEYS`]. When it
//!   is full of live keys, sign-ins wait instead of being counted nowhere: failing open
//!   would let a flood of fresh keys reset everyone's counters.
//! - **Addresses by network.** An IPv6 client controls its whole /64, so it counts as one.
//! - **Lockout trade-off.** Five failures from anywhere lock an account for the window, a
//!   denial of service anyone who knows the e-mail can cause. The owner keeps a way in: an
//!   address the account has signed in from during the last [`KNOWN_FOR`] has a budget of
//!   its own for that account, which failures from elsewhere do not use up.

use std::{
    collections::{HashMap, VecDeque},
    net::IpAddr,
    sync::Mutex,
    time::{Duration, Instant},
};

use rand_core::{OsRng, RngCore};
use sha2::{Digest, Sha256};

pub const WINDOW: Duration = Duration::from_secs(15 * 60);
pub const PER_ACCOUNT: usize = 5;
pub const PER_ADDRESS: usize = 20;
/// How long an address the account signed in from keeps its own budget.
pub const KNOWN_FOR: Duration = Duration::from_secs(30 * 24 * 3600);
/// Live keys kept at most (attempt lists and known addresses each).
pub const MAX_KEYS: usize = 100_000;
/// The wait given while the map is full of live keys.
const FULL_WAIT: u64 = 60;
/// Reservations between two sweeps of expired keys.
const SWEEP_EVERY: u32 = 4096;

type Key = [u8; 16];

/// One counted attempt: when, and whether its verdict is still to come.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mark {
    at: Instant,
    pending: bool,
}

#[derive(Default)]
struct Counters {
    attempts: HashMap<Key, VecDeque<Mark>>,
    /// (account, address) pairs that signed in successfully, with when they last did.
    known: HashMap<Key, Instant>,
    since_sweep: u32,
}

pub struct LoginLimiter {
    /// Keys are hashed with this per-process secret, so they cannot be precomputed.
    secret: [u8; 32],
    counters: Mutex<Counters>,
}

/// A counted attempt; call [`Attempt::succeeded`] if the password was right. Dropped
/// otherwise (wrong password, error, cancelled request), it stays as a failure.
#[must_use = "a reservation is a failure unless `succeeded` is called"]
pub struct Attempt<'a> {
    limiter: &'a LoginLimiter,
    account: Key,
    address: Key,
    pair: Key,
    at: Instant,
    succeeded: bool,
}

impl Default for LoginLimiter {
    fn default() -> Self {
        let mut secret = [0u8; 32];
        OsRng.fill_bytes(&mut secret);
        LoginLimiter {
            secret,
            counters: Mutex::default(),
        }
    }
}

/// The part of an address one client controls: the IPv4 address, or the IPv6 /64.
fn network_of(ip: Option<IpAddr>) -> Vec<u8> {
    match ip.map(|ip| ip.to_canonical()) {
        Some(IpAddr::V4(v4)) => v4.octets().to_vec(),
        Some(IpAddr::V6(v6)) => v6.octets()[..8].to_vec(),
        None => b"unknown".to_vec(),
    }
}

fn prune(list: &mut VecDeque<Mark>, now: Instant) {
    while list
        .front()
        .is_some_and(|m| !m.pending && now.duration_since(m.at) >= WINDOW)
    {
        list.pop_front();
    }
}

/// Seconds to wait before `list` is under `limit` again, if it is at the limit.
fn wait_for(list: &VecDeque<Mark>, limit: usize, now: Instant) -> Option<u64> {
    if list.len() < limit {
        return None;
    }
    let failed: Vec<Instant> = list.iter().filter(|m| !m.pending).map(|m| m.at).collect();
    if failed.len() >= limit {
        let oldest = failed[failed.len() - limit];
        Some(
            (WINDOW.saturating_sub(now.duration_since(oldest)))
                .as_secs()
                .max(1),
        )
    } else {
        // Only attempts in flight fill the budget: their verdicts come within a second.
        Some(1)
    }
}

impl LoginLimiter {
    fn key(&self, kind: &[u8], parts: &[&[u8]]) -> Key {
        let mut hash = Sha256::new();
        hash.update(self.secret);
        hash.update(kind);
        for part in parts {
            hash.update((part.len() as u64).to_le_bytes());
            hash.update(part);
        }
        let digest = hash.finalize();
        let mut key = [0u8; 16];
        key.copy_from_slice(&digest[..16]);
        key
    }

    /// Counts an attempt for `email` from `ip`, or says how many seconds to wait.
    pub fn reserve(
        &self,
        email: &str,
        ip: Option<IpAddr>,
        now: Instant,
    ) -> Result<Attempt<'_>, u64> {
        let email = email.trim().to_lowercase();
        let network = network_of(ip);
        let pair = self.key(b"pair", &[email.as_bytes(), &network]);
        let address = self.key(b"address", &[&network]);
        let mut counters = self.counters.lock().unwrap_or_else(|e| e.into_inner());
        let known = counters
            .known
            .get(&pair)
            .is_some_and(|last| now.duration_since(*last) < KNOWN_FOR);
        // From a known address the account's budget is that pair's own.
        let account = if known {
            self.key(b"known", &[email.as_bytes(), &network])
        } else {
            self.key(b"account", &[email.as_bytes()])
        };
        counters.since_sweep += 1;
        if counters.since_sweep >= SWEEP_EVERY || counters.attempts.len() + 2 > MAX_KEYS {
            counters.sweep(now);
        }
        if counters.attempts.len() + 2 > MAX_KEYS {
            return Err(FULL_WAIT);
        }
        let wait = [(account, PER_ACCOUNT), (address, PER_ADDRESS)]
            .into_iter()
            .filter_map(|(key, limit)| {
                let list = counters.attempts.get_mut(&key)?;
                prune(list, now);
                wait_for(list, limit, now)
            })
            .max();
        if let Some(wait) = wait {
            return Err(wait);
        }
        let mark = Mark {
            at: now,
            pending: true,
        };
        for key in [account, address] {
            counters.attempts.entry(key).or_default().push_back(mark);
        }
        Ok(Attempt {
            limiter: self,
            account,
            address,
            pair,
            at: now,
            succeeded: false,
        })
    }

    /// Settles a pending attempt: a failure stays counted, a success is forgiven.
    fn settle(&self, attempt: &Attempt<'_>, now: Instant) {
        let mut counters = self.counters.lock().unwrap_or_else(|e| e.into_inner());
        let pending = Mark {
            at: attempt.at,
            pending: true,
        };
        if attempt.succeeded {
            // The account's failures are forgiven, this attempt no longer counts against
            // the address, and the address becomes known for the account.
            counters.attempts.remove(&attempt.account);
            if let Some(list) = counters.attempts.get_mut(&attempt.address) {
                if let Some(i) = list.iter().position(|m| *m == pending) {
                    list.remove(i);
                }
            }
            if counters.known.len() >= MAX_KEYS {
                counters.sweep(now);
            }
            if counters.known.len() < MAX_KEYS || counters.known.contains_key(&attempt.pair) {
                counters.known.insert(attempt.pair, attempt.at);
            }
        } else {
            for key in [attempt.account, attempt.address] {
                if let Some(mark) = counters
                    .attempts
                    .get_mut(&key)
                    .and_then(|list| list.iter_mut().find(|m| **m == pending))
                {
                    mark.pending = false;
                }
            }
        }
    }

    /// Keys held now (attempt lists, known addresses): what the memory bound is about.
    pub fn len(&self) -> (usize, usize) {
        let counters = self.counters.lock().unwrap_or_else(|e| e.into_inner());
        (counters.attempts.len(), counters.known.len())
    }
}

impl Attempt<'_> {
    /// The password was right.
    pub fn succeeded(mut self) {
        self.succeeded = true;
    }
}

impl Drop for Attempt<'_> {
    fn drop(&mut self) {
        self.limiter.settle(self, Instant::now());
    }
}

impl Counters {
    /// Drops expired attempts, the keys they leave empty, and addresses no longer known.
    fn sweep(&mut self, now: Instant) {
        self.since_sweep = 0;
        self.attempts.retain(|_, list| {
            prune(list, now);
            !list.is_empty()
        });
        self.known
            .retain(|_, last| now.duration_since(*last) < KNOWN_FOR);
    }
}

#[cfg(test)]
mod tests {
    use std::net::{Ipv4Addr, Ipv6Addr};

    use super::*;

    fn ip(text: &str) -> Option<IpAddr> {
        Some(text.parse().unwrap())
    }

    #[test]
    fn blocks_an_account_after_five_failures_until_the_window_slides() {
        let limiter = LoginLimiter::default();
        let t0 = Instant::now();
        for i in 0..PER_ACCOUNT {
            assert!(
                limiter.reserve("A@x.example", ip("1.2.3.4"), t0).is_ok(),
                "attempt {i}"
            );
        }
        let wait = limiter
            .reserve("a@X.example ", ip("5.6.7.8"), t0)
            .err()
            .unwrap();
        assert!(wait > 800 && wait <= 900, "{wait}");
        assert!(
            limiter.reserve("b@x.example", ip("5.6.7.8"), t0).is_ok(),
            "other accounts"
        );
        assert!(limiter
            .reserve("a@x.example", ip("5.6.7.8"), t0 + WINDOW)
            .is_ok());
    }

    #[test]
    fn blocks_an_address_trying_many_accounts_and_counts_ipv6_by_its_64() {
        let limiter = LoginLimiter::default();
        let t0 = Instant::now();
        for i in 0..PER_ADDRESS {
            // Each guess from another address of the same /64.
            let from = Ipv6Addr::new(0x2001, 0xdb8, 1, 2, 0, 0, 0, i as u16);
            let _ = limiter.reserve(&format!("user{i}@x.example"), Some(from.into()), t0);
        }
        assert!(limiter
            .reserve("new@x.example", ip("2001:db8:1:2:ffff::1"), t0)
            .is_err());
        assert!(limiter
            .reserve("new@x.example", ip("2001:db8:1:3::1"), t0)
            .is_ok());
        // An IPv4 client seen through IPv6 (`::ffff:a.b.c.d`) is the same client.
        for i in 0..PER_ADDRESS {
            let _ = limiter.reserve(&format!("v4-{i}@x.example"), ip("9.9.9.9"), t0);
        }
        let mapped = Ipv4Addr::new(9, 9, 9, 9).to_ipv6_mapped();
        assert!(limiter
            .reserve("new@x.example", Some(mapped.into()), t0)
            .is_err());
    }

    #[test]
    fn a_success_forgives_the_account_and_does_not_use_the_address_budget() {
        let limiter = LoginLimiter::default();
        let t0 = Instant::now();
        for _ in 0..PER_ADDRESS * 2 {
            limiter
                .reserve("a@x.example", ip("1.2.3.4"), t0)
                .unwrap()
                .succeeded();
        }
        assert!(limiter.reserve("b@x.example", ip("1.2.3.4"), t0).is_ok());
    }

    #[test]
    fn the_owner_at_a_known_address_is_not_locked_out_by_failures_elsewhere() {
        let limiter = LoginLimiter::default();
        let t0 = Instant::now();
        limiter
            .reserve("a@x.example", ip("1.2.3.4"), t0)
            .unwrap()
            .succeeded();
        for i in 0..PER_ACCOUNT {
            let _ = limiter.reserve("a@x.example", ip(&format!("6.6.6.{i}")), t0);
        }
        assert!(
            limiter.reserve("a@x.example", ip("7.7.7.7"), t0).is_err(),
            "locked for everyone else"
        );
        assert!(
            limiter.reserve("a@x.example", ip("1.2.3.4"), t0).is_ok(),
            "the owner's own address still has its budget"
        );
        // That budget is limited too.
        for _ in 1..PER_ACCOUNT {
            let _ = limiter.reserve("a@x.example", ip("1.2.3.4"), t0);
        }
        assert!(limiter.reserve("a@x.example", ip("1.2.3.4"), t0).is_err());
        // And it lasts only so long.
        let later = t0 + KNOWN_FOR;
        for i in 0..PER_ACCOUNT {
            let _ = limiter.reserve("a@x.example", ip(&format!("6.6.6.{i}")), later);
        }
        assert!(
            limiter
                .reserve("a@x.example", ip("1.2.3.4"), later)
                .is_err(),
            "no longer known"
        );
    }

    #[test]
    fn parallel_guesses_reserve_at_most_the_limit() {
        let limiter = std::sync::Arc::new(LoginLimiter::default());
        let t0 = Instant::now();
        let granted: usize = (0..32)
            .map(|i| {
                let limiter = limiter.clone();
                std::thread::spawn(move || {
                    let from = ip(&format!("10.0.0.{i}"));
                    limiter.reserve("a@x.example", from, t0).is_ok() as usize
                })
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|t| t.join().unwrap())
            .sum();
        assert_eq!(granted, PER_ACCOUNT);
    }

    #[test]
    fn keys_expire_and_the_map_stays_bounded() {
        let limiter = LoginLimiter::default();
        let t0 = Instant::now();
        let huge = "x".repeat(100_000);
        for i in 0..1000 {
            let from = ip(&format!("10.0.{}.{}", i / 256, i % 256));
            assert!(limiter
                .reserve(&format!("{huge}{i}@x.example"), from, t0)
                .is_ok());
        }
        assert_eq!(
            limiter.len().0,
            2000,
            "one key per account, one per address, whatever the e-mail's length"
        );
        // After the window, the next sweep drops them all.
        limiter.counters.lock().unwrap().sweep(t0 + WINDOW);
        assert_eq!(limiter.len(), (0, 0));
    }

    #[test]
    fn a_full_map_makes_sign_ins_wait_instead_of_forgetting() {
        let limiter = LoginLimiter::default();
        let t0 = Instant::now();
        {
            let mut counters = limiter.counters.lock().unwrap();
            for i in 0..MAX_KEYS as u64 {
                let mut key = [0u8; 16];
                key[..8].copy_from_slice(&i.to_le_bytes());
                counters.attempts.insert(
                    key,
                    VecDeque::from([Mark {
                        at: t0,
                        pending: false,
                    }]),
                );
            }
        }
        assert_eq!(
            limiter.reserve("a@x.example", ip("1.2.3.4"), t0).err(),
            Some(FULL_WAIT)
        );
        // Once those attempts expire, there is room again.
        assert!(limiter
            .reserve("a@x.example", ip("1.2.3.4"), t0 + WINDOW)
            .is_ok());
    }
}
