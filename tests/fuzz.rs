//! A short, fixed-seed mutation fuzz of the basic fixture (see
//! `generator/fuzz.rs`): every build of a mutated copy ends in a site or in
//! errors that each name a file, with no panic, no hang and nothing written
//! beside the campaign and its output. The long session is
//! `cargo run --release --example fuzz`.

mod common;

use common::*;

#[test]
fn mutated_campaigns_fail_cleanly() {
    let work = tempdir();
    let session = faro::fuzz::session(&fixture("basic"), work.path(), 18, 24, None, 3).unwrap();
    assert_eq!(session.findings, Vec::new(), "{session:?}");
    assert_eq!(session.runs, 24);
    // The mutations must reach the loaders: most copies are refused.
    assert!(session.rejected >= 6, "{session:?}");
}
