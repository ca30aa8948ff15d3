//! Faro turns a campaign folder (YAML facts, Markdown pages per language, Fluent
//! strings, images) into a multilingual static microsite, print assets and a
//! replication kit.
//!
//! The folders are the pipeline (docs/architecture.md draws it):
//! [`campaign`] loads and validates the campaign folder into a site model;
//! [`web`] and [`print`] render it; [`replicate`] packs the kit and forks
//! campaigns; [`output`] writes everything through a staging folder.
//! [`build`] and [`check`] run those stages; [`serve`] and [`translate`] are
//! the preview server and the XLIFF exchange. [`diagnostics`] and
//! [`untrusted`] sit below everything: every problem is a located value, and
//! every path or URL from a campaign goes through one rule.

pub mod build;
pub mod campaign;
pub mod check;
pub mod diagnostics;
pub mod fuzz;
pub mod output;
pub mod print;
pub mod replicate;
pub mod serve;
pub mod translate;
pub mod untrusted;
pub mod web;
