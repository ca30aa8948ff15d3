//! Which strings each rendered file shows, for `faro serve` to re-render
//! only the pages whose strings an edit changed.
//!
//! While a render is recorded ([`StringUses::record`]), every call of the
//! templates' `t()` on that thread is noted ([`note`]): its language, key and
//! arguments, numbered once per distinct call. A file's text depends on the
//! strings only through what those calls return, so after an edit of the
//! strings the files to re-render are exactly those that made a call whose
//! text differs between the old and the new strings ([`StringUses::changed`]).
//! Comparing each call's text, rather than the messages as written, counts
//! every way an edit reaches a page: a message it references, a term, a
//! selector, the fallback to the default locale (and its language mark).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt::Write;
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use crate::campaign::i18n::{ArgValue, I18n};

/// One call of `t()`.
struct Call {
    lang: String,
    key: String,
    args: Vec<(String, ArgValue)>,
}

/// Every distinct call, numbered.
#[derive(Default)]
struct Calls {
    list: Vec<Call>,
    /// Each call's number, by the text [`call_id`] makes of it.
    numbers: HashMap<String, u32>,
}

/// The calls of `t()` each rendered file made.
#[derive(Default)]
pub(crate) struct StringUses {
    calls: RwLock<Calls>,
    files: Mutex<Files>,
}

/// Which file made which call.
#[derive(Default)]
struct Files {
    /// The numbers of the calls each file made, by its path
    /// (`en/about/index.html`), sorted.
    by_path: HashMap<String, Box<[u32]>>,
    /// By call number: how many files make it (the calls no file makes any
    /// more are skipped without a pass over every file's calls).
    makers: Vec<u32>,
}

impl Files {
    /// True for each call (by number) that some file makes.
    fn live(&self, calls: usize) -> Vec<bool> {
        let mut live: Vec<bool> = self.makers.iter().map(|&n| n > 0).collect();
        live.resize(calls, false);
        live
    }
}

/// The render recorded on this thread: where to number its calls, and
/// the numbers so far.
struct Recording {
    uses: Arc<StringUses>,
    calls: Vec<u32>,
    /// Reused to make each call's id without allocating.
    id: String,
}

thread_local! {
    static RECORDING: RefCell<Option<Recording>> = const { RefCell::new(None) };
}

/// Puts back, when dropped, the recording a render's replaced.
struct Restore(Option<Recording>);

impl Drop for Restore {
    fn drop(&mut self) {
        let outer = self.0.take();
        RECORDING.with(|r| *r.borrow_mut() = outer);
    }
}

/// The text that tells calls apart.
fn call_id(out: &mut String, lang: &str, key: &str, args: &[(String, ArgValue)]) {
    out.clear();
    out.push_str(lang);
    out.push('\u{1f}');
    out.push_str(key);
    for (name, value) in args {
        let _ = write!(out, "\u{1f}{name}={value:?}");
    }
}

/// Notes a call of `t()` in the render recorded on this thread, if any.
pub(crate) fn note(lang: &str, key: &str, args: &[(String, ArgValue)]) {
    RECORDING.with(|recording| {
        let mut recording = recording.borrow_mut();
        let Some(r) = recording.as_mut() else {
            return;
        };
        call_id(&mut r.id, lang, key, args);
        let known = {
            let calls = r.uses.calls.read().unwrap_or_else(PoisonError::into_inner);
            calls.numbers.get(&r.id).copied()
        };
        let number = known.unwrap_or_else(|| {
            let mut calls = r.uses.calls.write().unwrap_or_else(PoisonError::into_inner);
            if let Some(&n) = calls.numbers.get(&r.id) {
                return n;
            }
            let n = calls.list.len() as u32;
            calls.list.push(Call {
                lang: lang.to_string(),
                key: key.to_string(),
                args: args.to_vec(),
            });
            calls.numbers.insert(r.id.clone(), n);
            n
        });
        r.calls.push(number);
    });
}

/// Runs `render`, the render of the file at `path`, and when `uses` is
/// given notes there the calls of `t()` it made, with `parts` (the calls of
/// the parts of its language, which it shows).
pub(crate) fn noted<T>(
    uses: Option<&Arc<StringUses>>,
    path: &str,
    parts: &[u32],
    render: impl FnOnce() -> T,
) -> T {
    let Some(uses) = uses else {
        return render();
    };
    let (rendered, mut calls) = uses.record(render);
    calls.extend_from_slice(parts);
    uses.set_file(path, calls);
    rendered
}

impl StringUses {
    /// Runs `render` with its calls of `t()` (on this thread) noted; returns
    /// what it returned and the numbers of those calls.
    pub(crate) fn record<T>(self: &Arc<Self>, render: impl FnOnce() -> T) -> (T, Vec<u32>) {
        let recording = Recording {
            uses: self.clone(),
            calls: Vec::new(),
            id: String::new(),
        };
        let outer = RECORDING.with(|r| r.borrow_mut().replace(recording));
        // Put back however `render` ends (a panic is caught by the preview).
        let restore = Restore(outer);
        let result = render();
        let done = RECORDING.with(|r| r.borrow_mut().take());
        drop(restore);
        (result, done.map(|r| r.calls).unwrap_or_default())
    }

