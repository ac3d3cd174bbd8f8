//! A pitch deck is a PDF because it parses as one, with its pages, not because of its name
//! or the type the browser announced.

use model::calls::DECK_MAX_BYTES;

#[derive(Debug, PartialEq, Eq)]
pub enum DeckError {
    TooLarge,
    /// Not a whole PDF document with at least one page.
    NotPdf,
}

/// The number of pages of `bytes`, if it is a whole PDF document of at most
/// [`DECK_MAX_BYTES`].
pub fn check_deck(bytes: &[u8]) -> Result<u32, DeckError> {
    if bytes.len() > DECK_MAX_BYTES {
        return Err(DeckError::TooLarge);
    }
    // A whole file starts with its header and ends with its end-of-file marker (a
    // truncated upload has none, whatever a lenient reader could still recover).
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    if !bytes.starts_with(b"%PDF-") || !tail.windows(5).any(|w| w == b"%%EOF") {
        return Err(DeckError::NotPdf);
    }
    let document = lopdf::Document::load_mem(bytes).map_err(|_| DeckError::NotPdf)?;
    match u32::try_from(document.get_pages().len()) {
        Ok(pages) if pages > 0 => Ok(pages),
        _ => Err(DeckError::NotPdf),
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use lopdf::{dictionary, Document, Object, Stream};

    /// A PDF of `pages` pages, as a deck is.
    pub fn pdf(pages: usize) -> Vec<u8> {
        let mut doc = Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let kids: Vec<Object> = (0..pages)
            .map(|_| {
                let content = doc.add_object(Stream::new(dictionary! {}, b"BT ET".to_vec()));
                doc.add_object(dictionary! {
                    "Type" => "Page",
                    "Parent" => pages_id,
                    "MediaBox" => vec![0.into(), 0.into(), 842.into(), 595.into()],
                    "Contents" => content,
                })
                .into()
            })
            .collect();
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages",
                "Kids" => kids,
                "Count" => pages as i64,
            }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        bytes
    }

    #[test]
    fn a_deck_is_a_whole_pdf_with_pages() {
        assert_eq!(check_deck(&pdf(3)), Ok(3));
        let whole = pdf(2);
        assert_eq!(
            check_deck(&whole[..whole.len() / 2]),
            Err(DeckError::NotPdf)
        );
        // A PNG named deck.pdf.
        let png =
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
        assert_eq!(check_deck(png), Err(DeckError::NotPdf));
        // A header and an end marker around nothing.
        assert_eq!(check_deck(b"%PDF-1.7\n%%EOF\n"), Err(DeckError::NotPdf));
        assert_eq!(check_deck(&pdf(0)), Err(DeckError::NotPdf));
        let mut huge = pdf(1);
        huge.resize(DECK_MAX_BYTES + 1, b' ');
        assert_eq!(check_deck(&huge), Err(DeckError::TooLarge));
    }
}
