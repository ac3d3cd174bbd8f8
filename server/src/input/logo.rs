//! Uploaded logos are decoded, not trusted: the first bytes only say which decoder to try.
//! A file that does not decode, that is cut short, or that declares more than
//! [`MAX_LOGO_SIDE`] pixels a side (a 1 MB PNG can claim 60,000 × 60,000 and exhaust a
//! visitor's browser), is refused. One that decodes is drawn again at most
//! [`STORED_SIDE`] pixels a side (a logo is shown at 96 px at most, 192 on a dense
//! screen) and encoded so that what is stored is never larger than what was sent: a
//! 943 KB lossy WebP of noise was stored as 10.4 MB. Re-encoding also drops the
//! metadata (camera, GPS position).

use std::io::Cursor;

use image::{codecs, imageops::FilterType, DynamicImage, ImageFormat, ImageReader, Limits};

pub const MAX_LOGO_SIDE: u32 = 2048;
/// The largest side of a stored logo.
pub const STORED_SIDE: u32 = 512;
/// A stored logo may take this much even when the upload was smaller (a 300-byte icon
/// drawn again is not always smaller than 300 bytes).
const SMALL_LOGO_BYTES: usize = 16 * 1024;
/// Memory a decoder may use: a 2048 × 2048 RGBA image is 16 MB.
const MAX_DECODE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, PartialEq, Eq)]
pub enum LogoError {
    /// Not PNG, JPEG or WebP by its bytes.
    Unsupported,
    /// Starts like an image but does not decode, or ends before its end.
    Unreadable,
    TooLarge {
        width: u32,
        height: u32,
    },
}

fn reader(bytes: &[u8], format: ImageFormat) -> ImageReader<Cursor<&[u8]>> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_LOGO_SIDE);
    limits.max_image_height = Some(MAX_LOGO_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    reader
}

/// Whether a JPEG ends with its end-of-image marker after its last scan. Its decoder
/// fills a file cut short with grey rather than failing (PNG and WebP decoders fail).
fn jpeg_is_whole(bytes: &[u8]) -> bool {
    let last_scan = bytes.windows(2).rposition(|w| w == [0xFF, 0xDA]);
    let end = bytes.windows(2).rposition(|w| w == [0xFF, 0xD9]);
    matches!((last_scan, end), (Some(scan), Some(end)) if end > scan)
}

fn encode(image: &DynamicImage, format: ImageFormat) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let written = match format {
        ImageFormat::Jpeg => image
            .to_rgb8()
            .write_with_encoder(codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)),
        ImageFormat::WebP => image
            .to_rgba8()
            .write_with_encoder(codecs::webp::WebPEncoder::new_lossless(&mut out)),
        _ => image.write_with_encoder(codecs::png::PngEncoder::new_with_quality(
            &mut out,
            codecs::png::CompressionType::Best,
            codecs::png::FilterType::Adaptive,
        )),
    };
    written.ok().map(|()| out)
}

fn is_opaque(image: &DynamicImage) -> bool {
    !image.color().has_alpha() || image.to_rgba8().pixels().all(|p| p[3] == u8::MAX)
}

