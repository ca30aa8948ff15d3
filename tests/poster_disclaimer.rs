//! The EU disclaimer on the posters (review 15-revd C4: the flyer's back
//! and the booklet carried it, the posters did not): at their foot, at
//! 8 pt on the A4 and 11.3 pt on the A3, clear of everything else, in every
//! locale of tests/fixtures/print (en, de and Arabic, whose texts are the
//! fixture's own), office and print-shop files alike.

mod common;

use common::*;

/// Points in a millimetre.
const MM: f64 = 72.0 / 25.4;

/// The fixture's `funding-disclaimer` in `lang`.
fn disclaimer(lang: &str) -> String {
    let ftl = fixture("print").join(format!("locales/{lang}/campaign.ftl"));
    std::fs::read_to_string(ftl)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("funding-disclaimer = "))
        .expect("the fixture's disclaimer")
        .to_string()
}

/// The words of the page's run that reads `text`, if one does.
fn run_of<'w>(words: &'w [Word], text: &str) -> Option<&'w [Word]> {
    let wanted: Vec<&str> = text.split_whitespace().collect();
    (0..words.len()).find_map(|i| {
        let run = words.get(i..i + wanted.len())?;
        run.iter()
            .zip(&wanted)
            .all(|(w, t)| w.text == *t)
            .then_some(run)
    })
}

#[test]
fn both_posters_carry_the_eu_disclaimer_at_their_foot_in_every_locale() {
    let tmp = tempdir();
    let campaign = tmp.path().join("print");
    copy_dir(&fixture("print"), &campaign);
    replace_first(
        &campaign.join("campaign.yaml"),
        "print:\n",
        "print:\n  assets: [poster-a3, poster-a4]\n",
    );
    let out = tmp.path().join("site");
    run(uncached_build_command("print", "site").current_dir(tmp.path())).assert_success();
    for (asset, min_pt) in [("poster-a4", 8.0), ("poster-a3", 11.3)] {
        for lang in ["en", "de"] {
            let text = disclaimer(lang);
            for file in [format!("{asset}.pdf"), format!("{asset}-print.pdf")] {
                let pdf = out.join("print").join(lang).join(&file);
                let page = &words(&pdf)[0];
                let run = run_of(&page.words, &text)
                    .unwrap_or_else(|| panic!("{lang} {file}: no disclaimer"));
                for w in run {
                    assert!(w.size() >= min_pt - 0.1, "{lang} {file}: {w:?}");
                }
                if file.ends_with("-print.pdf") {
                    continue; // Its slug's label lies under the trim.
                }
                // Under every other word of the page: its foot.
                let top = run.iter().map(|w| w.bbox[1]).fold(f64::MAX, f64::min);
                let others = page
                    .words
                    .iter()
                    .filter(|w| !run.iter().any(|r| r.bbox == w.bbox));
                for w in others {
                    assert!(
                        w.bbox[3] < top,
                        "{lang} {file}: {w:?} beside the disclaimer"
                    );
                }
                // Nothing overlaps, nothing leaves the page.
                assert_layout(&pdf, 6.0);
            }
        }
        // The Arabic poster: pdftotext reads Arabic back in presentation
        // forms, so the disclaimer is found by its place: the lowest line
        // is within 11 mm (scaled) of the foot, where the row of the QR code
        // ended 13 mm above it without one. The build's own layout checks
        // (overlaps, sizes) passed for it.
        let page = &words(&out.join("print/ar").join(format!("{asset}.pdf")))[0];
        let lowest = page.words.iter().map(|w| w.bbox[3]).fold(0.0, f64::max);
        let from_foot = (page.size.1 - lowest) / MM;
        assert!(
            from_foot < 11.0 * min_pt / 8.0,
            "ar {asset}: {from_foot:.1} mm"
        );
    }
}
