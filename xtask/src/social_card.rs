//! The campus card: the picture link previews show for a page that names none (a start-up
//! names its logo), drawn at build time from the portal's logo (`public/logo.svg`) on the
//! theme colour, at the size Open Graph and Twitter cards expect.

use std::path::Path;

use anyhow::{anyhow, Context, Result};
use model::routes::{SOCIAL_CARD, SOCIAL_CARD_SIZE};
use resvg::{tiny_skia, usvg};

use crate::process::workspace_root;

/// The theme colour (`index.html`'s `theme-color`), behind the logo.
const BACKGROUND: (u8, u8, u8) = (0x06, 0x3f, 0x50);
/// The logo's side on the card, in pixels.
const LOGO_SIDE: f32 = 300.0;

/// The card as PNG bytes.
pub fn draw(logo_svg: &str) -> Result<Vec<u8>> {
    let (width, height) = SOCIAL_CARD_SIZE;
    let logo = usvg::Tree::from_str(logo_svg, &usvg::Options::default())
        .context("reading the logo's SVG")?;
    let mut card = tiny_skia::Pixmap::new(width, height).ok_or(anyhow!("an empty card"))?;
    let (r, g, b) = BACKGROUND;
    card.fill(tiny_skia::Color::from_rgba8(r, g, b, 255));
    let size = logo.size();
    let scale = LOGO_SIDE / size.width().max(size.height());
    let transform = tiny_skia::Transform::from_scale(scale, scale).post_translate(
        (width as f32 - size.width() * scale) / 2.0,
        (height as f32 - size.height() * scale) / 2.0,
    );
    resvg::render(&logo, transform, &mut card.as_mut());
    card.encode_png().context("encoding the card as PNG")
}

/// Writes the card into `dist`, where the pages' `og:image` names it.
pub fn write(dist: &Path) -> Result<()> {
    let logo = workspace_root().join("public/logo.svg");
    let svg =
        std::fs::read_to_string(&logo).with_context(|| format!("reading {}", logo.display()))?;
    let target = dist.join(SOCIAL_CARD);
    std::fs::write(&target, draw(&svg)?).with_context(|| format!("writing {}", target.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_card_is_a_png_of_the_expected_size_with_the_logo_in_its_middle() {
        let svg = std::fs::read_to_string(workspace_root().join("public/logo.svg")).unwrap();
        let png = draw(&svg).unwrap();
        let card = tiny_skia::Pixmap::decode_png(&png).unwrap();
        assert_eq!((card.width(), card.height()), SOCIAL_CARD_SIZE);
        let at = |x: u32, y: u32| card.pixel(x, y).unwrap();
        let (r, g, b) = BACKGROUND;
        let corner = at(5, 5);
        assert_eq!((corner.red(), corner.green(), corner.blue()), (r, g, b));
        // The logo's white cross crosses the middle.
        let middle = at(SOCIAL_CARD_SIZE.0 / 2, SOCIAL_CARD_SIZE.1 / 2);
        assert_eq!(
            (middle.red(), middle.green(), middle.blue()),
            (255, 255, 255)
        );
    }
}
