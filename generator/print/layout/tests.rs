//! Unit tests of the layout checks, with runs of text placed by hand.

use super::*;

pub(super) fn run(text: &str, x: f64, baseline: f64, size: f64) -> PlacedText {
    PlacedText {
        page: 1,
        text: text.into(),
        x: (x, x + text.len() as f64 * size * 0.5),
        baseline,
        size,
        // Noto Sans's tallest Latin letters and its descenders.
        ink: (baseline - 0.77 * size, baseline + 0.25 * size),
    }
}

pub(super) const PAGE: &[(f64, f64)] = &[(1080.0, 1080.0)];

#[test]
fn lines_set_apart_pass_and_colliding_lines_are_named() {
    let apart = [
        run("Call 1522", 100.0, 400.0, 40.0),
        run("free", 100.0, 450.0, 40.0),
    ];
    assert!(text_problems(&apart, PAGE, Rules::default()).is_empty());
    // The same line side by side, as runs of one paragraph are.
    let side = [
        run("Call", 100.0, 400.0, 40.0),
        run("1522", 180.0, 400.0, 40.0),
    ];
    assert!(text_problems(&side, PAGE, Rules::default()).is_empty());
    let hit = [
        run("Call 1522", 100.0, 400.0, 40.0),
        run("free", 120.0, 415.0, 40.0),
    ];
    assert_eq!(
        text_problems(&hit, PAGE, Rules::default()),
        ["`Call 1522` and `free` overlap"]
    );
}

#[test]
fn the_sweep_finds_every_overlapping_pair_in_order() {
    // Runs scattered over two pages (a fixed pseudo-random walk), many
    // of them overlapping: the same pairs as comparing every two.
    let mut seed = 7u64;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) % n) as f64
    };
    let runs: Vec<PlacedText> = (0..300)
        .map(|i| PlacedText {
            page: 1 + i % 2,
            ..run("word", next(900), 20.0 + next(1000), 6.0 + next(30))
        })
        .collect();
    let refs: Vec<&PlacedText> = runs.iter().collect();
    let mut every = Vec::new();
    for i in 0..refs.len() {
        for j in i + 1..refs.len() {
            if refs[i].page == refs[j].page && overlap(refs[i], refs[j]) {
                every.push((i, j));
            }
        }
    }
    assert!(every.len() > 50);
    assert_eq!(overlapping_pairs(&refs), every);
}

#[test]
fn small_text_text_off_the_page_and_text_in_the_free_zones_are_problems() {
    let texts = [
        run("tiny", 100.0, 500.0, 5.0),
        run("off the edge", 1000.0, 500.0, 40.0),
        run("top", 100.0, 260.0, 40.0),
        run("middle", 100.0, 600.0, 40.0),
    ];
    let rules = Rules {
        free_zone: 250.0,
        ..Rules::default()
    };
    let problems = text_problems(&texts, PAGE, rules);
    assert_eq!(
        problems,
        [
            "`tiny` is set at 5.0 pt, under 6 pt",
            "`off the edge` runs off the page",
            "`top` lies in the top or bottom 250 px that the platforms cover (its letters run from 233 to 260 px of 1080)",
        ]
    );
}

#[test]
fn a_headline_word_alone_on_a_line_is_a_problem_unless_the_headline_is_that_word() {
    let rules = Rules {
        headline: true,
        ..Rules::default()
    };
    let orphan = [
        run("Stop", 100.0, 400.0, 90.0),
        run("stalkerware: nobody", 100.0, 500.0, 90.0),
        run("1522", 100.0, 700.0, 120.0),
        run("small print", 100.0, 800.0, 20.0),
    ];
    assert_eq!(
        text_problems(&orphan, &[(1080.0, 1920.0)], rules),
        [
            "the headline leaves `Stop` alone on a line",
            "the headline's line `Stop` is 21 % as long as its longest (at least 40 %): a stub"
        ]
    );
    let two = [
        run("Useful", 100.0, 400.0, 90.0),
        run("numbers", 100.0, 500.0, 90.0),
    ];
    assert_eq!(
        text_problems(&two, &[(1080.0, 1920.0)], rules),
        [
            "the headline leaves `Useful` alone on a line",
            "the headline leaves `numbers` alone on a line"
        ]
    );
    let one = [run("Help", 100.0, 400.0, 90.0)];
    assert!(text_problems(&one, &[(1080.0, 1920.0)], rules).is_empty());
}

#[test]
fn dpi_is_pixels_per_inch_at_the_printed_width() {
    let image = PlacedImage {
        page: 1,
        data: Vec::new(),
        pixels_wide: Some(600.0),
        width_pt: 144.0,
        bbox: [0.0, 0.0, 144.0, 144.0],
    };
    assert_eq!(image.dpi(), 300.0);
}

