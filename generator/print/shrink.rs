//! Making a smaller copy of a drawn page: each new pixel is the average of
//! the part of the larger image it covers (an area average, the "box"
//! filter), in whole numbers so that the same pixels always give the same
//! bytes on every machine.
//!
//! Why: a page drawn once at the preview's size and averaged down to the
//! thumbnail looks the same as the page drawn again at the thumbnail's size
//! (both average the page's shapes over each pixel), but averaging is a
//! small fraction of the cost of drawing (benches/RESULTS.md, twelfth
//! session). A general resampling filter (`image`'s Lanczos or Catmull-Rom)
//! was far slower: it took a quarter of a pilot build in an earlier profile.

/// An opaque RGB image, three bytes a pixel, row after row.
pub(super) struct Rgb {
    /// Width in pixels.
    pub(super) width: u32,
    /// Height in pixels.
    pub(super) height: u32,
    /// `3 × width × height` bytes.
    pub(super) data: Vec<u8>,
}

/// `image` averaged down to `width × height` pixels (each no larger than the
/// image's own): output pixel `x` covers the source span from
/// `x × source width / width` to `(x + 1) × source width / width`, and takes
/// each source pixel's colour by the share of that span it covers.
pub(super) fn shrink(image: &Rgb, width: u32, height: u32) -> Rgb {
    assert!(width >= 1 && height >= 1, "an image has at least one pixel");
    assert!(
        width <= image.width && height <= image.height,
        "shrink only makes images smaller"
    );
    let columns = spans(image.width, width);
    let rows = spans(image.height, height);
    // Horizontal pass: sums of `value × weight`, out of `image.width` per
    // pixel (the weights of one output pixel add up to the source width).
    let row_len = 3 * width as usize;
    let mut narrow = vec![0u32; row_len * image.height as usize];
    for (src, dst) in image
        .data
        .chunks_exact(3 * image.width as usize)
        .zip(narrow.chunks_exact_mut(row_len))
    {
        for (span, out) in columns.iter().zip(dst.chunks_exact_mut(3)) {
            for (i, &w) in span.weights.iter().enumerate() {
                let at = 3 * (span.first + i);
                for c in 0..3 {
                    out[c] += u32::from(src[at + c]) * w;
                }
            }
        }
    }
    // Vertical pass, then divide by both sums of weights, rounding.
    let total = u64::from(image.width) * u64::from(image.height);
    let mut data = vec![0u8; row_len * height as usize];
    let mut sums = vec![0u64; row_len];
    for (span, out) in rows.iter().zip(data.chunks_exact_mut(row_len)) {
        sums.fill(0);
        for (i, &w) in span.weights.iter().enumerate() {
            let row = &narrow[(span.first + i) * row_len..][..row_len];
            for (sum, &v) in sums.iter_mut().zip(row) {
                *sum += u64::from(v) * u64::from(w);
            }
        }
        for (o, &sum) in out.iter_mut().zip(&sums) {
            *o = ((sum + total / 2) / total) as u8;
        }
    }
    Rgb {
        width,
        height,
        data,
    }
}

/// The source pixels one output pixel covers: from `first`, with their
/// weights (the length each covers, in units of 1 / (source × output)
/// pixels, so that every weight is a whole number).
struct Span {
    first: usize,
    weights: Vec<u32>,
}

/// For each of `to` output pixels along a line of `from` source pixels, the
/// span it covers. Source pixel `i` runs from `i × to` to `(i + 1) × to`,
/// output pixel `x` from `x × from` to `(x + 1) × from`; the weights of one
/// output pixel add up to `from`.
fn spans(from: u32, to: u32) -> Vec<Span> {
    let (from, to) = (u64::from(from), u64::from(to));
    (0..to)
        .map(|x| {
            let (start, end) = (x * from, (x + 1) * from);
            let first = start / to;
            let last = (end - 1) / to;
            let weights = (first..=last)
                .map(|i| {
                    let overlap = end.min((i + 1) * to) - start.max(i * to);
                    overlap as u32
                })
                .collect();
            Span {
                first: first as usize,
                weights,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{shrink, spans, Rgb};

    fn grey(width: u32, height: u32, values: &[u8]) -> Rgb {
        let data = values.iter().flat_map(|&v| [v, v, v]).collect();
        Rgb {
            width,
            height,
            data,
        }
    }

    #[test]
    fn weights_of_each_output_pixel_add_up_to_the_source_length() {
        for (from, to) in [(800, 320), (1080, 540), (1080, 320), (1131, 453), (7, 7)] {
            let spans = spans(from, to);
            assert_eq!(spans.len(), to as usize);
            for s in &spans {
                assert_eq!(s.weights.iter().sum::<u32>(), from, "{from} → {to}");
                assert!(s.weights.iter().all(|&w| w > 0));
            }
            let last = spans.last().unwrap();
            assert_eq!(last.first + last.weights.len(), from as usize);
        }
    }

    #[test]
    fn halving_averages_each_square_of_four() {
        let image = grey(4, 2, &[0, 255, 10, 20, 255, 0, 30, 40]);
        let half = shrink(&image, 2, 1);
        // (0 + 255 + 255 + 0) / 4 = 127.5 rounds up; (10 + 20 + 30 + 40) / 4.
        assert_eq!(half.data, [128, 128, 128, 25, 25, 25]);
    }

    #[test]
    fn a_fractional_ratio_shares_the_middle_pixel() {
        // Five pixels into two: each output takes two and a half.
        let image = grey(5, 1, &[0, 0, 100, 200, 200]);
        let out = shrink(&image, 2, 1);
        // (0 + 0 + 50) / 2.5 = 20; (50 + 200 + 200) / 2.5 = 180.
        assert_eq!(out.data, [20, 20, 20, 180, 180, 180]);
    }

    #[test]
    fn the_same_size_is_the_same_image_and_flat_stays_flat() {
        let image = grey(3, 2, &[1, 2, 3, 4, 5, 6]);
        assert_eq!(shrink(&image, 3, 2).data, image.data);
        let flat = grey(9, 9, &[77; 81]);
        assert!(shrink(&flat, 4, 5).data.iter().all(|&v| v == 77));
    }
}
