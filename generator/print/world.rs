//! Faro's Typst `World`: everything a print template can see. Templates and
//! data are served from memory, fonts come from the theme, the date is fixed,
//! and packages (`@preview/…`) are refused: a build never reaches the network
//! and the same input always gives the same bytes.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use typst::diag::{FileError, FileResult, PackageError};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use super::fonts::FontSet;

/// The date `datetime.today()` returns in every template, so that output does
/// not depend on the day of the build.
pub(super) const FIXED_TODAY: (i32, u8, u8) = (2021, 2, 10);

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

/// The id of a file at `path` (such as `/data.json`) in the project root.
pub(super) fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path)
        .unwrap_or_else(|_| VirtualPath::new("/invalid").expect("a valid virtual path"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// Templates parsed into Typst sources, by file id. Parsed once per build
/// and shared by every compilation (a `Source` is reference-counted), which
/// also lets Typst's memoisation recognise the same file across assets.
pub(super) type Sources = Arc<HashMap<FileId, Source>>;

/// Parses templates given as (virtual path such as `/poster.typ`, text).
pub(super) fn parse<'a>(templates: impl Iterator<Item = (&'a str, &'a str)>) -> Sources {
    let sources = templates
        .map(|(path, text)| {
            let id = file_id(path);
            (id, Source::new(id, text.to_string()))
        })
        .collect();
    Arc::new(sources)
}

/// One compilation's view of the world.
pub(super) struct PrintWorld {
    fonts: Arc<FontSet>,
    main: FileId,
    sources: Sources,
    files: HashMap<FileId, Bytes>,
}

impl PrintWorld {
    /// A world whose main file is the template `main` (such as `/poster.typ`),
    /// with the parsed templates `sources` and other `files` (path → bytes)
    /// it may read.
    pub(super) fn new(
        fonts: Arc<FontSet>,
        main: &str,
        sources: &Sources,
        files: Vec<(String, Vec<u8>)>,
    ) -> PrintWorld {
        let sources = sources.clone();
        let files = files
            .into_iter()
            .map(|(path, bytes)| (file_id(&path), Bytes::new(bytes)))
            .collect();
        PrintWorld {
            fonts,
            main: file_id(main),
            sources,
            files,
        }
    }
}

fn refuse_package(id: FileId) -> Option<FileError> {
    match id.root() {
        VirtualRoot::Package(spec) => Some(FileError::Package(PackageError::Other(Some(
            format!("packages such as {spec} are not available: Faro builds without the network; copy what you need into templates/print/").into(),
        )))),
        VirtualRoot::Project => None,
    }
}

impl World for PrintWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.fonts.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if let Some(e) = refuse_package(id) {
            return Err(e);
        }
        match self.sources.get(&id) {
            Some(s) => Ok(s.clone()),
            None if self.files.contains_key(&id) => Err(FileError::NotSource),
            None => Err(FileError::NotFound(std::path::PathBuf::from(
                id.vpath().get_with_slash(),
            ))),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(e) = refuse_package(id) {
            return Err(e);
        }
        if let Some(b) = self.files.get(&id) {
            return Ok(b.clone());
        }
        match self.sources.get(&id) {
            Some(s) => Ok(Bytes::from_string(s.text().to_string())),
            None => Err(FileError::NotFound(std::path::PathBuf::from(
                id.vpath().get_with_slash(),
            ))),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        let (y, m, d) = FIXED_TODAY;
        Datetime::from_ymd(y, m, d)
    }
}