fn image(data: &[u8], bbox: [f64; 4]) -> PlacedImage {
    PlacedImage {
        page: 1,
        data: data.to_vec(),
        pixels_wide: None,
        width_pt: bbox[2] - bbox[0],
        bbox,
    }
}

#[test]
fn text_over_an_image_and_a_logo_larger_than_the_emblem_are_problems() {
    let emblem = image(b"emblem", [0.0, 100.0, 60.0, 140.0]);
    let small = image(b"logo", [0.0, 150.0, 50.0, 180.0]);
    let beside = run("Funded by the EU", 70.0, 120.0, 10.0);
    let fine = image_problems(
        &[beside],
        &[emblem.clone(), small],
        &[b"logo"],
        Some(b"emblem"),
    );
    assert!(fine.is_empty(), "{fine:?}");
    let over = run("Funded by the EU", 40.0, 120.0, 10.0);
    let wide = image(b"logo", [0.0, 150.0, 80.0, 180.0]);
    let problems = image_problems(&[over], &[emblem, wide], &[b"logo"], Some(b"emblem"));
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("`Funded by the EU` runs over an image"));
    assert!(problems[1].contains("larger than the EU emblem (60 × 40 pt)"));
}

#[test]
fn a_booklet_cover_title_may_not_leave_a_word_alone_but_its_text_is_not_held_by_the_poster_rules() {
    let rules = Rules {
        title: true,
        ..Rules::default()
    };
    let cover = [
        run("Replication", 100.0, 400.0, 48.0),
        run("guidelines", 100.0, 460.0, 48.0),
        run("A long paragraph of the booklet's text", 100.0, 600.0, 10.0),
        run("ends", 100.0, 612.0, 10.0),
    ];
    assert_eq!(
        text_problems(&cover, PAGE, rules),
        [
            "the headline leaves `Replication` alone on a line",
            "the headline leaves `guidelines` alone on a line"
        ]
    );
    let one_line = [run("Replication guidelines", 100.0, 400.0, 40.0)];
    assert!(text_problems(&one_line, PAGE, rules).is_empty());
}

#[test]
fn slug_text_must_lie_outside_the_bleed_and_inside_the_media_box() {
    // A card, 241 × 156 pt, with a 3 mm bleed (8.5 pt) and 10 mm to the
    // media's edge (28.3 pt).
    let card = &[(241.0, 156.0)][..];
    let frame = (8.5, 28.3);
    let label = |baseline| run("wallet-card-print.pdf", 20.0, baseline, 6.0);
    // One line of 6 pt, 1.5 mm under the bleed: clear of both.
    assert!(slug_problems(&[label(156.0 + 8.5 + 4.3 + 4.6)], card, frame).is_empty());
    // The page's own text is no business of the slug's.
    assert!(slug_problems(&[run("1522", 20.0, 100.0, 22.0)], card, frame).is_empty());
    // A wrapped second line, past the sheet's edge.
    assert_eq!(
        slug_problems(&[label(156.0 + 28.3)], card, frame),
        ["`wallet-card-print.pdf` in the slug runs off the sheet (the media box)"]
    );
    // Its ascenders in the bleed.
    assert_eq!(
        slug_problems(&[label(156.0 + 10.0)], card, frame),
        ["`wallet-card-print.pdf` outside the trim lies in the bleed, where the artwork runs on"]
    );
}

#[test]
fn letters_within_the_safety_margin_of_a_card_are_named_with_their_distance() {
    let card = &[(241.0, 156.0)][..];
    let rules = Rules {
        safety: SAFETY_MM * 72.0 / 25.4,
        ..Rules::default()
    };
    // A title whose letters start 5 mm (14.2 pt) below the trim.
    let title = run("Useful numbers", 14.2, 14.2 + 0.77 * 15.0, 15.0);
    assert!(text_problems(std::slice::from_ref(&title), card, rules).is_empty());
    // The same title whose hamza rises to 2.5 mm from the trim.
    let hamza = PlacedText {
        ink: (7.0, title.ink.1),
        ..title.clone()
    };
    assert_eq!(
        text_problems(std::slice::from_ref(&hamza), card, rules),
        ["`Useful numbers` comes 2.5 mm from the trim, inside the 3 mm a cut may take"]
    );
    // Posters and posts keep no such margin.
    assert!(text_problems(&[hamza], card, Rules::default()).is_empty());
}

