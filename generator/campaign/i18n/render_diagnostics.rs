//! What rendering met in the strings, as diagnostics: fallbacks to the
//! default locale (warnings), messages that could not be formatted and
//! messages found nowhere (errors), each located where the officer fixes it.
//! A message that failed to parse is reported as a syntax error only: what
//! follows from it (no text, a fallback) is not reported again.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::I18n;
use crate::diagnostics::{position_of, Diagnostic, Diagnostics, SourceText};

/// Where a key is written: a template's (or campaign.yaml's) source and the
/// byte offset of the key in it.
pub(crate) type UsedAt<'a, 't> = dyn Fn(&str) -> Option<(&'t SourceText, usize)> + 'a;

impl I18n {
    /// Diagnostics for the fallbacks and missing keys met while rendering.
    /// `used_at` tells where a key is written (a template's source and byte
    /// offset), to point a missing key's error there.
    pub fn take_render_diagnostics(&self, used_at: &UsedAt) -> Diagnostics {
        let mut diags = Diagnostics::new();
        self.fallback_warnings(&mut diags);
        self.format_errors(used_at, &mut diags);
        self.missing_errors(used_at, &mut diags);
        diags
    }

    /// A warning per message taken from the default locale.
    fn fallback_warnings(&self, diags: &mut Diagnostics) {
        let Ok(mut set) = self.fallbacks.lock() else {
            return;
        };
        let taken = std::mem::take(&mut *set);
        for (locale, key) in taken.into_iter().filter(|(l, k)| !self.is_broken(l, k)) {
            diags.push(
                Diagnostic::warning(
                    "i18n.fallback",
                    format!(
                        "`{key}` is not translated into `{locale}`; used the `{}` text",
                        self.default_locale
                    ),
                )
                .with_hint(format!(
                    "add `{key}` to locales/{locale}/ or the campaign's locales/{locale}/"
                )),
            );
        }
    }

    /// An error per message that could not be formatted (visitors would see
    /// the raw placeholder, such as `{$name}`), at its definition.
    fn format_errors(&self, used_at: &UsedAt, diags: &mut Diagnostics) {
        let Ok(mut set) = self.format_errors.lock() else {
            return;
        };
        for (locale, used, key, problem) in std::mem::take(&mut *set) {
            let d = Diagnostic::error(
                "i18n.format",
                format!("`{key}` could not be formatted in `{locale}`: {problem}"),
            )
            .with_hint(
                "a message may use only the variables its template passes and messages that exist",
            );
            diags.push(match (self.origin(&used, &key), used_at(&key)) {
                (Some(o), _) => d.in_file(&o.file).at(o.position.line, o.position.column),
                (None, Some((src, offset))) => {
                    d.at_source(src, position_of(&src.text, offset), key.chars().count())
                }
                (None, None) => d,
            });
        }
    }

    /// One error per key found nowhere, naming every locale that lacks it.
    /// A key whose message failed to parse, in the locale or in the default
    /// one it falls back to, is not missing: it is broken, and its syntax
    /// error is the one to fix.
    fn missing_errors(&self, used_at: &UsedAt, diags: &mut Diagnostics) {
        let Ok(mut set) = self.missing.lock() else {
            return;
        };
        let broken = |locale: &str, key: &str| {
            self.is_broken(locale, key) || self.is_broken(&self.default_locale, key)
        };
        let mut by_key: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (locale, key) in std::mem::take(&mut *set) {
            if !broken(&locale, &key) {
                by_key.entry(key).or_default().push(locale);
            }
        }
        for (key, locales) in by_key {
            diags.push(self.missing_error(&key, &locales, used_at));
        }
    }

    /// The error for `key`, found in none of `locales`: a campaign's own
    /// string is located in the campaign's files, where the officer adds it;
    /// any other (an interface string, or a key the campaign's own template
    /// asks for, maybe misspelt) where it is used.
    fn missing_error(&self, key: &str, locales: &[String], used_at: &UsedAt) -> Diagnostic {
        let d = Diagnostic::error(
            "i18n.missing",
            format!("no text for `{key}` (locale {})", quoted_list(locales)),
        );
        let files: Vec<PathBuf> = locales
            .iter()
            .filter_map(|l| self.campaign_file(l))
            .collect();
        let campaign_dir = files.first().and_then(|f| f.ancestors().nth(3));
        let own_template = used_at(key)
            .zip(campaign_dir)
            .is_some_and(|((src, _), dir)| src.path.starts_with(dir));
        let own = files.len() == locales.len() && !self.is_shared(key) && !own_template;
        if let Some(first_file) = files.first().filter(|_| own) {
            let used = used_at(key).map_or(String::new(), |(src, offset)| {
                let pos = position_of(&src.text, offset);
                format!(" (a template uses it: {}:{})", src.path.display(), pos.line)
            });
            let listed: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
            return d.in_file(first_file).with_hint(format!(
                "add a line `{key} = …` to {}{used}",
                listed.join(" and ")
            ));
        }
        let d = d.with_hint(format!(
            "define `{key}` in locales/{}/, or correct the key where it is used",
            self.default_locale
        ));
        match used_at(key) {
            Some((src, offset)) => {
                d.at_source(src, position_of(&src.text, offset), key.chars().count())
            }
            None => d,
        }
    }
}

/// `` `a`, `b` `` for a list of names.
fn quoted_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    quoted.join(", ")
}
