//! Faro turns a campaign folder (YAML facts, Markdown pages per language, Fluent
//! strings, images) into a multilingual static microsite, print assets and a
//! replication kit.
//!
//! The folders are the pipeline (docs/architecture.md draws it): `campaign/`
//! loads and validates the campaign folder into a site model; `web/` and
//! `print/` render it; `replicate/` packs the kit and forks campaigns;
//! `output/` writes everything through a staging folder. `build.rs` and
//! `check.rs` run those stages; `serve/` and `translate/` are the preview
//! server and the XLIFF exchange. `diagnostics/` and `untrusted/` sit below
//! everything: every problem is a located value, and every path or URL from a
//! campaign goes through one rule.
//!
//! The modules are private: what the `faro` command, the tests and the
//! benchmarks use is re-exported here, and nothing else is reachable.

#![warn(missing_docs)]
#![warn(unreachable_pub)]

mod build;
mod campaign;
mod check;
pub mod diagnostics;
pub mod fuzz;
mod output;
pub mod print;
mod replicate;
mod serve;
mod translate;
mod untrusted;
mod web;

pub use build::{build, build_with_progress, progress, BuildOptions, BuildReport};
pub use campaign::load::{load, Campaign};
pub use campaign::site::Site;
pub use campaign::yaml::{read_country, read_id};
pub use check::text::listing as check_listing;
pub use check::{check, kind_of, CheckReport};
pub use output::destination::refused as output_refused;
pub use output::interrupt::exit_on_stop;
pub use output::staging::abandon_staging;
pub use replicate::fork::{fork, ForkOptions, ForkReport};
pub use serve::{
    serve, Event as ServeEvent, FirstBatch as ServeFirstBatch, Options as ServeOptions,
};
pub use translate::report::stamp;
pub use untrusted::files::io_error;

/// Translations exchanged with CAT tools as XLIFF (`faro translate`).
pub mod xliff {
    pub use crate::translate::export::{export, Exported, Options as ExportOptions};
    pub use crate::translate::import::{import, Imported};
    pub use crate::translate::Version;
}