#[test]
fn lines_of_different_roles_closer_than_the_clearance_are_named_with_their_gap() {
    // Review 15-reve C1's German card: the title's letters 0.1 pt above
    // the helpline's name, set a size smaller; their letter bodies (baseline
    // to cap height) are apart, so the overlap check alone passed it.
    let title_baseline = 100.0;
    let name_top = title_baseline + 0.24 * 12.0 + 0.1;
    let close = [
        run("bedroht?", 20.0, title_baseline, 12.0),
        run("Nationales", 20.0, name_top + 0.76 * 9.0, 9.0),
    ];
    assert_eq!(
        text_problems(&close, PAGE, Rules::default()),
        ["`bedroht?` is 0.1 pt from `Nationales`, under 1.5 pt"]
    );
    // On a page with Arabic the rule measures the runs' ink, not Noto
    // Sans's ems (see `clear`): `112` (digits: no descenders) is 0.4 pt
    // from the address under it by the ems, 3 pt by the ink.
    let digits = PlacedText {
        ink: (100.0 - 0.71 * 20.0, 100.0),
        ..run("112", 20.0, 100.0, 20.0)
    };
    let address_top = 100.0 + 0.24 * 20.0 + 0.4;
    let address = PlacedText {
        ink: (103.0, address_top + 0.76 * 9.0 + 0.24 * 9.0),
        ..run("www.example.org", 20.0, address_top + 0.76 * 9.0, 9.0)
    };
    let elsewhere = run("خط", 200.0, 300.0, 10.0);
    assert_eq!(
        text_problems(&[digits.clone(), address.clone()], PAGE, Rules::default()),
        ["`112` is 0.4 pt from `www.example.org`, under 1.5 pt"]
    );
    let by_ink = [digits.clone(), address.clone(), elsewhere.clone()];
    assert!(text_problems(&by_ink, PAGE, Rules::default()).is_empty());
    // A kasra 1 pt above the next line's ink, 2 pt by the ems: named there.
    let kasra = PlacedText {
        ink: (address.ink.0 - 10.0, address.ink.0 - 1.0),
        ..run("مجاني", 20.0, address_top - 2.0 - 0.24 * 12.0, 12.0)
    };
    assert_eq!(
        text_problems(&[kasra, address, elsewhere], PAGE, Rules::default()),
        ["`مجاني` is 1.0 pt from `www.example.org`, under 1.5 pt"]
    );
    // 2 pt apart: clear.
    let apart = [
        run("bedroht?", 20.0, title_baseline, 12.0),
        run("Nationales", 20.0, name_top + 1.9 + 0.76 * 9.0, 9.0),
    ];
    assert!(text_problems(&apart, PAGE, Rules::default()).is_empty());
    // Lines of one role (a name over its facts) are spaced by their leading.
    let one_role = [
        run("Nationales", 20.0, 100.0, 10.0),
        run("kostenlos", 20.0, 110.5, 9.0),
    ];
    assert!(text_problems(&one_role, PAGE, Rules::default()).is_empty());
}

#[test]
fn the_clearance_sweep_finds_every_close_pair_in_order() {
    // As the overlap sweep: the same pairs as comparing every two.
    let mut seed = 11u64;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) % n) as f64
    };
    let runs: Vec<PlacedText> = (0..300)
        .map(|i| PlacedText {
            page: 1 + i % 2,
            ..run("word", next(900), 20.0 + next(1000), 6.0 + next(30))
        })
        .collect();
    let refs: Vec<&PlacedText> = runs.iter().collect();
    let mut every = Vec::new();
    for i in 0..refs.len() {
        for j in i + 1..refs.len() {
            let (a, b) = (
                clear::letters(refs[i], false),
                clear::letters(refs[j], false),
            );
            let gap = clear::role_gap(&a, &b);
            if let (true, Some(gap)) = (refs[i].page == refs[j].page, gap) {
                if gap < clear::CLEAR_PT {
                    every.push((i, j, gap));
                }
            }
        }
    }
    assert!(every.len() > 20, "{} close pairs", every.len());
    assert_eq!(clear::close_pairs(&refs), every);
}

#[test]
fn a_mark_s_runs_are_dropped_but_not_a_page_word_the_mark_happens_to_hold() {
    let mark = "پیش‌نویس – چاپ نشود. تأیید نشده: base_url";
    let mut texts = vec![
        run("پیش‌نویس – چاپ نشود.", 100.0, 20.0, 9.0),
        run("base_url", 300.0, 20.0, 9.0),
        // "Numero nazionale antiviolenza e stalking" on a Persian card: the
        // Latin runs of a right-to-left line, "e" among them.
        run("antiviolenza", 100.0, 200.0, 10.0),
        run("e", 170.0, 200.0, 10.0),
        run("stalking", 180.0, 200.0, 10.0),
    ];
    drop_mark(&mut texts, mark);
    let left: Vec<_> = texts.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(left, ["antiviolenza", "e", "stalking"]);
}
