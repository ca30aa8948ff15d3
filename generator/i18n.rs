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
use unic_langid::LanguageIdentifier;

use crate::diagnostics::{position_of, Diagnostic, Diagnostics, Position};
use crate::project::LayerFile;

/// Languages written right to left.
const RTL_LANGUAGES: &[&str] = &["ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"];

/// Text direction of a locale: `rtl` or `ltr`.
pub fn direction(locale: &str) -> &'static str {
    let lang = locale.split(['-', '_']).next().unwrap_or(locale);
    if RTL_LANGUAGES.contains(&lang) {
        "rtl"
    } else {
        "ltr"
    }
}

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
}

/// The strings of a campaign in every locale.
pub struct I18n {
    default_locale: String,
    /// Per locale: campaign layer, then shared layer.
    layers: BTreeMap<String, [Option<LayerBundle>; 2]>,
    fallbacks: Mutex<BTreeSet<(String, String)>>,
    missing: Mutex<BTreeSet<(String, String)>>,
    format_errors: Mutex<BTreeSet<(String, String)>>,
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
        }
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
        for file in files {
            let text = match std::str::from_utf8(&file.bytes) {
                Ok(t) => t.to_string(),
                Err(_) => {
                    diags.push(
                        Diagnostic::error("fluent.not-utf8", "the file is not valid UTF-8 text")
                            .in_file(&file.display),
                    );
                    continue;
                }
            };
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    let source = crate::diagnostics::SourceText {
                        path: file.display.clone(),
                        text: Arc::from(text.as_str()),
                    };
                    for e in errors {
                        let pos = position_of(&text, e.pos.start);
                        let len = e.pos.end.saturating_sub(e.pos.start).max(1);
                        diags.push(
                            Diagnostic::error(
                                "fluent.syntax",
                                format!("Fluent syntax error: {}", e.kind),
                            )
                            .at_source(&source, pos, len)
                            .with_hint(
                                "a message is `key = text`; continuation lines are indented",
                            ),
                        );
                    }
                    r
                }
            };
            collect_origins(&resource, &text, &file.display, &mut origins);
            if let Err(errors) = bundle.add_resource(Arc::new(resource)) {
                for e in errors {
                    diags.push(
                        Diagnostic::error("fluent.duplicate", format!("{e}"))
                            .in_file(&file.display)
                            .with_hint("each message may be defined once per locale and layer"),
                    );
                }
            }
        }
        let entry = self.layers.entry(locale.to_string()).or_default();
        entry[layer as usize] = Some(LayerBundle { bundle, origins });
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
                for e in errors {
                    self.note(&self.format_errors, locale, &format!("{key}: {e}"));
                }
                let fell_back = (*loc != locale).then_some(self.default_locale.as_str());
                return (text.into_owned(), fell_back);
            }
        }
        self.note(&self.missing, locale, key);
        (key.to_string(), None)
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

    /// Diagnostics for the fallbacks and missing keys met while rendering.
    pub fn take_render_diagnostics(&self) -> Diagnostics {
        let mut diags = Diagnostics::new();
        if let Ok(mut set) = self.fallbacks.lock() {
            for (locale, key) in std::mem::take(&mut *set) {
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
        if let Ok(mut set) = self.format_errors.lock() {
            for (locale, problem) in std::mem::take(&mut *set) {
                diags.push(
                    Diagnostic::warning(
                        "i18n.format",
                        format!("a string could not be formatted in `{locale}`: {problem}"),
                    )
                    .with_hint("a template passes different variables than the message uses"),
                );
            }
        }
        if let Ok(mut set) = self.missing.lock() {
            for (locale, key) in std::mem::take(&mut *set) {
                diags.push(
                    Diagnostic::error(
                        "i18n.missing",
                        format!("no text for `{key}` (locale `{locale}`)"),
                    )
                    .with_hint(format!(
                        "define `{key}` in locales/{}/",
                        self.default_locale
                    )),
                );
            }
        }
        diags
    }
}

fn collect_origins(
    resource: &FluentResource,
    text: &str,
    file: &std::path::Path,
    out: &mut BTreeMap<String, MessageOrigin>,
) {
    use fluent_syntax::ast::Entry;
    // fluent-bundle keeps no positions; find each message's line in the text.
    for entry in resource.entries() {
        if let Entry::Message(m) = entry {
            let id = m.id.name;
            let offset = find_definition(text, id).unwrap_or(0);
            let mut variables = BTreeSet::new();
            if let Some(value) = &m.value {
                collect_variables(value, &mut variables);
            }
            out.insert(
                id.to_string(),
                MessageOrigin {
                    file: file.to_path_buf(),
                    position: position_of(text, offset),
                    variables: variables.into_iter().collect(),
                },
            );
        }
    }
}

fn find_definition(text: &str, id: &str) -> Option<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id) {
            if rest.trim_start().starts_with('=') {
                return Some(offset);
            }
        }
        offset += line.len();
    }
    None
}

fn collect_variables(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    collect_variables(&v.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expr(expression, out);
        }
    }
}

/// Converts template arguments into Fluent arguments.
pub fn fluent_args<'a>(pairs: impl IntoIterator<Item = (&'a str, ArgValue)>) -> FluentArgs<'a> {
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
pub enum ArgValue {
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
    fn campaign_overrides_shared_and_default_locale_is_the_fallback() {
        let i = sample();
        assert_eq!(i.format("en", "hello", None), "Hi from the campaign");
        assert_eq!(i.format("en", "only-it", None), "Solo");
        let d = i.take_render_diagnostics();
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
}