    /// Notes that the file at `path` made the calls `calls` (in place of
    /// what it made before).
    pub(crate) fn set_file(&self, path: &str, mut calls: Vec<u32>) {
        calls.sort_unstable();
        calls.dedup();
        let mut files = self.files.lock().unwrap_or_else(PoisonError::into_inner);
        let files = &mut *files;
        if let Some(top) = calls.last() {
            let needed = *top as usize + 1;
            if files.makers.len() < needed {
                files.makers.resize(needed, 0);
            }
        }
        for &n in &calls {
            files.makers[n as usize] += 1;
        }
        let old = files
            .by_path
            .insert(path.to_string(), calls.into_boxed_slice());
        for &n in old.iter().flatten() {
            files.makers[n as usize] -= 1;
        }
    }

    /// The calls, and for each (by number) whether some file makes it.
    fn live_calls(&self) -> (std::sync::RwLockReadGuard<'_, Calls>, Vec<bool>) {
        let calls = self.calls.read().unwrap_or_else(PoisonError::into_inner);
        let files = self.files.lock().unwrap_or_else(PoisonError::into_inner);
        let live = files.live(calls.list.len());
        (calls, live)
    }

    /// Formats every call some file makes with `strings` (`format` gives a
    /// call's text, as `t()` does), as rendering every file would: the
    /// fallbacks and faults `strings` then notes are the whole site's.
    pub(crate) fn format_all(
        &self,
        strings: &I18n,
        format: impl Fn(&I18n, &str, &str, &[(String, ArgValue)]) -> String,
    ) {
        let (calls, live) = self.live_calls();
        for (call, _) in calls.list.iter().zip(live).filter(|(_, live)| *live) {
            format(strings, &call.lang, &call.key, &call.args);
        }
    }

    /// The calls some file makes whose text differs between the strings
    /// `old` and `new` (`format` gives a call's text, as `t()` does). Every
    /// such call is made with `new`, as rendering every file would: the
    /// fallbacks it notes are then the whole site's.
    pub(crate) fn changed(
        &self,
        old: &I18n,
        new: &I18n,
        format: impl Fn(&I18n, &str, &str, &[(String, ArgValue)]) -> String,
    ) -> ChangedCalls {
        // By number, not in a set: a large site's files make a million calls.
        let (calls, live) = self.live_calls();
        let changed = calls.list.iter().zip(&live).map(|(call, &live)| {
            let text = |strings| format(strings, &call.lang, &call.key, &call.args);
            live && text(new) != text(old)
        });
        ChangedCalls(changed.collect())
    }

    /// The paths of the files that made one of `calls`.
    pub(crate) fn files_making(&self, calls: &ChangedCalls) -> HashSet<String> {
        if !calls.0.contains(&true) {
            return HashSet::new();
        }
        let made = |n: &u32| calls.0.get(*n as usize).copied().unwrap_or(false);
        let files = self.files.lock().unwrap_or_else(PoisonError::into_inner);
        files
            .by_path
            .iter()
            .filter(|(_, calls)| calls.iter().any(made))
            .map(|(path, _)| path.clone())
            .collect()
    }
}

/// Which calls [`StringUses::changed`] found changed, by number.
pub(crate) struct ChangedCalls(Vec<bool>);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_recorded_render_s_calls_are_noted() {
        let uses = Arc::new(StringUses::default());
        note("en", "outside", &[]);
        let ((), calls) = uses.record(|| {
            note("en", "a", &[]);
            note("it", "a", &[]);
            note("en", "a", &[]);
            note("en", "b", &[("n".into(), ArgValue::Number(1.0))]);
            note("en", "b", &[("n".into(), ArgValue::Number(2.0))]);
        });
        // The same call, the same number; another language or argument, another.
        assert_eq!(calls, vec![0, 1, 0, 2, 3]);
        note("en", "after", &[]);
        assert_eq!(uses.calls.read().unwrap().list.len(), 4);
        uses.set_file("en/index.html", calls);
        uses.set_file("it/index.html", vec![1]);
        let made = uses.files_making(&ChangedCalls(vec![true]));
        assert_eq!(made, HashSet::from(["en/index.html".to_string()]));
        let none = ChangedCalls(vec![false, false, false, false]);
        assert!(uses.files_making(&none).is_empty());
        // A file rendered again makes only its new calls.
        assert_eq!(uses.files.lock().unwrap().live(4), [true, true, true, true]);
        uses.set_file("en/index.html", vec![0]);
        assert_eq!(
            uses.files.lock().unwrap().live(5),
            [true, true, false, false, false]
        );
    }
}
