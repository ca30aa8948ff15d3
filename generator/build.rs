//! `faro build` and what `faro check` runs: the pipeline for one campaign, as
//! typed stages ([`stages`]) that each take the one before, so that the compiler
//! keeps the order and a build and a check are two short callers of the same
//! stages: load → validate → plan → render → write.

pub(crate) mod incremental;
pub mod progress;
mod stages;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::campaign::load::Campaign;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::destination;
use crate::output::staging::{self, Staging};
use crate::translate::report::TranslationReport;
use crate::web::string_uses::StringUses;
use progress::{Progress, Silent, Stage};
use stages::{Kept, Loaded, Timer};

/// Options of a build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Build even with open to-dos, showing a draft banner.
    pub draft: bool,
    /// Web pages only: no print or social assets and no replication kit
    /// (`faro serve` rebuilds those in the background, after the pages).
    pub web_only: bool,
    /// Replace the output folder even when it is not empty and does not look
    /// like a previous Faro build (never the campaign, the project or a file).
    pub force: bool,
}

/// What a successful build made.
#[derive(Debug)]
pub struct BuildReport {
    /// Campaign id.
    pub id: String,
    /// Where the site was written.
    pub out_dir: PathBuf,
    /// Translated pages per locale (fallbacks not counted), in locale order.
    pub pages_per_locale: Vec<(String, usize)>,
    /// Pages built from the default locale's original, per locale.
    pub fallbacks_per_locale: Vec<(String, usize)>,
    /// Number of non-HTML files (styles, images, sitemap…).
    pub assets: usize,
    /// Warnings met on the way.
    pub warnings: Diagnostics,
    /// Wall-clock time.
    pub elapsed: Duration,
}

impl BuildReport {
    /// Translated pages in all locales.
    pub fn pages(&self) -> usize {
        self.pages_per_locale.iter().map(|(_, n)| n).sum()
    }
}

/// Builds the campaign in `campaign_dir` into `out_dir`. On any error nothing is
/// written and `out_dir` keeps its previous contents. An output folder that
/// [`destination::check`] refuses is refused before anything is loaded.
pub fn build(
    campaign_dir: &Path,
    out_dir: &Path,
    options: &BuildOptions,
) -> Result<BuildReport, Diagnostics> {
    build_with_progress(campaign_dir, out_dir, options, &Silent)
}

/// [`build`], telling `progress` each stage as it starts and each file as it
/// is written.
pub fn build_with_progress(
    campaign_dir: &Path,
    out_dir: &Path,
    options: &BuildOptions,
    progress: &dyn Progress,
) -> Result<BuildReport, Diagnostics> {
    let (report, kept) = build_keeping(campaign_dir, out_dir, options, progress, None);
    // Freeing every page's text, Markdown and model is a serial tail of a
    // large build (about 1 % of its CPU at 24,000 pages): done on a thread of
    // its own, so that `faro build` reports (and exits) without waiting.
    if kept.is_some() {
        std::thread::spawn(move || drop(kept));
    }
    report
}

/// [`build_with_progress`], returning also the campaign and what rendering
/// it left (for [`incremental::Session`]) when the campaign was rendered;
/// the strings each page shows are noted in `string_uses` when given.
fn build_keeping(
    campaign_dir: &Path,
    out_dir: &Path,
    options: &BuildOptions,
    progress: &dyn Progress,
    string_uses: Option<Arc<StringUses>>,
) -> (Result<BuildReport, Diagnostics>, Option<(Campaign, Kept)>) {
    let out = match destination::check(campaign_dir, out_dir, options.force) {
        Ok(out) => out,
        Err(d) => return (Err(d.into()), None),
    };
    staging::remove_stale(&out.target);
    let timer = Timer::from_env(progress);
    timer.stage(Stage::Load, None);
    let mut diags = Diagnostics::new();
    let fail = |diags: Diagnostics| (Err(diags.deduplicated()), None);
    let Some(loaded) = Loaded::read(campaign_dir, &timer, &mut diags) else {
        return fail(diags);
    };
    let validated = loaded.validate(options, &timer, &mut diags);
    let Some(mut planned) = validated.plan(options, &timer, &mut diags) else {
        return fail(diags);
    };
    // Missing pages are warned about by a build too; the full report is check's.
    let findings = planned.take_translation_findings().into_iter();
    diags.extend(findings.filter(|d| d.code == "translation.missing-page"));
    if diags.has_errors() {
        // Strings the print assets could not format are part of the report.
        diags.extend(planned.string_errors());
        return fail(diags);
    }
    // Pages go into a staging folder, which replaces the output only if
    // everything succeeded; otherwise it is removed when dropped.
    let out_dir = out.shown.as_path();
    let staging = match Staging::new(&out.target) {
        Ok(staging) => staging,
        Err(e) => return fail(io_error(out_dir, "cannot create the output folder", e).into()),
    };
    let sink = |file: crate::output::staging::OutputFile| {
        let at = out_dir.join(&file.path);
        let written = staging
            .write(&file)
            .map_err(|e| io_error(out_dir, "cannot write this file", e).in_file(at));
        progress.step();
        written
    };
    let (rendered, kept) = planned.render(&sink, &timer, &mut diags, string_uses);
    if diags.has_errors() {
        return fail(diags);
    }
    timer.lap("assets");
    match rendered.write(staging, out_dir, &timer) {
        Ok(report) => {
            let report = BuildReport {
                warnings: diags.deduplicated(),
                ..report
            };
            (Ok(report), Some((loaded.into_campaign(), kept)))
        }
        Err(e) => {
            diags.push(io_error(out_dir, "cannot replace the previous output", e));
            fail(diags)
        }
    }
}

/// What `faro check` learns: everything a build would report, without writing.
pub(crate) struct CheckOutcome {
    /// Campaign id, when campaign.yaml could be read.
    pub id: Option<String>,
    /// Errors and warnings, to-dos included.
    pub diags: Diagnostics,
    /// The translation report, when the campaign loaded.
    pub translations: Option<TranslationReport>,
}

/// Runs the whole pipeline without writing anything, and the translation report.
/// Unlike a build, it renders every page even after errors (templates are
/// exercised) and keeps every finding of the translation report.
pub(crate) fn check(campaign_dir: &Path, options: &BuildOptions) -> CheckOutcome {
    let timer = Timer::from_env(&Silent);
    let mut diags = Diagnostics::new();
    // The build's note that its print files carry the "not for print"
    // mark is left out: `check` lists the values to confirm themselves
    // (`todo.confirm`).
    let outcome = |id, diags: Diagnostics, translations| {
        let mut kept = Diagnostics::new();
        let note = crate::campaign::unconfirmed::PRINT_NOTE;
        kept.extend(diags.into_iter().filter(|d| d.code != note));
        CheckOutcome {
            id,
            diags: kept.deduplicated(),
            translations,
        }
    };
    let Some(loaded) = Loaded::read(campaign_dir, &timer, &mut diags) else {
        return outcome(None, diags, None);
    };
    let id = Some(loaded.id());
    let validated = loaded.validate(options, &timer, &mut diags);
    let Some(mut planned) = validated.plan(options, &timer, &mut diags) else {
        return outcome(id, diags, None);
    };
    diags.extend(planned.take_translation_findings());
    let (rendered, _) = planned.render(&|_| Ok(()), &timer, &mut diags, None);
    outcome(id, diags, Some(rendered.translations))
}

/// A file-system error of the output folder.
fn io_error(out_dir: &Path, what: &str, e: std::io::Error) -> Diagnostic {
    Diagnostic::error("output.io", format!("{what}: {e}")).in_file(out_dir)
}
