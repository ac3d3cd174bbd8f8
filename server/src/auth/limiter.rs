//! Sign-in rate limiting: failed attempts are counted per account and per client address
//! over a sliding window; past the limit, the answer is 429 with the wait in seconds.

use std::{
    collections::{HashMap, VecDeque},
    sync::Mutex,
    time::{Duration, Instant},
};

pub const WINDOW: Duration = Duration::from_secs(15 * 60);
pub const PER_ACCOUNT: usize = 5;
pub const PER_ADDRESS: usize = 20;

#[derive(Default)]
pub struct LoginLimiter {
    failures: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl LoginLimiter {
    fn keys(email: &str, ip: &str) -> [(String, usize); 2] {
        [
            (
                format!("account:{}", email.trim().to_lowercase()),
                PER_ACCOUNT,
            ),
            (format!("ip:{ip}"), PER_ADDRESS),
        ]
    }

    /// `Some(seconds)` to wait when the account or the address is over its limit.
    pub fn blocked(&self, email: &str, ip: &str, now: Instant) -> Option<u64> {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        Self::keys(email, ip)
            .into_iter()
            .filter_map(|(key, limit)| {
                let list = failures.get_mut(&key)?;
                while list
                    .front()
                    .is_some_and(|t| now.duration_since(*t) >= WINDOW)
                {
                    list.pop_front();
                }
                (list.len() >= limit).then(|| {
                    let oldest = *list.front().expect("over the limit, so not empty");
                    (WINDOW - now.duration_since(oldest)).as_secs().max(1)
                })
            })
            .max()
    }

    pub fn failed(&self, email: &str, ip: &str, now: Instant) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        for (key, _) in Self::keys(email, ip) {
            failures.entry(key).or_default().push_back(now);
        }
    }

    /// A successful sign-in clears the account's failures (not the address's).
    pub fn succeeded(&self, email: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        failures.remove(&format!("account:{}", email.trim().to_lowercase()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_an_account_after_five_failures_until_the_window_slides() {
        let limiter = LoginLimiter::default();
        let t0 = Instant::now();
        for i in 0..PER_ACCOUNT {
            assert_eq!(
                limiter.blocked("A@x.example", "1.2.3.4", t0),
                None,
                "attempt {i}"
            );
            limiter.failed("a@x.example", "1.2.3.4", t0);
        }
        let wait = limiter.blocked("a@X.example", "5.6.7.8", t0).unwrap();
        assert!(wait > 800 && wait <= 900, "{wait}");
        assert_eq!(
            limiter.blocked("b@x.example", "5.6.7.8", t0),
            None,
            "other accounts"
        );
        assert_eq!(limiter.blocked("a@x.example", "5.6.7.8", t0 + WINDOW), None);
    }

    #[test]
    fn blocks_an_address_trying_many_accounts() {
        let limiter = LoginLimiter::default();
        let t0 = Instant::now();
        for i in 0..PER_ADDRESS {
            limiter.failed(&format!("user{i}@x.example"), "9.9.9.9", t0);
        }
        assert!(limiter.blocked("new@x.example", "9.9.9.9", t0).is_some());
        assert!(limiter.blocked("new@x.example", "1.1.1.1", t0).is_none());
    }
}
