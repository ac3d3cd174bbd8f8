//! The campus team's second factor: TOTP (RFC 6238: SHA-1, six digits, 30-second steps,
//! as every authenticator app reads an `otpauth://` address) and single-use recovery codes.

use model::team::{RECOVERY_ALPHABET, RECOVERY_CODES, RECOVERY_CODE_CHARS, TOTP_DIGITS};
use qrcode::{render::svg, QrCode};
use rand_core::{OsRng, RngCore};
use totp_rs::{Algorithm, Builder, Secret, Totp};

use super::sha256_hex;

/// Who issues the codes, as the authenticator app lists them.
const ISSUER: &str = "PariSanté Campus";
/// One step either side is accepted: a phone's clock a little off, a code typed as it
/// changed.
const SKEW_STEPS: u16 = 1;

/// A new secret: 160 random bits (RFC 4226's recommended length), base32.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    OsRng.fill_bytes(&mut bytes);
    Secret::new_stack(bytes).to_base32()
}

fn totp(secret: &str, email: &str) -> Option<Totp> {
    let secret = Secret::try_from_base32(secret).ok()?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(TOTP_DIGITS as u8)
        .with_skew(SKEW_STEPS)
        .with_step_duration(30)
        .with_secret(secret)
        .with_issuer(Some(ISSUER))
        .with_account_name(email)
        .build()
        .ok()
}

/// The address an app scans, and its QR code as an SVG document.
pub fn enrolment(secret: &str, email: &str) -> Option<(String, String)> {
    let url = totp(secret, email)?.to_url().ok()?;
    let svg = QrCode::new(url.as_bytes())
        .ok()?
        .render::<svg::Color<'_>>()
        .min_dimensions(220, 220)
        .quiet_zone(true)
        .build();
    Some((url, svg))
}

/// The time step a code proves at `now`, if it is right and newer than `last_step`: a
/// code is never accepted twice, even within its 30 seconds (RFC 6238, 5.2).
pub fn accepted_step(secret: &str, code: &str, now: u64, last_step: u64) -> Option<u64> {
    let step = totp(secret, "")?.check(code, now)?;
    (step > last_step).then_some(step)
}

/// The code an app shows at `now` (tests and the demo's instructions).
pub fn code_at(secret: &str, now: u64) -> Option<String> {
    Some(totp(secret, "")?.generate(now).to_string())
}

/// Fresh recovery codes as shown to the person (`abcde-fghjk`), and the hashes kept of them.
pub fn recovery_codes() -> (Vec<String>, Vec<String>) {
    (0..RECOVERY_CODES)
        .map(|_| {
            let code: String = (0..RECOVERY_CODE_CHARS)
                .map(|_| {
                    // Rejection sampling keeps every character equally likely.
                    loop {
                        let byte = (OsRng.next_u32() & 0xff) as usize;
                        let n = RECOVERY_ALPHABET.len();
                        if byte < 256 - 256 % n {
                            break RECOVERY_ALPHABET[byte % n] as char;
                        }
                    }
                })
                .collect();
            let shown = format!("{}-{}", &code[..5], &code[5..]);
            (shown, recovery_hash(&code))
        })
        .unzip()
}

/// What is kept of a recovery code, from its normalised form (`model::team::normalise_code`).
pub fn recovery_hash(normalised: &str) -> String {
    sha256_hex(normalised)
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::team::normalise_code;

    #[test]
    fn a_code_is_accepted_in_its_window_and_only_once() {
        let secret = new_secret();
        let now = 1_800_000_000;
        let code = code_at(&secret, now).unwrap();
        assert_eq!(code.len(), 6);
        let step = accepted_step(&secret, &code, now, 0).expect("the current code");
        assert_eq!(step, now / 30);
        assert_eq!(
            accepted_step(&secret, &code, now + 30, 0),
            Some(step),
            "one step late"
        );
        assert_eq!(accepted_step(&secret, &code, now + 90, 0), None, "too late");
        assert_eq!(accepted_step(&secret, &code, now, step), None, "replayed");
        let other = new_secret();
        assert_eq!(
            accepted_step(&other, &code, now, 0),
            None,
            "another secret's"
        );
        assert_eq!(accepted_step("not base32!", &code, now, 0), None);
    }

    #[test]
    fn the_rfc_6238_sha1_vector_is_met() {
        // RFC 6238, appendix B: "12345678901234567890" at 59 s gives 94287082 (8 digits);
        // six digits are its last six.
        let secret = Secret::new(b"12345678901234567890".to_vec().into_boxed_slice()).to_base32();
        assert_eq!(code_at(&secret, 59).unwrap(), "287082");
        assert_eq!(code_at(&secret, 1_111_111_109).unwrap(), "081804");
    }

    #[test]
    fn enrolment_gives_an_app_address_and_a_qr_code() {
        let secret = new_secret();
        let (url, svg) = enrolment(&secret, "equipe@example.org").unwrap();
        assert!(url.starts_with("otpauth://totp/"), "{url}");
        assert!(url.contains(&format!("secret={secret}")), "{url}");
        assert!(url.contains("issuer=PariSant"), "{url}");
        assert!(svg.contains("<svg") && svg.contains("</svg>"));
    }

    #[test]
    fn recovery_codes_are_distinct_readable_and_hashed() {
        let (shown, hashes) = recovery_codes();
        assert_eq!(shown.len(), RECOVERY_CODES);
        let unique: std::collections::HashSet<_> = shown.iter().collect();
        assert_eq!(unique.len(), RECOVERY_CODES);
        for (code, hash) in shown.iter().zip(&hashes) {
            let typed = normalise_code(&code.to_uppercase()).expect("readable back");
            assert_eq!(&recovery_hash(&typed), hash);
        }
    }
}
