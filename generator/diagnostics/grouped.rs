//! Diagnostics grouped for reading: by code, by the hint they share, then by
//! file. A hint shared by many items (every passage to adapt of a fork) is
//! then said once, and each file's items stay together under its name. The
//! text report ([`super::render::runs`]), the JSON of `faro check` and the
//! preview's checklist page all read this one grouping.

use std::path::PathBuf;

use serde::Serialize;

use super::Diagnostic;

/// Items of one code, and of one hint when several of them share it.
#[derive(Debug, Clone, Serialize)]
pub struct Run {
    /// The code every item of the run has.
    pub code: &'static str,
    /// The hint every item of the run shares, said once for all of them.
    /// Absent when the items have no hint or each has its own (then each
    /// item still carries it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The items, by file.
    pub files: Vec<FileItems>,
}

impl Run {
    /// Number of items in the run.
    pub fn count(&self) -> usize {
        self.files.iter().map(|f| f.items.len()).sum()
    }
}

/// The items of one file, in the order of their position.
#[derive(Debug, Clone, Serialize)]
pub struct FileItems {
    /// The file; absent for findings about the campaign as a whole.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<PathBuf>,
    /// The findings in that file.
    pub items: Vec<Diagnostic>,
}

/// Groups `items` (already sorted by file and position) into runs: codes in
/// the order they first appear; within a code, one run per hint that two or
/// more items share, and one run for the items whose hint is their own (or
/// missing); within a run, items by file, keeping their order.
pub fn runs(items: &[Diagnostic]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for d in items {
        let shared = d.hint.as_ref().filter(|hint| {
            items
                .iter()
                .filter(|o| o.code == d.code && o.hint.as_ref() == Some(*hint))
                .count()
                > 1
        });
        let run = match runs
            .iter()
            .position(|r| r.code == d.code && r.hint.as_ref() == shared)
        {
            Some(i) => &mut runs[i],
            None => {
                runs.push(Run {
                    code: d.code,
                    hint: shared.cloned(),
                    files: Vec::new(),
                });
                runs.last_mut().expect("just pushed")
            }
        };
        match run.files.iter_mut().find(|f| f.file == d.file) {
            Some(f) => f.items.push(d.clone()),
            None => run.files.push(FileItems {
                file: d.file.clone(),
                items: vec![d.clone()],
            }),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(code: &'static str, file: &str, line: usize, hint: Option<&str>) -> Diagnostic {
        let d = Diagnostic::error(code, "m").in_file(file).at(line, 1);
        match hint {
            Some(h) => d.with_hint(h),
            None => d,
        }
    }

    #[test]
    fn a_shared_hint_makes_one_run_and_items_stay_by_file() {
        let items = [
            item("todo.passage", "a.md", 3, Some("rewrite")),
            item("todo.passage", "a.md", 9, Some("rewrite")),
            item("todo.passage", "b.md", 2, Some("rewrite")),
        ];
        let runs = runs(&items);
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].hint.as_deref(), Some("rewrite"));
        assert_eq!(runs[0].count(), 3);
        let files: Vec<_> = runs[0].files.iter().map(|f| f.items.len()).collect();
        assert_eq!(files, [2, 1]);
    }

    #[test]
    fn hints_of_one_item_stay_with_it_and_codes_are_not_mixed() {
        let items = [
            item("yaml.invalid", "c.yaml", 1, Some("did you mean `id`?")),
            item("yaml.invalid", "c.yaml", 4, Some("did you mean `logo`?")),
            item("link.broken", "c.yaml", 6, Some("check the path")),
            item("yaml.invalid", "c.yaml", 8, None),
        ];
        let runs = runs(&items);
        assert_eq!(runs.len(), 2, "{runs:#?}");
        assert_eq!(
            (runs[0].code, runs[0].hint.as_deref()),
            ("yaml.invalid", None)
        );
        assert_eq!(runs[0].count(), 3, "one file group for all three");
        assert_eq!(runs[0].files.len(), 1);
        assert_eq!(runs[1].code, "link.broken");
        assert_eq!(runs[1].hint, None, "a hint of one item is not a run's");
    }
}
