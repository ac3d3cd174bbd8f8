//! How often one address and one e-mail may ask for registrations (GCRA, by `governor`):
//! enough for a family registering together, not for a script filling an event.

use std::{net::IpAddr, num::NonZeroU32, time::Duration};

use governor::{
    clock::{Clock, DefaultClock},
    DefaultKeyedRateLimiter, Quota, RateLimiter,
};

/// Keys kept at most per limiter before the idle ones are swept.
const MAX_KEYS: usize = 100_000;

pub struct RegistrationLimits {
    per_address: DefaultKeyedRateLimiter<[u8; 32]>,
    per_email: DefaultKeyedRateLimiter<[u8; 32]>,
    /// Keys are hashed with this process's own secret: no e-mail or address is held as is.
    secret: [u8; 32],
}

fn quota(burst: u32, every: Duration) -> Quota {
    Quota::with_period(every)
        .expect("a period")
        .allow_burst(NonZeroU32::new(burst.max(1)).expect("not zero"))
}

impl Default for RegistrationLimits {
    /// 10 requests at once per address, then one every 2 minutes; 5 per e-mail, then one
    /// every 10 minutes.
    fn default() -> Self {
        RegistrationLimits::new(10, Duration::from_secs(120), 5, Duration::from_secs(600))
    }
}

/// An address's network: IPv6 clients are counted by /64, as one host usually owns one.
fn network_of(ip: IpAddr) -> Vec<u8> {
    match ip {
        IpAddr::V4(v4) => v4.octets().to_vec(),
        IpAddr::V6(v6) => v6.octets()[..8].to_vec(),
    }
}

impl RegistrationLimits {
    pub fn new(
        address_burst: u32,
        address_every: Duration,
        email_burst: u32,
        email_every: Duration,
    ) -> RegistrationLimits {
        let mut secret = [0; 32];
        rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut secret);
        RegistrationLimits {
            per_address: RateLimiter::keyed(quota(address_burst, address_every)),
            per_email: RateLimiter::keyed(quota(email_burst, email_every)),
            secret,
        }
    }

    fn key(&self, kind: &[u8], value: &[u8]) -> [u8; 32] {
        use sha2::{Digest, Sha256};
        Sha256::new()
            .chain_update(self.secret)
            .chain_update(kind)
            .chain_update(value)
            .finalize()
            .into()
    }

    /// Counts a request from `client` for `email`, or says how many seconds to wait.
    pub fn check(&self, client: Option<IpAddr>, email: &str) -> Result<(), u64> {
        let clock = DefaultClock::default();
        let wait = |not_until: governor::NotUntil<_>| {
            not_until.wait_time_from(clock.now()).as_secs().max(1)
        };
        if self.per_address.len() > MAX_KEYS {
            self.per_address.retain_recent();
        }
        if self.per_email.len() > MAX_KEYS {
            self.per_email.retain_recent();
        }
        if let Some(ip) = client {
            let key = self.key(b"address", &network_of(ip));
            self.per_address.check_key(&key).map_err(wait)?;
        }
        let key = self.key(b"email", email.trim().to_lowercase().as_bytes());
        self.per_email.check_key(&key).map_err(wait)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_and_an_email_each_have_their_budget() {
        let limits =
            RegistrationLimits::new(2, Duration::from_secs(3600), 2, Duration::from_secs(3600));
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        assert!(limits.check(Some(ip), "a@example.org").is_ok());
        assert!(limits.check(Some(ip), "b@example.org").is_ok());
        assert!(limits.check(Some(ip), "c@example.org").unwrap_err() >= 1);
        let other: IpAddr = "2001:db8::1".parse().unwrap();
        let same_host: IpAddr = "2001:db8::2".parse().unwrap();
        assert!(limits.check(Some(other), "A@example.org ").is_ok());
        assert!(
            limits.check(Some(same_host), "a@example.org").is_err(),
            "the e-mail's third"
        );
    }
}
