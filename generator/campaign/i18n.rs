//! Interface and campaign strings in Fluent, with the lookup chain
//! campaign → shared → the campaign's default locale.
//!
//! Every fallback taken while rendering is recorded, and reported as a warning
//! naming the key and the locale.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::campaign::project::LayerFile;
use crate::diagnostics::{Diagnostics, Position, SourceText};
use crate::untrusted::files::decode_utf8;

/// Text direction of a locale: `rtl` or `ltr`, from the script the language is
/// written in (CLDR's data through unic-langid: `ar`, `fa`, `he`, `ur`, `ckb`…
/// are right to left; `az` is left to right unless written `az-Arab`).
/// A code that does not parse is left to right.
pub(crate) fn direction(locale: &str) -> &'static str {
    match locale
        .parse::<LanguageIdentifier>()
        .map(|l| l.character_direction())
    {
        Ok(CharacterDirection::RTL) => "rtl",
        _ => "ltr",
    }
}

mod definitions;
mod render_diagnostics;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// Where a message is defined.
#[derive(Debug, Clone)]
pub struct MessageOrigin {
    /// The `.ftl` file.
    pub file: PathBuf,
    /// Its line and column.
    pub position: Position,
    /// Variables the message uses (`$name`), sorted.
    pub variables: Vec<String>,
}

/// Messages of one layer (campaign or shared) in one locale.
struct LayerBundle {
    bundle: Bundle,
    origins: BTreeMap<String, MessageOrigin>,
    /// Keys of the messages that failed to parse (reported as syntax errors).
    broken: BTreeSet<String>,
}

/// The strings of a campaign in every locale.
pub struct I18n {
    default_locale: String,
    /// Per locale: campaign layer, then shared layer.
    layers: BTreeMap<String, [Option<LayerBundle>; 2]>,
    fallbacks: Mutex<BTreeSet<(String, String)>>,
    missing: Mutex<BTreeSet<(String, String)>>,
    /// (locale asked for, locale whose message was used, key, problem).
    format_errors: Mutex<BTreeSet<(String, String, String, String)>>,
    /// The quoted text the hints of syntax errors show: see
    /// [`I18n::set_example_number`].
    example_number: String,
}

/// Which layer a set of files belongs to.
#[derive(Clone, Copy)]
pub enum Layer {
    /// `campaigns/<id>/locales/`: campaign strings and overrides.
    Campaign = 0,
    /// `locales/`: interface strings shared by every campaign.
    Shared = 1,
}

impl I18n {
    /// An empty set of strings with `default_locale` as the last fallback.
    pub fn new(default_locale: &str) -> Self {
        I18n {
            default_locale: default_locale.to_string(),
            layers: BTreeMap::new(),
            fallbacks: Mutex::default(),
            missing: Mutex::default(),
            format_errors: Mutex::default(),
            example_number: "112".into(),
        }
    }

    /// The number the hints of syntax errors quote as an example, such as
    /// `{ "3919" }`: the campaign's own, so that a French campaign is not
    /// shown an Italian one (by default the European emergency number, 112).
    pub(crate) fn set_example_number(&mut self, number: &str) {
        self.example_number = number.to_string();
    }

