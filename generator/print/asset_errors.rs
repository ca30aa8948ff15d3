//! Diagnostics for an asset that cannot be made: a character no font has,
//! a string that does not fit its box, any other Typst error, a page count
//! other than the asset's. Each names the asset and the locale and points at
//! the file to fix (PDF export failures are `super::blame`'s; which text a
//! laid-out run comes from is `super::origin`'s).

use std::sync::Arc;

use super::blame;
use super::data::PrintData;
use super::fonts;
use super::job::{Job, JobContext};
use super::world::PrintWorld;
use crate::diagnostics::{Diagnostic, SourceText};

impl JobContext<'_> {
    /// A character of a string that no font has is an error naming the asset,
    /// the locale and where the string comes from.
    pub(super) fn missing_glyphs(&self, job: &Job, data: &PrintData) -> Option<Diagnostic> {
        for (key, text) in data.texts() {
            let missing = self.fonts.missing(text);
            if missing.is_empty() {
                continue;
            }
            let msg = format!(
                "{} ({}): no font has {} of `{key}`",
                job.spec.id,
                job.locale,
                fonts::describe(&missing)
            );
            let hint = format!(
                "add a font covering them to the theme's fonts/ folder (fonts now: {})",
                self.fonts.families.join(", ")
            );
            let d = Diagnostic::error("print.missing-glyph", msg).with_hint(hint);
            return Some(self.at_missing_glyph(d, job, &key, &missing));
        }
        None
    }

    /// Points a missing-glyph error at the first missing character in the
    /// text it comes from: the Fluent message, the guidelines page (booklet
    /// texts are keyed by their page file), or else campaign.yaml.
    fn at_missing_glyph(
        &self,
        d: Diagnostic,
        job: &Job,
        key: &str,
        missing: &[char],
    ) -> Diagnostic {
        let first_missing = |text: &str, from: usize| {
            text[from.min(text.len())..]
                .find(|c| missing.contains(&c))
                .map(|i| from + i)
        };
        let origin = self.campaign.i18n.messages(&job.locale).remove(key);
        if let Some(o) = origin {
            let source = crate::untrusted::files::read_text(&o.file)
                .ok()
                .map(|text| SourceText {
                    path: o.file.clone(),
                    text: Arc::from(text),
                });
            let from = |t: &str| crate::diagnostics::offset_of(t, o.position);
            return match source.and_then(|s| Some((first_missing(&s.text, from(&s.text))?, s))) {
                Some((at, s)) => d.at_source(&s, crate::diagnostics::position_of(&s.text, at), 1),
                None => d.in_file(&o.file).at(o.position.line, o.position.column),
            };
        }
        let page = self
            .campaign
            .pages
            .iter()
            .find(|p| p.relative.to_string_lossy().replace('\\', "/") == key);
        let source = page.map_or(&self.campaign.config_source, |p| &p.source);
        match first_missing(&source.text, 0) {
            Some(at) => d.at_source(source, crate::diagnostics::position_of(&source.text, at), 1),
            None => d.in_file(&source.path),
        }
    }

    /// Turns a Typst error into a diagnostic: a string that does not fit names
    /// its Fluent key (and where it is defined); any other error points into
    /// the template.
    pub(super) fn typst_error(
        &self,
        job: &Job,
        world: &PrintWorld,
        e: &typst::diag::SourceDiagnostic,
    ) -> Diagnostic {
        use typst::WorldExt;
        let (id, locale) = (job.spec.id, job.locale.as_str());
        if let Some(rest) = e.message.split("faro-overflow:").nth(1) {
            let key: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || "-_.:".contains(*c))
                .collect();
            if let Some(setting) = key.strip_prefix("campaign.yaml:") {
                return blame::setting_overflow(self.campaign, setting, &[(id, locale)]);
            }
            let room = overflow_room(rest);
            let mut msg = format!(
                "`{key}` ({locale}) does not fit its box on {id}, even at the smallest type size"
            );
            let mut hint = format!("shorten the `{key}` text in this file");
            if let Some((fits, has)) = room {
                msg.push_str(&format!(
                    ": it has {has} characters, the box holds about {fits}"
                ));
                hint.push_str(&format!(" to about {fits} characters (as {id} sets it)"));
            }
            let d = Diagnostic::error("print.overflow", msg);
            let origin = self.campaign.i18n.messages(locale).remove(&key);
            return match origin {
                Some(o) => d
                    .in_file(&o.file)
                    .at(o.position.line, o.position.column)
                    .with_hint(hint),
                None => d.in_file(self.template_file(job)),
            };
        }
        let mut msg = format!("{id} ({locale}): {}", e.message);
        for h in &e.hints {
            msg.push_str(&format!("; hint: {}", h.v));
        }
        let file = e.span.id().map(|f| f.vpath().get_with_slash().to_string());
        let template = file.unwrap_or_else(|| format!("/{}", job.spec.template));
        let d = if self.templates.faro_own.contains(&template) {
            Diagnostic::error(
                "print.faro-bug",
                format!("Faro's own print template failed on {msg}"),
            )
            .with_hint(
                "this is a bug in Faro, not in your campaign: please report it with this message",
            )
        } else {
            Diagnostic::error("print.template", msg)
        };
        let located = world.range(e.span).and_then(|range| {
            let src = self.templates.origins.get(&template)?;
            Some((src, range.start))
        });
        match located {
            Some((src, offset)) => {
                let pos = crate::diagnostics::position_of(&src.text, offset);
                d.at_source(src, pos, 1)
            }
            None => d.in_file(self.template_file(job)),
        }
    }

    /// An asset laid out on `made` pages where its format has `expected`:
    /// located at the campaign text that ran onto the pages too many (or,
    /// with pages missing, the asset's longest text), naming the texts.
    pub(super) fn page_count_error(
        &self,
        job: &Job,
        data: &PrintData,
        doc: &typst_layout::PagedDocument,
        expected: usize,
    ) -> Diagnostic {
        let made = doc.pages().len();
        let (texts, _, _) = super::layout::measure(doc);
        let past = |page: usize| made < expected || page > expected;
        let runs: Vec<&str> = texts
            .iter()
            .filter(|t| past(t.page))
            .map(|t| t.text.as_str())
            .collect();
        let found = super::origin::origins(data, &runs);
        let named: Vec<String> = found
            .iter()
            .take(3)
            .map(|(k, _)| format!("`{k}`"))
            .collect();
        let what = if made > expected {
            format!("the text that ran onto page {}", expected + 1)
        } else {
            "the texts it holds".to_string()
        };
        let mut msg = format!(
            "{} ({}, {}): the template made {made} pages instead of {expected}",
            job.spec.id, job.locale, data.variant
        );
        if !named.is_empty() {
            msg.push_str(&format!("; {what}: {}", named.join(", ")));
        }
        let template = self.template_file(job);
        let d = Diagnostic::error("print.export", msg).with_hint(format!(
            "shorten that text; if {} is your own template, make it fit its pages",
            template.display()
        ));
        found
            .first()
            .and_then(|(key, _)| self.at_text(d.clone(), job, key))
            .unwrap_or_else(|| d.in_file(template))
    }
}

/// The room a box had for a text that did not fit it, as templates/print/
/// faro.typ's `overflow-room` appends it to the overflow error (`… room:N/M`,
/// after the Fluent key): the box holds about N characters of the text's M
/// (whole words, at the smallest type size). None when not given.
fn overflow_room(rest: &str) -> Option<(usize, usize)> {
    let room = rest.split(" room:").nth(1)?;
    let (fits, has) = room.split_once('/')?;
    let number = |t: &str| -> Option<usize> {
        let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
        digits.parse().ok()
    };
    Some((number(fits)?, number(has)?))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_room_of_a_box_is_read_from_the_overflow_error() {
        let rest = "funding-statement room:96/140\" (at social.typ)";
        assert_eq!(super::overflow_room(rest), Some((96, 140)));
        assert_eq!(super::overflow_room("share-title\""), None);
        assert_eq!(super::overflow_room("x room:/3"), None);
    }
}
