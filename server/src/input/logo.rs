//! Uploaded logos are decoded, not trusted: the first bytes only say which decoder to try.
//! A file that does not decode, or that declares more than [`MAX_LOGO_SIDE`] pixels a side
//! (a 1 MB PNG can claim 60,000 × 60,000 and exhaust a visitor's browser), is refused; one
//! that decodes is re-encoded, which also drops its metadata (camera, GPS position).

use std::io::Cursor;

use image::{codecs, ImageFormat, ImageReader, Limits};

pub const MAX_LOGO_SIDE: u32 = 2048;
/// Memory a decoder may use: a 2048 × 2048 RGBA image is 16 MB.
const MAX_DECODE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, PartialEq, Eq)]
pub enum LogoError {
    /// Not PNG, JPEG or WebP by its bytes.
    Unsupported,
    /// Starts like an image but does not decode.
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

/// The logo decoded and encoded again in its own format (the store reads the type from
/// the new bytes, as from any other).
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
    let image = reader(bytes, format)
        .decode()
        .map_err(|_| LogoError::Unreadable)?;
    let mut out = Vec::new();
    let written = match format {
        ImageFormat::Jpeg => image
            .to_rgb8()
            .write_with_encoder(codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)),
        ImageFormat::WebP => image
            .to_rgba8()
            .write_with_encoder(codecs::webp::WebPEncoder::new_lossless(&mut out)),
        _ => image.write_with_encoder(codecs::png::PngEncoder::new(&mut out)),
    };
    written.map_err(|_| LogoError::Unreadable)?;
    Ok(out)
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