    /// Adds the `.ftl` files of one locale and layer. Syntax errors and duplicate
    /// messages become located diagnostics.
    pub fn add_files(
        &mut self,
        locale: &str,
        layer: Layer,
        files: &[LayerFile],
        diags: &mut Diagnostics,
    ) {
        let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
        let mut bundle = Bundle::new_concurrent(vec![langid]);
        // Our output is HTML; Unicode isolation marks would only add noise.
        bundle.set_use_isolating(false);
        let mut origins = BTreeMap::new();
        let mut broken = BTreeSet::new();
        for file in files {
            let decoded = decode_utf8(file.bytes.to_vec(), &file.display, "fluent.not-utf8");
            let text = match decoded {
                Ok(t) => t,
                Err(d) => {
                    diags.push(d);
                    continue;
                }
            };
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    let source = SourceText {
                        path: file.display.clone(),
                        text: Arc::from(text.as_str()),
                    };
                    let example = &self.example_number;
                    crate::campaign::fluent_errors::report(&source, &errors, example, diags);
                    broken.extend(crate::campaign::fluent_errors::broken_keys(&text, &errors));
                    r
                }
            };
            crate::campaign::fluent_literals::report_control_escapes(
                &resource,
                &file.display,
                diags,
            );
            definitions::report_duplicates(&resource, &text, &file.display, &origins, diags);
            definitions::collect_origins(&resource, &text, &file.display, &mut origins);
            // Duplicates were reported above, with their positions; the bundle
            // keeps the first definition.
            let _ = bundle.add_resource(Arc::new(resource));
        }
        let entry = self.layers.entry(locale.to_string()).or_default();
        entry[layer as usize] = Some(LayerBundle {
            bundle,
            origins,
            broken,
        });
    }

    /// Formats message `key` in `locale`, walking the fallback chain.
    pub fn format(&self, locale: &str, key: &str, args: Option<&FluentArgs>) -> String {
        self.format_with_language(locale, key, args).0
    }

    /// Like [`I18n::format`], also giving the default locale when the text
    /// had to be taken from it (the text is then in another language).
    pub fn format_with_language(
        &self,
        locale: &str,
        key: &str,
        args: Option<&FluentArgs>,
    ) -> (String, Option<&str>) {
        let chain = [locale, self.default_locale.as_str()];
        for (step, loc) in chain.iter().enumerate() {
            let Some(layers) = self.layers.get(*loc) else {
                continue;
            };
            for lb in layers.iter().flatten() {
                let Some(pattern) = lb.bundle.get_message(key).and_then(|m| m.value()) else {
                    continue;
                };
                if step > 0 {
                    self.note(&self.fallbacks, locale, key);
                }
                let mut errors = Vec::new();
                let text = lb.bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    if let Ok(mut set) = self.format_errors.lock() {
                        for e in errors {
                            set.insert((locale.into(), loc.to_string(), key.into(), e.to_string()));
                        }
                    }
                }
                let fell_back = (*loc != locale).then_some(self.default_locale.as_str());
                return (text.into_owned(), fell_back);
            }
        }
        self.note(&self.missing, locale, key);
        (key.to_string(), None)
    }

    /// True when formatting `key` in `locale` takes the default locale's
    /// text (as [`I18n::format_with_language`] says), without noting the
    /// fallback again: the print data asks after the warnings are settled.
    pub fn falls_back(&self, locale: &str, key: &str) -> bool {
        let has = |loc: &str| {
            self.layers.get(loc).is_some_and(|layers| {
                layers
                    .iter()
                    .flatten()
                    .any(|lb| lb.bundle.get_message(key).and_then(|m| m.value()).is_some())
            })
        };
        locale != self.default_locale && !has(locale) && has(&self.default_locale)
    }

    fn note(&self, set: &Mutex<BTreeSet<(String, String)>>, locale: &str, key: &str) {
        if let Ok(mut set) = set.lock() {
            set.insert((locale.to_string(), key.to_string()));
        }
    }

    /// Every message id defined for `locale`, with where it is defined.
    pub fn messages(&self, locale: &str) -> BTreeMap<String, MessageOrigin> {
        let mut out = BTreeMap::new();
        if let Some(layers) = self.layers.get(locale) {
            for lb in layers.iter().rev().flatten() {
                out.extend(lb.origins.clone());
            }
        }
        out
    }

    /// True when `locale` or the default locale defines `key`: formatting it
    /// then gives a text (maybe the default locale's) rather than an error.
    pub fn has(&self, locale: &str, key: &str) -> bool {
        [locale, self.default_locale.as_str()]
            .iter()
            .any(|l| self.origin(l, key).is_some())
    }

    /// Where the message `key` that `locale` uses is defined (campaign layer first).
    fn origin(&self, locale: &str, key: &str) -> Option<&MessageOrigin> {
        let layers = self.layers.get(locale)?;
        layers.iter().flatten().find_map(|lb| lb.origins.get(key))
    }

    /// The campaign's strings file of `locale` (its campaign.ftl when it has one).
    pub(crate) fn campaign_file(&self, locale: &str) -> Option<PathBuf> {
        let layer = self.layers.get(locale)?[Layer::Campaign as usize].as_ref()?;
        let files = || layer.origins.values().map(|o| &o.file);
        files()
            .find(|f| f.ends_with("campaign.ftl"))
            .or_else(|| files().next())
            .cloned()
    }

    /// True when an interface strings file (`locales/`) of any locale has `key`.
    fn is_shared(&self, key: &str) -> bool {
        self.layers.values().any(|l| {
            l[Layer::Shared as usize]
                .as_ref()
                .is_some_and(|lb| lb.origins.contains_key(key))
        })
    }

    /// True when the message `key` of `locale` failed to parse: its syntax
    /// error is reported, and what follows from it (no text, a fallback) is not.
    fn is_broken(&self, locale: &str, key: &str) -> bool {
        self.layers
            .get(locale)
            .is_some_and(|l| l.iter().flatten().any(|lb| lb.broken.contains(key)))
    }

    /// Keys of `locale` whose message failed to parse: its syntax error is
    /// reported, so nothing else reports the key as missing or unknown.
    pub fn broken_keys(&self, locale: &str) -> BTreeSet<String> {
        self.layers
            .get(locale)
            .map(|l| {
                l.iter()
                    .flatten()
                    .flat_map(|lb| lb.broken.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Message ids of the campaign layer only (`campaigns/<id>/locales/<locale>/`).
    pub fn campaign_messages(&self, locale: &str) -> BTreeMap<String, MessageOrigin> {
        self.layers
            .get(locale)
            .and_then(|l| l[Layer::Campaign as usize].as_ref())
            .map(|lb| lb.origins.clone())
            .unwrap_or_default()
    }

    /// Locales that have strings in at least one layer.
    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.layers.keys().map(String::as_str)
    }

    /// Forgets the fallbacks met in `locale`: a locale with no page at all is
    /// reported once (`crate::campaign::essential`), not string by string.
    pub fn forget_fallbacks(&self, locale: &str) {
        if let Ok(mut set) = self.fallbacks.lock() {
            set.retain(|(l, _)| l != locale);
        }
    }

    /// Forgets the fallback of `key` in `locale`, reported otherwise.
    pub fn forget_fallback(&self, locale: &str, key: &str) {
        if let Ok(mut set) = self.fallbacks.lock() {
            set.remove(&(locale.to_string(), key.to_string()));
        }
    }
}

/// Converts template arguments into Fluent arguments.
pub(crate) fn fluent_args<'a>(
    pairs: impl IntoIterator<Item = (&'a str, ArgValue)>,
) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (k, v) in pairs {
        match v {
            ArgValue::Number(n) => args.set(k, FluentValue::from(n)),
            ArgValue::Text(s) => args.set(k, FluentValue::from(s)),
        }
    }
    args
}

/// A value passed from a template to a Fluent message.
#[derive(Debug, Clone)]
pub(crate) enum ArgValue {
    /// A number (selects plural forms).
    Number(f64),
    /// Any text.
    Text(String),
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    fn file(name: &str, text: &str) -> LayerFile {
        LayerFile {
            name: name.into(),
            display: name.into(),
            bytes: Cow::Owned(text.as_bytes().to_vec()),
        }
    }

    fn sample() -> I18n {
        let mut diags = Diagnostics::new();
        let mut i = I18n::new("it");
        i.add_files(
            "it",
            Layer::Shared,
            &[file("it.ftl", "hello = Ciao\nonly-it = Solo\n")],
            &mut diags,
        );
        i.add_files("en", Layer::Shared, &[file("en.ftl", "hello = Hello\nn = { $count ->\n    [one] one page\n   *[other] { $count } pages\n}\n")], &mut diags);
        i.add_files(
            "en",
            Layer::Campaign,
            &[file("c.ftl", "hello = Hi from the campaign\n")],
            &mut diags,
        );
        assert!(diags.is_empty());
        i
    }

    #[test]
    fn falls_back_names_the_default_locales_text_and_notes_nothing() {
        let i = sample();
        assert!(i.falls_back("en", "only-it"));
        assert!(!i.falls_back("en", "hello"));
        assert!(!i.falls_back("it", "only-it"));
        assert!(!i.falls_back("en", "nowhere"));
        let d = i.take_render_diagnostics(&|_| None);
        assert_eq!(d.warning_count(), 0);
    }

    #[test]
    fn campaign_overrides_shared_and_default_locale_is_the_fallback() {
        let i = sample();
        assert_eq!(i.format("en", "hello", None), "Hi from the campaign");
        assert_eq!(i.format("en", "only-it", None), "Solo");
        let d = i.take_render_diagnostics(&|_| None);
        assert_eq!(d.warning_count(), 1);
        assert!(d.iter().next().unwrap().message.contains("only-it"));
    }

    #[test]
    fn plurals_follow_the_count() {
        let i = sample();
        let one = fluent_args([("count", ArgValue::Number(1.0))]);
        let many = fluent_args([("count", ArgValue::Number(3.0))]);
        assert_eq!(i.format("en", "n", Some(&one)), "one page");
        assert_eq!(i.format("en", "n", Some(&many)), "3 pages");
    }

    #[test]
    fn syntax_errors_are_located() {
        let mut diags = Diagnostics::new();
        let mut i = I18n::new("en");
        i.add_files(
            "en",
            Layer::Shared,
            &[file("x.ftl", "ok = fine\n\nbroken {\n")],
            &mut diags,
        );
        let d = diags.iter().next().expect("an error");
        assert_eq!(d.position.map(|p| p.line), Some(3));
    }

    #[test]
    fn a_message_missing_its_variable_is_reported_where_it_is_defined() {
        let i = sample();
        // `n` wants `$count`; a template that passes nothing gets an error
        // that points at the message's definition.
        i.format("en", "n", None);
        let d = i.take_render_diagnostics(&|_| None);
        let w = d
            .iter()
            .find(|d| d.code == "i18n.format")
            .expect("a warning");
        assert!(w.message.contains("`n`"), "{}", w.message);
        assert_eq!(w.file.as_deref(), Some(std::path::Path::new("en.ftl")));
        assert_eq!(w.position.map(|p| p.line), Some(2));
    }

    #[test]
    fn a_message_defined_in_two_files_is_reported_at_the_second() {
        let mut diags = Diagnostics::new();
        let mut i = I18n::new("en");
        let files = [
            file("a.ftl", "hello = Hi\n"),
            file("b.ftl", "x = y\nhello = Hello\n"),
        ];
        i.add_files("en", Layer::Shared, &files, &mut diags);
        let d = diags.iter().next().expect("an error");
        assert_eq!(d.code, "fluent.duplicate");
        assert_eq!(d.file.as_deref(), Some(std::path::Path::new("b.ftl")));
        assert_eq!(d.position.map(|p| (p.line, p.column)), Some((2, 1)));
        assert!(d.hint.as_deref().unwrap_or("").contains("a.ftl:1:1"));
        // The first definition is the one used.
        assert_eq!(i.format("en", "hello", None), "Hi");
    }

    #[test]
    fn direction_follows_the_script_of_the_language() {
        for rtl in [
            "ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug", "ar-EG", "az-Arab",
        ] {
            assert_eq!(direction(rtl), "rtl", "{rtl}");
        }
        // Azerbaijani, Malay and Uzbek are on CLDR's right-to-left language list
        // for their Arabic-script forms but written in Latin letters by default.
        for ltr in [
            "en",
            "it",
            "uk",
            "el",
            "az",
            "ms",
            "uz",
            "pt_BR",
            "not a code",
        ] {
            assert_eq!(direction(ltr), "ltr", "{ltr}");
        }
    }
}