/// The logo decoded and drawn again within [`STORED_SIDE`], in its own format when that
/// fits the upload's size, else as JPEG (opaque logos), else smaller (the store reads the
/// type from the new bytes, as from any other).
pub fn reencode_logo(bytes: &[u8]) -> Result<Vec<u8>, LogoError> {
    let format = match image::guess_format(bytes) {
        Ok(f @ (ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP)) => f,
        _ => return Err(LogoError::Unsupported),
    };
    // The header first: the declared size is refused before any pixel is allocated.
    let (width, height) = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|_| LogoError::Unreadable)?;
    if width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE {
        return Err(LogoError::TooLarge { width, height });
    }
    if format == ImageFormat::Jpeg && !jpeg_is_whole(bytes) {
        return Err(LogoError::Unreadable);
    }
    let image = reader(bytes, format)
        .decode()
        .map_err(|_| LogoError::Unreadable)?;
    let budget = bytes.len().max(SMALL_LOGO_BYTES);
    let opaque = is_opaque(&image);
    let mut side = STORED_SIDE;
    loop {
        let drawn = if image.width() > side || image.height() > side {
            image.resize(side, side, FilterType::Lanczos3)
        } else {
            image.clone()
        };
        let mut formats = vec![format];
        if opaque && format != ImageFormat::Jpeg {
            formats.push(ImageFormat::Jpeg);
        }
        for candidate in formats {
            match encode(&drawn, candidate) {
                Some(out) if out.len() <= budget => return Ok(out),
                Some(_) => {}
                None => return Err(LogoError::Unreadable),
            }
        }
        // Even a 64 px logo of noise is a few KB: below the budget.
        if side <= 64 {
            return Err(LogoError::Unreadable);
        }
        side /= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        image::RgbaImage::from_pixel(width, height, image::Rgba([10, 120, 200, 255]))
            .write_with_encoder(codecs::png::PngEncoder::new(&mut out))
            .unwrap();
        out
    }

    /// A valid PNG header whose IHDR claims `width` × `height` (CRC fixed up).
    fn png_claiming(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = png(1, 1);
        bytes[16..20].copy_from_slice(&width.to_be_bytes());
        bytes[20..24].copy_from_slice(&height.to_be_bytes());
        let crc = crc32(&bytes[12..29]);
        bytes[29..33].copy_from_slice(&crc.to_be_bytes());
        bytes
    }

    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for byte in data {
            crc ^= u32::from(*byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    /// An opaque image of pseudo-random noise: the worst case for every encoder.
    fn noise(side: u32) -> image::RgbImage {
        let mut state = 0x2545_F491_u32;
        image::RgbImage::from_fn(side, side, |_, _| {
            let mut next = || {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                (state & 0xFF) as u8
            };
            image::Rgb([next(), next(), next()])
        })
    }

    #[test]
    fn large_logos_are_stored_within_512_px_and_never_larger_than_sent() {
        let mut jpeg = Vec::new();
        noise(2048)
            .write_with_encoder(codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 60))
            .unwrap();
        let mut png_bytes = Vec::new();
        noise(1024)
            .write_with_encoder(codecs::png::PngEncoder::new(&mut png_bytes))
            .unwrap();
        for (upload, format) in [(jpeg, ImageFormat::Jpeg), (png_bytes, ImageFormat::Png)] {
            let stored = reencode_logo(&upload).unwrap();
            assert!(
                stored.len() <= upload.len(),
                "{format:?}: {} → {}",
                upload.len(),
                stored.len()
            );
            let decoded = image::load_from_memory(&stored).unwrap();
            assert!(decoded.width() <= STORED_SIDE && decoded.height() <= STORED_SIDE);
        }
    }

    #[test]
    fn a_jpeg_cut_short_is_refused() {
        let mut jpeg = Vec::new();
        noise(256)
            .write_with_encoder(codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 80))
            .unwrap();
        assert!(reencode_logo(&jpeg).is_ok());
        let third = &jpeg[..jpeg.len() / 3];
        assert_eq!(reencode_logo(third), Err(LogoError::Unreadable));
        let mut png_bytes = Vec::new();
        noise(64)
            .write_with_encoder(codecs::png::PngEncoder::new(&mut png_bytes))
            .unwrap();
        let cut = &png_bytes[..png_bytes.len() / 2];
        assert_eq!(reencode_logo(cut), Err(LogoError::Unreadable));
        let mut webp = Vec::new();
        image::DynamicImage::ImageRgb8(noise(64))
            .to_rgba8()
            .write_with_encoder(codecs::webp::WebPEncoder::new_lossless(&mut webp))
            .unwrap();
        let cut = &webp[..webp.len() / 2];
        assert_eq!(reencode_logo(cut), Err(LogoError::Unreadable));
    }

    #[test]
    fn a_real_image_is_reencoded_in_its_format() {
        let bytes = reencode_logo(&png(64, 32)).unwrap();
        assert_eq!(image::guess_format(&bytes).unwrap(), ImageFormat::Png);
        let decoded = image::load_from_memory(&bytes).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (64, 32));
    }

    #[test]
    fn magic_bytes_alone_or_a_giant_claim_are_refused() {
        assert_eq!(
            reencode_logo(&[0xFF, 0xD8, 0xFF]),
            Err(LogoError::Unreadable)
        );
        assert_eq!(
            reencode_logo(b"\x89PNG\r\n\x1a\n"),
            Err(LogoError::Unreadable)
        );
        assert_eq!(reencode_logo(b"<svg/>"), Err(LogoError::Unsupported));
        assert_eq!(
            reencode_logo(&png_claiming(60_000, 60_000)),
            Err(LogoError::TooLarge {
                width: 60_000,
                height: 60_000
            })
        );
        assert_eq!(
            reencode_logo(&png_claiming(2049, 10)),
            Err(LogoError::TooLarge {
                width: 2049,
                height: 10
            })
        );
    }
}
