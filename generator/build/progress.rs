//! How far a build has come, for a progress bar (`faro build` draws one on a
//! terminal): the stages of the pipeline as they start, and the files as they
//! are written.

/// A step of the build pipeline, in the order a build reaches them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading the campaign folder and checking its settings, to-dos and pages.
    Load,
    /// Rendering every page's Markdown.
    Markdown,
    /// Print and social assets (from the render cache when unchanged).
    Print,
    /// The replication kit.
    Kit,
    /// Templates, link targets and translations.
    Prepare,
    /// Rendering, checking and writing the pages (counted).
    Pages,
    /// Images, styles, print assets, the kit and the other files.
    Assets,
    /// Putting the new site in the place of the previous one.
    Swap,
}

impl Stage {
    /// What the stage does, as a progress bar shows it.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Load => "reading the campaign",
            Stage::Markdown => "rendering Markdown",
            Stage::Print => "print and social assets",
            Stage::Kit => "replication kit",
            Stage::Prepare => "templates and links",
            Stage::Pages => "pages",
            Stage::Assets => "images and other files",
            Stage::Swap => "replacing the previous output",
        }
    }
}

/// Receives a build's progress. Called from the build's threads.
pub trait Progress: Sync {
    /// `stage` starts; `items` is how many steps it counts, if it counts any.
    fn stage(&self, stage: Stage, items: Option<u64>);
    /// One more step of the current stage is done (a file written).
    fn step(&self);
}

/// Reports nothing.
pub struct Silent;

impl Progress for Silent {
    fn stage(&self, _: Stage, _: Option<u64>) {}
    fn step(&self) {}
}
